// The QBR's two editions read back from their PDFs: the customer's holds none of our judgements
// for any key account of the sample (with every open opportunity put forward, price increases
// included), tells the customer's story instead, and is what `keyplan export-qbr` writes unless
// told otherwise; the internal edition says so on every page.
#include "domain/percent.h"
#include "item/goalediting.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/reviewediting.h"
#include "item/qbrcontent.h"
#include "item/qbrdata.h"
#include "testsupport.h"
#include "ui/qbr/qbrexport.h"

#include <QDir>
#include <QPageSize>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

namespace {

QString pdfWords(const QString &path)
{
    return test::pdfText(path, test::PdfText::Raw).simplified();
}

// Words that carry our reading of the account, of its people or of its deals: none may reach the
// customer. Each is specific enough never to be part of the customer's own story.
QStringList internalWords()
{
    QStringList words {QStringLiteral("not for the customer"), QStringLiteral("Coverage"), QStringLiteral("coverage"),
        QStringLiteral("whitespace"), QStringLiteral("Whitespace"), QStringLiteral("pipeline"),
        QStringLiteral("Pipeline"), QStringLiteral("Weighted"), QStringLiteral("wallet"),
        QStringLiteral("Fix first"), QStringLiteral("fix first"), QStringLiteral("before upsell"),
        QStringLiteral("uncoupling"), QStringLiteral("Uncoupling"), QStringLiteral("Millman"),
        QStringLiteral("KAM"), QStringLiteral("Relationship stage"), QStringLiteral("Price increase"),
        QStringLiteral("Business case:"), QStringLiteral("Not yet"), QStringLiteral("Evidence"),
        QStringLiteral("nobody"), QStringLiteral("Our owner"), QStringLiteral("Support"),
        QStringLiteral("Influence"), QStringLiteral("Role in the decision"), QStringLiteral("Empty seats"),
        QStringLiteral("Single-threaded"), QStringLiteral("Health"), QStringLiteral("health"),
        QStringLiteral("of 10"), QStringLiteral("Risk"), QStringLiteral("risk"), QStringLiteral("Play"),
        QStringLiteral("Net revenue retention"), QStringLiteral("Gross revenue retention"),
        QStringLiteral("Annual recurring revenue"), QStringLiteral("NRR"), QStringLiteral("ARR"),
        QStringLiteral("Stakeholder map"), QStringLiteral("champion"), QStringLiteral("probability"),
        QStringLiteral("expected close")};
    for (const SupportLevel level : allSupportLevels) {
        if (level != SupportLevel::Neutral)
            words.append(displayName(level));
    }
    for (const DecisionRole role : allDecisionRoles) {
        if (role != DecisionRole::User)
            words.append(displayName(role));
    }
    for (const Stage stage : allStages)
        words.append(displayName(stage));
    return words;
}

} // namespace

class TestQbrEditions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void customerEdition_holdsNoneOfOurJudgements();
    void customerEdition_tellsTheCustomersStory();
    void customerEdition_offersAFixFirstAccountARecoveryPlan();
    void customerEdition_tellsTheValueInMoneyAsResultsArrive();
    void remarks_forUsOnlyStayOutOfTheCustomersEdition();
    void internalEdition_isMarkedOnEveryPage();
    void internalEdition_printsALargeMapReadably();
    void whatChanged_healthIsTheScoreOnTheCover();
    void cli_writesTheCustomersEditionUnlessAsked();
    void pagination_keepsSectionsTogetherOnEveryAccount_data();
    void pagination_keepsSectionsTogetherOnEveryAccount();

private:
    QbrData everythingOf(const QString &account);

    QTemporaryDir m_dir;
    QString m_plan;
    std::unique_ptr<PlanDocument> m_document;
};

void TestQbrEditions::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_plan = test::newPlanLocation(m_dir, QStringLiteral("sample.keyplan"));
    QVERIFY(test::writeSamplePlan(m_plan));
    m_document = test::openDocument(m_plan);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
}

// The review as the plan prepares it, every section in, and every open opportunity put forward:
// the widest the customer's edition can be asked to print.
QbrData TestQbrEditions::everythingOf(const QString &account)
{
    const AccountId id = test::accountNamed(*m_document, account);
    Qbr qbr = ReviewEditing::of(m_document.get())->qbrInPreparation(id);
    for (QbrSectionChoice &section : qbr.sections)
        section.included = true;
    QbrData data = readQbrData(*m_document, qbr);
    data.chosen.clear();
    for (const Opportunity &opportunity : PipelineEditing::of(m_document.get())->opportunities(id)) {
        if (opportunity.isOpen())
            data.chosen.append(opportunity);
    }
    return data;
}

void TestQbrEditions::customerEdition_holdsNoneOfOurJudgements()
{
    const QStringList words = internalWords();
    int accounts = 0;
    int priceIncreases = 0;
    int fixFirst = 0;
    for (const Account &account : m_document->accounts()) {
        if (!account.isKey)
            continue;
        ++accounts;
        const QbrData data = everythingOf(account.name);
        fixFirst += qbrFixFirst(data) ? 1 : 0;
        // The plan's own notes on this account: what we think of their people and deals.
        QStringList notes;
        for (const Opportunity &opportunity : data.chosen) {
            priceIncreases += opportunity.motion == ExpansionMotion::PriceIncrease ? 1 : 0;
            if (opportunity.motion == ExpansionMotion::PriceIncrease)
                notes.append(opportunity.title);
            for (const CheckAnswer &answer : opportunity.checklist) {
                if (answer.note.size() > 12)
                    notes.append(answer.note);
            }
        }
        for (const StakeholderLink &link : data.map.links) {
            if (link.label.size() > 8)
                notes.append(link.label);
        }
        for (const Risk &risk : data.risks)
            notes.append(risk.title);
        for (const Play &play : data.plays)
            notes.append(play.title);

        const QString path = m_dir.filePath(QStringLiteral("customer-%1.pdf").arg(accounts));
        QString error;
        QVERIFY2(exportQbr(data, QbrEdition::Customer, path, defaultQbrPageLayout(), &error), qPrintable(error));
        QString text = pdfWords(path);
        QVERIFY2(text.contains(account.name), qPrintable(account.name));
        text.remove(account.name); // "Albion Health NHS Trust" is their name, not our score
        for (const QString &word : words)
            QVERIFY2(!text.contains(word), qPrintable(account.name + QStringLiteral(": ") + word));
        for (const QString &note : std::as_const(notes))
            QVERIFY2(!text.contains(note.simplified()), qPrintable(account.name + QStringLiteral(": ") + note));
        // Nor any probability: the only percentages printed are the customer's own measures.
        for (const Opportunity &opportunity : data.chosen)
            QVERIFY2(!text.contains(QStringLiteral(", %1%").arg(opportunity.probability)), qPrintable(opportunity.title));
    }
    QCOMPARE(accounts, 25);
    QVERIFY(fixFirst > 0); // the sample has fix-first accounts, so the check covers them
    QVERIFY(priceIncreases > 0); // and price increases put forward, so their leaving out is checked
}

void TestQbrEditions::customerEdition_tellsTheCustomersStory()
{
    const QbrData data = everythingOf(QStringLiteral("Northgate Logistics"));
    const QString path = m_dir.filePath(QStringLiteral("northgate-customer.pdf"));
    QVERIFY(exportQbr(data, QbrEdition::Customer, path, defaultQbrPageLayout()));
    const QString text = pdfWords(path);
    // Their goals first, with what was delivered against each.
    const qsizetype goals = text.indexOf(QStringLiteral("Goals and value delivered"));
    QVERIFY(goals > 0);
    for (const Goal &goal : data.goals)
        QVERIFY2(text.contains(goal.objective), qPrintable(goal.objective));
    const qsizetype rota = text.indexOf(QStringLiteral("Cut the time managers spend building rotas"));
    const qsizetype delivered = text.indexOf(QStringLiteral("Hours spent planning rotas each week"));
    QVERIFY(goals < rota && rota < delivered);
    QVERIFY(text.contains(QStringLiteral("Before (hours a week)")));
    // Adoption in their units, what's next as their goal, the agreed steps with either side's owner.
    QVERIFY(text.contains(QStringLiteral("Adoption")));
    QVERIFY(text.contains(QStringLiteral("Weekly active users")));
    QVERIFY(text.indexOf(QStringLiteral("What's next")) > delivered);
    QVERIFY(text.contains(QStringLiteral("Indicative investment")));
    for (const NextStep &step : data.nextSteps) {
        QVERIFY2(text.contains(step.action), qPrintable(step.action));
        QVERIFY2(text.contains(step.owner), qPrintable(step.owner));
    }
    // Changes among their people, in their terms.
    QVERIFY(text.contains(QStringLiteral("Marek Nowak")));
    QVERIFY(text.contains(QStringLiteral("joined as IT Systems Lead")));
    QVERIFY(!text.contains(QStringLiteral("Technical evaluator")));
    QVERIFY(text.contains(QStringLiteral("Prepared for Northgate Logistics")));
}

void TestQbrEditions::customerEdition_tellsTheValueInMoneyAsResultsArrive()
{
    // Northgate's rota goal: from 38 hours a week, now 12, an hour of a manager's time worth £32 to
    // them every week; they pay £24,000 a year.
    const AccountId northgate = test::accountNamed(*m_document, QStringLiteral("Northgate Logistics"));
    const auto customerText = [this](const QString &account, const QString &file) {
        const QString path = m_dir.filePath(file);
        QString error;
        if (!exportQbr(everythingOf(account), QbrEdition::Customer, path, defaultQbrPageLayout(), &error))
            return error;
        return pdfWords(path);
    };
    QString text = customerText(QStringLiteral("Northgate Logistics"), QStringLiteral("value-1.pdf"));
    QVERIFY(text.contains(QStringLiteral("Worth £43,264 a year to you: 26 hours a week better than at the start, each "
                                         "worth £32 to you, 52 weeks a year.")));
    // On the cover too, beside the goals achieved.
    const QString cover = text.left(text.indexOf(QStringLiteral("Goals and value delivered")));
    QVERIFY(cover.contains(QStringLiteral(" £43,264 1.8× ")));
    QVERIFY(cover.contains(QStringLiteral("Value delivered a year")));
    QVERIFY(cover.contains(QStringLiteral("Return on what you pay")));
    QVERIFY(text.contains(QStringLiteral("That is 1.8× the £24,000 a year you pay for the service.")));
    QVERIFY(text.contains(QStringLiteral("Counted from 1 goal")));
    // A share improves by points: Meridian's overtime from 12% to 9.4%, a point worth £2,000 a month.
    const QString meridian = customerText(QStringLiteral("Meridian Retail Group"), QStringLiteral("value-m.pdf"));
    QVERIFY(meridian.contains(QStringLiteral("Worth £62,400 a year to you: 2.6 percentage points better than at the "
                                             "start, each worth £2,000 to you, 12 months a year.")));

    // The next result (9 hours a week) moves the value on; undone, it is back.
    const QList<Goal> goals = GoalEditing::of(m_document.get())->goals(northgate);
    const auto found = std::find_if(goals.cbegin(), goals.cend(), [](const Goal &goal) { return goal.unit == u"hours a week"; });
    QVERIFY(found != goals.cend());
    const Goal rota = *found;
    ValueOutcome next;
    next.accountId = northgate;
    next.goalId = rota.id;
    next.achievedOn = QDate(2026, 11, 20);
    next.metric = QStringLiteral("Hours spent planning rotas each week");
    next.before = 12;
    next.after = 9;
    next.unit = QStringLiteral("hours a week");
    ReviewEditing::of(m_document.get())->addValueOutcome(next);
    text = customerText(QStringLiteral("Northgate Logistics"), QStringLiteral("value-2.pdf"));
    QVERIFY(text.contains(QStringLiteral("Worth £48,256 a year to you: 29 hours a week better")));
    QVERIFY(text.contains(QStringLiteral("That is 2.0× the £24,000 a year you pay")));
    m_document->undoStack()->undo();
    QVERIFY(customerText(QStringLiteral("Northgate Logistics"), QStringLiteral("value-3.pdf")).contains(QStringLiteral("£43,264")));

    // Cleared by the user, the goal is told in its unit only.
    Goal unvalued = rota;
    unvalued.unitValue.reset();
    GoalEditing::of(m_document.get())->editGoal(unvalued);
    text = customerText(QStringLiteral("Northgate Logistics"), QStringLiteral("value-4.pdf"));
    QVERIFY(text.contains(QStringLiteral("now 12 hours a week")));
    QVERIFY(!text.contains(QStringLiteral("Worth ")));
    QVERIFY(!text.contains(QStringLiteral("The results in money")));
    QVERIFY(!text.contains(QStringLiteral("Return on what you pay")));
    QVERIFY(!text.contains(QStringLiteral("Value delivered a year")));
    m_document->undoStack()->undo();

    // A dollar account's goal is valued in dollars, against what it pays in dollars.
    const AccountId atlas = test::accountNamed(*m_document, QStringLiteral("Atlas Facilities Management"));
    QCOMPARE(m_document->account(atlas)->currency, QStringLiteral("USD"));
    const QList<Goal> atlasGoals = GoalEditing::of(m_document.get())->goals(atlas);
    const auto agency = std::find_if(atlasGoals.cbegin(), atlasGoals.cend(), [](const Goal &goal) { return goal.unitValue.has_value(); });
    QVERIFY(agency != atlasGoals.cend());
    ValueOutcome cut;
    cut.accountId = atlas;
    cut.goalId = agency->id;
    cut.achievedOn = QDate(2026, 11, 2);
    cut.metric = QStringLiteral("Agency invoices");
    cut.before = *agency->baseline;
    cut.after = *agency->baseline - 8;
    cut.unit = agency->unit;
    ReviewEditing::of(m_document.get())->addValueOutcome(cut);
    text = customerText(QStringLiteral("Atlas Facilities Management"), QStringLiteral("value-5.pdf"));
    const QString arr = formatMoney(m_document->account(atlas)->arr, QStringLiteral("USD"));
    QVERIFY2(text.contains(QStringLiteral("Worth $96,000 a year to you")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("the %1 a year you pay").arg(arr)));
    QVERIFY(!text.contains(QStringLiteral("£96,000")));
    m_document->undoStack()->undo();
}

void TestQbrEditions::remarks_forUsOnlyStayOutOfTheCustomersEdition()
{
    // A remark for everyone prints in both editions; one for us only, in the internal one.
    QbrData data = everythingOf(QStringLiteral("Northgate Logistics"));
    data.qbr.section(QbrSection::Value).remark = QStringLiteral("Thank Sam for the Leeds floor-walk");
    data.qbr.section(QbrSection::Risks).remark = QStringLiteral("Push for the <b>renewal</b> before Gareth's budget round");
    data.qbr.section(QbrSection::Risks).remarkInternal = true;
    const QString customer = m_dir.filePath(QStringLiteral("remarks-customer.pdf"));
    const QString internal = m_dir.filePath(QStringLiteral("remarks-internal.pdf"));
    QVERIFY(exportQbr(data, QbrEdition::Customer, customer, defaultQbrPageLayout()));
    QVERIFY(exportQbr(data, QbrEdition::Internal, internal, defaultQbrPageLayout()));
    QVERIFY(pdfWords(customer).contains(QStringLiteral("Thank Sam for the Leeds floor-walk")));
    QVERIFY(!pdfWords(customer).contains(QStringLiteral("budget round")));
    QVERIFY(pdfWords(internal).contains(QStringLiteral("Thank Sam for the Leeds floor-walk")));
    QVERIFY(pdfWords(internal).contains(QStringLiteral("Push for the <b>renewal</b> before Gareth's budget round")));
}

void TestQbrEditions::customerEdition_offersAFixFirstAccountARecoveryPlan()
{
    const QbrData data = everythingOf(QStringLiteral("Pennine Care Homes"));
    QVERIFY(qbrFixFirst(data));
    QVERIFY(!data.chosen.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("pennine-customer.pdf"));
    QVERIFY(exportQbr(data, QbrEdition::Customer, path, defaultQbrPageLayout()));
    const QString text = pdfWords(path);
    QVERIFY(text.contains(QStringLiteral("Getting your goals back on track")));
    QVERIFY(!text.contains(QStringLiteral("What's next")));
    QVERIFY(!text.contains(QStringLiteral("Indicative investment")));
    for (const Opportunity &opportunity : data.chosen)
        QVERIFY2(!text.contains(opportunity.title), qPrintable(opportunity.title));
    for (const Goal &goal : data.goals) {
        if (goal.status != GoalStatus::Achieved && goal.status != GoalStatus::Dropped)
            QVERIFY2(text.contains(goal.objective), qPrintable(goal.objective));
    }
    QVERIFY(text.contains(QStringLiteral("The steps we agreed to get there follow.")));
    // Harbour has neither goals nor agreed steps: the plan says both are to be agreed, and never
    // points to steps that are not there.
    const QbrData harbour = everythingOf(QStringLiteral("Harbour Leisure Group"));
    QVERIFY(qbrFixFirst(harbour) && harbour.nextSteps.isEmpty());
    QVERIFY(exportQbr(harbour, QbrEdition::Customer, path, defaultQbrPageLayout()));
    const QString empty = pdfWords(path);
    QVERIFY(empty.contains(QStringLiteral("We will agree the goals to recover with you at this review.")));
    QVERIFY(empty.contains(QStringLiteral("The steps to get there are to be agreed with you at this review.")));
    QVERIFY(!empty.contains(QStringLiteral("The steps we agreed")));
}

void TestQbrEditions::internalEdition_isMarkedOnEveryPage()
{
    const QbrData data = everythingOf(QStringLiteral("Meridian Retail Group"));
    const QString path = m_dir.filePath(QStringLiteral("meridian-internal.pdf"));
    QVERIFY(exportQbr(data, QbrEdition::Internal, path, defaultQbrPageLayout()));
    const QString text = pdfWords(path);
    const int pages = test::pdfPages(path);
    QVERIFY(pages > 2);
    QCOMPARE(text.count(QStringLiteral("Internal: not for the customer")), pages + 1);
    // Everything the customer's edition leaves out is here.
    for (const QString &word : {QStringLiteral("Coverage depth"), QStringLiteral("Weighted pipeline"),
             QStringLiteral("Health scorecard"), QStringLiteral("Open plays"), QStringLiteral("Key relationships"),
             QStringLiteral("Business case:")})
        QVERIFY2(text.contains(word), qPrintable(word));
}

// Every word of a PDF with the height of its box, in points (pdftotext -bbox), page by page.
static QList<QList<std::pair<double, QString>>> wordHeights(const QString &path)
{
    const test::Run run = test::run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    QList<QList<std::pair<double, QString>>> pages;
    static const QRegularExpression word(
        QStringLiteral("<page |yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)<"));
    for (const QRegularExpressionMatch &match : word.globalMatch(QString::fromUtf8(run.out))) {
        if (match.captured(0) == u"<page ")
            pages.append(QList<std::pair<double, QString>>());
        else if (!pages.isEmpty())
            pages.last().append({match.captured(2).toDouble() - match.captured(1).toDouble(),
                match.captured(3)
                    .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
                    .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                    .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                    .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                    .replace(QStringLiteral("&amp;"), QStringLiteral("&"))});
    }
    return pages;
}

void TestQbrEditions::internalEdition_printsALargeMapReadably()
{
    // Meridian's 42 people do not fit a page at a readable size: the text shows its key people,
    // and the whole map follows as an appendix of tiles, every word at 7 pt or more (DejaVu's
    // box is 1.16 times its size: 8.1 pt).
    const QbrData data = everythingOf(QStringLiteral("Meridian Retail Group"));
    const QString path = m_dir.filePath(QStringLiteral("meridian-map.pdf"));
    QVERIFY(exportQbr(data, QbrEdition::Internal, path, defaultQbrPageLayout()));
    const QString text = pdfWords(path);
    QVERIFY(text.contains(QStringLiteral("Key people only")));
    QVERIFY(text.contains(QStringLiteral("Appendix: the whole stakeholder map (42 people)")));
    const QList<QList<std::pair<double, QString>>> pages = wordHeights(path);
    QCOMPARE(pages.size(), test::pdfPages(path));
    int tiles = 0;
    QSet<QString> onTiles;
    for (int page = 0; page < pages.size(); ++page) {
        QString words;
        for (const auto &[height, word] : pages.at(page)) {
            QVERIFY2(height >= 8.1, qPrintable(QStringLiteral("page %1: \"%2\" is %3 pt high").arg(page + 1).arg(word).arg(height)));
            words += word + u' ';
        }
        if (words.contains(QStringLiteral("Appendix: the whole stakeholder map, row"))) {
            ++tiles;
            for (const auto &entry : pages.at(page))
                onTiles.insert(entry.second);
        }
    }
    QVERIFY(tiles >= 2);
    // Everyone still at the company is on a tile, by name, at reading size.
    for (const Stakeholder &person : data.map.people) {
        if (person.hasLeft())
            continue;
        const QStringList parts = person.name.split(u' ');
        QVERIFY2(onTiles.contains(parts.constFirst()) && onTiles.contains(parts.constLast()), qPrintable(person.name));
    }
    // A small map is printed whole in the text, with no appendix.
    const QbrData small = everythingOf(QStringLiteral("Northgate Logistics"));
    QVERIFY(exportQbr(small, QbrEdition::Internal, path, defaultQbrPageLayout()));
    QVERIFY(!pdfWords(path).contains(QStringLiteral("Appendix")));
    QVERIFY(!pdfWords(path).contains(QStringLiteral("Key people only")));
    // Pennine's column of five is too tall for the space in the text, not for a page: the whole map
    // follows on one appendix page, with no overview of one part.
    const QbrData tall = everythingOf(QStringLiteral("Pennine Care Homes"));
    QVERIFY(exportQbr(tall, QbrEdition::Internal, path, defaultQbrPageLayout()));
    const QString tallText = pdfWords(path);
    QVERIFY(tallText.contains(QStringLiteral("Key people only")));
    QVERIFY(!tallText.contains(QStringLiteral("numbered part")));
    const QStringList tallPages = test::pdfText(path, test::PdfText::Raw).split(u'\f', Qt::SkipEmptyParts);
    const QString appendix = tallPages.constLast().simplified();
    QVERIFY(appendix.contains(QStringLiteral("Appendix: the whole stakeholder map (4 people)")));
    QVERIFY(appendix.contains(QStringLiteral("Lee Marsden"))); // the one who is not a key person
    QVERIFY(!tallPages.at(tallPages.size() - 2).contains(QStringLiteral("Appendix")));
}

void TestQbrEditions::whatChanged_healthIsTheScoreOnTheCover()
{
    // Meridian's last monthly mark (9.2, 23 Oct) is not its health today: "what changed" ends at
    // the score the cover and the scorecard print, never at a second, older figure.
    const QbrData data = everythingOf(QStringLiteral("Meridian Retail Group"));
    QVERIFY(data.health.score());
    const QString cover = QStringLiteral("%1 of 10").arg(QLocale().toString(*data.health.score(), 'f', 1));
    const auto health = std::find_if(data.changes.cbegin(), data.changes.cend(),
        [](const QbrChange &change) { return change.area == QbrChange::Area::Health; });
    QVERIFY(health != data.changes.cend());
    QCOMPARE(health->after, cover);
    QVERIFY(!data.healthHistory.isEmpty());
    QVERIFY(std::abs(data.healthHistory.constLast().tenths / 10.0 - *data.health.score()) >= 0.05); // they differ
}

void TestQbrEditions::cli_writesTheCustomersEditionUnlessAsked()
{
    const QString customer = m_dir.filePath(QStringLiteral("cli-customer.pdf"));
    const QString internal = m_dir.filePath(QStringLiteral("cli-internal.pdf"));
    const QStringList common {QStringLiteral("export-qbr"), m_plan, QStringLiteral("--account"),
        QStringLiteral("Northgate Logistics"), QStringLiteral("--as-of"), test::sampleAsOf.toString(Qt::ISODate)};
    m_document.reset(); // the command line opens the plan itself
    test::Run run = test::runKeyplan(common + QStringList {QStringLiteral("-o"), customer});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = test::runKeyplan(common + QStringList {QStringLiteral("-o"), internal, QStringLiteral("--edition"), QStringLiteral("internal")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!pdfWords(customer).contains(QStringLiteral("Coverage")));
    QVERIFY(pdfWords(internal).contains(QStringLiteral("Coverage depth")));
    const QString refused = m_dir.filePath(QStringLiteral("cli-refused.pdf"));
    run = test::runKeyplan(common + QStringList {QStringLiteral("-o"), refused, QStringLiteral("--edition"), QStringLiteral("partner")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFileInfo::exists(refused));
    // The batch form too: every key account's file is the customer's.
    const QString folder = m_dir.filePath(QStringLiteral("batch"));
    run = test::runKeyplan({QStringLiteral("export-qbr"), m_plan, QStringLiteral("-o"), folder, QStringLiteral("--as-of"),
        test::sampleAsOf.toString(Qt::ISODate)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString pennine = QDir(folder).filePath(qbrFileName(QStringLiteral("Pennine Care Homes"), QStringLiteral("pdf")));
    QVERIFY(QFileInfo::exists(pennine));
    QVERIFY(!pdfWords(pennine).contains(QStringLiteral("Fix first")));
    m_document = test::openDocument(m_plan);
}

void TestQbrEditions::pagination_keepsSectionsTogetherOnEveryAccount_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("edition");
    for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter}) {
        for (const QbrEdition edition : allQbrEditions)
            QTest::addRow("%s %s", size == QPageSize::A4 ? "A4" : "Letter", qPrintable(keyOf(edition)))
                << int(size) << int(edition);
    }
}

// Page by page, as read from the PDF: a page that continues a section holds at least three of its
// lines before the next section starts (never one table row or the word "days." alone), and a
// cover followed by more pages is not left mostly empty.
void TestQbrEditions::pagination_keepsSectionsTogetherOnEveryAccount()
{
    QFETCH(int, pageSize);
    QFETCH(int, edition);
    QPageLayout layout = defaultQbrPageLayout();
    layout.setPageSize(QPageSize(QPageSize::PageSizeId(pageSize)));
    int checkedPages = 0;
    for (const Account &account : m_document->accounts()) {
        if (!account.isKey)
            continue;
        const QbrData data = everythingOf(account.name);
        const PrintDocument content = buildQbrContent(data, QbrEdition(edition));
        QStringList titles;
        for (const DocSection &section : content.sections) {
            if (!section.title.isEmpty())
                titles.append(section.title);
        }
        const QString path = m_dir.filePath(QStringLiteral("pages.pdf"));
        QVERIFY(exportQbr(data, QbrEdition(edition), path, layout));
        const int pages = test::pdfPages(path);
        QVERIFY(pages >= 1);
        for (int page = 1; page <= pages; ++page) {
            const test::Run text = test::run(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                    QString::number(page), path, QStringLiteral("-")});
            QStringList lines;
            for (const QString &line : QString::fromUtf8(text.out).split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    lines.append(line.trimmed());
            }
            QVERIFY(lines.size() >= 2);
            lines.removeLast(); // the footer
            if (page > 1)
                lines.removeFirst(); // the running header
            const QString where = QStringLiteral("%1, page %2 of %3").arg(account.name).arg(page).arg(pages);
            if (page == 1) {
                if (pages > 1)
                    QVERIFY2(lines.size() >= 25, qPrintable(where + QStringLiteral(": the cover's page is mostly empty")));
                continue;
            }
            qsizetype leading = 0;
            bool sectionStarts = false;
            for (const QString &line : std::as_const(lines)) {
                if (std::any_of(titles.cbegin(), titles.cend(), [&line](const QString &t) {
                        return line == t || line.startsWith(t + QStringLiteral("   ")); // a tag may follow
                    })) {
                    sectionStarts = true;
                    break;
                }
                ++leading;
            }
            if (sectionStarts || page == pages)
                QVERIFY2(leading == 0 || leading >= 3,
                    qPrintable(where + QStringLiteral(": %1 line(s) of a section alone: ").arg(leading)
                        + lines.mid(0, leading).join(QStringLiteral(" | "))));
            ++checkedPages;
        }
    }
    QVERIFY(checkedPages > 0);
}

QTEST_MAIN(TestQbrEditions)
#include "tst_qbreditions.moc"
