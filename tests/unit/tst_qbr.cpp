// Quarterly business reviews below the paper: snapshots and what changed between two of them,
// the storage of outcomes, risks, next steps and reviews, and their undoable edits.
#include "domain/qbr.h"
#include "domain/qbrsnapshot.h"
#include "item/accountediting.h"
#include "item/itemroles.h"
#include "item/nextstepmodel.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/reviewediting.h"
#include "item/qbrdata.h"
#include "item/riskmodel.h"
#include "item/valueoutcomemodel.h"
#include "storage/plandatabase.h"
#include "storage/qbrstore.h"
#include "storage/sqlhelpers.h"
#include "storage/writetransaction.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

namespace {

// A small account as the record holds it: three people, one stage move, revenue, two deals.
AccountRecord smallAccount()
{
    AccountRecord record;
    record.account.id = 1;
    record.account.name = QStringLiteral("Acme");
    record.account.stage = Stage::MidKam;
    record.stageChanges = {{1, 1, std::nullopt, Stage::EarlyKam, QDate(2026, 1, 10), QStringLiteral("start")},
        {2, 1, Stage::EarlyKam, Stage::MidKam, QDate(2026, 9, 1), QStringLiteral("more contacts")}};
    record.arrChanges = {{1, 1, QDate(2026, 6, 1), ArrChangeKind::New, 1'000'000, {}, std::nullopt, 1},
        {2, 1, QDate(2026, 10, 1), ArrChangeKind::SeatGrowth, 1'500'000, {}, std::nullopt, 1}};
    Stakeholder sponsor;
    sponsor.id = 10;
    sponsor.name = QStringLiteral("Ann Sponsor");
    sponsor.title = QStringLiteral("COO");
    sponsor.layer = BuyingLayer::ExecutiveSponsor;
    sponsor.role = DecisionRole::DecisionMaker;
    sponsor.relationship = Relationship::Warm;
    sponsor.ourOwnerId = 1;
    Stakeholder champion = sponsor;
    champion.id = 11;
    champion.name = QStringLiteral("Carl Champion");
    champion.title = QStringLiteral("Ops lead");
    champion.layer = BuyingLayer::UsersAndAdmins;
    champion.role = DecisionRole::Champion;
    champion.relationship = Relationship::Strong;
    Stakeholder buyer = sponsor;
    buyer.id = 12;
    buyer.name = QStringLiteral("Bea Buyer");
    buyer.title = QStringLiteral("CFO");
    buyer.layer = BuyingLayer::EconomicBuyer;
    buyer.role = DecisionRole::EconomicBuyer;
    buyer.relationship = Relationship::Cold;
    record.stakeholders = {sponsor, champion, buyer};
    Touchpoint meeting;
    meeting.accountId = 1;
    meeting.on = QDate(2026, 7, 20);
    meeting.stakeholders = {10, 11, 12};
    record.touchpoints = {meeting};
    Opportunity seats;
    seats.id = 100;
    seats.title = QStringLiteral("More seats");
    seats.amount = 500'000;
    seats.stage = OpportunityStage::Qualified;
    Opportunity tier = seats;
    tier.id = 101;
    tier.title = QStringLiteral("Enterprise tier");
    tier.amount = 300'000;
    record.opportunities = {seats, tier};
    return record;
}

QList<QbrChange> changesIn(const QList<QbrChange> &changes, QbrChange::Area area)
{
    QList<QbrChange> found;
    for (const QbrChange &change : changes) {
        if (change.area == area)
            found.append(change);
    }
    return found;
}

} // namespace

class TestQbr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Snapshots and differences.
    void snapshot_seesTheAccountAsItWasThatDay();
    void compare_listsHandMadeChanges();
    void compare_identicalSnapshots_listNothing();
    void snapshotJson_roundTripsExactly();
    void snapshotJson_refusesDamagedText();
    // Review rules.
    void suggestedOpportunities_areTheTwoLargestOpenWeighted();
    void defaultPeriod_runsFromTheLastHeldReview();
    void relativeChange_isAFractionOfBefore();
    // Storage.
    void store_roundTripsEveryKind();
    void store_deletingTheAccountTakesItsReviews();
    void sample_hasReviewsForEveryKeyAccount();
    // Undoable edits.
    void edits_undoAndRedo();
    void preparation_isKeptAndUndone();
    void markHeld_keepsASnapshotAndTheNextReviewComparesWithIt();
    void deletingAnAccount_undoRestoresItsReviews();
    void removingAChosenOpportunity_undoChoosesItAgain();
    // Item models.
    void outcomeModel_followsTheAccountAndItsEdits();
    void riskModel_listsOpenRisksFirst();
    void stepModel_tickingDoneIsUndoable();
    void formatMeasure_putsTheUnitWhereItReads();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestQbr::init()
{
    m_path = test::newPlanLocation(m_dir, QStringLiteral("%1.keyplan").arg(QTest::currentTestFunction()));
    QVERIFY(test::writeSamplePlan(m_path));
}

void TestQbr::cleanup()
{
    QFile::remove(m_path);
}

void TestQbr::snapshot_seesTheAccountAsItWasThatDay()
{
    AccountRecord record = smallAccount();
    record.stakeholders[2].leftOn = QDate(2026, 10, 1); // the buyer left after the first review
    const QbrSnapshot august = takeQbrSnapshot(record, QDate(2026, 8, 15), CoverageSettings {});
    QCOMPARE(august.takenOn, QDate(2026, 8, 15));
    QCOMPARE(august.stage, Stage::EarlyKam); // the move to mid-KAM came in September
    QCOMPARE(august.arr, MinorUnits(1'000'000)); // June's change, carried forward: October's came later
    QCOMPARE(august.people.size(), 3);
    QVERIFY(!august.people.at(2).left);
    QCOMPARE(august.relevant, 3);
    QCOMPARE(august.active, 2); // the sponsor (warm) and the champion (strong); the buyer is cold
    QCOMPARE(august.coverageDepth, std::optional<double>(2.0 / 3.0));
    QCOMPARE(august.opportunities.size(), 2);

    const QbrSnapshot november = takeQbrSnapshot(record, QDate(2026, 11, 20), CoverageSettings {});
    QCOMPARE(november.stage, Stage::MidKam);
    QCOMPARE(november.arr, MinorUnits(1'500'000));
    QVERIFY(november.people.at(2).left);
    QCOMPARE(november.relevant, 2);
    QCOMPARE(november.active, 0); // the July meeting is more than 90 days old
}

void TestQbr::compare_listsHandMadeChanges()
{
    const AccountRecord before = smallAccount();
    AccountRecord after = before;
    after.stageChanges.append({3, 1, Stage::MidKam, Stage::PartnershipKam, QDate(2026, 11, 1), QString()});
    after.arrChanges.append({3, 1, QDate(2026, 11, 1), ArrChangeKind::Upsell, 2'000'000, {}, std::nullopt, 1});
    after.stakeholders[0].relationship = Relationship::Strong; // warmer
    after.stakeholders[2].leftOn = QDate(2026, 10, 5); // gone
    Stakeholder newcomer;
    newcomer.id = 13;
    newcomer.name = QStringLiteral("Nia New");
    newcomer.title = QStringLiteral("Head of IT");
    newcomer.role = DecisionRole::TechnicalEvaluator;
    after.stakeholders.append(newcomer); // added
    after.opportunities[0].stage = OpportunityStage::Won; // moved
    after.opportunities.removeAt(1); // removed
    Opportunity upsell;
    upsell.id = 102;
    upsell.title = QStringLiteral("Forecasting");
    upsell.amount = 250'000;
    after.opportunities.append(upsell); // new
    after.healthHistory.append({1, 1, QDate(2026, 11, 2), 43, QStringLiteral("usage=20"), false});
    Touchpoint recent;
    recent.on = QDate(2026, 11, 10);
    recent.stakeholders = {10, 11};
    after.touchpoints.append(recent);

    const QbrSnapshot then = takeQbrSnapshot(before, QDate(2026, 8, 15), CoverageSettings {});
    const QbrSnapshot now = takeQbrSnapshot(after, QDate(2026, 11, 20), CoverageSettings {});
    const QList<QbrChange> changes = compareQbrSnapshots(
        then, now, QStringLiteral("GBP"), QLocale(QLocale::English, QLocale::UnitedKingdom));

    const QList<QbrChange> people = changesIn(changes, QbrChange::Area::People);
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).subject, QStringLiteral("Bea Buyer"));
    QCOMPARE(people.at(0).after, QStringLiteral("left the company"));
    QCOMPARE(people.at(1).subject, QStringLiteral("Nia New"));
    QVERIFY(people.at(1).before.isEmpty());
    QVERIFY(people.at(1).after.contains(QStringLiteral("Head of IT")));

    const QList<QbrChange> relationships = changesIn(changes, QbrChange::Area::Relationships);
    QCOMPARE(relationships.size(), 1);
    QCOMPARE(relationships.at(0).subject, QStringLiteral("Ann Sponsor"));
    QCOMPARE(relationships.at(0).before, QStringLiteral("relationship Warm"));
    QCOMPARE(relationships.at(0).after, QStringLiteral("relationship Strong"));

    const QList<QbrChange> stage = changesIn(changes, QbrChange::Area::Stage);
    QCOMPARE(stage.size(), 1);
    QCOMPARE(stage.at(0).before, displayName(Stage::EarlyKam));
    QCOMPARE(stage.at(0).after, displayName(Stage::PartnershipKam));

    const QList<QbrChange> coverage = changesIn(changes, QbrChange::Area::Coverage);
    QVERIFY(!coverage.isEmpty());
    QCOMPARE(coverage.at(0).subject, QStringLiteral("Coverage depth"));
    QCOMPARE(coverage.at(0).before, QStringLiteral("66.7% (2 of 3)")); // the QBR's one rounding
    // Now: the buyer is gone and the newcomer sits outside the buying group; both others were met.
    QCOMPARE(coverage.at(0).after, QStringLiteral("100.0% (2 of 2)"));

    const QList<QbrChange> pipeline = changesIn(changes, QbrChange::Area::Pipeline);
    QCOMPARE(pipeline.size(), 3);
    QCOMPARE(pipeline.at(0).subject, QStringLiteral("More seats"));
    QCOMPARE(pipeline.at(0).before, QStringLiteral("Qualified, £5,000"));
    QCOMPARE(pipeline.at(0).after, QStringLiteral("Won, £5,000"));
    QCOMPARE(pipeline.at(1).subject, QStringLiteral("Forecasting"));
    QVERIFY(pipeline.at(1).before.isEmpty());
    QCOMPARE(pipeline.at(2).subject, QStringLiteral("Enterprise tier"));
    QCOMPARE(pipeline.at(2).after, QStringLiteral("removed from the plan"));

    const QList<QbrChange> revenue = changesIn(changes, QbrChange::Area::Revenue);
    QCOMPARE(revenue.size(), 1);
    QCOMPARE(revenue.at(0).before, QStringLiteral("£10,000"));
    QCOMPARE(revenue.at(0).after, QStringLiteral("£20,000"));

    const QList<QbrChange> health = changesIn(changes, QbrChange::Area::Health);
    QCOMPARE(health.size(), 1);
    QCOMPARE(health.at(0).before, QStringLiteral("not recorded"));
    QCOMPARE(health.at(0).after, QStringLiteral("4.3 of 10"));
}

void TestQbr::compare_identicalSnapshots_listNothing()
{
    const QbrSnapshot snapshot = takeQbrSnapshot(smallAccount(), QDate(2026, 8, 15), CoverageSettings {});
    QVERIFY(compareQbrSnapshots(snapshot, snapshot, QStringLiteral("GBP")).isEmpty());
}

void TestQbr::snapshotJson_roundTripsExactly()
{
    AccountRecord record = smallAccount();
    record.healthHistory.append({1, 1, QDate(2026, 8, 1), 73, QStringLiteral("usage=20"), false});
    record.stakeholders[2].leftOn = QDate(2026, 8, 1);
    record.opportunities[0].amount = 9'007'199'254'740'993; // beyond a double's exact integers
    const QbrSnapshot snapshot = takeQbrSnapshot(record, QDate(2026, 8, 15), CoverageSettings {});
    const std::optional<QbrSnapshot> back = qbrSnapshotFromJson(qbrSnapshotToJson(snapshot));
    QVERIFY(back);
    QCOMPARE(*back, snapshot);
    QCOMPARE(back->opportunities.at(0).amount, MinorUnits(9'007'199'254'740'993));
    QVERIFY(back->people.at(2).left);
}

void TestQbr::snapshotJson_refusesDamagedText()
{
    QVERIFY(!qbrSnapshotFromJson("not json"));
    QVERIFY(!qbrSnapshotFromJson(R"({"stage":"mid_kam"})")); // no day
    QVERIFY(!qbrSnapshotFromJson(R"({"taken_on":"2026-08-01","stage":"sideways"})"));
}

void TestQbr::suggestedOpportunities_areTheTwoLargestOpenWeighted()
{
    Opportunity small;
    small.id = 1;
    small.amount = 1'000'000;
    small.stage = OpportunityStage::Identified; // weighted 100,000
    Opportunity likely = small;
    likely.id = 2;
    likely.amount = 400'000;
    likely.stage = OpportunityStage::Commit; // weighted 320,000
    likely.probability = 80;
    Opportunity won = likely;
    won.id = 3;
    won.stage = OpportunityStage::Won;
    won.probability = 100;
    Opportunity middle = small;
    middle.id = 4;
    middle.amount = 800'000;
    middle.stage = OpportunityStage::Qualified; // weighted 200,000
    middle.probability = 25;
    QCOMPARE(suggestedQbrOpportunities({small, likely, won, middle}), (QList<OpportunityId> {2, 4}));
    QCOMPARE(suggestedQbrOpportunities({won}), QList<OpportunityId>());
}

void TestQbr::defaultPeriod_runsFromTheLastHeldReview()
{
    const QDate today(2026, 11, 23);
    QCOMPARE(defaultQbrPeriod({}, today), std::make_pair(QDate(2026, 8, 24), today));
    Qbr held;
    held.heldOn = QDate(2026, 9, 2);
    Qbr older;
    older.heldOn = QDate(2026, 6, 1);
    Qbr preparing; // not held: does not count
    preparing.periodStart = QDate(2026, 10, 1);
    QCOMPARE(defaultQbrPeriod({older, held, preparing}, today), std::make_pair(QDate(2026, 9, 3), today));
    QCOMPARE(lastHeldBefore({older, held, preparing}, QDate(2026, 9, 2))->heldOn, QDate(2026, 6, 1));
    held.heldOn = today; // held today: the next period starts tomorrow
    QCOMPARE(defaultQbrPeriod({held}, today), std::make_pair(today.addDays(1), today.addDays(1)));
}

void TestQbr::relativeChange_isAFractionOfBefore()
{
    ValueOutcome outcome;
    outcome.before = 40;
    outcome.after = 10;
    QCOMPARE(relativeChange(outcome), std::optional<double>(-0.75));
    outcome.before = 0;
    QVERIFY(!relativeChange(outcome));
}

void TestQbr::store_roundTripsEveryKind()
{
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_path, PlanOpenMode::ReadWrite, &result);
    QVERIFY2(plan, qPrintable(result.message));
    const QSqlDatabase db = plan->connection();
    const AccountId account
        = sql::scalar(db, QStringLiteral("SELECT id FROM account WHERE name = 'Hillcrest Dental'"))
              .toLongLong();
    const OpportunityId deal
        = sql::scalar(db, QStringLiteral("SELECT MIN(id) FROM opportunity")).toLongLong();
    QbrStore store(db);
    QVERIFY(store.qbrs(account).isEmpty()); // not a key account: the sample gave it no review

    WriteTransaction transaction(db);
    ValueOutcome outcome {0, account, QDate(2026, 10, 1), QStringLiteral("Hours <saved>"), 12.5, 3.25,
        QStringLiteral("hours"), QStringLiteral("note & more"), 1};
    const std::optional<ValueOutcomeId> outcomeId = store.insertValueOutcome(outcome);
    QVERIFY(outcomeId);
    outcome.id = *outcomeId;
    Risk risk {0, account, QStringLiteral("Budget cut"), RiskSeverity::High, RiskStatus::Mitigating,
        QStringLiteral("Meet the CFO"), 2, QDate(2026, 9, 1), QDate(2026, 12, 1), 1};
    const std::optional<RiskId> riskId = store.insertRisk(risk);
    QVERIFY(riskId);
    risk.id = *riskId;
    Risk undated {0, account, QStringLiteral("No date"), RiskSeverity::Low, RiskStatus::Open, QString(),
        std::nullopt, QDate(), QDate(), 1};
    undated.id = *store.insertRisk(undated);
    NextStep step {0, account, QStringLiteral("Send the deck"), QStringLiteral("Their CFO"),
        QDate(2026, 12, 5), true, 1};
    step.id = *store.insertNextStep(step);
    Qbr qbr;
    qbr.accountId = account;
    qbr.periodStart = QDate(2026, 8, 24);
    qbr.periodEnd = QDate(2026, 11, 23);
    qbr.ourTeam = QStringLiteral("Aisha Okafor");
    qbr.attendees = QStringLiteral("Dr <b>Who</b>");
    qbr.section(QbrSection::Growth).included = false;
    qbr.section(QbrSection::Value).remark = QStringLiteral("Two lines\nof remark");
    qbr.section(QbrSection::Revenue).remark = QStringLiteral("Ask for the uplift after the pilot");
    qbr.section(QbrSection::Revenue).remarkInternal = true;
    qbr.chosenOpportunities = {deal};
    qbr.snapshot = takeQbrSnapshot(smallAccount(), QDate(2026, 8, 15), CoverageSettings {});
    qbr.heldOn = QDate(2026, 11, 20);
    qbr.id = *store.insertQbr(qbr);
    QVERIFY(transaction.commit());

    QCOMPARE(store.valueOutcomes(account), QList<ValueOutcome> {outcome});
    const QList<Risk> risks = store.risks(account);
    QCOMPARE(risks.size(), 2);
    QCOMPARE(risks.at(1), risk); // ordered by the day raised; the undated one first
    QCOMPARE(risks.at(0), undated);
    QCOMPARE(store.nextSteps(account), QList<NextStep> {step});
    const QList<Qbr> reviews = store.qbrs(account);
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews.at(0), qbr);

    // Updates bump the version and replace the sections and chosen opportunities.
    WriteTransaction update(db);
    outcome.after = 2;
    QVERIFY(store.updateValueOutcome(outcome));
    qbr.chosenOpportunities.clear();
    qbr.section(QbrSection::Growth).included = true;
    QVERIFY(store.updateQbr(qbr));
    QVERIFY(store.removeNextStep(step.id));
    QVERIFY(!store.removeNextStep(step.id)); // gone already
    QVERIFY(update.commit());
    QCOMPARE(store.valueOutcomes(account).at(0).after, 2.0);
    QCOMPARE(store.valueOutcomes(account).at(0).version, 2);
    QVERIFY(store.qbrs(account).at(0).chosenOpportunities.isEmpty());
    QVERIFY(store.qbrs(account).at(0).section(QbrSection::Growth).included);
    QVERIFY(store.nextSteps(account).isEmpty());
}

void TestQbr::store_deletingTheAccountTakesItsReviews()
{
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_path, PlanOpenMode::ReadWrite, &result);
    QVERIFY(plan);
    const QSqlDatabase db = plan->connection();
    const AccountId account
        = sql::scalar(db, QStringLiteral("SELECT id FROM account WHERE name = 'Northgate Logistics'"))
              .toLongLong();
    QbrStore store(db);
    QVERIFY(!store.valueOutcomes(account).isEmpty());
    QVERIFY(!store.qbrs(account).isEmpty());
    WriteTransaction transaction(db);
    QVERIFY(sql::run(db, QStringLiteral("DELETE FROM account WHERE id = ?"), {account}).isActive());
    QVERIFY(transaction.commit());
    for (const char *table : {"value_outcome", "account_risk", "next_step", "qbr"})
        QCOMPARE(sql::scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM %1 WHERE account_id = ?").arg(QLatin1String(table)),
                     {account})
                     .toInt(),
            0);
    QCOMPARE(sql::scalar(db,
                 QStringLiteral("SELECT COUNT(*) FROM qbr_section WHERE qbr_id NOT IN (SELECT id FROM qbr)"))
                 .toInt(),
        0);
}

void TestQbr::sample_hasReviewsForEveryKeyAccount()
{
    std::unique_ptr<PlanDocument> document = test::openDocument(m_path);
    QVERIFY(document);
    document->setAsOf(test::sampleAsOf);
    int keyAccounts = 0;
    int withChanges = 0;
    for (const Account &account : document->accounts()) {
        const QList<Qbr> reviews = ReviewEditing::of(document.get())->qbrs(account.id);
        if (!account.isKey) {
            QVERIFY(reviews.isEmpty());
            continue;
        }
        ++keyAccounts;
        QVERIFY2(!ReviewEditing::of(document.get())->valueOutcomes(account.id).isEmpty(), qPrintable(account.name));
        QVERIFY2(!ReviewEditing::of(document.get())->risks(account.id).isEmpty(), qPrintable(account.name));
        QVERIFY2(!ReviewEditing::of(document.get())->nextSteps(account.id).isEmpty(), qPrintable(account.name));
        QCOMPARE(reviews.size(), 1);
        QVERIFY(reviews.at(0).isHeld());
        QVERIFY(reviews.at(0).snapshot);
        const QbrData data = readQbrData(*document, ReviewEditing::of(document.get())->qbrInPreparation(account.id));
        QCOMPARE(data.lastHeld->id, reviews.at(0).id);
        QCOMPARE(data.qbr.periodStart, reviews.at(0).heldOn.addDays(1)); // since the last review
        withChanges += data.changes.isEmpty() ? 0 : 1;
    }
    QCOMPARE(keyAccounts, 25);
    QCOMPARE(withChanges, 25); // every key account has something to say under "what changed"

    // Northgate: Marek Nowak joined since, Karen Doyle warmed, one deal moved and one is new.
    const AccountId northgate = test::accountNamed(*document, QStringLiteral("Northgate Logistics"));
    QVERIFY(northgate != 0);
    const QbrData data = readQbrData(*document, ReviewEditing::of(document.get())->qbrInPreparation(northgate));
    QStringList subjects;
    for (const QbrChange &change : data.changes)
        subjects.append(change.subject);
    QVERIFY(subjects.contains(QStringLiteral("Marek Nowak")));
    QVERIFY(subjects.contains(QStringLiteral("Karen Doyle")));
    QVERIFY(subjects.contains(QStringLiteral("Demand Forecasting for Warrington depot")));
    QVERIFY(subjects.contains(QStringLiteral("More Rostering seats in Leeds depot")));
}

void TestQbr::edits_undoAndRedo()
{
    std::unique_ptr<PlanDocument> document = test::openDocument(m_path);
    QVERIFY(document);
    const AccountId account = document->accounts().at(0).id;
    const QList<ValueOutcome> outcomes = ReviewEditing::of(document.get())->valueOutcomes(account);
    const QList<Risk> risks = ReviewEditing::of(document.get())->risks(account);
    const QList<NextStep> steps = ReviewEditing::of(document.get())->nextSteps(account);
    QSignalSpy changed(document.get(), &PlanDocument::reviewsChanged);

    ReviewEditing::of(document.get())->addValueOutcome({0, account, QDate(2026, 11, 1), QStringLiteral("Rota errors"), 30, 4,
        QStringLiteral("a month"), QString(), 1});
    QCOMPARE(ReviewEditing::of(document.get())->valueOutcomes(account).size(), outcomes.size() + 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), account);
    ReviewEditing::of(document.get())->addValueOutcome({0, account, QDate(), QStringLiteral("No day"), 1, 2, QString(), QString(), 1});
    QCOMPARE(ReviewEditing::of(document.get())->valueOutcomes(account).size(), outcomes.size() + 1); // refused: no day

    Risk risk = risks.at(0);
    risk.status = RiskStatus::Closed;
    ReviewEditing::of(document.get())->editRisk(risk);
    QCOMPARE(ReviewEditing::of(document.get())->risks(account).at(0).status, RiskStatus::Closed);
    ReviewEditing::of(document.get())->removeNextStep(steps.at(0));
    QCOMPARE(ReviewEditing::of(document.get())->nextSteps(account).size(), steps.size() - 1);
    ReviewEditing::of(document.get())->addNextStep({0, account, QStringLiteral("Book the steering group"), QStringLiteral("Sam Patel"),
        QDate(2026, 12, 1), false, 1});
    QCOMPARE(ReviewEditing::of(document.get())->nextSteps(account).size(), steps.size());

    QUndoStack *undo = document->undoStack();
    QCOMPARE(undo->count(), 4);
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(ReviewEditing::of(document.get())->valueOutcomes(account), outcomes);
    QCOMPARE(ReviewEditing::of(document.get())->risks(account).at(0).status, risks.at(0).status);
    QCOMPARE(ReviewEditing::of(document.get())->nextSteps(account).size(), steps.size());
    QCOMPARE(ReviewEditing::of(document.get())->nextSteps(account).at(0).action, steps.at(0).action);
    while (undo->canRedo())
        undo->redo();
    QCOMPARE(ReviewEditing::of(document.get())->valueOutcomes(account).size(), outcomes.size() + 1);
    QCOMPARE(ReviewEditing::of(document.get())->risks(account).at(0).status, RiskStatus::Closed);
    bool booked = false;
    for (const NextStep &step : ReviewEditing::of(document.get())->nextSteps(account))
        booked = booked || step.action == QLatin1String("Book the steering group");
    QVERIFY(booked);
}

void TestQbr::preparation_isKeptAndUndone()
{
    std::unique_ptr<PlanDocument> document = test::openDocument(m_path);
    QVERIFY(document);
    document->setAsOf(test::sampleAsOf);
    const AccountId account = test::accountNamed(*document, QStringLiteral("Northgate Logistics"));
    Qbr qbr = ReviewEditing::of(document.get())->qbrInPreparation(account);
    QCOMPARE(qbr.id, 0);
    QCOMPARE(qbr.periodEnd, test::sampleAsOf);
    QCOMPARE(qbr.ourTeam, QStringLiteral("Tom Whitaker")); // the account's owner
    QVERIFY(!qbr.chosenOpportunities.isEmpty());
    qbr.attendees = QStringLiteral("Karen Doyle");
    qbr.section(QbrSection::Risks).remark = QStringLiteral("Spreadsheet at Leeds");
    qbr.chosenOpportunities = {qbr.chosenOpportunities.at(0), 999, 998}; // more than two: cut
    ReviewEditing::of(document.get())->saveQbrPreparation(qbr);
    const Qbr saved = ReviewEditing::of(document.get())->qbrInPreparation(account);
    QVERIFY(saved.id != 0);
    QVERIFY(!saved.isHeld());
    QCOMPARE(saved.attendees, QStringLiteral("Karen Doyle"));
    QCOMPARE(saved.section(QbrSection::Risks).remark, QStringLiteral("Spreadsheet at Leeds"));
    QCOMPARE(saved.chosenOpportunities.size(), 0 + 1); // the two unknown ids are not opportunities
    QCOMPARE(ReviewEditing::of(document.get())->qbrs(account).size(), 2);

    Qbr edited = saved;
    edited.attendees = QStringLiteral("Karen Doyle, Sam Patel");
    ReviewEditing::of(document.get())->saveQbrPreparation(edited);
    QCOMPARE(ReviewEditing::of(document.get())->qbrInPreparation(account).attendees, QStringLiteral("Karen Doyle, Sam Patel"));
    document->undoStack()->undo();
    QCOMPARE(ReviewEditing::of(document.get())->qbrInPreparation(account).attendees, QStringLiteral("Karen Doyle"));
    document->undoStack()->undo();
    QCOMPARE(ReviewEditing::of(document.get())->qbrs(account).size(), 1);
    QCOMPARE(ReviewEditing::of(document.get())->qbrInPreparation(account).id, 0);
}

void TestQbr::markHeld_keepsASnapshotAndTheNextReviewComparesWithIt()
{
    std::unique_ptr<PlanDocument> document = test::openDocument(m_path);
    QVERIFY(document);
    document->setAsOf(test::sampleAsOf);
    const AccountId account = document->accounts().at(0).id;
    const Qbr preparing = ReviewEditing::of(document.get())->qbrInPreparation(account);
    ReviewEditing::of(document.get())->markQbrHeld(preparing, test::sampleAsOf);
    const QList<Qbr> reviews = ReviewEditing::of(document.get())->qbrs(account);
    QCOMPARE(reviews.size(), 2);
    const Qbr held = reviews.constLast();
    QCOMPARE(held.heldOn, test::sampleAsOf);
    QVERIFY(held.snapshot);
    QCOMPARE(held.snapshot->takenOn, test::sampleAsOf);
    QCOMPARE(held.snapshot->arr, document->account(account)->arr);

    // The next review starts the day after and finds nothing changed yet...
    Qbr next = ReviewEditing::of(document.get())->qbrInPreparation(account);
    QCOMPARE(next.id, 0);
    QCOMPARE(next.periodStart, test::sampleAsOf.addDays(1));
    QCOMPARE(next.periodEnd, test::sampleAsOf.addDays(1));
    QVERIFY(readQbrData(*document, next).changes.isEmpty());
    // ...until something does: a stage move.
    AccountEditing::of(document.get())->changeStage(
        account, Stage::PartnershipKam, test::sampleAsOf, QStringLiteral("Preferred supplier"));
    const QList<QbrChange> changes = readQbrData(*document, next).changes;
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).area, QbrChange::Area::Stage);
    QCOMPARE(changes.at(0).after, displayName(Stage::PartnershipKam));

    document->undoStack()->undo(); // the stage move
    document->undoStack()->undo(); // held
    QCOMPARE(ReviewEditing::of(document.get())->qbrs(account).size(), 1);
    document->undoStack()->redo();
    QCOMPARE(ReviewEditing::of(document.get())->qbrs(account).size(), 2);
    QVERIFY(ReviewEditing::of(document.get())->qbrs(account).constLast().snapshot);
}

void TestQbr::deletingAnAccount_undoRestoresItsReviews()
{
    std::unique_ptr<PlanDocument> document = test::openDocument(m_path);
    QVERIFY(document);
    const Account account = document->accounts().at(0);
    const AccountRecord before = document->accountRecord(account.id);
    QVERIFY(!before.qbrs.isEmpty());
    AccountEditing::of(document.get())->removeAccount(account.id);
    QVERIFY(!document->account(account.id));
    document->undoStack()->undo();
    const AccountRecord after = document->accountRecord(account.id);
    QCOMPARE(after.valueOutcomes, before.valueOutcomes);
    QCOMPARE(after.risks, before.risks);
    QCOMPARE(after.nextSteps, before.nextSteps);
    QCOMPARE(after.qbrs, before.qbrs);
}

void TestQbr::removingAChosenOpportunity_undoChoosesItAgain()
{
    std::unique_ptr<PlanDocument> document = test::openDocument(m_path);
    QVERIFY(document);
    document->setAsOf(test::sampleAsOf);
    const AccountId northgate = test::accountNamed(*document, QStringLiteral("Northgate Logistics"));
    Qbr qbr = ReviewEditing::of(document.get())->qbrInPreparation(northgate);
    QCOMPARE(qbr.chosenOpportunities.size(), 2);
    ReviewEditing::of(document.get())->saveQbrPreparation(qbr);
    const OpportunityId chosen = qbr.chosenOpportunities.at(0);
    PipelineEditing::of(document.get())->removeOpportunity(chosen);
    QCOMPARE(ReviewEditing::of(document.get())->qbrInPreparation(northgate).chosenOpportunities.size(), 1);
    document->undoStack()->undo();
    QCOMPARE(ReviewEditing::of(document.get())->qbrInPreparation(northgate).chosenOpportunities, qbr.chosenOpportunities);
}

void TestQbr::outcomeModel_followsTheAccountAndItsEdits()
{
    std::unique_ptr<PlanDocument> document = test::openDocument(m_path);
    QVERIFY(document);
    ValueOutcomeModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    const AccountId northgate = test::accountNamed(*document, QStringLiteral("Northgate Logistics"));
    model.setAccount(northgate);
    QCOMPARE(model.rowCount(), 3);
    // Newest first, with each measure in its unit.
    QCOMPARE(model.index(0, ValueOutcomeModel::Metric).data().toString(),
        QStringLiteral("Shifts unfilled 24 hours before start"));
    QCOMPARE(model.index(1, ValueOutcomeModel::Before).data().toString(),
        formatMeasure(41000, QStringLiteral("£ a month")));
    QCOMPARE(model.index(1, ValueOutcomeModel::Before).data(RawValueRole).toDouble(), 41000.0);
    QCOMPARE(model.index(2, ValueOutcomeModel::Change).data(RawValueRole).toDouble(), (12.0 - 38.0) / 38.0);
    QVERIFY(model.index(2, ValueOutcomeModel::Metric)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Thursday")));

    ReviewEditing::of(document.get())->addValueOutcome(
        {0, northgate, test::sampleAsOf, QStringLiteral("<b>Errors</b>"), 10, 2, QString(), QString(), 1});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, ValueOutcomeModel::Metric).data().toString(), QStringLiteral("<b>Errors</b>"));
    QVERIFY(model.index(0, ValueOutcomeModel::Metric)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("&lt;b&gt;")));
    document->undoStack()->undo();
    QCOMPARE(model.rowCount(), 3);
    // Another account's edits leave the list alone; removing the account empties it.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const AccountId other = test::accountNamed(*document, QStringLiteral("Meridian Retail Group"));
    ReviewEditing::of(document.get())->addValueOutcome(
        {0, other, test::sampleAsOf, QStringLiteral("Elsewhere"), 1, 2, QString(), QString(), 1});
    QCOMPARE(resets.size(), 0);
    AccountEditing::of(document.get())->removeAccount(northgate);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.account(), 0);
}

void TestQbr::riskModel_listsOpenRisksFirst()
{
    std::unique_ptr<PlanDocument> document = test::openDocument(m_path);
    QVERIFY(document);
    document->setAsOf(test::sampleAsOf);
    RiskModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const AccountId pennine = test::accountNamed(*document, QStringLiteral("Pennine Care Homes"));
    model.setAccount(pennine);
    QCOMPARE(model.rowCount(), 3);
    Risk closed = model.risk(0);
    closed.status = RiskStatus::Closed;
    ReviewEditing::of(document.get())->editRisk(closed);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.risk(2).title, closed.title); // closed ones last
    QCOMPARE(model.index(2, RiskModel::Status).data().toString(), displayName(RiskStatus::Closed));
    QCOMPARE(model.index(0, RiskModel::Owner).data().toString(), QStringLiteral("Aisha Okafor"));
    // A high risk reads in the attention colour (light here: a model's test has no palette).
    QCOMPARE(model.index(0, RiskModel::Severity).data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x3a, 0x2e));
}

void TestQbr::stepModel_tickingDoneIsUndoable()
{
    std::unique_ptr<PlanDocument> document = test::openDocument(m_path);
    QVERIFY(document);
    document->setAsOf(test::sampleAsOf);
    NextStepModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccount(test::accountNamed(*document, QStringLiteral("Northgate Logistics")));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.flags(model.index(0, NextStepModel::Done)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, NextStepModel::Action)) & Qt::ItemIsUserCheckable));
    const QString action = model.step(0).action;
    QCOMPARE(model.index(0, NextStepModel::Done).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.setData(model.index(0, NextStepModel::Done), Qt::Checked, Qt::CheckStateRole));
    // Done steps go last.
    QCOMPARE(model.step(2).action, action);
    QVERIFY(model.step(2).done);
    QCOMPARE(model.index(2, NextStepModel::Done).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(
        !model.setData(model.index(2, NextStepModel::Done), Qt::Checked, Qt::CheckStateRole)); // no change
    document->undoStack()->undo();
    QCOMPARE(model.step(0).action, action);
    QVERIFY(!model.step(0).done);
}

void TestQbr::formatMeasure_putsTheUnitWhereItReads()
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(formatMeasure(41000, QStringLiteral("£ a month"), uk), QStringLiteral("£41,000 a month"));
    QCOMPARE(formatMeasure(6.5, QStringLiteral("%"), uk), QStringLiteral("6.5%"));
    QCOMPARE(formatMeasure(38, QStringLiteral("hours a week"), uk), QStringLiteral("38 hours a week"));
    QCOMPARE(formatMeasure(0.62, QString(), uk), QStringLiteral("0.62"));
    // A difference of two results reads as the user would write it, not as binary arithmetic.
    QCOMPARE(formatMeasure(12 - 9.4, QStringLiteral("%"), uk), QStringLiteral("2.6%"));
    QCOMPARE(formatMeasure(0.1 + 0.2, QString(), uk), QStringLiteral("0.3"));
    QCOMPARE(formatMeasure(18400 - 12100.5, QString(), uk), QStringLiteral("6,299.5"));
}

QTEST_GUILESS_MAIN(TestQbr)
#include "tst_qbr.moc"
