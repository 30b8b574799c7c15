// A QBR as files an office suite opens: the OpenDocument text (styles, outline, page numbers,
// column widths, figures as SVG with a PNG fallback) and the 16:9 slides (one or more per section,
// editable text and tables, figures as pictures). Every file is unzipped and every XML part is
// checked by xmllint, with markup, quotes and "]]>" fed through every text the plan holds.
#include "item/plandocument.h"
#include "item/reviewediting.h"
#include "item/qbrcontent.h"
#include "item/qbrdata.h"
#include "testsupport.h"
#include "ui/qbr/qbrexport.h"

#include <QDir>
#include <QDirIterator>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QScreen>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace keyplan;

namespace {

const QString hostile = QStringLiteral("<script>alert(\"x\")</script> ]]> & 'q' <![CDATA[ x ]]>");

// The archive unpacked into `folder`; false when unzip finds it damaged.
bool unpack(const QString &archive, const QString &folder)
{
    QDir().mkpath(folder);
    if (test::run(QStringLiteral("unzip"), {QStringLiteral("-tq"), archive}).exitCode != 0)
        return false;
    return test::run(QStringLiteral("unzip"), {QStringLiteral("-oq"), archive, QStringLiteral("-d"), folder}).exitCode == 0;
}

QStringList partsOf(const QString &folder)
{
    QStringList parts;
    QDirIterator it(folder, {QStringLiteral("*.xml"), QStringLiteral("*.rels"), QStringLiteral("*.svg")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        parts.append(it.next());
    parts.sort();
    return parts;
}

// The text of an XML part as a reader gets it: every character run, entities resolved.
QString xmlText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
        else if (xml.isStartElement() && xml.name() == QLatin1String("s")) // ODF's run of spaces
            text += QLatin1Char(' ');
    }
    return xml.hasError() ? QString() : text;
}

} // namespace

class TestQbrFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyFormat_escapesWhatThePlanHolds_data();
    void everyFormat_escapesWhatThePlanHolds();
    void odt_isAnEditableDocument();
    void pptx_isOneSlidePerSection();
    void pptx_customerSlidesHoldNoneOfOurJudgements();
    void pptx_coverFiguresFitTheirBoxes();

private:
    QbrData hostileData();

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

void TestQbrFiles::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty(),
        "xmllint (libxml2-utils) is needed; scripts/test.sh installs it");
    const QString plan = m_dir.filePath(QStringLiteral("sample.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    m_document = test::openDocument(plan);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
}

QbrData TestQbrFiles::hostileData()
{
    const AccountId northgate = test::accountNamed(*m_document, QStringLiteral("Northgate Logistics"));
    QbrData data = readQbrData(*m_document, ReviewEditing::of(m_document.get())->qbrInPreparation(northgate));
    data.account.name = hostile;
    data.qbr.attendees = hostile;
    data.qbr.section(QbrSection::Value).remark = hostile + QStringLiteral("\nsecond line");
    data.nextSteps.first().action = hostile;
    data.outcomes.first().metric = hostile;
    data.risks.first().title = hostile;
    for (Stakeholder &person : data.map.people)
        person.name = hostile;
    return data;
}

void TestQbrFiles::everyFormat_escapesWhatThePlanHolds_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("edition");
    for (const QString &suffix : {QStringLiteral("odt"), QStringLiteral("pptx")}) {
        for (const QbrEdition edition : allQbrEditions)
            QTest::addRow("%s %s", qPrintable(suffix), qPrintable(keyOf(edition))) << suffix << int(edition);
    }
}

void TestQbrFiles::everyFormat_escapesWhatThePlanHolds()
{
    QFETCH(QString, suffix);
    QFETCH(int, edition);
    const QString path = m_dir.filePath(QStringLiteral("hostile-%1.%2").arg(edition).arg(suffix));
    QString error;
    QVERIFY2(exportQbr(hostileData(), QbrEdition(edition), path, defaultQbrPageLayout(), &error), qPrintable(error));
    const QString folder = path + QStringLiteral(".d");
    QVERIFY(unpack(path, folder));
    const QStringList parts = partsOf(folder);
    QVERIFY(parts.size() >= 4);
    QString everything;
    for (const QString &part : parts) {
        QVERIFY2(test::xmlWellFormed(part), qPrintable(part));
        const QString text = xmlText(part);
        everything += text;
        QFile file(part);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("<script"), qPrintable(part)); // never an element
    }
    // The hostile text arrives whole, as text, in the parts that show it.
    QVERIFY(everything.contains(hostile));
}

void TestQbrFiles::odt_isAnEditableDocument()
{
    const AccountId northgate = test::accountNamed(*m_document, QStringLiteral("Northgate Logistics"));
    const QbrData data = readQbrData(*m_document, ReviewEditing::of(m_document.get())->qbrInPreparation(northgate));
    const QString path = m_dir.filePath(QStringLiteral("northgate.odt"));
    QVERIFY(exportQbr(data, QbrEdition::Internal, path, defaultQbrPageLayout()));
    // The media type is the first entry, stored: how a reader tells the file before unzipping it.
    const test::Run listing = test::run(QStringLiteral("unzip"), {QStringLiteral("-v"), path});
    const QStringList lines = QString::fromUtf8(listing.out).split(u'\n');
    QVERIFY(lines.size() > 4);
    QVERIFY2(lines.at(3).contains(QStringLiteral("Stored")) && lines.at(3).trimmed().endsWith(QStringLiteral("mimetype")),
        qPrintable(lines.at(3)));
    const QString folder = path + QStringLiteral(".d");
    QVERIFY(unpack(path, folder));
    QFile content(folder + QStringLiteral("/content.xml"));
    QFile styles(folder + QStringLiteral("/styles.xml"));
    QFile manifest(folder + QStringLiteral("/META-INF/manifest.xml"));
    QVERIFY(content.open(QIODevice::ReadOnly) && styles.open(QIODevice::ReadOnly) && manifest.open(QIODevice::ReadOnly));
    const QByteArray body = content.readAll();
    const QByteArray defined = styles.readAll();
    const QByteArray files = manifest.readAll();
    // Headings in the outline with named styles, kept with what follows.
    QVERIFY(body.contains("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">Goals and value delivered"));
    QVERIFY(defined.contains("style:name=\"Heading_20_1\""));
    QVERIFY(defined.contains("fo:keep-with-next=\"always\""));
    // Page numbers and the edition in the footer; rows never split; hairline rules.
    QVERIFY(defined.contains("<text:page-number>"));
    QVERIFY(defined.contains("<text:page-count>"));
    QVERIFY(defined.contains("Internal: not for the customer"));
    QVERIFY(body.contains("fo:keep-together=\"always\""));
    QVERIFY(body.contains("fo:border-bottom=\"0.5pt solid #c8cdd4\""));
    // Column widths, and the header row repeated on each page.
    QVERIFY(body.contains("style:rel-column-width="));
    QVERIFY(body.contains("<table:table-header-rows>"));
    // The map and the chart as SVG first, a PNG after it.
    QVERIFY(body.contains("draw:mime-type=\"image/svg+xml\""));
    QCOMPARE(files.count("image/svg+xml"), 2);
    QCOMPARE(files.count("image/png"), 2);
    const qsizetype svgAt = body.indexOf("Pictures/figure1.svg");
    QVERIFY(svgAt > 0 && svgAt < body.indexOf("Pictures/figure1.png"));
    for (const char *picture : {"/Pictures/figure1.svg", "/Pictures/figure1.png", "/Pictures/figure2.svg"})
        QVERIFY2(QFileInfo(folder + QLatin1String(picture)).size() > 1000, picture);
}

void TestQbrFiles::pptx_isOneSlidePerSection()
{
    const AccountId northgate = test::accountNamed(*m_document, QStringLiteral("Northgate Logistics"));
    const QbrData data = readQbrData(*m_document, ReviewEditing::of(m_document.get())->qbrInPreparation(northgate));
    const PrintDocument content = buildQbrContent(data, QbrEdition::Internal);
    const QString path = m_dir.filePath(QStringLiteral("northgate.pptx"));
    QVERIFY(exportQbr(data, QbrEdition::Internal, path, defaultQbrPageLayout()));
    const QString folder = path + QStringLiteral(".d");
    QVERIFY(unpack(path, folder));
    QFile presentation(folder + QStringLiteral("/ppt/presentation.xml"));
    QVERIFY(presentation.open(QIODevice::ReadOnly));
    QVERIFY(presentation.readAll().contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>")); // 16:9
    const QStringList slides = QDir(folder + QStringLiteral("/ppt/slides")).entryList({QStringLiteral("slide*.xml")});
    QVERIFY(slides.size() >= content.sections.size());
    // Every section starts a slide under its title, in order; the text stays text.
    QStringList titles;
    for (int n = 1; n <= slides.size(); ++n)
        titles.append(xmlText(folder + QStringLiteral("/ppt/slides/slide%1.xml").arg(n)));
    qsizetype at = 0;
    for (const DocSection &section : content.sections) {
        if (section.title.isEmpty())
            continue;
        qsizetype found = -1;
        for (qsizetype n = at; n < titles.size(); ++n) {
            if (titles.at(n).startsWith(section.title)) {
                found = n;
                break;
            }
        }
        QVERIFY2(found >= 0, qPrintable(section.title));
        at = found + 1;
    }
    QVERIFY(titles.constFirst().contains(QStringLiteral("Northgate Logistics")));
    for (const QString &slide : std::as_const(titles))
        QVERIFY(slide.contains(QStringLiteral("Internal: not for the customer")));
    // Tables are tables; the figures are pictures with their SVG.
    QString all;
    for (int n = 1; n <= slides.size(); ++n) {
        QFile file(folder + QStringLiteral("/ppt/slides/slide%1.xml").arg(n));
        QVERIFY(file.open(QIODevice::ReadOnly));
        all += QString::fromUtf8(file.readAll());
    }
    QVERIFY(all.contains(QStringLiteral("<a:tbl>")));
    QVERIFY(all.contains(QStringLiteral("asvg:svgBlip")));
    QVERIFY(QFileInfo(folder + QStringLiteral("/ppt/media/figure1.svg")).size() > 1000);
}

void TestQbrFiles::pptx_customerSlidesHoldNoneOfOurJudgements()
{
    const AccountId pennine = test::accountNamed(*m_document, QStringLiteral("Pennine Care Homes"));
    const QbrData data = readQbrData(*m_document, ReviewEditing::of(m_document.get())->qbrInPreparation(pennine));
    const QString path = m_dir.filePath(QStringLiteral("pennine.pptx"));
    QVERIFY(exportQbr(data, QbrEdition::Customer, path, defaultQbrPageLayout()));
    const QString folder = path + QStringLiteral(".d");
    QVERIFY(unpack(path, folder));
    QString text;
    for (const QString &part : partsOf(folder))
        text += xmlText(part) + QLatin1Char('\n');
    QVERIFY(text.contains(QStringLiteral("Getting your goals back on track")));
    for (const QString &word : {QStringLiteral("Coverage"), QStringLiteral("whitespace"), QStringLiteral("pipeline"),
             QStringLiteral("Fix first"), QStringLiteral("Uncoupling"), QStringLiteral("not for the customer"),
             QStringLiteral("Opponent"), QStringLiteral("Health")})
        QVERIFY2(!text.contains(word), qPrintable(word));
    QVERIFY(!QDir(folder + QStringLiteral("/ppt/media")).exists()); // no map, no revenue chart
}

// Six figures across the internal cover slide ("£531,000", "£195,500"): each value, measured in
// the slides' bold DejaVu at the size written, fits its box on one line, and its label below.
void TestQbrFiles::pptx_coverFiguresFitTheirBoxes()
{
    const AccountId meridian = test::accountNamed(*m_document, QStringLiteral("Meridian Retail Group"));
    const QbrData data = readQbrData(*m_document, ReviewEditing::of(m_document.get())->qbrInPreparation(meridian));
    const QString path = m_dir.filePath(QStringLiteral("meridian.pptx"));
    QVERIFY(exportQbr(data, QbrEdition::Internal, path, defaultQbrPageLayout()));
    const QString folder = path + QStringLiteral(".d");
    QVERIFY(unpack(path, folder));
    QFile slide(folder + QStringLiteral("/ppt/slides/slide1.xml"));
    QVERIFY(slide.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&slide);
    int figures = 0;
    bool inFigure = false;
    qreal boxPoints = 0;
    int runsInFigure = 0;
    qreal size = 0;
    const qreal pointsPerPixel = 72.0 / QGuiApplication::primaryScreen()->logicalDotsPerInchX();
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"cNvPr") { // a shape begins
            inFigure = xml.attributes().value(QLatin1String("name")).startsWith(u"Figure ");
            boxPoints = 0;
            runsInFigure = 0;
        } else if (inFigure && xml.name() == u"ext" && boxPoints == 0) {
            boxPoints = xml.attributes().value(QLatin1String("cx")).toLongLong() / 12700.0;
        } else if (inFigure && xml.name() == u"rPr") {
            size = xml.attributes().value(QLatin1String("sz")).toInt() / 100.0;
        } else if (inFigure && xml.name() == u"t" && runsInFigure++ == 0) {
            const QString value = xml.readElementText();
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setBold(true);
            font.setPointSizeF(size);
            const qreal width = QFontMetricsF(font).horizontalAdvance(value) * pointsPerPixel;
            QVERIFY2(width <= boxPoints, qPrintable(QStringLiteral("%1 at %2 pt is %3 pt wide in a %4 pt box")
                                                         .arg(value).arg(size).arg(width).arg(boxPoints)));
            ++figures;
        }
    }
    QVERIFY(!xml.hasError());
    QCOMPARE(figures, 6);
}

QTEST_MAIN(TestQbrFiles)
#include "tst_qbrfiles.moc"
