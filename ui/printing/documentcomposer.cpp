#include "ui/printing/documentcomposer.h"

#include "ui/printing/textshaping.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextOption>
#include <QTextFrame>
#include <QTextTable>

namespace keyplan {

namespace {

const QColor ink(0x1f, 0x23, 0x28);
const QColor muted(0x5f, 0x66, 0x70);
const QColor accent(0x1e, 0x4e, 0x8c);
const QColor rule(0xc8, 0xcd, 0xd4);
const QColor headerFill(0xee, 0xf1, 0xf5);
const QColor headerRule(0x8a, 0x92, 0x9c);
constexpr qreal compactReduction = 2; // points smaller in compact tables

QTextBlockFormat blockFormat(qreal top, qreal bottom)
{
    QTextBlockFormat format;
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    return format;
}

} // namespace

DocumentComposer::DocumentComposer(QTextDocument *document)
    : m_document(document)
    , m_cursor(document)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // No typographic shaping where the script does not need it: "fl" stays two letters when the
    // PDF is searched or copied from.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(9.5);
    m_document->setDefaultFont(font);
    // Lines break between words only: an amount ("£1,250,000") or a date never splits across
    // lines; a table column widens to the longest such word instead.
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    m_document->setDefaultTextOption(option);
    m_document->setUndoRedoEnabled(false); // a document written once, never edited
    m_cursor.movePosition(QTextCursor::End);
    m_cursor.beginEditBlock();
}

DocumentComposer::~DocumentComposer()
{
    m_cursor.endEditBlock();
}

QTextCharFormat DocumentComposer::format(TextStyle style)
{
    QTextCharFormat format;
    format.setFontFamilies({QStringLiteral("DejaVu Sans")});
    format.setFontPointSize(9.5);
    format.setForeground(ink);
    switch (style) {
    case TextStyle::Body:
        break;
    case TextStyle::Muted:
        format.setForeground(muted);
        break;
    case TextStyle::Strong:
        format.setFontWeight(QFont::Bold);
        break;
    case TextStyle::Small:
        format.setFontPointSize(8);
        format.setForeground(muted);
        break;
    case TextStyle::Title:
        format.setFontPointSize(22);
        format.setFontWeight(QFont::Bold);
        format.setForeground(accent);
        break;
    case TextStyle::Subtitle:
        format.setFontPointSize(12);
        format.setForeground(muted);
        break;
    case TextStyle::Figure:
        format.setFontPointSize(15);
        format.setFontWeight(QFont::Bold);
        break;
    case TextStyle::FigureLabel:
        format.setFontPointSize(8);
        format.setForeground(muted);
        break;
    case TextStyle::TableHeader:
        format.setFontPointSize(8.5);
        format.setFontWeight(QFont::Bold);
        format.setForeground(muted);
        break;
    case TextStyle::Warning:
        format.setFontWeight(QFont::Bold);
        format.setForeground(QColor(0xb4, 0x23, 0x18));
        break;
    case TextStyle::Alert:
        format.setForeground(QColor(0xb4, 0x23, 0x18));
        break;
    case TextStyle::Good:
        format.setForeground(QColor(0x1d, 0x7a, 0x3a));
        break;
    case TextStyle::Remark:
        format.setFontItalic(true);
        format.setForeground(QColor(0x33, 0x3a, 0x44));
        break;
    }
    return format;
}

void DocumentComposer::heading(const QString &text, int level, const QString &tag)
{
    QTextBlockFormat block = level == 1 ? blockFormat(18, 2)
        : level == 2                    ? blockFormat(10, 3)
                                        : blockFormat(8, 2);
    block.setHeadingLevel(level);
    m_cursor.insertBlock(block);
    QTextCharFormat format = DocumentComposer::format(TextStyle::Strong);
    format.setFontPointSize(level == 1 ? 14 : level == 2 ? 10.5 : 9.5);
    format.setForeground(level == 1 ? accent : ink);
    m_cursor.insertText(text, shapedFormat(format, text));
    if (!tag.isEmpty()) {
        QTextCharFormat tagFormat = DocumentComposer::format(TextStyle::Alert);
        tagFormat.setFontPointSize(8);
        tagFormat.setFontCapitalization(QFont::AllUppercase);
        tagFormat.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        tagFormat.setFontLetterSpacing(0.6);
        m_cursor.insertText(QStringLiteral("   ") + tag, tagFormat);
    }
    if (level == 1) {
        // A thin rule under a section title: a block that is only a horizontal rule (what HTML's
        // <hr> becomes), made one point high so it sits right under the title.
        QTextBlockFormat ruleBlock = blockFormat(0, 6);
        ruleBlock.setProperty(
            QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
        QTextCharFormat thin;
        thin.setFontPointSize(1);
        m_cursor.insertBlock(ruleBlock, thin);
    }
}

void DocumentComposer::paragraph(const QString &text, TextStyle style)
{
    QTextBlockFormat block = blockFormat(0, 4);
    block.setLayoutDirection(paragraphDirection(text));
    m_cursor.insertBlock(block);
    m_cursor.insertText(text, shapedFormat(format(style), text));
}

void DocumentComposer::runs(const QList<std::pair<QString, TextStyle>> &parts, const QColor &tint)
{
    QTextBlockFormat block = blockFormat(0, 4);
    if (tint.isValid())
        block.setBackground(tint);
    QString whole;
    for (const auto &part : parts)
        whole += part.first;
    block.setLayoutDirection(paragraphDirection(whole));
    if (m_document->isEmpty())
        m_cursor.setBlockFormat(block);
    else
        m_cursor.insertBlock(block);
    for (const auto &[text, style] : parts)
        m_cursor.insertText(text, shapedFormat(format(style), text));
}

void DocumentComposer::remark(const QString &text)
{
    QTextBlockFormat block = blockFormat(2, 8);
    block.setLeftMargin(10);
    block.setBackground(QColor(0xf6, 0xf4, 0xec));
    const QStringList paragraphs = text.split(u'\n'); // the user's own paragraphs
    for (const QString &line : paragraphs) {
        m_cursor.insertBlock(block);
        m_cursor.insertText(line, shapedFormat(format(TextStyle::Remark), line));
    }
}

QTextTable *DocumentComposer::table(const QStringList &headers, const QList<qreal> &widthsPercent,
    int bodyRows, const QList<Qt::Alignment> &alignments, Density density)
{
    m_cursor.insertBlock(blockFormat(2, 0));
    // Rules are the cells' own: a hairline under every row, a firmer one under the header, none
    // between columns. (A table-wide border draws nothing in Qt 6.4's collapsed mode on paper.)
    QTextTableFormat format;
    format.setBorderCollapse(true);
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(density == Density::Compact ? 2.2 : 4);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(1);
    QList<QTextLength> widths;
    for (const qreal width : widthsPercent)
        widths.append(QTextLength(QTextLength::PercentageLength, width));
    format.setColumnWidthConstraints(widths);
    QTextTable *table = m_cursor.insertTable(bodyRows + 1, int(headers.size()), format);
    m_cursor.movePosition(QTextCursor::End);
    m_alignments.insert(table, alignments);
    if (density == Density::Compact) {
        m_compact.append(table);
        // Empty cells too: a cell's line is as tall as its block's font, written or not.
        QTextCharFormat small;
        small.setFontPointSize(DocumentComposer::format(TextStyle::Body).fontPointSize() - compactReduction);
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column)
                table->cellAt(row, column).firstCursorPosition().mergeBlockCharFormat(small);
        }
    }
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell at = table->cellAt(row, column);
            QTextTableCellFormat ruled = at.format().toTableCellFormat();
            ruled.setTopBorder(0);
            ruled.setLeftBorder(0);
            ruled.setRightBorder(0);
            ruled.setBottomBorder(row == 0 ? 0.9 : 0.5);
            ruled.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            ruled.setBottomBorderBrush(row == 0 ? headerRule : rule);
            at.setFormat(ruled);
        }
    }
    for (int column = 0; column < headers.size(); ++column)
        cell(table, 0, column, headers.at(column), TextStyle::TableHeader);
    shadeRow(table, 0, headerFill);
    return table;
}

void DocumentComposer::cell(
    QTextTable *table, int row, int column, const QString &text, TextStyle style, Qt::Alignment alignment)
{
    cellRuns(table, row, column, {{text, style}}, alignment);
}

void DocumentComposer::cellRuns(QTextTable *table, int row, int column,
    const QList<std::pair<QString, TextStyle>> &parts, Qt::Alignment alignment)
{
    QTextCursor at = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block;
    block.setAlignment(
        alignment == Qt::AlignLeft ? m_alignments.value(table).value(column, Qt::AlignLeft) : alignment);
    at.setBlockFormat(block);
    const bool compact = m_compact.contains(table);
    for (const auto &[text, style] : parts) {
        QTextCharFormat shown = format(style);
        if (compact)
            shown.setFontPointSize(shown.fontPointSize() - compactReduction);
        at.insertText(text, shapedFormat(shown, text));
    }
}

void DocumentComposer::shadeRow(QTextTable *table, int row, const QColor &colour)
{
    for (int column = 0; column < table->columns(); ++column) {
        QTextTableCell cell = table->cellAt(row, column);
        QTextCharFormat format = cell.format();
        format.setBackground(colour);
        cell.setFormat(format);
    }
}

void DocumentComposer::object(int objectType, int figure)
{
    QTextBlockFormat block = blockFormat(4, 6);
    block.setAlignment(Qt::AlignHCenter);
    m_cursor.insertBlock(block);
    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(QTextFormat::UserProperty + 1, figure);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

void DocumentComposer::figures(const QList<std::pair<QString, QString>> &valueAndLabel)
{
    m_cursor.insertBlock(blockFormat(4, 0));
    QTextTableFormat format;
    format.setBorder(0);
    format.setBottomMargin(6);
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (qsizetype i = 0; i < valueAndLabel.size(); ++i)
        widths.append(QTextLength(QTextLength::PercentageLength, 100.0 / double(valueAndLabel.size())));
    format.setColumnWidthConstraints(widths);
    QTextTable *table = m_cursor.insertTable(2, int(valueAndLabel.size()), format);
    for (int column = 0; column < valueAndLabel.size(); ++column) {
        table->cellAt(0, column).firstCursorPosition().insertText(
            valueAndLabel.at(column).first, shapedFormat(DocumentComposer::format(TextStyle::Figure), valueAndLabel.at(column).first));
        table->cellAt(1, column).firstCursorPosition().insertText(
            valueAndLabel.at(column).second,
            shapedFormat(DocumentComposer::format(TextStyle::FigureLabel), valueAndLabel.at(column).second));
    }
    m_cursor.movePosition(QTextCursor::End);
}

} // namespace keyplan
