#include "ui/printing/pageddocument.h"

#include "ui/printing/textshaping.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <limits>

#include <cmath>

namespace keyplan {

namespace {

class PagedDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)
};

constexpr qreal pointsPerUnit = 0.75; // a sheet unit is a CSS pixel
constexpr qreal headerHeight = 30;
constexpr qreal footerHeight = 26;
// A heading keeps at least this much of what follows it on its page: a few lines, or a table's
// header and first rows.
constexpr qreal keepWithHeading = 90;

const QColor ruleColour(0xc8, 0xcd, 0xd4);
const QColor runningTextColour(0x5f, 0x66, 0x70);
const QColor editionColour(0xb4, 0x23, 0x18);

QFont runningFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPixelSize(10);
    return font;
}

// 96 dpi whatever the screen: the layout of a printed document must not depend on the display.
QImage &sheetDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(3780); // 96 dpi
        image.setDotsPerMeterY(3780);
        return image;
    }();
    return device;
}

} // namespace

void PagedDocument::useSheetUnits(QTextDocument *document)
{
    document->documentLayout()->setPaintDevice(&sheetDevice());
}

PagedDocument::PagedDocument(QTextDocument *document, const QPageLayout &layout)
    : m_document(document)
{
    const QRectF points = layout.paintRect(QPageLayout::Point);
    m_sheet = QRectF(QPointF(0, 0), points.size() / pointsPerUnit);
    m_body = m_sheet.adjusted(0, headerHeight, 0, -footerHeight);
    useSheetUnits(m_document);
    m_document->setDocumentMargin(0);
    m_document->setPageSize(m_body.size());
    keepHeadingsWithNext();
}

QSizeF PagedDocument::bodySize(const QPageLayout &layout)
{
    const QSizeF sheet = layout.paintRect(QPageLayout::Point).size() / pointsPerUnit;
    return QSizeF(sheet.width(), sheet.height() - headerHeight - footerHeight);
}

int PagedDocument::documentPageCount() const
{
    return m_document->pageCount();
}

int PagedDocument::pageCount() const
{
    return documentPageCount() + (m_appendix ? m_appendixPages : 0);
}

void PagedDocument::setAppendix(int pages, AppendixPainter paint)
{
    m_appendixPages = std::max(0, pages);
    m_appendix = std::move(paint);
}

namespace {

// Where a block's text really starts and ends: a line that did not fit on a page was moved to the
// next one, while the block's rectangle still starts where the block began.
qreal firstLineTop(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    return lines && lines->lineCount() > 0 ? rect.top() + lines->lineAt(0).y() : rect.top();
}

qreal lastLineBottom(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    if (!lines || lines->lineCount() == 0)
        return rect.bottom();
    const QTextLine last = lines->lineAt(lines->lineCount() - 1);
    return rect.top() + last.y() + last.height();
}

// A heading's rule and empty spacing lines are part of the heading, not the content it introduces.
bool belongsToHeading(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)
        || (block.text().isEmpty() && block.blockFormat().headingLevel() == 0 && block.length() <= 1
            && !block.textList());
}

} // namespace

// Moves content to the next page until every rule holds, one move at a time, laying out again
// after each, since each move shifts what follows: a heading travels with its first lines; a
// short paragraph is never split, nor a long one with fewer than three lines on either page; and
// no page starts with fewer than three lines of a section's tail (a table row counts as its
// lines; Qt itself never splits a row shorter than a page).
void PagedDocument::keepHeadingsWithNext()
{
    for (int moves = 0; moves < 300; ++moves) {
        // The earliest change first: a break moves everything after it, so the breaks this made
        // further on may no longer be needed; they are taken back and found again if they are.
        std::optional<Move> move;
        for (const std::optional<Move> &candidate :
            {headingMove(), splitParagraphMove(), shortTailMove(), splitRowMove()}) {
            if (candidate
                && (!move || candidate->blocks.constFirst().position() < move->blocks.constFirst().position()))
                move = candidate;
        }
        if (!move)
            return;
        int last = 0;
        for (const QTextBlock &block : std::as_const(move->blocks)) {
            const int at = block.position();
            last = std::max(last, at);
            if (move->table)
                continue;
            QTextBlockFormat format;
            if (move->release) {
                m_released.insert(at);
                m_breaks.remove(at);
                format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            } else {
                m_breaks.insert(at);
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            }
            QTextCursor(block).mergeBlockFormat(format);
        }
        for (auto it = m_breaks.begin(); it != m_breaks.end();) {
            if (*it > last) {
                QTextBlockFormat automatic;
                automatic.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                QTextCursor(m_document->findBlock(*it)).mergeBlockFormat(automatic);
                it = m_breaks.erase(it);
            } else {
                ++it;
            }
        }
        if (move->table) {
            // What follows the table moves along: the positions kept beyond it no longer hold.
            m_released.removeIf([last](int at) { return at > last; });
            splitTable(move->table, move->row);
        }
        // Qt 6.4 lays out only from the changed block on and then paints some blocks between later
        // tables from stale positions (they vanish): lay out everything again.
        m_document->markContentsDirty(0, m_document->characterCount());
    }
}

namespace {

bool breaksBefore(const QTextBlock &block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

int lineCount(const QTextBlock &block)
{
    return block.layout() ? std::max(1, block.layout()->lineCount()) : 1;
}

// What pagination moves as one: a block outside tables, or a table's body row.
struct Unit
{
    QList<QTextBlock> starts; // where a break goes: the block, or the first block of the row's first cell
    qreal top = 0;
    qreal bottom = 0;
    int lines = 1;
    int headingLevel = 0;
    bool decoration = false; // a heading's rule or an empty spacer
    QTextTable *table = nullptr; // the row's table
};

void collectUnits(QAbstractTextDocumentLayout *layout, QTextFrame *frame, QList<Unit> &units)
{
    for (QTextFrame::iterator it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            auto *table = qobject_cast<QTextTable *>(child);
            if (!table) {
                collectUnits(layout, child, units);
                continue;
            }
            for (int row = table->format().headerRowCount(); row < table->rows(); ++row) {
                Unit unit;
                unit.table = table;
                unit.top = std::numeric_limits<qreal>::max();
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    if (cell.row() != row || cell.column() != column)
                        continue; // a spanned cell belongs to the row it starts in
                    const QTextBlock first = cell.firstCursorPosition().block();
                    const QTextBlock last = cell.lastCursorPosition().block();
                    unit.starts.append(first); // a row moves when every cell of it breaks

                    unit.top = std::min(unit.top, firstLineTop(layout, first));
                    unit.bottom = std::max(unit.bottom, lastLineBottom(layout, last));
                    int lines = 0;
                    for (QTextBlock block = first; block.isValid(); block = block.next()) {
                        lines += lineCount(block);
                        if (block == last)
                            break;
                    }
                    unit.lines = std::max(unit.lines, lines);
                }
                if (!unit.starts.isEmpty())
                    units.append(unit);
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        Unit unit;
        unit.starts = {block};
        unit.top = firstLineTop(layout, block);
        unit.bottom = lastLineBottom(layout, block);
        unit.lines = lineCount(block);
        unit.headingLevel = block.blockFormat().headingLevel();
        unit.decoration = belongsToHeading(block);
        units.append(unit);
    }
}

} // namespace

// A heading whose first lines of content would start on the next page moves there with them.
std::optional<PagedDocument::Move> PagedDocument::headingMove()
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const qreal pageHeight = m_body.height();
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    const qreal end = layout->documentSize().height();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 || breaksBefore(block))
            continue;
        // A heading right under another one ("Risks" under "Risks and next steps") travels with it.
        QTextBlock previous = block.previous();
        while (previous.isValid() && belongsToHeading(previous))
            previous = previous.previous();
        if (previous.isValid() && previous.blockFormat().headingLevel() > 0)
            continue;
        const qreal top = firstLineTop(layout, block);
        const int page = pageOf(top);
        if (top - page * pageHeight < 1)
            continue; // already at the top of a page: moving it gains nothing
        QTextBlock next = block.next();
        while (next.isValid() && (belongsToHeading(next) || next.blockFormat().headingLevel() > 0))
            next = next.next();
        // What it must keep: its first lines, but nothing past the next heading of its rank or
        // above (the last opportunity's title keeps its one line, not the next section's).
        qreal until = end;
        for (QTextBlock after = next; after.isValid(); after = after.next()) {
            const int level = after.blockFormat().headingLevel();
            if (level > 0 && level <= format.headingLevel()) {
                until = firstLineTop(layout, after);
                break;
            }
        }
        qreal keepUntil = lastLineBottom(layout, block);
        if (next.isValid())
            keepUntil = std::max(keepUntil, std::min({firstLineTop(layout, next) + keepWithHeading, until, end}));
        if (pageOf(keepUntil - 1) > page) {
            return Move {{block}, false};
        }
    }
    return std::nullopt;
}

// A table row across a page break (Qt carries over the lines of a cell that do not fit) goes to the
// next page whole. A break inside a cell cannot do it (Qt drops the row and breaks again, a page
// further): the table is split before the row, and the rest starts the next page with its header.
std::optional<PagedDocument::Move> PagedDocument::splitRowMove()
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const qreal pageHeight = m_body.height();
    QList<Unit> units;
    collectUnits(layout, m_document->rootFrame(), units);
    for (const Unit &unit : std::as_const(units)) {
        if (!unit.table || unit.bottom - unit.top > pageHeight / 2
            || int(std::floor(unit.top / pageHeight)) == int(std::floor((unit.bottom - 1) / pageHeight)))
            continue;
        const QTextTableCell cell = unit.table->cellAt(unit.starts.constFirst().position());
        const int headers = unit.table->format().headerRowCount();
        bool spanned = false;
        for (int row = headers; row < unit.table->rows(); ++row) {
            for (int column = 0; column < unit.table->columns(); ++column) {
                const QTextTableCell each = unit.table->cellAt(row, column);
                spanned = spanned || each.rowSpan() > 1 || each.columnSpan() > 1;
            }
        }
        if (!cell.isValid() || cell.row() <= headers || spanned)
            continue; // the first row moves with the table's heading, by the other rules
        Move move;
        move.blocks = {unit.starts.constFirst()};
        move.table = unit.table;
        move.row = cell.row();
        return move;
    }
    return std::nullopt;
}

void PagedDocument::splitTable(QTextTable *table, int row)
{
    const int headers = table->format().headerRowCount();
    const int rows = table->rows();
    const int columns = table->columns();
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor cursor(m_document);
    // One edit: laid out once at its end, not again after every cell copied (which made a
    // 600-row table take minutes).
    cursor.beginEditBlock();
    cursor.setPosition(table->lastPosition() + 1);
    cursor.insertBlock();
    QTextTable *rest = cursor.insertTable(headers + rows - row, columns, format);
    const auto copy = [&](int from, int to) {
        for (int column = 0; column < columns; ++column) {
            const QTextTableCell source = table->cellAt(from, column);
            QTextTableCell target = rest->cellAt(to, column);
            target.setFormat(source.format());
            QTextCursor selection = source.firstCursorPosition();
            selection.setPosition(source.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            QTextCursor into = target.firstCursorPosition();
            into.setBlockFormat(source.firstCursorPosition().blockFormat());
            into.insertFragment(selection.selection());
        }
    };
    for (int header = 0; header < headers; ++header)
        copy(header, header);
    for (int from = row; from < rows; ++from)
        copy(from, headers + from - row);
    table->removeRows(row, rows - row);
    cursor.endEditBlock();
}

// A paragraph across a page break moves whole to the next page when it is short (up to six
// lines), or when either page would hold fewer than three of its lines ("days." alone on top).
std::optional<PagedDocument::Move> PagedDocument::splitParagraphMove()
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const qreal pageHeight = m_body.height();
    QList<Unit> units;
    collectUnits(layout, m_document->rootFrame(), units);
    for (const Unit &unit : std::as_const(units)) {
        if (unit.table || unit.headingLevel > 0 || breaksBefore(unit.starts.constFirst()))
            continue;
        const int first = int(std::floor(unit.top / pageHeight));
        const int last = int(std::floor((unit.bottom - 1) / pageHeight));
        if (first == last || unit.bottom - unit.top > pageHeight / 2)
            continue;
        const QTextBlock block = unit.starts.constFirst();
        const QTextLayout *lines = block.layout();
        const qreal blockTop = layout->blockBoundingRect(block).top();
        int before = 0;
        for (int i = 0; lines && i < lines->lineCount(); ++i)
            before += blockTop + lines->lineAt(i).y() < (first + 1) * pageHeight ? 1 : 0;
        const int after = unit.lines - before;
        if (unit.lines <= 6 || before < 3 || after < 3) {
            return Move {{block}, false};
        }
    }
    return std::nullopt;
}

// A page that starts with the tail of a section (up to the next section title, or the end) holds
// at least three lines of it: else the line or row before the break comes over too.
std::optional<PagedDocument::Move> PagedDocument::shortTailMove()
{
    constexpr int fewest = 3;
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const qreal pageHeight = m_body.height();
    QList<Unit> units;
    collectUnits(layout, m_document->rootFrame(), units);
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    for (qsizetype i = 1; i < units.size(); ++i) {
        const Unit &unit = units.at(i);
        if (unit.decoration || unit.headingLevel == 1)
            continue;
        const int page = pageOf(unit.top);
        qsizetype before = i - 1;
        while (before >= 0 && units.at(before).decoration)
            --before;
        if (before < 0 || pageOf(units.at(before).bottom - 1) >= page)
            continue; // not the first thing on its page
        int lines = 0;
        bool sectionEnds = false;
        for (qsizetype j = i; j < units.size() && pageOf(units.at(j).top) == page; ++j) {
            if (units.at(j).headingLevel == 1) {
                sectionEnds = true;
                break;
            }
            if (!units.at(j).decoration)
                lines += units.at(j).lines;
        }
        const bool documentEnds = pageOf(units.constLast().bottom - 1) == page;
        if (lines >= fewest || (!sectionEnds && !documentEnds))
            continue;
        // Bring over what stands before the break, unless it is a heading (the heading rule moves
        // those) or already starts its own page. Rows are not moved one by one (a break inside a
        // table moves only a cell): a table of up to half a page goes over whole instead.
        const Unit &previous = units.at(before);
        // Two forced breaks in a row left a page holding only what lies between them: the tail
        // goes back up under it, once.
        const QTextBlock tailStart = unit.starts.constFirst();
        if (previous.top - pageOf(previous.top) * pageHeight < 1 && m_breaks.contains(tailStart.position())
            && !m_released.contains(tailStart.position()))
            return Move {{tailStart}, true};
        if (previous.table) {
            const QRectF extent = layout->frameBoundingRect(previous.table);
            if (extent.height() > pageHeight / 2)
                continue;
            qsizetype firstRow = before;
            while (firstRow > 0 && units.at(firstRow - 1).table == previous.table)
                --firstRow;
            // Under a heading, the heading goes over and takes the table; else the spacer above
            // the table does. (A break on the table itself would break again once a heading moved.)
            qsizetype lead = firstRow - 1;
            while (lead >= 0 && units.at(lead).decoration)
                --lead;
            QTextBlock target;
            if (lead >= 0 && units.at(lead).headingLevel > 0)
                target = units.at(lead).starts.constFirst();
            else if (firstRow > 0 && units.at(firstRow - 1).decoration)
                target = units.at(firstRow - 1).starts.constFirst();
            if (!target.isValid() || breaksBefore(target))
                continue;
            return Move {{target}, false};
        }
        if (previous.headingLevel > 0 || previous.top - pageOf(previous.top) * pageHeight < 1
            || breaksBefore(previous.starts.constFirst()))
            continue;
        return Move {{previous.starts.constFirst()}, false};
    }
    return std::nullopt;
}

bool PagedDocument::paint(QPagedPaintDevice *device, const PageDecoration &decoration, QString *error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = PagedDocumentText::tr("The printer or file could not be opened for drawing.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal devicePerUnit = device->logicalDpiX() / 72.0 * pointsPerUnit;
    painter.scale(devicePerUnit, devicePerUnit * device->logicalDpiY() / device->logicalDpiX());
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        paintPage(&painter, page, decoration);
    }
    painter.end();
    return true;
}

void PagedDocument::paintPage(QPainter *painter, int page, const PageDecoration &decoration)
{
    const int pages = pageCount();
    const QFont font = runningFont();
    const QFontMetricsF metrics(font);
    painter->save();
    painter->setFont(font);
    painter->setPen(runningTextColour);
    const auto line = [&](const QRectF &rect, const QString &text, Qt::Alignment alignment) {
        painter->setFont(shapedFont(font, text));
        painter->drawText(rect, alignment | Qt::AlignVCenter | Qt::TextSingleLine,
            metrics.elidedText(text, Qt::ElideRight, rect.width()));
    };
    if (page > 0) {
        const QRectF header(m_sheet.left(), m_sheet.top(), m_sheet.width(), headerHeight - 10);
        // The right-hand text (the document and its period) keeps its room; the account gets the rest.
        const qreal right
            = std::min(metrics.horizontalAdvance(decoration.headerRight) + 4, header.width() * 0.65);
        line(QRectF(header.left(), header.top(), header.width() - right - 12, header.height()),
            decoration.headerLeft, Qt::AlignLeft);
        line(QRectF(header.right() - right, header.top(), right, header.height()), decoration.headerRight,
            Qt::AlignRight);
        painter->setPen(QPen(ruleColour, 0.75));
        painter->drawLine(
            QPointF(header.left(), header.bottom() + 2), QPointF(header.right(), header.bottom() + 2));
        painter->setPen(runningTextColour);
    }
    const QRectF footer(
        m_sheet.left(), m_sheet.bottom() - footerHeight + 10, m_sheet.width(), footerHeight - 10);
    painter->setPen(QPen(ruleColour, 0.75));
    painter->drawLine(QPointF(footer.left(), footer.top() - 2), QPointF(footer.right(), footer.top() - 2));
    painter->setPen(runningTextColour);
    const QString pageText = PagedDocumentText::tr("page %1 of %2").arg(page + 1).arg(pages);
    const qreal pageWidth = metrics.horizontalAdvance(pageText) + 8;
    qreal editionWidth = 0;
    if (!decoration.edition.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        const QFontMetricsF boldMetrics(bold);
        editionWidth = std::min(boldMetrics.horizontalAdvance(decoration.edition) + 16, footer.width() * 0.4);
        painter->save();
        painter->setFont(bold);
        painter->setPen(editionColour);
        const auto edition = [&](const QRectF &rect) {
            painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                boldMetrics.elidedText(decoration.edition, Qt::ElideRight, rect.width()));
        };
        edition(QRectF(footer.right() - pageWidth - editionWidth, footer.top(), editionWidth, footer.height()));
        if (page == 0)
            edition(QRectF(m_sheet.right() - editionWidth, m_sheet.top(), editionWidth, headerHeight - 10));
        painter->restore();
    }
    line(QRectF(footer.left(), footer.top(), footer.width() - pageWidth - editionWidth, footer.height()),
        decoration.footerLeft, Qt::AlignLeft);
    line(QRectF(footer.right() - pageWidth, footer.top(), pageWidth, footer.height()), pageText,
        Qt::AlignRight);
    painter->restore();

    if (page >= documentPageCount()) {
        painter->save();
        painter->setClipRect(m_body);
        m_appendix(painter, m_body, page - documentPageCount());
        painter->restore();
        return;
    }
    // The body: the document's page `page`, clipped to it.
    painter->save();
    const qreal pageHeight = m_body.height();
    painter->translate(m_body.left(), m_body.top() - page * pageHeight);
    const QRectF clip(0, page * pageHeight, m_body.width(), pageHeight);
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document->documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace keyplan
