#include "io/pptxwriter.h"

#include "io/pptxparts.h"
#include "io/zipwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <algorithm>

#include <cmath>

namespace keyplan {

namespace {

class PptxText
{
    Q_DECLARE_TR_FUNCTIONS(PptxWriter)
};

using namespace pptx;

constexpr qint64 emuPerPoint = 12700;
constexpr qint64 slideWidth = 12192000; // 13.333 in: 16:9
constexpr qint64 slideHeight = 6858000; // 7.5 in
constexpr qint64 margin = 457200; // 0.5 in
constexpr qint64 titleTop = 320040;
constexpr qint64 titleHeight = 640080;
constexpr qint64 bodyTop = 1097280; // 1.2 in
constexpr qint64 bodyBottom = slideHeight - 548640; // 0.6 in above the foot: the footer's room
constexpr qint64 bodyWidth = slideWidth - 2 * margin;

constexpr qreal bodySize = 16; // points: read from the back of a meeting room
constexpr qreal tableSize = 13;

qreal sizeOf(TextStyle style, qreal base)
{
    switch (style) {
    case TextStyle::Small:
    case TextStyle::FigureLabel:
    case TextStyle::TableHeader:
        return base - 3;
    case TextStyle::Title:
        return 40;
    case TextStyle::Subtitle:
        return 20;
    case TextStyle::Figure:
        return 28;
    default:
        return base;
    }
}

// How tall text of `size` points is in a box `width` EMU wide: lines from an average glyph of half
// the size, 1.2 lines of leading each. An estimate, erring on the tall side.
qint64 textHeight(const QString &text, qreal size, qint64 width)
{
    const qreal perLine = std::max<qreal>(8, qreal(width) / emuPerPoint / (size * 0.56));
    qint64 lines = 0;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\n\u2028]"))))
        lines += std::max<qint64>(1, qint64(std::ceil(qreal(line.size()) / perLine)));
    return qint64(lines * size * 1.2 * emuPerPoint);
}

QString plain(const Runs &runs)
{
    QString text;
    for (const TextRun &run : runs)
        text += run.text;
    return text;
}

// One slide being laid out: shapes stacked from the top of the body down.
struct Slide
{
    QString title;
    QList<std::function<void(QXmlStreamWriter &, int &)>> shapes; // each writes itself with the next shape id
    QList<std::pair<QString, QString>> media; // relationship target, type, for the slide's rels
    qint64 y = bodyTop;
};

class Deck
{
public:
    Deck(const PrintDocument &content, const FigureSource &figures)
        : m_content(content)
        , m_figures(figures)
    {
    }

    QByteArray build(QString *error);

private:
    void cover(const DocSection &section);
    void section(const DocSection &section);
    Slide &current() { return m_slides.last(); }
    void newSlide(const QString &title);
    // Room for `height` on the current slide, else a new one carrying the same title on.
    void ensureRoom(qint64 height, const QString &title);
    void text(const Runs &runs, qreal size, qint64 height, bool tint = false, bool italic = false);
    void table(const DocTable &doc, const QString &title);
    void figures(const DocFigures &doc);
    void picture(const DocPicture &doc, const QString &title);
    QByteArray slideXml(const Slide &slide, int number) const;

    const PrintDocument &m_content;
    const FigureSource &m_figures;
    QList<Slide> m_slides;
    QList<std::pair<QString, QByteArray>> m_mediaFiles;
};

void Deck::newSlide(const QString &title)
{
    Slide slide;
    slide.title = title;
    m_slides.append(slide);
}

void Deck::ensureRoom(qint64 height, const QString &title)
{
    if (current().y + height <= bodyBottom || current().y == bodyTop)
        return;
    newSlide(PptxText::tr("%1 (continued)").arg(title));
}

void Deck::text(const Runs &runs, qreal size, qint64 height, bool tint, bool italic)
{
    const qint64 y = current().y;
    current().shapes.append([=](QXmlStreamWriter &xml, int &id) {
        textBox(xml, id++, QStringLiteral("Text"), {margin, y, bodyWidth, height}, {runs}, size, tint ? QStringLiteral("FBF3E4") : QString(), italic);
    });
    current().y += height + 6 * emuPerPoint;
}

void Deck::cover(const DocSection &section)
{
    newSlide(QString());
    current().y = 1600200; // the title sits lower on the opening slide
    for (const DocItem &item : section.items) {
        if (const auto *paragraph = std::get_if<DocParagraph>(&item.block)) {
            qreal size = bodySize + 2;
            if (!paragraph->runs.isEmpty())
                size = sizeOf(paragraph->runs.constFirst().style, bodySize + 2);
            text(paragraph->runs, size, textHeight(plain(paragraph->runs), size, bodyWidth));
        } else if (const auto *row = std::get_if<DocFigures>(&item.block)) {
            figures(*row);
        } else if (const auto *remark = std::get_if<DocRemark>(&item.block)) {
            text({{remark->text, TextStyle::Remark}}, bodySize, textHeight(remark->text, bodySize, bodyWidth), false, true);
        }
    }
}

void Deck::section(const DocSection &doc)
{
    QString title = doc.title;
    if (!m_content.edition.isEmpty() && doc.audience == Audience::Internal)
        title += PptxText::tr(" · internal");
    newSlide(title);
    for (qsizetype index = 0; index < doc.items.size(); ++index) {
        const DocItem &item = doc.items.at(index);
        const bool tint = !m_content.edition.isEmpty() && item.audience == Audience::Internal
            && doc.audience == Audience::Everyone;
        if (const auto *heading = std::get_if<DocHeading>(&item.block)) {
            const qreal size = heading->level <= 2 ? 20 : 17;
            const qint64 height = textHeight(heading->text, size, bodyWidth);
            // Never alone at the foot: with three lines of what follows, or half a slide for a figure.
            const bool figureNext
                = index + 1 < doc.items.size() && std::holds_alternative<DocPicture>(doc.items.at(index + 1).block);
            ensureRoom(height + (figureNext ? (bodyBottom - bodyTop) / 2 : qint64(3 * bodySize * 1.2 * emuPerPoint)), title);
            text({{heading->text, TextStyle::Strong}}, size, height);
        } else if (const auto *paragraph = std::get_if<DocParagraph>(&item.block)) {
            const qint64 height = textHeight(plain(paragraph->runs), bodySize, bodyWidth);
            ensureRoom(height, title);
            text(paragraph->runs, bodySize, height, tint);
        } else if (const auto *remark = std::get_if<DocRemark>(&item.block)) {
            const qint64 height = textHeight(remark->text, bodySize, bodyWidth);
            ensureRoom(height, title);
            text({{remark->text, TextStyle::Remark}}, bodySize, height, false, true);
        } else if (const auto *row = std::get_if<DocFigures>(&item.block)) {
            ensureRoom(914400, title);
            figures(*row);
        } else if (const auto *doc2 = std::get_if<DocTable>(&item.block)) {
            table(*doc2, title);
        } else if (const auto *figure = std::get_if<DocPicture>(&item.block)) {
            picture(*figure, title);
        }
    }
}

void Deck::figures(const DocFigures &doc)
{
    const qint64 y = current().y;
    const qint64 count = std::max<qint64>(1, doc.items.size());
    const qint64 width = bodyWidth / count;
    // The longest figure on one line at up to 28 pt: a bold digit is about 0.72 em wide, so six
    // figures such as "£531,000" across a slide come out smaller rather than broken in two.
    qsizetype longest = 1;
    for (const auto &item : doc.items)
        longest = std::max(longest, item.first.size());
    const qreal roomPoints = qreal(width - 91440) / emuPerPoint;
    const qreal base = std::clamp(roomPoints / (qreal(longest) * 0.72 * 1.75), 9.0, bodySize);
    for (qint64 i = 0; i < doc.items.size(); ++i) {
        const auto [value, label] = doc.items.at(i);
        current().shapes.append([=](QXmlStreamWriter &xml, int &id) {
            textBox(xml, id++, QStringLiteral("Figure"), {margin + i * width, y, width - 91440, 838200},
                {{{value, TextStyle::Figure}}, {{label, TextStyle::FigureLabel}}}, base);
        });
    }
    current().y += 838200 + 6 * emuPerPoint;
}

void Deck::table(const DocTable &doc, const QString &title)
{
    qreal total = 0;
    for (const DocColumn &column : doc.columns)
        total += column.width;
    QList<qint64> widths;
    for (const DocColumn &column : doc.columns)
        widths.append(qint64(qreal(bodyWidth) * (total > 0 ? column.width / total : 1.0 / qreal(doc.columns.size()))));
    const qint64 padding = 2 * 45720 + 6 * emuPerPoint; // the cell margins, and the rule
    const auto rowHeight = [&](const QList<Runs> &cells, qreal size) {
        qint64 tallest = 0;
        for (qsizetype column = 0; column < widths.size(); ++column)
            tallest = std::max(tallest, textHeight(plain(cells.value(column)), size, widths.at(column) - 2 * 91440));
        return tallest + padding;
    };
    QList<Runs> header;
    for (const DocColumn &column : doc.columns)
        header.append({{column.header, TextStyle::TableHeader}});
    const qint64 headerHeight = rowHeight(header, tableSize - 1);
    qsizetype next = 0;
    while (next < doc.rows.size() || (doc.rows.isEmpty() && next == 0)) {
        // As many rows as fit under the header, at least one; the rest go on the next slide.
        ensureRoom(headerHeight + rowHeight(doc.rows.value(next), tableSize), title);
        qint64 height = headerHeight;
        QList<std::pair<QList<Runs>, qint64>> rows;
        while (next < doc.rows.size()) {
            const qint64 h = rowHeight(doc.rows.at(next), tableSize);
            if (!rows.isEmpty() && current().y + height + h > bodyBottom)
                break;
            rows.append({doc.rows.at(next), h});
            height += h;
            ++next;
        }
        const qint64 y = current().y;
        QList<DocColumn::Kind> kinds;
        for (const DocColumn &column : doc.columns)
            kinds.append(column.kind);
        current().shapes.append([=](QXmlStreamWriter &xml, int &id) {
            tableFrame(xml, id++, {margin, y, bodyWidth, height}, widths, kinds, {header, headerHeight}, rows, tableSize);
        });
        current().y += height + 8 * emuPerPoint;
        if (doc.rows.isEmpty())
            break;
        if (next < doc.rows.size())
            newSlide(PptxText::tr("%1 (continued)").arg(title));
    }
}

void Deck::picture(const DocPicture &doc, const QString &title)
{
    if (!m_figures)
        return;
    const FigureFiles files = m_figures(doc.figure);
    if (files.png.isEmpty() || files.points.isEmpty())
        return;
    // As large as the slide allows, in proportion; on a slide of its own when little room is left.
    const qreal aspect = files.points.height() / files.points.width();
    if (current().y > bodyTop && bodyBottom - current().y < (bodyBottom - bodyTop) / 2)
        newSlide(PptxText::tr("%1 (continued)").arg(title));
    qint64 height = bodyBottom - current().y;
    qint64 width = qint64(qreal(height) / aspect);
    if (width > bodyWidth) {
        width = bodyWidth;
        height = qint64(qreal(width) * aspect);
    }
    const int number = int(m_mediaFiles.size()) + 1;
    const QString png = QStringLiteral("media/figure%1.png").arg(number);
    const QString svgName = QStringLiteral("media/figure%1.svg").arg(number);
    m_mediaFiles.append({QStringLiteral("ppt/") + png, files.png});
    const bool hasSvg = !files.svg.isEmpty();
    if (hasSvg)
        m_mediaFiles.append({QStringLiteral("ppt/") + svgName, files.svg});
    Slide &slide = current();
    const QString pngId = QStringLiteral("rId%1").arg(slide.media.size() + 2);
    slide.media.append({QStringLiteral("../") + png, QStringLiteral("image")});
    QString svgId;
    if (hasSvg) {
        svgId = QStringLiteral("rId%1").arg(slide.media.size() + 2);
        slide.media.append({QStringLiteral("../") + svgName, QStringLiteral("image")});
    }
    const qint64 x = margin + (bodyWidth - width) / 2;
    const qint64 y = slide.y;
    slide.shapes.append([=](QXmlStreamWriter &xml, int &id) {
        pictureShape(xml, id++, {x, y, width, height}, pngId, svgId);
    });
    slide.y += height + 6 * emuPerPoint;
}

QByteArray Deck::slideXml(const Slide &slide, int number) const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    slideStart(xml);
    int id = 2;
    if (!slide.title.isEmpty())
        textBox(xml, id++, QStringLiteral("Title"), {margin, titleTop, bodyWidth, titleHeight},
            {{{slide.title, TextStyle::Title}}}, 26, QString(), false, true);
    for (const auto &shape : slide.shapes)
        shape(xml, id);
    // The foot: the plan and day, the edition when it is ours, the slide's number.
    const qint64 footY = slideHeight - 365760;
    textBox(xml, id++, QStringLiteral("Footer"), {margin, footY, bodyWidth / 2, 228600},
        {{{m_content.footerLeft, TextStyle::Small}}}, 12);
    if (!m_content.edition.isEmpty())
        textBox(xml, id++, QStringLiteral("Edition"), {margin + bodyWidth / 2, footY, bodyWidth / 2 - 640080, 228600},
            {{{m_content.edition, TextStyle::Warning}}}, 10, QString(), false, false, true);
    textBox(xml, id++, QStringLiteral("Slide number"), {slideWidth - margin - 548640, footY, 548640, 228600},
        {{{QString::number(number), TextStyle::Small}}}, 12, QString(), false, false, true);
    slideEnd(xml);
    return bytes;
}

QByteArray Deck::build(QString *error)
{
    for (const DocSection &doc : m_content.sections) {
        if (doc.key == QLatin1String("cover"))
            cover(doc);
        else
            section(doc);
    }
    if (m_slides.isEmpty())
        newSlide(m_content.title);
    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypes(int(m_slides.size())));
    zip.add(QStringLiteral("_rels/.rels"), packageRelationships());
    zip.add(QStringLiteral("docProps/core.xml"), coreProperties(m_content.title + QStringLiteral(": ") + m_content.headerRight));
    zip.add(QStringLiteral("docProps/app.xml"), appProperties(int(m_slides.size())));
    zip.add(QStringLiteral("ppt/presentation.xml"), presentation(int(m_slides.size()), slideWidth, slideHeight));
    zip.add(QStringLiteral("ppt/_rels/presentation.xml.rels"), presentationRelationships(int(m_slides.size())));
    zip.add(QStringLiteral("ppt/slideMasters/slideMaster1.xml"), slideMaster());
    zip.add(QStringLiteral("ppt/slideMasters/_rels/slideMaster1.xml.rels"), slideMasterRelationships());
    zip.add(QStringLiteral("ppt/slideLayouts/slideLayout1.xml"), slideLayout());
    zip.add(QStringLiteral("ppt/slideLayouts/_rels/slideLayout1.xml.rels"), slideLayoutRelationships());
    zip.add(QStringLiteral("ppt/theme/theme1.xml"), theme());
    for (qsizetype i = 0; i < m_slides.size(); ++i) {
        zip.add(QStringLiteral("ppt/slides/slide%1.xml").arg(i + 1), slideXml(m_slides.at(i), int(i) + 1));
        zip.add(QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(i + 1), slideRelationships(m_slides.at(i).media));
    }
    for (const auto &[path, data] : m_mediaFiles)
        zip.add(path, data, ZipWriter::Compression::Store);
    return zip.finish(error);
}

} // namespace

QByteArray writePptx(const PrintDocument &content, const FigureSource &figures, QString *error)
{
    return Deck(content, figures).build(error);
}

} // namespace keyplan
