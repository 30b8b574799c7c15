#pragma once

#include "domain/printdocument.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QTextCharFormat>
#include <QTextCursor>

class QTextDocument;
class QTextTable;

// Writes Keyplan's printed documents (QBR summaries, the portfolio summary) into a QTextDocument
// through a QTextCursor only: text from the plan is inserted as text, never parsed as markup, so
// a name like "<img src=...>" prints literally and loads nothing.
namespace keyplan {

// A line break inside a paragraph (a table cell stays one paragraph, which every writer keeps in
// its cell; a new paragraph, '\n', the OpenDocument writer can put in the next cell).
inline const QString lineBreak = QString(QChar(QChar::LineSeparator));


class DocumentComposer
{
public:
    // Writes in one edit block: the document is laid out once, when the composer goes, instead of
    // after every insertion (quadratic in a long table).
    explicit DocumentComposer(QTextDocument *document);
    ~DocumentComposer();
    Q_DISABLE_COPY_MOVE(DocumentComposer)

    QTextCursor &cursor() { return m_cursor; }
    static QTextCharFormat format(TextStyle style);

    // A section title (level 1), a sub-title (level 2) or the title of an item such as one
    // opportunity (level 3); headings never end a page.
    // A `tag` follows the title in small letters ("internal").
    void heading(const QString &text, int level = 1, const QString &tag = QString());
    void paragraph(const QString &text, TextStyle style = TextStyle::Body);
    // A paragraph of runs in different styles: {{"ARR ", Muted}, {"£1.2M", Strong}}.
    // A tint, when valid, shades the paragraph's background. The document's first paragraph goes
    // into its first block.
    void runs(const QList<std::pair<QString, TextStyle>> &parts, const QColor &tint = QColor());
    // The user's remark, set apart with a bar at its left.
    void remark(const QString &text);

    // A table across the full width, columns sized by the given percentages, with one header row
    // that repeats on every page the table runs onto. The cursor moves on past the table; cells are
    // written with cell().
    // A compact table sets its text a size smaller, for wide overviews.
    enum class Density { Normal, Compact };
    QTextTable *table(const QStringList &headers, const QList<qreal> &widthsPercent, int bodyRows,
        const QList<Qt::Alignment> &alignments = {}, Density density = Density::Normal);
    // Writes `text` into a cell of `table` (row 0 is the header).
    void cell(QTextTable *table, int row, int column, const QString &text, TextStyle style = TextStyle::Body,
        Qt::Alignment alignment = Qt::AlignLeft);
    void cellRuns(QTextTable *table, int row, int column, const QList<std::pair<QString, TextStyle>> &parts,
        Qt::Alignment alignment = Qt::AlignLeft);
    void shadeRow(QTextTable *table, int row, const QColor &colour);

    // A figure painted by an object handler (see QbrFigures), centred on a line of its own.
    void object(int objectType, int figure);

    // A row of headline figures: big number over a small label, side by side.
    void figures(const QList<std::pair<QString, QString>> &valueAndLabel);

private:
    QTextDocument *m_document;
    QTextCursor m_cursor;
    QHash<const QTextTable *, QList<Qt::Alignment>> m_alignments; // each table's column alignments
    QList<const QTextTable *> m_compact;
};

} // namespace keyplan
