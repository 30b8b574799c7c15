// QBR summaries on paper: every section with the plan's figures (read back with pdftotext), text
// from the plan printed literally, the OpenDocument file, pagination that never strands a heading,
// the portfolio summary against `keyplan report --json`, and `keyplan export-qbr`.
#include "domain/month.h"
#include "domain/percent.h"
#include "item/revenueediting.h"
#include "item/plandocument.h"
#include "item/reviewediting.h"
#include "item/qbrdata.h"
#include "item/peopleediting.h"
#include "storage/plandatabase.h"
#include "testsupport.h"
#include "ui/printing/documentcomposer.h"
#include "ui/printing/pageddocument.h"
#include "ui/printing/textshaping.h"
#include "ui/qbr/portfoliosummarydocument.h"
#include "ui/printing/printdocumentwriter.h"
#include "ui/qbr/qbrexport.h"
#include "ui/qbr/qbrfigures.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextFrame>
#include <QtTest>

#include <cmath>

using namespace keyplan;

namespace {

// Remembers every resource the layout asks for: a document built from plan text must ask none.
class RecordingDocument final : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name);
        return QTextDocument::loadResource(type, name);
    }
};

// A QBR's text in drawing order (a cell's wrapped lines together), with all whitespace one space.
QString qbrText(const QString &path)
{
    return test::pdfText(path, test::PdfText::Raw).simplified();
}

} // namespace

class TestQbrExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pdf_hasEverySectionWithItsFigures();
    void pdf_sectionsLeftOutAreNotPrinted();
    void pdf_listsThePeopleWhoLeft();
    void planText_printsLiterallyAndLoadsNothing();
    void odt_holdsTheTextAndTheFigures();
    void printer_printsWhereThePdfDoes();
    void pagination_neverStrandsAHeading_data();
    void pagination_neverStrandsAHeading();
    void mixedScripts_areShapedAndReadRightToLeft();
    void pagination_neverSplitsATableRow_data();
    void pagination_neverSplitsATableRow();
    void portfolioSummary_matchesReportJson();
    void portfolioSummary_keepsEveryAmountWhole();
    void portfolioSummary_flagsConcentrationAtTheUsersThreshold();
    void exportQbr_refusesAndWritesNothing_data();
    void exportQbr_refusesAndWritesNothing();

private:
    QbrData northgateData();

    QTemporaryDir m_dir;
    QString m_plan;
    std::unique_ptr<PlanDocument> m_document;
};

void TestQbrExport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
        "pdftotext (poppler-utils) is needed; scripts/test.sh installs it");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(),
        "unzip is needed; scripts/test.sh installs it");
}

void TestQbrExport::init()
{
    m_plan = test::newPlanLocation(m_dir, QStringLiteral("%1.keyplan").arg(QTest::currentTestFunction()));
    QFile::remove(m_plan);
    QVERIFY(test::writeSamplePlan(m_plan));
    m_document = test::openDocument(m_plan);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
}

void TestQbrExport::cleanup()
{
    m_document.reset();
}

QbrData TestQbrExport::northgateData()
{
    return readQbrData(*m_document,
        ReviewEditing::of(m_document.get())->qbrInPreparation(test::accountNamed(*m_document, QStringLiteral("Northgate Logistics"))));
}

void TestQbrExport::pdf_hasEverySectionWithItsFigures()
{
    const AccountId northgate = test::accountNamed(*m_document, QStringLiteral("Northgate Logistics"));
    Qbr qbr = ReviewEditing::of(m_document.get())->qbrInPreparation(northgate);
    qbr.attendees = QStringLiteral("Karen Doyle, Sam Patel");
    for (const QbrSection section : allQbrSections)
        qbr.section(section).remark = QStringLiteral("Remark on %1").arg(keyOf(section));
    ReviewEditing::of(m_document.get())->saveQbrPreparation(qbr);
    const QbrData data = readQbrData(*m_document, ReviewEditing::of(m_document.get())->qbrInPreparation(northgate));
    const QString path = m_dir.filePath(QStringLiteral("northgate.pdf"));
    QString error;
    QVERIFY2(exportQbr(data, QbrEdition::Internal, path, defaultQbrPageLayout(), &error), qPrintable(error));
    const QString text = qbrText(path);
    QVERIFY(!text.isEmpty());

    // Cover.
    const QLocale locale;
    QVERIFY(text.contains(QStringLiteral("Northgate Logistics")));
    QVERIFY(text.contains(QStringLiteral("Quarterly business review · 24 Aug 2026 – 23 Nov 2026")));
    QVERIFY(text.contains(QStringLiteral("Karen Doyle, Sam Patel")));
    QVERIFY(text.contains(QStringLiteral("Our team: Tom Whitaker")));
    const QString arr = formatMoney(data.account.arr, QStringLiteral("GBP"), locale);
    QCOMPARE(arr, QStringLiteral("£24,000"));
    QVERIFY(text.contains(arr + QStringLiteral(" ")));
    for (const QbrSection section : allQbrSections) {
        if (section != QbrSection::Cover)
            QVERIFY2(text.contains(qbrSectionTitle(section, QbrEdition::Internal)), qPrintable(displayName(section)));
        QVERIFY2(
            text.contains(QStringLiteral("Remark on %1").arg(keyOf(section))), qPrintable(keyOf(section)));
    }
    // Value delivered: each outcome of the period with before and after.
    QCOMPARE(data.outcomes.size(), 3);
    QVERIFY(text.contains(QStringLiteral("Hours spent planning rotas each week")));
    // Outcomes of different units: each row says its unit once, the numbers stand alone.
    QVERIFY(text.contains(QStringLiteral("Agency driver spend")));
    QVERIFY(text.contains(QStringLiteral("41,000")));
    QVERIFY(text.contains(QStringLiteral("29,500")));
    QVERIFY(text.contains(QStringLiteral("£ a month")));
    QVERIFY(text.contains(QStringLiteral("2.1")));
    QVERIFY(text.contains(QStringLiteral("\u221268.4%"))); // 38 → 12 hours
    // A measure in percent moves in points: 6.5% → 2.1% is −4.4 pts, not −67.7%.
    QVERIFY(text.contains(QStringLiteral("\u22124.4 pts")));
    QVERIFY(!text.contains(QStringLiteral("67.7%")));
    // Relationship: the stage, coverage and empty seats as the plan computes them.
    QVERIFY(text.contains(QStringLiteral("Millman–Wilson stage: Mid KAM, since 10 Jan 2026")));
    const Coverage &coverage = data.map.coverage;
    QVERIFY(text.contains(QStringLiteral("Coverage depth %1 (%2 of %3 people")
                              .arg(formatPercent(coverage.depth()))
                              .arg(coverage.active)
                              .arg(coverage.relevant)));
    QVERIFY(text.contains(QStringLiteral("Empty seats: none")));
    QVERIFY(text.contains(QStringLiteral("Sam Patel"))); // on the map
    QVERIFY(text.contains(QStringLiteral("Stakeholder map")));
    // Revenue and health.
    QVERIFY(text.contains(QStringLiteral("15 Apr 2027 (in 143 days)")));
    // Health: the scorecard's score and the measures that make it.
    QVERIFY(data.health.score());
    QVERIFY(text.contains(QStringLiteral("%1 of 10").arg(locale.toString(*data.health.score(), 'f', 1))));
    QVERIFY(text.contains(QStringLiteral("Engagement")));
    QVERIFY(text.contains(QStringLiteral("Trend: ")));
    QVERIFY(data.nrr);
    QVERIFY(text.contains(formatPercent(data.nrr)));
    // Growth: whitespace totals and the chosen opportunities with their business case.
    QVERIFY(text.contains(
        formatMoney(data.whitespace.total.open, QStringLiteral("GBP"), locale) + QStringLiteral(" ")));
    QCOMPARE(data.chosen.size(), 2);
    for (const Opportunity &opportunity : data.chosen)
        QVERIFY2(text.contains(opportunity.title), qPrintable(opportunity.title));
    QVERIFY(text.contains(QStringLiteral("Business case: 4 of 6 in place")));
    QVERIFY(text.contains(QStringLiteral("Leeds and Bristol go live in the spring")));
    // Risks and next steps.
    QVERIFY(text.contains(QStringLiteral("Leeds depot planners still keep a spreadsheet alongside")));
    QVERIFY(text.contains(QStringLiteral("Send the agency-spend comparison to Gareth Lloyd")));
    // What changed since the last QBR, held 92 days before the sample's day.
    QVERIFY(text.contains(
        QStringLiteral("Since the QBR held on 23 Aug 2026: %1 changes.").arg(data.changes.size())));
    QVERIFY(text.contains(QStringLiteral("Marek Nowak")));
    QVERIFY(text.contains(QStringLiteral("joined the map: IT Systems Lead, Technical evaluator")));
    QVERIFY(text.contains(QStringLiteral("Qualified, £18,000")));
    // Running header and numbered footers.
    const int pages = test::pdfPages(path);
    QVERIFY(pages >= 3);
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(text.contains(QStringLiteral("page %1 of %2").arg(page).arg(pages)),
            qPrintable(QString::number(page)));
    QCOMPARE(text.count(QStringLiteral("Shiftwise key accounts · printed 23 Nov 2026")), pages);
    // Ours alone, and every page says so (the first at its top too).
    QCOMPARE(text.count(QStringLiteral("Internal: not for the customer")), pages + 1);
}

void TestQbrExport::pdf_sectionsLeftOutAreNotPrinted()
{
    QbrData data = northgateData();
    data.qbr.section(QbrSection::Growth).included = false;
    data.qbr.section(QbrSection::Changes).included = false;
    const QString path = m_dir.filePath(QStringLiteral("short.pdf"));
    QVERIFY(exportQbr(data, QbrEdition::Internal, path, defaultQbrPageLayout()));
    const QString text = qbrText(path);
    QVERIFY(text.contains(qbrSectionTitle(QbrSection::Value, QbrEdition::Internal)));
    QVERIFY(text.contains(qbrSectionTitle(QbrSection::Risks, QbrEdition::Internal)));
    QVERIFY(!text.contains(qbrSectionTitle(QbrSection::Growth, QbrEdition::Internal)));
    QVERIFY(!text.contains(QStringLiteral("Business case")));
    QVERIFY(!text.contains(qbrSectionTitle(QbrSection::Changes, QbrEdition::Internal)));
    // The cover's figures go with their sections: no whitespace or pipeline without Growth.
    QVERIFY(!text.contains(QStringLiteral("Open whitespace")));
    QVERIFY(!text.contains(QStringLiteral("Weighted pipeline")));
    QVERIFY(text.contains(QStringLiteral("Coverage depth")));
    QVERIFY(!text.contains(QStringLiteral("Marek Nowak joined")));
}

void TestQbrExport::pdf_listsThePeopleWhoLeft()
{
    const QbrData data = readQbrData(*m_document,
        ReviewEditing::of(m_document.get())->qbrInPreparation(
            test::accountNamed(*m_document, QStringLiteral("Kestrel Aviation Services"))));
    const QString path = m_dir.filePath(QStringLiteral("kestrel.pdf"));
    QVERIFY(exportQbr(data, QbrEdition::Internal, path, defaultQbrPageLayout()));
    const QString text = qbrText(path);
    QVERIFY(text.contains(QStringLiteral("People who left")));
    QVERIFY(text.contains(QStringLiteral("Helen Marsh")));
    QVERIFY(text.contains(QStringLiteral("left the company"))); // in "what changed"
    QVERIFY(text.contains(QStringLiteral("Champion Helen Marsh left the company"))); // a risk
}

void TestQbrExport::planText_printsLiterallyAndLoadsNothing()
{
    const AccountId northgate = test::accountNamed(*m_document, QStringLiteral("Northgate Logistics"));
    const QString hostile = QStringLiteral("<img src=\"file:///etc/hostname\">Eve</img>");
    Stakeholder person = m_document->stakeholders(northgate).at(0);
    person.name = hostile;
    PeopleEditing::of(m_document.get())->editStakeholder(person);
    Risk risk = ReviewEditing::of(m_document.get())->risks(northgate).at(0);
    risk.title = QStringLiteral("<b>Bold</b> & <a href=\"x\">co</a>");
    ReviewEditing::of(m_document.get())->editRisk(risk);
    Qbr qbr = ReviewEditing::of(m_document.get())->qbrInPreparation(northgate);
    qbr.section(QbrSection::Value).remark = QStringLiteral("<i>mine</i> &amp;");
    qbr.attendees = QStringLiteral("<script>alert(1)</script>");
    const QbrData data = readQbrData(*m_document, qbr);

    RecordingDocument document;
    QbrFigures figures(data, 600);
    PagedDocument::useSheetUnits(&document);
    figures.registerOn(&document);
    writePrintDocument(&document, buildQbrContent(data, QbrEdition::Internal), QbrFigures::objectType());
    document.documentLayout()->documentSize(); // lay it all out
    const QString plain = document.toPlainText();
    QVERIFY(plain.contains(QStringLiteral("<b>Bold</b> & <a href=\"x\">co</a>")));
    QVERIFY(plain.contains(QStringLiteral("<i>mine</i> &amp;")));
    QVERIFY(plain.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(plain.contains(hostile)); // in "what changed": Karen Doyle is now called that
    QVERIFY(document.requested.isEmpty());
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            QVERIFY(!it.fragment().charFormat().isImageFormat() && !it.fragment().charFormat().isAnchor());
    }

    const QString path = m_dir.filePath(QStringLiteral("markup.pdf"));
    QVERIFY(exportQbr(data, QbrEdition::Internal, path, defaultQbrPageLayout()));
    const QString text = qbrText(path);
    QVERIFY(text.contains(QStringLiteral("<b>Bold</b> & <a href=\"x\">co</a>")));
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
}

void TestQbrExport::odt_holdsTheTextAndTheFigures()
{
    const QbrData data = northgateData();
    const QString path = m_dir.filePath(QStringLiteral("northgate.odt"));
    QString error;
    QVERIFY2(exportQbr(data, QbrEdition::Internal, path, defaultQbrPageLayout(), &error), qPrintable(error));
    const test::Run mimetype
        = test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")});
    QCOMPARE(mimetype.out, QByteArray("application/vnd.oasis.opendocument.text"));
    const test::Run content
        = test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    QCOMPARE(content.exitCode, 0);
    const QString xml = QString::fromUtf8(content.out);
    QVERIFY(xml.contains(QStringLiteral("Northgate Logistics")));
    QVERIFY(xml.contains(QStringLiteral("Hours spent planning rotas each week")));
    QVERIFY(xml.contains(QStringLiteral("What changed since the last QBR")));
    // The map and the revenue chart, each as SVG with a PNG after it.
    QCOMPARE(xml.count(QStringLiteral("<draw:frame")), 2);
    QCOMPARE(xml.count(QStringLiteral("<draw:image")), 4);
    const test::Run listing = test::run(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    QCOMPARE(QString::fromUtf8(listing.out).count(QStringLiteral("Pictures/")), 4);

    // A name the writers cannot take is refused, and nothing is left behind.
    const QString wrong = m_dir.filePath(QStringLiteral("northgate.docx"));
    QVERIFY(!exportQbr(data, QbrEdition::Internal, wrong, defaultQbrPageLayout(), &error));
    QVERIFY(error.contains(QStringLiteral(".odt")));
    QVERIFY(!QFile::exists(wrong));
}

// Print and PDF are one render path: a QPrinter printing to a file puts the same words on the same
// pages at the same places as the PDF export (PITFALLS.md: a printout can come out offset).
void TestQbrExport::printer_printsWhereThePdfDoes()
{
    const QbrData data = northgateData();
    const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
    QVERIFY(exportQbr(data, QbrEdition::Internal, exported, defaultQbrPageLayout()));
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setPageLayout(defaultQbrPageLayout());
        QVERIFY(paintQbr(&printer, data, QbrEdition::Internal));
    }
    QCOMPARE(test::pdfPages(printed), test::pdfPages(exported));
    // The first words of every page, with their boxes, as pdftotext -bbox reads them.
    const auto firstWords = [](const QString &path) {
        const test::Run boxes = test::run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
        QStringList words;
        const QList<QByteArray> lines = boxes.out.split('\n');
        bool pageStart = false;
        for (const QByteArray &line : lines) {
            if (line.contains("<page "))
                pageStart = true;
            else if (pageStart && line.contains("<word ")) {
                words.append(QString::fromUtf8(line.trimmed()));
                pageStart = false;
            }
        }
        return words;
    };
    const QStringList fromPrinter = firstWords(printed);
    const QStringList fromPdf = firstWords(exported);
    QCOMPARE(fromPrinter.size(), test::pdfPages(exported));
    const QRegularExpression box(QStringLiteral("xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\""));
    for (qsizetype page = 0; page < fromPdf.size(); ++page) {
        const QRegularExpressionMatch a = box.match(fromPrinter.at(page));
        const QRegularExpressionMatch b = box.match(fromPdf.at(page));
        QVERIFY(a.hasMatch() && b.hasMatch());
        QVERIFY2(std::abs(a.captured(1).toDouble() - b.captured(1).toDouble()) < 1.0, qPrintable(fromPrinter.at(page)));
        QVERIFY2(std::abs(a.captured(2).toDouble() - b.captured(2).toDouble()) < 1.0, qPrintable(fromPrinter.at(page)));
        QCOMPARE(fromPrinter.at(page).section(u'>', 1), fromPdf.at(page).section(u'>', 1)); // the same word
    }
}

// An Arabic name with a Latin word in brackets: shaped (letters joined), laid out right to left
// with the Latin word still left to right inside; Latin text keeps the unshaped paper font.
void TestQbrExport::mixedScripts_areShapedAndReadRightToLeft()
{
    const QString name = QStringLiteral("مجموعة الخليج (Gulf) للتجزئة");
    QVERIFY(needsShaping(name));
    QVERIFY(!needsShaping(u"Zoë Åberg-Müller, Ωmega Ltd — Москва"));
    QTextDocument document;
    PagedDocument::useSheetUnits(&document);
    {
        DocumentComposer out(&document);
        out.paragraph(name);
        out.paragraph(QStringLiteral("Shiftwise flexible rota"));
        out.paragraph(QChar(0x2068) + name + QChar(0x2069)); // a cover title: the name isolated
    }
    const PagedDocument paged(&document, defaultQbrPageLayout());
    QTextBlock arabic;
    QTextBlock latin;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text() == name)
            arabic = block;
        else if (block.text().startsWith(u"Shiftwise"))
            latin = block;
    }
    QVERIFY(arabic.isValid() && latin.isValid());
    QCOMPARE(arabic.begin().fragment().charFormat().fontStyleStrategy(), QFont::PreferDefault);
    QVERIFY(arabic.begin().fragment().charFormat().hasProperty(QTextFormat::FontStyleStrategy));
    QVERIFY(!latin.begin().fragment().charFormat().hasProperty(QTextFormat::FontStyleStrategy));
    const QTextLine line = arabic.layout()->lineAt(0);
    QVERIFY(line.cursorToX(0) > line.cursorToX(6)); // the first word starts on the right
    const int gulf = int(name.indexOf(u"Gulf"));
    QVERIFY(line.cursorToX(gulf + 1) < line.cursorToX(gulf + 3)); // and "Gulf" reads left to right
    QVERIFY(line.cursorToX(gulf + 1) < line.cursorToX(0)); // left of the first word

    // The same name isolated in our own paragraph (a cover title) keeps the English page's left
    // edge; by itself, a paragraph in Arabic runs right to left, against the right edge.
    QCOMPARE(paragraphDirection(QChar(0x2068) + name + QChar(0x2069) + QStringLiteral(" · QBR")), Qt::LeftToRight);
    QCOMPARE(paragraphDirection(name), Qt::RightToLeft);
    QCOMPARE(paragraphDirection(QString(QChar(0x2068) + name + QChar(0x2069))), Qt::LeftToRight);
    QCOMPARE(paragraphDirection(u"2 · 3"), Qt::LayoutDirectionAuto);
    const QTextBlock title = document.lastBlock();
    QVERIFY(title.text().contains(u"Gulf"));
    QCOMPARE(title.layout()->lineAt(0).naturalTextRect().left(), 0.0);
    QVERIFY(arabic.layout()->lineAt(0).naturalTextRect().left() > 100); // right-aligned, as Arabic
}

void TestQbrExport::pagination_neverSplitsATableRow_data()
{
    QTest::addColumn<int>("fillerLines");
    for (int lines = 20; lines <= 50; lines += 3)
        QTest::addRow("%d lines before", lines) << lines;
}

// Whatever comes before it, every row of a long table (a person's name over their title beside
// one-line cells) lies on one page, and the rows keep their order across the pages.
void TestQbrExport::pagination_neverSplitsATableRow()
{
    QFETCH(int, fillerLines);
    QTextDocument document;
    PagedDocument::useSheetUnits(&document);
    constexpr int people = 30;
    {
        DocumentComposer out(&document); // its edit block ends before pagination, as in the app
        for (int i = 0; i < fillerLines; ++i)
            out.paragraph(QStringLiteral("Filler line %1").arg(i));
        out.heading(QStringLiteral("Key relationships"));
        QTextTable *table = out.table({QStringLiteral("Name"), QStringLiteral("Role")}, {50, 50}, people);
        for (int row = 1; row <= people; ++row) {
            out.cell(table, row, 0, QStringLiteral("Person %1\nTitle %1").arg(row));
            out.cell(table, row, 1, QStringLiteral("Role %1").arg(row));
        }
    }
    QCOMPARE(document.rootFrame()->childFrames().size(), 1);
    const PagedDocument paged(&document, defaultQbrPageLayout());
    const qreal pageHeight = paged.bodySize().height();
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto pageOf = [&](const QTextBlock &block, int line) {
        const qreal y = layout->blockBoundingRect(block).top() + block.layout()->lineAt(line).y();
        return int(std::floor(y / pageHeight));
    };
    QStringList order;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.text().startsWith(QLatin1String("Person ")))
            continue;
        order.append(block.text().section(u' ', 1, 1));
        // The name, its title (the next line or block) and the role beside it share a page.
        const int page = pageOf(block, 0);
        const QTextBlock title = block.layout()->lineCount() > 1 ? block : block.next();
        QCOMPARE(pageOf(title, title == block ? 1 : 0), page);
        const QTextBlock role = document.find(QStringLiteral("Role %1").arg(order.constLast())).block();
        QVERIFY(role.isValid());
        QCOMPARE(pageOf(role, 0), page);
    }
    QCOMPARE(order.size(), people);
    for (int i = 0; i < people; ++i)
        QCOMPARE(order.at(i), QString::number(i + 1));
    QVERIFY(paged.pageCount() >= 2);
}

void TestQbrExport::pagination_neverStrandsAHeading_data()
{
    QTest::addColumn<int>("fillerLines");
    for (int lines = 30; lines <= 64; lines += 2)
        QTest::addRow("%d lines before", lines) << lines;
}

// Whatever comes before it, a heading starts on the page where its first content starts.
void TestQbrExport::pagination_neverStrandsAHeading()
{
    QFETCH(int, fillerLines);
    QTextDocument document;
    PagedDocument::useSheetUnits(&document);
    {
        DocumentComposer out(&document); // its edit block ends before pagination, as in the app
        for (int i = 0; i < fillerLines; ++i)
            out.paragraph(QStringLiteral("Filler line %1").arg(i));
        out.heading(QStringLiteral("Section title"));
        out.heading(QStringLiteral("Sub-title"), 2);
        QTextTable *table = out.table({QStringLiteral("A"), QStringLiteral("B")}, {50, 50}, 3);
        for (int row = 1; row <= 3; ++row)
            out.cell(table, row, 0, QStringLiteral("row %1").arg(row));
    }
    QCOMPARE(document.rootFrame()->childFrames().size(), 1);
    const PagedDocument paged(&document, defaultQbrPageLayout());
    const qreal pageHeight = paged.bodySize().height();
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto pageOf = [&](const QTextBlock &block) {
        const qreal top = layout->blockBoundingRect(block).top() + block.layout()->lineAt(0).y();
        return int(std::floor(top / pageHeight));
    };
    QTextBlock title;
    QTextBlock subtitle;
    QTextBlock firstCell;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text() == QLatin1String("Section title"))
            title = block;
        else if (block.text() == QLatin1String("Sub-title"))
            subtitle = block;
        else if (block.text() == QLatin1String("A"))
            firstCell = block;
    }
    QVERIFY(title.isValid() && subtitle.isValid() && firstCell.isValid());
    QCOMPARE(pageOf(title), pageOf(firstCell));
    QCOMPARE(pageOf(subtitle), pageOf(firstCell));
    QVERIFY(paged.pageCount() >= 1);
}

void TestQbrExport::portfolioSummary_matchesReportJson()
{
    m_document.reset();
    // The summary covers the key accounts: every figure on it, the totals too (never key-account
    // ARR beside all-account retention).
    const test::Run report = test::runKeyplan({QStringLiteral("report"), m_plan, QStringLiteral("--json"),
        QStringLiteral("--as-of"), test::sampleAsOf.toString(Qt::ISODate), QStringLiteral("--scope"), QStringLiteral("key")});
    QCOMPARE(report.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(report.out).object();
    const QJsonObject portfolio = json.value(QStringLiteral("portfolio")).toObject();
    const QString folder = m_dir.filePath(QStringLiteral("qbrs"));
    const test::Run exported = test::runKeyplan(
        {QStringLiteral("export-qbr"), m_plan, QStringLiteral("-o"), folder, QStringLiteral("--as-of"),
            test::sampleAsOf.toString(Qt::ISODate), QStringLiteral("--page-size"), QStringLiteral("a4")});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());

    const QJsonArray accounts = json.value(QStringLiteral("accounts")).toArray();
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    QCOMPARE(files.size(),
        json.value(QStringLiteral("portfolio")).toObject().value(QStringLiteral("key_accounts")).toInt() + 1);
    const QString summaryPath = QDir(folder).filePath(QStringLiteral("Portfolio summary.pdf"));
    QCOMPARE(test::pdfPages(summaryPath), 1);
    const QString summary = test::pdfText(summaryPath);
    const QStringList lines = summary.split(u'\n');
    // The command line runs in the C.UTF-8 locale: C's formats, with thousands separated.
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    const auto money = [&](double major) {
        return formatMoney(MinorUnits(std::llround(major * 100)), QStringLiteral("GBP"), c);
    };
    const auto percent = [&](double ratio) { return formatPercent(ratio, c); };
    int keyAccounts = 0;
    MinorUnits arr = 0;
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        const QString name = account.value(QStringLiteral("name")).toString();
        QVERIFY(account.value(QStringLiteral("key")).toBool());
        ++keyAccounts;
        arr += MinorUnits(std::llround(account.value(QStringLiteral("arr")).toDouble() * 100));
        QVERIFY2(files.contains(qbrFileName(name, QStringLiteral("pdf"))), qPrintable(name));
        QString row;
        for (const QString &line : lines) {
            if (line.contains(name))
                row = line.simplified();
        }
        QVERIFY2(!row.isEmpty(), qPrintable(name));
        QStringList expected {displayName(*stageFromKey(account.value(QStringLiteral("stage")).toString())),
            money(account.value(QStringLiteral("arr")).toDouble()),
            money(account.value(QStringLiteral("whitespace_open")).toDouble()),
            money(account.value(QStringLiteral("pipeline_weighted")).toDouble())};
        for (const QString &figure : std::as_const(expected))
            QVERIFY2(row.contains(figure),
                qPrintable(name + QStringLiteral(": ") + figure + QStringLiteral(" in ") + row));
        // The JSON rounds ratios to four decimals, the page to one decimal of a percent: either side
        // of the JSON's last digit is the page's figure.
        for (const char *ratio : {"nrr"}) {
            const QJsonValue figure = account.value(QLatin1String(ratio));
            if (!figure.isDouble())
                continue;
            const QString low = percent(figure.toDouble() - 0.00005);
            const QString high = percent(figure.toDouble() + 0.00005);
            QVERIFY2(row.contains(low) || row.contains(high),
                qPrintable(name + QStringLiteral(": ") + low + QStringLiteral(" in ") + row));
        }
    }
    QCOMPARE(keyAccounts, 25);
    for (const QString &other : {QStringLiteral("Harbour Leisure Group"), QStringLiteral("Marlow Events")})
        QVERIFY2(!summary.contains(other), qPrintable(other));
    QVERIFY(summary.contains(QStringLiteral("25 key accounts")));
    QCOMPARE(MinorUnits(std::llround(portfolio.value(QStringLiteral("arr")).toDouble() * 100)), arr);
    QVERIFY(summary.contains(QStringLiteral("ARR today ") + formatMoney(arr, QStringLiteral("GBP"), c)));
    // Retention of the same key accounts, with its period and the scope said.
    QVERIFY2(summary.contains(QStringLiteral("NRR %1, GRR %2")
                                  .arg(percent(portfolio.value(QStringLiteral("nrr")).toDouble()),
                                      percent(portfolio.value(QStringLiteral("grr")).toDouble()))),
        qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Key accounts (25)")));
    QVERIFY(summary.contains(QStringLiteral("1 USD = 0.79 GBP")));
    // An amount of a million or more stays whole on its line.
    QVERIFY(summary.contains(formatMoney(MinorUnits(std::llround(portfolio.value(QStringLiteral("arr")).toDouble() * 100)),
        QStringLiteral("GBP"), c)));
    // Pennine is uncoupling with health 4: flagged.
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("Pennine Care Homes")))
            QVERIFY(line.contains(QStringLiteral("Fix first")));
    }
}

void TestQbrExport::portfolioSummary_keepsEveryAmountWhole()
{
    // An amount too wide for its column (here £1,250,000,000) used to wrap inside itself
    // ("£1,250,0 / 00"); now the column widens and the amount stays whole.
    const AccountId meridian = test::accountNamed(*m_document, QStringLiteral("Meridian Retail Group"));
    RevenueEditing::of(m_document.get())
        ->recordChange({0, meridian, test::sampleAsOf, ArrChangeKind::Upsell, 125000000000, {}, std::nullopt, 1});
    m_document.reset();
    const QString folder = m_dir.filePath(QStringLiteral("whole"));
    const test::Run exported = test::runKeyplan({QStringLiteral("export-qbr"), m_plan, QStringLiteral("-o"), folder,
        QStringLiteral("--as-of"), test::sampleAsOf.toString(Qt::ISODate), QStringLiteral("--edition"),
        QStringLiteral("internal")});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    const QString summary = test::pdfText(QDir(folder).filePath(QStringLiteral("Portfolio summary.pdf")));
    QVERIFY2(summary.contains(formatMoney(125000000000, QStringLiteral("GBP"), c)), qPrintable(summary));
    const QString qbr = test::pdfText(QDir(folder).filePath(QStringLiteral("Meridian Retail Group - QBR (internal).pdf")));
    QVERIFY(qbr.contains(formatMoney(125000000000, QStringLiteral("GBP"), c)));
}

void TestQbrExport::portfolioSummary_flagsConcentrationAtTheUsersThreshold()
{
    // The summary flags the top three's share against the threshold set in Preferences, and says
    // which threshold that is; it used to compare with a fixed 30%.
    ReportOptions options;
    options.scope.keyOnly = true;
    options.today = test::sampleAsOf;
    const std::optional<PortfolioReport> sample = buildPortfolioReport(m_document->database().connection(), options);
    QVERIFY(sample && sample->revenue.top3Share);
    const double share = *sample->revenue.top3Share;
    const auto flagged = [&](double threshold, QString *text) {
        PortfolioReport report = *sample;
        report.options.thresholds.concentrationWarning = threshold;
        QTextDocument document;
        writePortfolioSummary(&document, report, test::sampleAsOf);
        *text = document.toPlainText();
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().text().contains(QStringLiteral("top 3 hold")))
                    return it.fragment().charFormat().foreground().color()
                        == DocumentComposer::format(TextStyle::Warning).foreground().color();
            }
        }
        return false;
    };
    QString text;
    QVERIFY(!flagged(share + 0.01, &text));
    QVERIFY2(text.contains(QStringLiteral("(limit %1)").arg(formatPercent(share + 0.01))), qPrintable(text));
    QVERIFY(flagged(share - 0.01, &text));
    QVERIFY2(text.contains(QStringLiteral("(limit %1)").arg(formatPercent(share - 0.01))), qPrintable(text));
}

void TestQbrExport::exportQbr_refusesAndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("unknown account") << QStringList {QStringLiteral("--account"),
        QStringLiteral("Nobody Ltd"), QStringLiteral("-o"), QStringLiteral("OUT/x.pdf")}
                                     << 1;
    QTest::addRow("wrong suffix") << QStringList {QStringLiteral("--account"),
        QStringLiteral("Northgate Logistics"), QStringLiteral("-o"), QStringLiteral("OUT/x.docx")}
                                  << 2;
    QTest::addRow("no output") << QStringList {QStringLiteral("--account"),
        QStringLiteral("Northgate Logistics")}
                               << 2;
    QTest::addRow("bad page size") << QStringList {QStringLiteral("-o"), QStringLiteral("OUT/folder"),
        QStringLiteral("--page-size"), QStringLiteral("a3")}
                                   << 2;
    QTest::addRow("folder is a file")
        << QStringList {QStringLiteral("-o"), QStringLiteral("OUT/file.txt")} << 1;
}

void TestQbrExport::exportQbr_refusesAndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    m_document.reset();
    QTemporaryDir out;
    QFile existing(out.filePath(QStringLiteral("file.txt")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    arguments.replaceInStrings(QStringLiteral("OUT/"), out.path() + QLatin1Char('/'));
    const test::Run run = test::runKeyplan(QStringList {QStringLiteral("export-qbr"), m_plan} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    const QStringList left = QDir(out.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(left, QStringList {QStringLiteral("file.txt")});
    QFile kept(out.filePath(QStringLiteral("file.txt")));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("mine"));
}

QTEST_MAIN(TestQbrExport)
#include "tst_qbrexport.moc"
