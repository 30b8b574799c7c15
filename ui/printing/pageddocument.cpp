#include "ui/printing/pageddocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

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
constexpr qreal keepWithHeading = 64;

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

int PagedDocument::pageCount() const
{
    return m_document->pageCount();
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

// A heading whose first lines of content would start on the next page moves there with them.
// One heading at a time, laying out again after each move, since each move shifts what follows.
void PagedDocument::keepHeadingsWithNext()
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const qreal pageHeight = m_body.height();
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    for (int moves = 0; moves < 200; ++moves) {
        bool moved = false;
        const qreal end = layout->documentSize().height();
        for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            if (format.headingLevel() == 0
                || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
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
            qreal keepUntil = lastLineBottom(layout, block);
            if (next.isValid()) {
                keepUntil = std::max(keepUntil, std::min(firstLineTop(layout, next) + keepWithHeading, end));
            }
            if (pageOf(keepUntil - 1) > page) {
                QTextBlockFormat breakBefore;
                breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).mergeBlockFormat(breakBefore);
                // Qt 6.4 lays out only from the changed block on and then paints some blocks
                // between later tables from stale positions (they vanish): lay out everything again.
                m_document->markContentsDirty(0, m_document->characterCount());
                moved = true;
                break;
            }
        }
        if (!moved)
            return;
    }
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
