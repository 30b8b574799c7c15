#include "io/pptxparts.h"

#include <QDateTime>
#include <QXmlStreamWriter>

namespace keyplan::pptx {

namespace {

const QString a = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString p = QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main");
const QString r = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString packageRels = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString relBase = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString svgExtension = QStringLiteral("{96DAC541-7B7A-43D3-8B79-37D633B846F1}");
const QString svgNamespace = QStringLiteral("http://schemas.microsoft.com/office/drawing/2016/SVG/main");

void declare(QXmlStreamWriter &xml)
{
    xml.writeNamespace(a, QStringLiteral("a"));
    xml.writeNamespace(r, QStringLiteral("r"));
    xml.writeNamespace(p, QStringLiteral("p"));
}

void attribute(QXmlStreamWriter &xml, const QString &name, qint64 value)
{
    xml.writeAttribute(name, QString::number(value));
}

void colour(QXmlStreamWriter &xml, const QString &rgb)
{
    xml.writeStartElement(a, QStringLiteral("solidFill"));
    xml.writeEmptyElement(a, QStringLiteral("srgbClr"));
    xml.writeAttribute(QStringLiteral("val"), rgb);
    xml.writeEndElement();
}

void transform(QXmlStreamWriter &xml, const QString &ns, const Box &box)
{
    xml.writeStartElement(ns, QStringLiteral("xfrm"));
    xml.writeEmptyElement(a, QStringLiteral("off"));
    attribute(xml, QStringLiteral("x"), box.x);
    attribute(xml, QStringLiteral("y"), box.y);
    xml.writeEmptyElement(a, QStringLiteral("ext"));
    attribute(xml, QStringLiteral("cx"), box.cx);
    attribute(xml, QStringLiteral("cy"), box.cy);
    xml.writeEndElement();
}

qreal runSize(TextStyle style, qreal base)
{
    switch (style) {
    case TextStyle::Small:
    case TextStyle::FigureLabel:
        return std::max<qreal>(10, base - 3);
    case TextStyle::TableHeader:
        return base - 2;
    case TextStyle::Title:
        return std::max<qreal>(base, 26);
    case TextStyle::Subtitle:
        return base + 4;
    case TextStyle::Figure:
        return base * 1.75; // 28 pt beside 16 pt text
    default:
        return base;
    }
}

QString runColour(TextStyle style)
{
    switch (style) {
    case TextStyle::Muted:
    case TextStyle::Small:
    case TextStyle::FigureLabel:
    case TextStyle::TableHeader:
    case TextStyle::Subtitle:
        return QStringLiteral("5F6670");
    case TextStyle::Warning:
    case TextStyle::Alert:
        return QStringLiteral("B42318");
    case TextStyle::Good:
        return QStringLiteral("1D7A3A");
    case TextStyle::Title:
        return QStringLiteral("1E4E8C");
    default:
        return QStringLiteral("1F2328");
    }
}

void runs(QXmlStreamWriter &xml, const Runs &parts, qreal size, bool italic)
{
    for (const TextRun &run : parts) {
        // A line separator inside a run is a break between runs in DrawingML.
        const QStringList lines = run.text.split(QChar(QChar::LineSeparator));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                xml.writeEmptyElement(a, QStringLiteral("br"));
            if (lines.at(i).isEmpty())
                continue;
            xml.writeStartElement(a, QStringLiteral("r"));
            xml.writeStartElement(a, QStringLiteral("rPr"));
            xml.writeAttribute(QStringLiteral("lang"), QStringLiteral("en-GB"));
            attribute(xml, QStringLiteral("sz"), qint64(runSize(run.style, size) * 100));
            const bool bold = run.style == TextStyle::Strong || run.style == TextStyle::Warning
                || run.style == TextStyle::Title || run.style == TextStyle::Figure || run.style == TextStyle::TableHeader;
            xml.writeAttribute(QStringLiteral("b"), bold ? QStringLiteral("1") : QStringLiteral("0"));
            if (italic || run.style == TextStyle::Remark)
                xml.writeAttribute(QStringLiteral("i"), QStringLiteral("1"));
            xml.writeAttribute(QStringLiteral("dirty"), QStringLiteral("0"));
            colour(xml, runColour(run.style));
            xml.writeEndElement(); // rPr
            xml.writeTextElement(a, QStringLiteral("t"), lines.at(i));
            xml.writeEndElement(); // r
        }
    }
}

void paragraph(QXmlStreamWriter &xml, const Runs &parts, qreal size, bool italic, bool alignRight)
{
    xml.writeStartElement(a, QStringLiteral("p"));
    if (alignRight) {
        xml.writeEmptyElement(a, QStringLiteral("pPr"));
        xml.writeAttribute(QStringLiteral("algn"), QStringLiteral("r"));
    }
    runs(xml, parts, size, italic);
    xml.writeEndElement();
}

QByteArray relationships(const QList<std::tuple<QString, QString, QString>> &entries, const QString &ns = packageRels)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Relationships"));
    xml.writeDefaultNamespace(ns);
    for (const auto &[id, type, target] : entries) {
        xml.writeEmptyElement(QStringLiteral("Relationship"));
        xml.writeAttribute(QStringLiteral("Id"), id);
        xml.writeAttribute(QStringLiteral("Type"), type.startsWith(QLatin1String("http")) ? type : relBase + type);
        xml.writeAttribute(QStringLiteral("Target"), target);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

// The shape tree's own name: every slide, master and layout starts its tree with it.
void shapeTreeName(QXmlStreamWriter &xml)
{
    xml.writeStartElement(p, QStringLiteral("nvGrpSpPr"));
    xml.writeEmptyElement(p, QStringLiteral("cNvPr"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("name"), QString());
    xml.writeEmptyElement(p, QStringLiteral("cNvGrpSpPr"));
    xml.writeEmptyElement(p, QStringLiteral("nvPr"));
    xml.writeEndElement();
}

// A shape's id (unique on its slide) and the name an editor's selection pane shows.
void shapeName(QXmlStreamWriter &xml, int id, const QString &name)
{
    xml.writeEmptyElement(p, QStringLiteral("cNvPr"));
    attribute(xml, QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("%1 %2").arg(name).arg(id));
}

} // namespace

void slideStart(QXmlStreamWriter &xml)
{
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(p, QStringLiteral("sld"));
    declare(xml);
    xml.writeStartElement(p, QStringLiteral("cSld"));
    xml.writeStartElement(p, QStringLiteral("spTree"));
    shapeTreeName(xml);
    xml.writeStartElement(p, QStringLiteral("grpSpPr"));
    xml.writeStartElement(a, QStringLiteral("xfrm"));
    for (const QString &name : {QStringLiteral("off"), QStringLiteral("ext"), QStringLiteral("chOff"), QStringLiteral("chExt")}) {
        xml.writeEmptyElement(a, name);
        const bool offset = name.endsWith(QLatin1String("ff"));
        xml.writeAttribute(offset ? QStringLiteral("x") : QStringLiteral("cx"), QStringLiteral("0"));
        xml.writeAttribute(offset ? QStringLiteral("y") : QStringLiteral("cy"), QStringLiteral("0"));
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

void slideEnd(QXmlStreamWriter &xml)
{
    xml.writeEndElement(); // spTree
    xml.writeEndElement(); // cSld
    xml.writeStartElement(p, QStringLiteral("clrMapOvr"));
    xml.writeEmptyElement(a, QStringLiteral("masterClrMapping"));
    xml.writeEndElement();
    xml.writeEndElement(); // sld
    xml.writeEndDocument();
}

void textBox(QXmlStreamWriter &xml, int id, const QString &name, const Box &box, const QList<Runs> &paragraphs,
    qreal size, const QString &fill, bool italic, bool title, bool alignRight)
{
    xml.writeStartElement(p, QStringLiteral("sp"));
    xml.writeStartElement(p, QStringLiteral("nvSpPr"));
    shapeName(xml, id, name);
    xml.writeEmptyElement(p, QStringLiteral("cNvSpPr"));
    xml.writeAttribute(QStringLiteral("txBox"), QStringLiteral("1"));
    xml.writeEmptyElement(p, QStringLiteral("nvPr"));
    xml.writeEndElement();
    xml.writeStartElement(p, QStringLiteral("spPr"));
    transform(xml, a, box);
    xml.writeStartElement(a, QStringLiteral("prstGeom"));
    xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    xml.writeEmptyElement(a, QStringLiteral("avLst"));
    xml.writeEndElement();
    if (fill.isEmpty())
        xml.writeEmptyElement(a, QStringLiteral("noFill"));
    else
        colour(xml, fill);
    xml.writeEndElement(); // spPr
    xml.writeStartElement(p, QStringLiteral("txBody"));
    xml.writeEmptyElement(a, QStringLiteral("bodyPr"));
    xml.writeAttribute(QStringLiteral("wrap"), QStringLiteral("square"));
    for (const QString &inset : {QStringLiteral("lIns"), QStringLiteral("tIns"), QStringLiteral("rIns"), QStringLiteral("bIns")})
        xml.writeAttribute(inset, QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("anchor"), title ? QStringLiteral("b") : QStringLiteral("t"));
    xml.writeEmptyElement(a, QStringLiteral("lstStyle"));
    for (const Runs &parts : paragraphs)
        paragraph(xml, parts, size, italic, alignRight);
    xml.writeEndElement(); // txBody
    xml.writeEndElement(); // sp
}

void tableFrame(QXmlStreamWriter &xml, int id, const Box &box, const QList<qint64> &widths,
    const QList<DocColumn::Kind> &kinds, const TableRow &header, const QList<TableRow> &rows, qreal size)
{
    xml.writeStartElement(p, QStringLiteral("graphicFrame"));
    xml.writeStartElement(p, QStringLiteral("nvGraphicFramePr"));
    shapeName(xml, id, QStringLiteral("Table"));
    xml.writeStartElement(p, QStringLiteral("cNvGraphicFramePr"));
    xml.writeEmptyElement(a, QStringLiteral("graphicFrameLocks"));
    xml.writeAttribute(QStringLiteral("noGrp"), QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeEmptyElement(p, QStringLiteral("nvPr"));
    xml.writeEndElement();
    transform(xml, p, box);
    xml.writeStartElement(a, QStringLiteral("graphic"));
    xml.writeStartElement(a, QStringLiteral("graphicData"));
    xml.writeAttribute(QStringLiteral("uri"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/table"));
    xml.writeStartElement(a, QStringLiteral("tbl"));
    xml.writeEmptyElement(a, QStringLiteral("tblPr"));
    xml.writeAttribute(QStringLiteral("firstRow"), QStringLiteral("1"));
    xml.writeStartElement(a, QStringLiteral("tblGrid"));
    for (const qint64 width : widths) {
        xml.writeEmptyElement(a, QStringLiteral("gridCol"));
        attribute(xml, QStringLiteral("w"), width);
    }
    xml.writeEndElement();
    const auto row = [&](const TableRow &cells, bool isHeader) {
        xml.writeStartElement(a, QStringLiteral("tr"));
        attribute(xml, QStringLiteral("h"), cells.second);
        for (qsizetype column = 0; column < widths.size(); ++column) {
            xml.writeStartElement(a, QStringLiteral("tc"));
            xml.writeStartElement(a, QStringLiteral("txBody"));
            xml.writeEmptyElement(a, QStringLiteral("bodyPr"));
            xml.writeEmptyElement(a, QStringLiteral("lstStyle"));
            paragraph(xml, cells.first.value(column), size, false,
                kinds.value(column) == DocColumn::Kind::Number);
            xml.writeEndElement(); // txBody
            xml.writeStartElement(a, QStringLiteral("tcPr"));
            for (const auto &[attributeName, value] :
                {std::pair {QStringLiteral("marL"), 91440}, {QStringLiteral("marR"), 91440}, {QStringLiteral("marT"), 45720},
                    {QStringLiteral("marB"), 45720}})
                attribute(xml, attributeName, value);
            for (const QString &line : {QStringLiteral("lnL"), QStringLiteral("lnR"), QStringLiteral("lnT")}) {
                xml.writeStartElement(a, line);
                xml.writeAttribute(QStringLiteral("w"), QStringLiteral("0"));
                xml.writeEmptyElement(a, QStringLiteral("noFill"));
                xml.writeEndElement();
            }
            xml.writeStartElement(a, QStringLiteral("lnB"));
            xml.writeAttribute(QStringLiteral("w"), isHeader ? QStringLiteral("9525") : QStringLiteral("6350"));
            colour(xml, isHeader ? QStringLiteral("8A929C") : QStringLiteral("C8CDD4"));
            xml.writeEndElement();
            if (isHeader)
                colour(xml, QStringLiteral("EEF1F5"));
            else
                xml.writeEmptyElement(a, QStringLiteral("noFill"));
            xml.writeEndElement(); // tcPr
            xml.writeEndElement(); // tc
        }
        xml.writeEndElement(); // tr
    };
    row(header, true);
    for (const TableRow &body : rows)
        row(body, false);
    xml.writeEndElement(); // tbl
    xml.writeEndElement(); // graphicData
    xml.writeEndElement(); // graphic
    xml.writeEndElement(); // graphicFrame
}

void pictureShape(QXmlStreamWriter &xml, int id, const Box &box, const QString &pngId, const QString &svgId)
{
    xml.writeStartElement(p, QStringLiteral("pic"));
    xml.writeStartElement(p, QStringLiteral("nvPicPr"));
    shapeName(xml, id, QStringLiteral("Figure"));
    xml.writeStartElement(p, QStringLiteral("cNvPicPr"));
    xml.writeEmptyElement(a, QStringLiteral("picLocks"));
    xml.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeEmptyElement(p, QStringLiteral("nvPr"));
    xml.writeEndElement();
    xml.writeStartElement(p, QStringLiteral("blipFill"));
    xml.writeStartElement(a, QStringLiteral("blip"));
    xml.writeAttribute(r, QStringLiteral("embed"), pngId);
    if (!svgId.isEmpty()) {
        xml.writeStartElement(a, QStringLiteral("extLst"));
        xml.writeStartElement(a, QStringLiteral("ext"));
        xml.writeAttribute(QStringLiteral("uri"), svgExtension);
        xml.writeNamespace(svgNamespace, QStringLiteral("asvg"));
        xml.writeEmptyElement(svgNamespace, QStringLiteral("svgBlip"));
        xml.writeAttribute(r, QStringLiteral("embed"), svgId);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // blip
    xml.writeStartElement(a, QStringLiteral("stretch"));
    xml.writeEmptyElement(a, QStringLiteral("fillRect"));
    xml.writeEndElement();
    xml.writeEndElement(); // blipFill
    xml.writeStartElement(p, QStringLiteral("spPr"));
    transform(xml, a, box);
    xml.writeStartElement(a, QStringLiteral("prstGeom"));
    xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    xml.writeEmptyElement(a, QStringLiteral("avLst"));
    xml.writeEndElement();
    xml.writeEndElement(); // spPr
    xml.writeEndElement(); // pic
}

QByteArray contentTypes(int slides)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Types"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    const auto byExtension = [&](const QString &extension, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), extension);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    };
    byExtension(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    byExtension(QStringLiteral("xml"), QStringLiteral("application/xml"));
    byExtension(QStringLiteral("png"), QStringLiteral("image/png"));
    byExtension(QStringLiteral("svg"), QStringLiteral("image/svg+xml"));
    const auto part = [&](const QString &name, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), name);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    };
    const QString office = QStringLiteral("application/vnd.openxmlformats-officedocument.");
    part(QStringLiteral("/ppt/presentation.xml"), office + QStringLiteral("presentationml.presentation.main+xml"));
    part(QStringLiteral("/ppt/slideMasters/slideMaster1.xml"), office + QStringLiteral("presentationml.slideMaster+xml"));
    part(QStringLiteral("/ppt/slideLayouts/slideLayout1.xml"), office + QStringLiteral("presentationml.slideLayout+xml"));
    part(QStringLiteral("/ppt/theme/theme1.xml"), office + QStringLiteral("theme+xml"));
    for (int slide = 1; slide <= slides; ++slide)
        part(QStringLiteral("/ppt/slides/slide%1.xml").arg(slide), office + QStringLiteral("presentationml.slide+xml"));
    part(QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    part(QStringLiteral("/docProps/app.xml"), office + QStringLiteral("extended-properties+xml"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray packageRelationships()
{
    return relationships({{QStringLiteral("rId1"), QStringLiteral("officeDocument"), QStringLiteral("ppt/presentation.xml")},
        {QStringLiteral("rId2"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
            QStringLiteral("docProps/core.xml")},
        {QStringLiteral("rId3"), QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")}});
}

QByteArray coreProperties(const QString &title)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(cp, QStringLiteral("coreProperties"));
    xml.writeNamespace(cp, QStringLiteral("cp"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeTextElement(dc, QStringLiteral("title"), title);
    xml.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("Keyplan"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray appProperties(int slides)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Properties"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    xml.writeTextElement(QStringLiteral("Application"), QStringLiteral("Keyplan"));
    xml.writeTextElement(QStringLiteral("Slides"), QString::number(slides));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray presentation(int slides, qint64 width, qint64 height)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(p, QStringLiteral("presentation"));
    declare(xml);
    xml.writeStartElement(p, QStringLiteral("sldMasterIdLst"));
    xml.writeEmptyElement(p, QStringLiteral("sldMasterId"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("2147483648"));
    xml.writeAttribute(r, QStringLiteral("id"), QStringLiteral("rId1"));
    xml.writeEndElement();
    xml.writeStartElement(p, QStringLiteral("sldIdLst"));
    for (int slide = 1; slide <= slides; ++slide) {
        xml.writeEmptyElement(p, QStringLiteral("sldId"));
        attribute(xml, QStringLiteral("id"), 255 + slide);
        xml.writeAttribute(r, QStringLiteral("id"), QStringLiteral("rId%1").arg(slide + 1));
    }
    xml.writeEndElement();
    xml.writeEmptyElement(p, QStringLiteral("sldSz"));
    attribute(xml, QStringLiteral("cx"), width);
    attribute(xml, QStringLiteral("cy"), height);
    xml.writeEmptyElement(p, QStringLiteral("notesSz"));
    attribute(xml, QStringLiteral("cx"), 6858000);
    attribute(xml, QStringLiteral("cy"), 9144000);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray presentationRelationships(int slides)
{
    QList<std::tuple<QString, QString, QString>> entries {
        {QStringLiteral("rId1"), QStringLiteral("slideMaster"), QStringLiteral("slideMasters/slideMaster1.xml")}};
    for (int slide = 1; slide <= slides; ++slide)
        entries.append({QStringLiteral("rId%1").arg(slide + 1), QStringLiteral("slide"), QStringLiteral("slides/slide%1.xml").arg(slide)});
    entries.append({QStringLiteral("rId%1").arg(slides + 2), QStringLiteral("theme"), QStringLiteral("theme/theme1.xml")});
    return relationships(entries);
}

QByteArray slideMaster()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(p, QStringLiteral("sldMaster"));
    declare(xml);
    xml.writeStartElement(p, QStringLiteral("cSld"));
    xml.writeStartElement(p, QStringLiteral("bg"));
    xml.writeStartElement(p, QStringLiteral("bgPr"));
    colour(xml, QStringLiteral("FFFFFF"));
    xml.writeEmptyElement(a, QStringLiteral("effectLst"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(p, QStringLiteral("spTree"));
    shapeTreeName(xml);
    xml.writeEmptyElement(p, QStringLiteral("grpSpPr"));
    xml.writeEndElement(); // spTree
    xml.writeEndElement(); // cSld
    xml.writeEmptyElement(p, QStringLiteral("clrMap"));
    for (const auto &[key, value] : {std::pair {QStringLiteral("bg1"), QStringLiteral("lt1")}, {QStringLiteral("tx1"), QStringLiteral("dk1")},
             {QStringLiteral("bg2"), QStringLiteral("lt2")}, {QStringLiteral("tx2"), QStringLiteral("dk2")},
             {QStringLiteral("accent1"), QStringLiteral("accent1")}, {QStringLiteral("accent2"), QStringLiteral("accent2")},
             {QStringLiteral("accent3"), QStringLiteral("accent3")}, {QStringLiteral("accent4"), QStringLiteral("accent4")},
             {QStringLiteral("accent5"), QStringLiteral("accent5")}, {QStringLiteral("accent6"), QStringLiteral("accent6")},
             {QStringLiteral("hlink"), QStringLiteral("hlink")}, {QStringLiteral("folHlink"), QStringLiteral("folHlink")}})
        xml.writeAttribute(key, value);
    xml.writeStartElement(p, QStringLiteral("sldLayoutIdLst"));
    xml.writeEmptyElement(p, QStringLiteral("sldLayoutId"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("2147483649"));
    xml.writeAttribute(r, QStringLiteral("id"), QStringLiteral("rId1"));
    xml.writeEndElement();
    xml.writeEndElement(); // sldMaster
    xml.writeEndDocument();
    return bytes;
}

QByteArray slideMasterRelationships()
{
    return relationships({{QStringLiteral("rId1"), QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml")},
        {QStringLiteral("rId2"), QStringLiteral("theme"), QStringLiteral("../theme/theme1.xml")}});
}

QByteArray slideLayout()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(p, QStringLiteral("sldLayout"));
    declare(xml);
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("blank"));
    xml.writeAttribute(QStringLiteral("preserve"), QStringLiteral("1"));
    xml.writeStartElement(p, QStringLiteral("cSld"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Blank"));
    xml.writeStartElement(p, QStringLiteral("spTree"));
    shapeTreeName(xml);
    xml.writeEmptyElement(p, QStringLiteral("grpSpPr"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(p, QStringLiteral("clrMapOvr"));
    xml.writeEmptyElement(a, QStringLiteral("masterClrMapping"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray slideLayoutRelationships()
{
    return relationships({{QStringLiteral("rId1"), QStringLiteral("slideMaster"), QStringLiteral("../slideMasters/slideMaster1.xml")}});
}

QByteArray theme()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(a, QStringLiteral("theme"));
    xml.writeNamespace(a, QStringLiteral("a"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Keyplan"));
    xml.writeStartElement(a, QStringLiteral("themeElements"));
    xml.writeStartElement(a, QStringLiteral("clrScheme"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Keyplan"));
    const QList<std::pair<QString, QString>> colours {{QStringLiteral("dk1"), QStringLiteral("1F2328")},
        {QStringLiteral("lt1"), QStringLiteral("FFFFFF")}, {QStringLiteral("dk2"), QStringLiteral("1E4E8C")},
        {QStringLiteral("lt2"), QStringLiteral("EEF1F5")}, {QStringLiteral("accent1"), QStringLiteral("1E4E8C")},
        {QStringLiteral("accent2"), QStringLiteral("1D7A3A")}, {QStringLiteral("accent3"), QStringLiteral("B42318")},
        {QStringLiteral("accent4"), QStringLiteral("C9B98A")}, {QStringLiteral("accent5"), QStringLiteral("5F6670")},
        {QStringLiteral("accent6"), QStringLiteral("8A929C")}, {QStringLiteral("hlink"), QStringLiteral("1E4E8C")},
        {QStringLiteral("folHlink"), QStringLiteral("5F6670")}};
    for (const auto &[name, rgb] : colours) {
        xml.writeStartElement(a, name);
        xml.writeEmptyElement(a, QStringLiteral("srgbClr"));
        xml.writeAttribute(QStringLiteral("val"), rgb);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // clrScheme
    xml.writeStartElement(a, QStringLiteral("fontScheme"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Keyplan"));
    for (const QString &font : {QStringLiteral("majorFont"), QStringLiteral("minorFont")}) {
        xml.writeStartElement(a, font);
        for (const QString &script : {QStringLiteral("latin"), QStringLiteral("ea"), QStringLiteral("cs")}) {
            xml.writeEmptyElement(a, script);
            xml.writeAttribute(QStringLiteral("typeface"), script == QLatin1String("latin") ? QStringLiteral("Calibri") : QString());
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // fontScheme
    // The format scheme: three of each, as the schema asks; plain fills and hairlines.
    xml.writeStartElement(a, QStringLiteral("fmtScheme"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Keyplan"));
    const auto phColour = [&] {
        xml.writeStartElement(a, QStringLiteral("solidFill"));
        xml.writeEmptyElement(a, QStringLiteral("schemeClr"));
        xml.writeAttribute(QStringLiteral("val"), QStringLiteral("phClr"));
        xml.writeEndElement();
    };
    const auto fills = [&](const QString &list) {
        xml.writeStartElement(a, list);
        for (int i = 0; i < 3; ++i)
            phColour();
        xml.writeEndElement();
    };
    fills(QStringLiteral("fillStyleLst"));
    xml.writeStartElement(a, QStringLiteral("lnStyleLst"));
    for (const int width : {6350, 12700, 19050}) {
        xml.writeStartElement(a, QStringLiteral("ln"));
        attribute(xml, QStringLiteral("w"), width);
        phColour();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(a, QStringLiteral("effectStyleLst"));
    for (int i = 0; i < 3; ++i) {
        xml.writeStartElement(a, QStringLiteral("effectStyle"));
        xml.writeEmptyElement(a, QStringLiteral("effectLst"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    fills(QStringLiteral("bgFillStyleLst"));
    xml.writeEndElement(); // fmtScheme
    xml.writeEndElement(); // themeElements
    xml.writeEndElement(); // theme
    xml.writeEndDocument();
    return bytes;
}

QByteArray slideRelationships(const QList<std::pair<QString, QString>> &media)
{
    QList<std::tuple<QString, QString, QString>> entries {
        {QStringLiteral("rId1"), QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml")}};
    for (qsizetype i = 0; i < media.size(); ++i)
        entries.append({QStringLiteral("rId%1").arg(i + 2), media.at(i).second, media.at(i).first});
    return relationships(entries);
}

} // namespace keyplan::pptx
