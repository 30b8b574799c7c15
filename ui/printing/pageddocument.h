#pragma once

#include <QPageLayout>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QTextBlock>

#include <functional>
#include <optional>

class QPagedPaintDevice;
class QTextTable;
class QPainter;
class QTextDocument;

// A QTextDocument on paper: one paginating, painting path for print, preview and PDF.
//
// The document is laid out in sheet units (CSS pixels, 0.75 pt) on a fixed 96-dpi device, so
// point-sized fonts measure the same on every machine and on every printer; the page is painted
// scaled to the device. Every page gets a running header (from the second page on) and a footer
// with "page N of M"; a heading never stays alone at the foot of a page.
namespace keyplan {

struct PageDecoration
{
    QString headerLeft; // the account, on every page but the first
    QString headerRight; // the document and its period
    QString footerLeft; // the plan and the day it was printed
    QString edition; // "Internal: not for the customer": at the top of the first page, and in every footer
};

class PagedDocument
{
public:
    // `document` stays the caller's; its page size, margin and headings' page breaks are set here.
    PagedDocument(QTextDocument *document, const QPageLayout &layout);

    // The area the text flows in, in sheet units: the page's paintable area less header and footer.
    QSizeF bodySize() const { return m_body.size(); }
    static QSizeF bodySize(const QPageLayout &layout);
    int pageCount() const; // the document's pages and the appendix's

    // Pages painted after the document's, under the same header and footer: `paint` draws the
    // appendix page `index` into `body` (sheet units) with the painter's state its own to change.
    using AppendixPainter = std::function<void(QPainter *painter, const QRectF &body, int index)>;
    void setAppendix(int pages, AppendixPainter paint);
    int documentPageCount() const;

    // Paints every page on `device` (a QPrinter or QPdfWriter whose page layout is the one given).
    // False, with the reason, when the device could not be painted on.
    bool paint(QPagedPaintDevice *device, const PageDecoration &decoration, QString *error = nullptr);
    // Paints one page (0-based) with `painter` already scaled to sheet units.
    void paintPage(QPainter *painter, int page, const PageDecoration &decoration);

    // The device every document in Keyplan's paper path is laid out on: 96 dots per inch.
    static void useSheetUnits(QTextDocument *document);

private:
    // A change pagination would make: a break before `block`, or taking back its own break there.
    struct Move
    {
        QList<QTextBlock> blocks; // where it happens: a block to break before or to release
        bool release = false;
        QTextTable *table = nullptr; // or a table to split before row `row`, the rest on the next page
        int row = 0;
    };
    void keepHeadingsWithNext(); // applies the three rules below until all hold
    std::optional<Move> headingMove();
    std::optional<Move> splitParagraphMove();
    std::optional<Move> shortTailMove();
    std::optional<Move> splitRowMove();
    void splitTable(QTextTable *table, int row);

    QTextDocument *m_document;
    QRectF m_sheet; // the paintable area, in sheet units
    QRectF m_body; // where the text goes
    QSet<int> m_released; // blocks whose forced break pagination took back
    QSet<int> m_breaks; // blocks pagination itself broke before (not the document's own breaks)
    int m_appendixPages = 0;
    AppendixPainter m_appendix;
};

} // namespace keyplan
