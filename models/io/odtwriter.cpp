#include "io/odtwriter.h"

#include "io/zipwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamWriter>

namespace keyplan {

namespace {

class OdtText
{
    Q_DECLARE_TR_FUNCTIONS(OdtWriter)
};

const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString draw = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString xlink = QStringLiteral("http://www.w3.org/1999/xlink");
const QString svg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString meta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString manifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

const QString ink = QStringLiteral("#1f2328");
const QString muted = QStringLiteral("#5f6670");
const QString accent = QStringLiteral("#1e4e8c");
const QString red = QStringLiteral("#b42318");
const QString green = QStringLiteral("#1d7a3a");
const QString rule = QStringLiteral("0.5pt solid #c8cdd4");

void declareNamespaces(QXmlStreamWriter &xml)
{
    xml.writeNamespace(office, QStringLiteral("office"));
    xml.writeNamespace(style, QStringLiteral("style"));
    xml.writeNamespace(text, QStringLiteral("text"));
    xml.writeNamespace(table, QStringLiteral("table"));
    xml.writeNamespace(draw, QStringLiteral("draw"));
    xml.writeNamespace(fo, QStringLiteral("fo"));
    xml.writeNamespace(xlink, QStringLiteral("xlink"));
    xml.writeNamespace(svg, QStringLiteral("svg"));
    xml.writeNamespace(meta, QStringLiteral("meta"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
}

// The style a run of text takes: a character style named after it.
QString spanStyle(TextStyle textStyle)
{
    switch (textStyle) {
    case TextStyle::Body:
        return {};
    case TextStyle::Muted:
        return QStringLiteral("Muted");
    case TextStyle::Strong:
        return QStringLiteral("Strong");
    case TextStyle::Small:
        return QStringLiteral("Small");
    case TextStyle::Title:
        return QStringLiteral("Title_20_Text");
    case TextStyle::Subtitle:
        return QStringLiteral("Subtitle_20_Text");
    case TextStyle::Figure:
        return QStringLiteral("Figure_20_Value");
    case TextStyle::FigureLabel:
        return QStringLiteral("Figure_20_Label");
    case TextStyle::TableHeader:
        return QStringLiteral("Table_20_Header_20_Text");
    case TextStyle::Warning:
        return QStringLiteral("Warning");
    case TextStyle::Alert:
        return QStringLiteral("Alert");
    case TextStyle::Good:
        return QStringLiteral("Good");
    case TextStyle::Remark:
        return QStringLiteral("Remark_20_Text");
    }
    return {};
}

// Text as ODF keeps it: runs of spaces as <text:s/>, line separators as <text:line-break/>.
void writeText(QXmlStreamWriter &xml, const QString &value)
{
    QString pending;
    const auto flush = [&] {
        if (!pending.isEmpty())
            xml.writeCharacters(pending);
        pending.clear();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QChar::LineSeparator || c == u'\n') {
            flush();
            xml.writeEmptyElement(text, QStringLiteral("line-break"));
        } else if (c == u'\t') {
            flush();
            xml.writeEmptyElement(text, QStringLiteral("tab"));
        } else if (c == u' ' && (i == 0 || value.at(i - 1) == u' ')) {
            qsizetype count = 1;
            while (i + 1 < value.size() && value.at(i + 1) == u' ') {
                ++count;
                ++i;
            }
            flush();
            xml.writeEmptyElement(text, QStringLiteral("s"));
            if (count > 1)
                xml.writeAttribute(text, QStringLiteral("c"), QString::number(count));
        } else {
            pending.append(c);
        }
    }
    flush();
}

void writeRuns(QXmlStreamWriter &xml, const Runs &runs)
{
    for (const TextRun &run : runs) {
        const QString name = spanStyle(run.style);
        if (name.isEmpty()) {
            writeText(xml, run.text);
            continue;
        }
        xml.writeStartElement(text, QStringLiteral("span"));
        xml.writeAttribute(text, QStringLiteral("style-name"), name);
        writeText(xml, run.text);
        xml.writeEndElement();
    }
}

void writeProps(QXmlStreamWriter &xml, const QString &element, const QList<std::pair<QString, QString>> &props);

// Table cells with hairline rules under each row, a shaded header, rows kept whole: automatic
// styles of the content, where the tables use them.
void cellStyles(QXmlStreamWriter &xml)
{
    for (const bool header : {true, false}) {
        xml.writeStartElement(style, QStringLiteral("style"));
        xml.writeAttribute(style, QStringLiteral("name"), header ? QStringLiteral("Header_20_Cell") : QStringLiteral("Body_20_Cell"));
        xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("table-cell"));
        writeProps(xml, QStringLiteral("table-cell-properties"),
            {{QStringLiteral("fo:padding"), QStringLiteral("1.2mm")},
                {QStringLiteral("fo:border-bottom"), header ? QStringLiteral("0.75pt solid #8a929c") : rule},
                {QStringLiteral("fo:border-top"), QStringLiteral("none")}, {QStringLiteral("fo:border-left"), QStringLiteral("none")},
                {QStringLiteral("fo:border-right"), QStringLiteral("none")},
                {QStringLiteral("fo:background-color"), header ? QStringLiteral("#eef1f5") : QStringLiteral("transparent")}});
        xml.writeEndElement();
    }
    xml.writeStartElement(style, QStringLiteral("style"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("Row"));
    xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("table-row"));
    writeProps(xml, QStringLiteral("table-row-properties"), {{QStringLiteral("fo:keep-together"), QStringLiteral("always")}});
    xml.writeEndElement();
}

class ContentWriter
{
public:
    ContentWriter(const PrintDocument &content, const FigureSource &figures, qreal bodyWidthMm)
        : m_content(content)
        , m_figures(figures)
        , m_bodyWidthMm(bodyWidthMm)
    {
    }

    QByteArray content();
    QList<std::pair<QString, QByteArray>> pictures() const { return m_pictures; }

private:
    void tableStyles(QXmlStreamWriter &xml);
    void write(QXmlStreamWriter &xml, const DocItem &item, bool tint);
    void writeTable(QXmlStreamWriter &xml, const DocTable &doc, const QString &name);
    void writeFigures(QXmlStreamWriter &xml, const DocFigures &doc, const QString &name);
    void writePicture(QXmlStreamWriter &xml, const DocPicture &doc);

    const PrintDocument &m_content;
    const FigureSource &m_figures;
    qreal m_bodyWidthMm;
    QList<std::pair<QString, QByteArray>> m_pictures;
    int m_tables = 0;
    int m_pictureCount = 0;
};

QByteArray ContentWriter::content()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(office, QStringLiteral("document-content"));
    declareNamespaces(xml);
    xml.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.2"));
    tableStyles(xml);
    xml.writeStartElement(office, QStringLiteral("body"));
    xml.writeStartElement(office, QStringLiteral("text"));
    m_tables = 0;
    const bool marked = !m_content.edition.isEmpty();
    for (const DocSection &section : m_content.sections) {
        if (!section.title.isEmpty()) {
            xml.writeStartElement(text, QStringLiteral("h"));
            xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Heading_20_1"));
            xml.writeAttribute(text, QStringLiteral("outline-level"), QStringLiteral("1"));
            writeText(xml, section.title);
            if (marked && section.audience == Audience::Internal) {
                xml.writeStartElement(text, QStringLiteral("span"));
                xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Internal_20_Tag"));
                writeText(xml, QStringLiteral("   ") + OdtText::tr("internal"));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        for (const DocItem &item : section.items)
            write(xml, item, marked && item.audience == Audience::Internal && section.audience == Audience::Everyone);
    }
    xml.writeEndElement(); // text
    xml.writeEndElement(); // body
    xml.writeEndElement(); // document-content
    xml.writeEndDocument();
    return bytes;
}

// Each table's width and its columns' shares, as automatic styles.
void ContentWriter::tableStyles(QXmlStreamWriter &xml)
{
    xml.writeStartElement(office, QStringLiteral("automatic-styles"));
    cellStyles(xml);
    int index = 0;
    for (const DocSection &section : m_content.sections) {
        for (const DocItem &item : section.items) {
            QList<qreal> widths;
            if (const auto *doc = std::get_if<DocTable>(&item.block)) {
                for (const DocColumn &column : doc->columns)
                    widths.append(column.width);
            } else if (const auto *row = std::get_if<DocFigures>(&item.block)) {
                for (qsizetype i = 0; i < row->items.size(); ++i)
                    widths.append(100.0 / qreal(row->items.size()));
            } else {
                continue;
            }
            const QString name = QStringLiteral("Table%1").arg(++index);
            xml.writeStartElement(style, QStringLiteral("style"));
            xml.writeAttribute(style, QStringLiteral("name"), name);
            xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("table"));
            xml.writeEmptyElement(style, QStringLiteral("table-properties"));
            xml.writeAttribute(style, QStringLiteral("width"), QStringLiteral("%1mm").arg(m_bodyWidthMm, 0, 'f', 1));
            xml.writeAttribute(table, QStringLiteral("align"), QStringLiteral("margins"));
            xml.writeAttribute(fo, QStringLiteral("margin-top"), QStringLiteral("1mm"));
            xml.writeAttribute(fo, QStringLiteral("margin-bottom"), QStringLiteral("2mm"));
            xml.writeEndElement();
            qreal total = 0;
            for (const qreal width : std::as_const(widths))
                total += width;
            for (qsizetype column = 0; column < widths.size(); ++column) {
                xml.writeStartElement(style, QStringLiteral("style"));
                xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("%1.C%2").arg(name).arg(column + 1));
                xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("table-column"));
                xml.writeEmptyElement(style, QStringLiteral("table-column-properties"));
                const qreal share = total > 0 ? widths.at(column) / total : 1.0 / qreal(widths.size());
                xml.writeAttribute(style, QStringLiteral("column-width"),
                    QStringLiteral("%1mm").arg(m_bodyWidthMm * share, 0, 'f', 2));
                xml.writeAttribute(style, QStringLiteral("rel-column-width"),
                    QStringLiteral("%1*").arg(qRound(share * 10000)));
                xml.writeEndElement();
            }
        }
    }
    xml.writeEndElement();
}

void ContentWriter::write(QXmlStreamWriter &xml, const DocItem &item, bool tint)
{
    if (const auto *heading = std::get_if<DocHeading>(&item.block)) {
        const int level = std::clamp(heading->level, 1, 3);
        xml.writeStartElement(text, QStringLiteral("h"));
        xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Heading_20_%1").arg(level));
        xml.writeAttribute(text, QStringLiteral("outline-level"), QString::number(level));
        writeText(xml, heading->text);
        xml.writeEndElement();
    } else if (const auto *paragraph = std::get_if<DocParagraph>(&item.block)) {
        QString name = tint ? QStringLiteral("Internal_20_Body") : QStringLiteral("Text_20_body");
        Runs runs = paragraph->runs;
        if (runs.size() == 1 && runs.constFirst().style == TextStyle::Title)
            name = QStringLiteral("Title");
        else if (runs.size() == 1 && runs.constFirst().style == TextStyle::Subtitle)
            name = QStringLiteral("Subtitle");
        if (name == QLatin1String("Title") || name == QLatin1String("Subtitle"))
            runs.first().style = TextStyle::Body; // the paragraph style says it all
        xml.writeStartElement(text, QStringLiteral("p"));
        xml.writeAttribute(text, QStringLiteral("style-name"), name);
        writeRuns(xml, runs);
        xml.writeEndElement();
    } else if (const auto *remark = std::get_if<DocRemark>(&item.block)) {
        for (const QString &line : remark->text.split(u'\n')) {
            xml.writeStartElement(text, QStringLiteral("p"));
            xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Remark"));
            writeText(xml, line);
            xml.writeEndElement();
        }
    } else if (const auto *row = std::get_if<DocFigures>(&item.block)) {
        writeFigures(xml, *row, QStringLiteral("Table%1").arg(++m_tables));
    } else if (const auto *doc = std::get_if<DocTable>(&item.block)) {
        writeTable(xml, *doc, QStringLiteral("Table%1").arg(++m_tables));
    } else if (const auto *figure = std::get_if<DocPicture>(&item.block)) {
        writePicture(xml, *figure);
    }
}

void ContentWriter::writeTable(QXmlStreamWriter &xml, const DocTable &doc, const QString &name)
{
    xml.writeStartElement(table, QStringLiteral("table"));
    xml.writeAttribute(table, QStringLiteral("name"), name);
    xml.writeAttribute(table, QStringLiteral("style-name"), name);
    for (qsizetype column = 0; column < doc.columns.size(); ++column) {
        xml.writeEmptyElement(table, QStringLiteral("table-column"));
        xml.writeAttribute(table, QStringLiteral("style-name"), QStringLiteral("%1.C%2").arg(name).arg(column + 1));
    }
    const auto cell = [&](const Runs &runs, bool header, DocColumn::Kind kind) {
        xml.writeStartElement(table, QStringLiteral("table-cell"));
        xml.writeAttribute(table, QStringLiteral("style-name"), header ? QStringLiteral("Header_20_Cell") : QStringLiteral("Body_20_Cell"));
        xml.writeAttribute(office, QStringLiteral("value-type"), QStringLiteral("string"));
        xml.writeStartElement(text, QStringLiteral("p"));
        const bool number = kind == DocColumn::Kind::Number;
        xml.writeAttribute(text, QStringLiteral("style-name"),
            header ? (number ? QStringLiteral("Table_20_Heading_20_Number") : QStringLiteral("Table_20_Heading"))
                   : (number ? QStringLiteral("Table_20_Number") : QStringLiteral("Table_20_Contents")));
        writeRuns(xml, runs);
        xml.writeEndElement();
        xml.writeEndElement();
    };
    xml.writeStartElement(table, QStringLiteral("table-header-rows"));
    xml.writeStartElement(table, QStringLiteral("table-row"));
    xml.writeAttribute(table, QStringLiteral("style-name"), QStringLiteral("Row"));
    for (const DocColumn &column : doc.columns)
        cell({{column.header, TextStyle::Body}}, true, column.kind);
    xml.writeEndElement();
    xml.writeEndElement();
    for (const QList<Runs> &row : doc.rows) {
        xml.writeStartElement(table, QStringLiteral("table-row"));
        xml.writeAttribute(table, QStringLiteral("style-name"), QStringLiteral("Row"));
        for (qsizetype column = 0; column < doc.columns.size(); ++column)
            cell(row.value(column), false, doc.columns.at(column).kind);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void ContentWriter::writeFigures(QXmlStreamWriter &xml, const DocFigures &doc, const QString &name)
{
    xml.writeStartElement(table, QStringLiteral("table"));
    xml.writeAttribute(table, QStringLiteral("name"), name);
    xml.writeAttribute(table, QStringLiteral("style-name"), name);
    for (qsizetype column = 0; column < doc.items.size(); ++column) {
        xml.writeEmptyElement(table, QStringLiteral("table-column"));
        xml.writeAttribute(table, QStringLiteral("style-name"), QStringLiteral("%1.C%2").arg(name).arg(column + 1));
    }
    for (const bool values : {true, false}) {
        xml.writeStartElement(table, QStringLiteral("table-row"));
        for (const auto &[value, label] : doc.items) {
            xml.writeStartElement(table, QStringLiteral("table-cell"));
            xml.writeAttribute(office, QStringLiteral("value-type"), QStringLiteral("string"));
            xml.writeStartElement(text, QStringLiteral("p"));
            xml.writeAttribute(text, QStringLiteral("style-name"), values ? QStringLiteral("Figure_20_Value") : QStringLiteral("Figure_20_Label"));
            writeText(xml, values ? value : label);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void ContentWriter::writePicture(QXmlStreamWriter &xml, const DocPicture &doc)
{
    if (!m_figures)
        return;
    const FigureFiles files = m_figures(doc.figure);
    if (files.svg.isEmpty() && files.png.isEmpty())
        return;
    const int number = ++m_pictureCount;
    // No wider than the text: a figure laid out for a wider page is scaled to fit.
    const qreal widthLimitPt = m_bodyWidthMm / 25.4 * 72.0;
    const qreal scale = files.points.width() > widthLimitPt ? widthLimitPt / files.points.width() : 1.0;
    xml.writeStartElement(text, QStringLiteral("p"));
    xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Figure"));
    xml.writeStartElement(draw, QStringLiteral("frame"));
    xml.writeAttribute(draw, QStringLiteral("name"), OdtText::tr("Figure %1").arg(number));
    xml.writeAttribute(text, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
    xml.writeAttribute(svg, QStringLiteral("width"), QStringLiteral("%1pt").arg(files.points.width() * scale, 0, 'f', 2));
    xml.writeAttribute(svg, QStringLiteral("height"), QStringLiteral("%1pt").arg(files.points.height() * scale, 0, 'f', 2));
    xml.writeAttribute(draw, QStringLiteral("z-index"), QStringLiteral("0"));
    // The SVG first; readers that cannot show it take the PNG that follows.
    const auto image = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(draw, QStringLiteral("image"));
        xml.writeAttribute(xlink, QStringLiteral("href"), path);
        xml.writeAttribute(xlink, QStringLiteral("type"), QStringLiteral("simple"));
        xml.writeAttribute(xlink, QStringLiteral("show"), QStringLiteral("embed"));
        xml.writeAttribute(xlink, QStringLiteral("actuate"), QStringLiteral("onLoad"));
        xml.writeAttribute(draw, QStringLiteral("mime-type"), type);
    };
    if (!files.svg.isEmpty()) {
        const QString path = QStringLiteral("Pictures/figure%1.svg").arg(number);
        m_pictures.append({path, files.svg});
        image(path, QStringLiteral("image/svg+xml"));
    }
    if (!files.png.isEmpty()) {
        const QString path = QStringLiteral("Pictures/figure%1.png").arg(number);
        m_pictures.append({path, files.png});
        image(path, QStringLiteral("image/png"));
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

// --- styles.xml ---

struct Props
{
    QList<std::pair<QString, QString>> paragraph; // fo:/style: attributes, "fo:margin-top"
    QList<std::pair<QString, QString>> textProps;
};

void writeProps(QXmlStreamWriter &xml, const QString &element, const QList<std::pair<QString, QString>> &props)
{
    if (props.isEmpty())
        return;
    xml.writeEmptyElement(style, element);
    for (const auto &[name, value] : props) {
        const QString prefix = name.section(u':', 0, 0);
        const QString local = name.section(u':', 1);
        xml.writeAttribute(prefix == QLatin1String("fo") ? fo : prefix == QLatin1String("style") ? style : table,
            local, value);
    }
}

// Opens a named style as the user sees it in the styles list; the caller closes it.
void startStyle(QXmlStreamWriter &xml, const QString &name, const QString &display, const QString &family)
{
    xml.writeStartElement(style, QStringLiteral("style"));
    xml.writeAttribute(style, QStringLiteral("name"), name);
    xml.writeAttribute(style, QStringLiteral("display-name"), display);
    xml.writeAttribute(style, QStringLiteral("family"), family);
}

void paragraphStyle(QXmlStreamWriter &xml, const QString &name, const QString &display, const Props &props,
    const QString &parent = QStringLiteral("Standard"), int outline = 0)
{
    startStyle(xml, name, display, QStringLiteral("paragraph"));
    if (!parent.isEmpty())
        xml.writeAttribute(style, QStringLiteral("parent-style-name"), parent);
    if (outline > 0)
        xml.writeAttribute(style, QStringLiteral("default-outline-level"), QString::number(outline));
    writeProps(xml, QStringLiteral("paragraph-properties"), props.paragraph);
    writeProps(xml, QStringLiteral("text-properties"), props.textProps);
    xml.writeEndElement();
}

void textStyle(QXmlStreamWriter &xml, const QString &name, const QString &display,
    const QList<std::pair<QString, QString>> &props)
{
    startStyle(xml, name, display, QStringLiteral("text"));
    writeProps(xml, QStringLiteral("text-properties"), props);
    xml.writeEndElement();
}

QByteArray stylesXml(const PrintDocument &content, const OdtPage &page)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(office, QStringLiteral("document-styles"));
    declareNamespaces(xml);
    xml.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.2"));

    xml.writeStartElement(office, QStringLiteral("font-face-decls"));
    xml.writeEmptyElement(style, QStringLiteral("font-face"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("DejaVu Sans"));
    xml.writeAttribute(svg, QStringLiteral("font-family"), QStringLiteral("'DejaVu Sans'"));
    xml.writeAttribute(style, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
    xml.writeEndElement();

    xml.writeStartElement(office, QStringLiteral("styles"));
    xml.writeStartElement(style, QStringLiteral("default-style"));
    xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("paragraph"));
    writeProps(xml, QStringLiteral("text-properties"),
        {{QStringLiteral("style:font-name"), QStringLiteral("DejaVu Sans")}, {QStringLiteral("fo:font-size"), QStringLiteral("9.5pt")},
            {QStringLiteral("fo:color"), ink}, {QStringLiteral("fo:language"), QStringLiteral("en")},
            {QStringLiteral("fo:country"), QStringLiteral("GB")}});
    xml.writeEndElement();
    using P = std::pair<QString, QString>;
    paragraphStyle(xml, QStringLiteral("Standard"), QStringLiteral("Standard"), {}, QString());
    paragraphStyle(xml, QStringLiteral("Text_20_body"), QStringLiteral("Text body"),
        {{P {QStringLiteral("fo:margin-top"), QStringLiteral("0mm")}, P {QStringLiteral("fo:margin-bottom"), QStringLiteral("1.2mm")},
             P {QStringLiteral("fo:orphans"), QStringLiteral("3")}, P {QStringLiteral("fo:widows"), QStringLiteral("3")}},
            {}});
    paragraphStyle(xml, QStringLiteral("Internal_20_Body"), QStringLiteral("Internal body"),
        {{P {QStringLiteral("fo:background-color"), QStringLiteral("#fbf3e4")}}, {}}, QStringLiteral("Text_20_body"));
    paragraphStyle(xml, QStringLiteral("Title"), QStringLiteral("Title"),
        {{P {QStringLiteral("fo:margin-bottom"), QStringLiteral("1mm")}},
            {P {QStringLiteral("fo:font-size"), QStringLiteral("22pt")}, P {QStringLiteral("fo:font-weight"), QStringLiteral("bold")},
                P {QStringLiteral("fo:color"), accent}}});
    paragraphStyle(xml, QStringLiteral("Subtitle"), QStringLiteral("Subtitle"),
        {{P {QStringLiteral("fo:margin-bottom"), QStringLiteral("2mm")}},
            {P {QStringLiteral("fo:font-size"), QStringLiteral("12pt")}, P {QStringLiteral("fo:color"), muted}}});
    const Props heading {{P {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}}, {}};
    paragraphStyle(xml, QStringLiteral("Heading"), QStringLiteral("Heading"), heading);
    paragraphStyle(xml, QStringLiteral("Heading_20_1"), QStringLiteral("Heading 1"),
        {{P {QStringLiteral("fo:margin-top"), QStringLiteral("6mm")}, P {QStringLiteral("fo:margin-bottom"), QStringLiteral("2mm")},
             P {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")},
             P {QStringLiteral("fo:border-bottom"), rule}, P {QStringLiteral("fo:padding-bottom"), QStringLiteral("1mm")}},
            {P {QStringLiteral("fo:font-size"), QStringLiteral("14pt")}, P {QStringLiteral("fo:font-weight"), QStringLiteral("bold")},
                P {QStringLiteral("fo:color"), accent}}},
        QStringLiteral("Heading"), 1);
    paragraphStyle(xml, QStringLiteral("Heading_20_2"), QStringLiteral("Heading 2"),
        {{P {QStringLiteral("fo:margin-top"), QStringLiteral("3.5mm")}, P {QStringLiteral("fo:margin-bottom"), QStringLiteral("1mm")},
             P {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}},
            {P {QStringLiteral("fo:font-size"), QStringLiteral("10.5pt")}, P {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}}},
        QStringLiteral("Heading"), 2);
    paragraphStyle(xml, QStringLiteral("Heading_20_3"), QStringLiteral("Heading 3"),
        {{P {QStringLiteral("fo:margin-top"), QStringLiteral("2.5mm")}, P {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.5mm")},
             P {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}},
            {P {QStringLiteral("fo:font-size"), QStringLiteral("9.5pt")}, P {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}}},
        QStringLiteral("Heading"), 3);
    paragraphStyle(xml, QStringLiteral("Remark"), QStringLiteral("Remark"),
        {{P {QStringLiteral("fo:margin-left"), QStringLiteral("3mm")}, P {QStringLiteral("fo:margin-bottom"), QStringLiteral("1mm")},
             P {QStringLiteral("fo:background-color"), QStringLiteral("#f6f4ec")},
             P {QStringLiteral("fo:border-left"), QStringLiteral("1.5pt solid #c9b98a")},
             P {QStringLiteral("fo:padding-left"), QStringLiteral("2mm")}},
            {P {QStringLiteral("fo:font-style"), QStringLiteral("italic")}, P {QStringLiteral("fo:color"), QStringLiteral("#333a44")}}});
    paragraphStyle(xml, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"), {});
    paragraphStyle(xml, QStringLiteral("Table_20_Number"), QStringLiteral("Table Number"),
        {{P {QStringLiteral("fo:text-align"), QStringLiteral("end")}}, {}}, QStringLiteral("Table_20_Contents"));
    paragraphStyle(xml, QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"),
        {{}, {P {QStringLiteral("fo:font-size"), QStringLiteral("8.5pt")}, P {QStringLiteral("fo:font-weight"), QStringLiteral("bold")},
                 P {QStringLiteral("fo:color"), muted}}},
        QStringLiteral("Table_20_Contents"));
    paragraphStyle(xml, QStringLiteral("Table_20_Heading_20_Number"), QStringLiteral("Table Heading Number"),
        {{P {QStringLiteral("fo:text-align"), QStringLiteral("end")}}, {}}, QStringLiteral("Table_20_Heading"));
    paragraphStyle(xml, QStringLiteral("Figure_20_Value"), QStringLiteral("Figure Value"),
        {{}, {P {QStringLiteral("fo:font-size"), QStringLiteral("15pt")}, P {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}}});
    paragraphStyle(xml, QStringLiteral("Figure_20_Label"), QStringLiteral("Figure Label"),
        {{}, {P {QStringLiteral("fo:font-size"), QStringLiteral("8pt")}, P {QStringLiteral("fo:color"), muted}}});
    paragraphStyle(xml, QStringLiteral("Figure"), QStringLiteral("Figure"),
        {{P {QStringLiteral("fo:text-align"), QStringLiteral("center")}, P {QStringLiteral("fo:margin-top"), QStringLiteral("1mm")},
             P {QStringLiteral("fo:margin-bottom"), QStringLiteral("2mm")}},
            {}});
    paragraphStyle(xml, QStringLiteral("Header"), QStringLiteral("Header"),
        {{}, {P {QStringLiteral("fo:font-size"), QStringLiteral("7.5pt")}, P {QStringLiteral("fo:color"), muted}}});
    paragraphStyle(xml, QStringLiteral("Footer"), QStringLiteral("Footer"),
        {{}, {P {QStringLiteral("fo:font-size"), QStringLiteral("7.5pt")}, P {QStringLiteral("fo:color"), muted}}});
    textStyle(xml, QStringLiteral("Strong"), QStringLiteral("Strong"), {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    textStyle(xml, QStringLiteral("Muted"), QStringLiteral("Muted"), {{QStringLiteral("fo:color"), muted}});
    textStyle(xml, QStringLiteral("Small"), QStringLiteral("Small"),
        {{QStringLiteral("fo:font-size"), QStringLiteral("8pt")}, {QStringLiteral("fo:color"), muted}});
    textStyle(xml, QStringLiteral("Warning"), QStringLiteral("Warning"),
        {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}, {QStringLiteral("fo:color"), red}});
    textStyle(xml, QStringLiteral("Alert"), QStringLiteral("Alert"), {{QStringLiteral("fo:color"), red}});
    textStyle(xml, QStringLiteral("Good"), QStringLiteral("Good"), {{QStringLiteral("fo:color"), green}});
    textStyle(xml, QStringLiteral("Internal_20_Tag"), QStringLiteral("Internal Tag"),
        {{QStringLiteral("fo:font-size"), QStringLiteral("8pt")}, {QStringLiteral("fo:color"), red},
            {QStringLiteral("fo:text-transform"), QStringLiteral("uppercase")}, {QStringLiteral("fo:font-weight"), QStringLiteral("normal")}});
    textStyle(xml, QStringLiteral("Title_20_Text"), QStringLiteral("Title Text"),
        {{QStringLiteral("fo:font-size"), QStringLiteral("22pt")}, {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    textStyle(xml, QStringLiteral("Subtitle_20_Text"), QStringLiteral("Subtitle Text"),
        {{QStringLiteral("fo:font-size"), QStringLiteral("12pt")}, {QStringLiteral("fo:color"), muted}});
    textStyle(xml, QStringLiteral("Figure_20_Value"), QStringLiteral("Figure Value Text"),
        {{QStringLiteral("fo:font-size"), QStringLiteral("15pt")}, {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    textStyle(xml, QStringLiteral("Figure_20_Label"), QStringLiteral("Figure Label Text"),
        {{QStringLiteral("fo:font-size"), QStringLiteral("8pt")}, {QStringLiteral("fo:color"), muted}});
    textStyle(xml, QStringLiteral("Table_20_Header_20_Text"), QStringLiteral("Table Header Text"),
        {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}, {QStringLiteral("fo:color"), muted}});
    textStyle(xml, QStringLiteral("Remark_20_Text"), QStringLiteral("Remark Text"), {{QStringLiteral("fo:font-style"), QStringLiteral("italic")}});
    xml.writeEndElement(); // styles

    xml.writeStartElement(office, QStringLiteral("automatic-styles"));
    xml.writeStartElement(style, QStringLiteral("page-layout"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("Page"));
    writeProps(xml, QStringLiteral("page-layout-properties"),
        {{QStringLiteral("fo:page-width"), QStringLiteral("%1mm").arg(page.sizeMm.width())},
            {QStringLiteral("fo:page-height"), QStringLiteral("%1mm").arg(page.sizeMm.height())},
            {QStringLiteral("style:print-orientation"), QStringLiteral("portrait")},
            {QStringLiteral("fo:margin-top"), QStringLiteral("%1mm").arg(page.marginMm * 0.75)},
            {QStringLiteral("fo:margin-bottom"), QStringLiteral("%1mm").arg(page.marginMm * 0.75)},
            {QStringLiteral("fo:margin-left"), QStringLiteral("%1mm").arg(page.marginMm)},
            {QStringLiteral("fo:margin-right"), QStringLiteral("%1mm").arg(page.marginMm)}});
    for (const QString &part : {QStringLiteral("header-style"), QStringLiteral("footer-style")}) {
        xml.writeStartElement(style, part);
        writeProps(xml, QStringLiteral("header-footer-properties"),
            {{QStringLiteral("fo:min-height"), QStringLiteral("4mm")},
                {part == QLatin1String("header-style") ? QStringLiteral("fo:margin-bottom") : QStringLiteral("fo:margin-top"),
                    QStringLiteral("3mm")}});
        xml.writeEndElement();
    }
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(office, QStringLiteral("master-styles"));
    xml.writeStartElement(style, QStringLiteral("master-page"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(style, QStringLiteral("page-layout-name"), QStringLiteral("Page"));
    xml.writeStartElement(style, QStringLiteral("header"));
    xml.writeStartElement(text, QStringLiteral("p"));
    xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Header"));
    writeText(xml, content.headerLeft + QStringLiteral("  ·  ") + content.headerRight);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(style, QStringLiteral("footer"));
    xml.writeStartElement(text, QStringLiteral("p"));
    xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Footer"));
    writeText(xml, content.footerLeft + QStringLiteral("  ·  "));
    if (!content.edition.isEmpty()) {
        xml.writeStartElement(text, QStringLiteral("span"));
        xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Warning"));
        writeText(xml, content.edition);
        xml.writeEndElement();
        writeText(xml, QStringLiteral("  ·  "));
    }
    // "page 3 of 7", its words translated around the fields.
    const QStringList around = OdtText::tr("page %1 of %2").split(QStringLiteral("%1"));
    writeText(xml, around.value(0));
    xml.writeTextElement(text, QStringLiteral("page-number"), QStringLiteral("1"));
    const QStringList rest = around.value(1).split(QStringLiteral("%2"));
    writeText(xml, rest.value(0));
    xml.writeTextElement(text, QStringLiteral("page-count"), QStringLiteral("1"));
    writeText(xml, rest.value(1));
    xml.writeEndElement();
    xml.writeEndElement(); // footer
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles
    xml.writeEndElement(); // document-styles
    xml.writeEndDocument();
    return bytes;
}

QByteArray metaXml(const PrintDocument &content)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(office, QStringLiteral("document-meta"));
    declareNamespaces(xml);
    xml.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(office, QStringLiteral("meta"));
    xml.writeTextElement(dc, QStringLiteral("title"), content.title + QStringLiteral(": ") + content.headerRight);
    xml.writeTextElement(meta, QStringLiteral("generator"), QStringLiteral("Keyplan"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray manifestXml(const QList<std::pair<QString, QByteArray>> &pictures)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(manifest, QStringLiteral("manifest"));
    xml.writeNamespace(manifest, QStringLiteral("manifest"));
    xml.writeAttribute(manifest, QStringLiteral("version"), QStringLiteral("1.2"));
    const auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(manifest, QStringLiteral("file-entry"));
        xml.writeAttribute(manifest, QStringLiteral("full-path"), path);
        xml.writeAttribute(manifest, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    for (const auto &[path, data] : pictures)
        entry(path, path.endsWith(QLatin1String(".svg")) ? QStringLiteral("image/svg+xml") : QStringLiteral("image/png"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

QByteArray writeOdt(const PrintDocument &content, const FigureSource &figures, const OdtPage &page, QString *error)
{
    ContentWriter writer(content, figures, page.sizeMm.width() - 2 * page.marginMm);
    const QByteArray body = writer.content();
    ZipWriter zip;
    // The media type first and stored: how a reader knows the file before unzipping it.
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"),
        ZipWriter::Compression::Store);
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml(writer.pictures()));
    zip.add(QStringLiteral("content.xml"), body);
    zip.add(QStringLiteral("styles.xml"), stylesXml(content, page));
    zip.add(QStringLiteral("meta.xml"), metaXml(content));
    for (const auto &[path, data] : writer.pictures())
        zip.add(path, data, ZipWriter::Compression::Store);
    return zip.finish(error);
}

} // namespace keyplan
