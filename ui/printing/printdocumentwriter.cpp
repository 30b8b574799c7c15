#include "ui/printing/printdocumentwriter.h"

#include "ui/printing/documentcomposer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>
#include <QTextTable>

namespace keyplan {

namespace {

class PrintDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(PrintDocument)
};

const QColor internalTint(0xfb, 0xf3, 0xe4);
constexpr QChar figureSpace(0x2007);
constexpr QChar punctuationSpace(0x2008);

class Writer
{
public:
    Writer(QTextDocument *document, const PrintDocument &content, int figureObjectType)
        : m_out(document)
        , m_content(content)
        , m_objectType(figureObjectType)
    {
    }

    void write()
    {
        for (const DocSection &section : m_content.sections) {
            const bool marked = !m_content.edition.isEmpty();
            if (!section.title.isEmpty())
                m_out.heading(section.title, 1,
                    marked && section.audience == Audience::Internal ? PrintDocumentText::tr("internal") : QString());
            for (const DocItem &item : section.items) {
                // Ours inside a section the customer could read: tinted, so the preview shows it.
                const bool tint = marked && item.audience == Audience::Internal && section.audience == Audience::Everyone;
                std::visit([&](const auto &block) { write(block, tint); }, item.block);
            }
        }
    }

private:
    void write(const DocHeading &heading, bool) { m_out.heading(heading.text, heading.level); }
    void write(const DocParagraph &paragraph, bool tint)
    {
        QList<std::pair<QString, TextStyle>> parts;
        for (const TextRun &run : paragraph.runs)
            parts.append({run.text, run.style});
        m_out.runs(parts, tint ? internalTint : QColor());
    }
    void write(const DocRemark &remark, bool) { m_out.remark(remark.text); }
    void write(const DocFigures &figures, bool) { m_out.figures(figures.items); }
    void write(const DocPicture &picture, bool) { m_out.object(m_objectType, picture.figure); }
    void write(const DocTable &table, bool)
    {
        QStringList headers;
        QList<qreal> widths;
        QList<Qt::Alignment> alignments;
        for (const DocColumn &column : table.columns) {
            headers.append(column.header);
            widths.append(column.width);
            alignments.append(column.kind == DocColumn::Kind::Number ? Qt::AlignRight : Qt::AlignLeft);
        }
        // Numbers line up on their decimal separator, column by column.
        QList<QList<Runs>> rows = table.rows;
        const QChar point = QLocale().decimalPoint().front();
        for (qsizetype column = 0; column < table.columns.size(); ++column) {
            if (table.columns.at(column).kind != DocColumn::Kind::Number)
                continue;
            QStringList numbers;
            for (const QList<Runs> &row : std::as_const(rows))
                numbers.append(row.at(column).size() == 1 ? row.at(column).constFirst().text : QString());
            const QStringList aligned = alignDecimals(numbers, point);
            for (qsizetype row = 0; row < rows.size(); ++row) {
                if (rows[row][column].size() == 1)
                    rows[row][column][0].text = aligned.at(row);
            }
        }
        // A date never breaks across lines: "12 Nov 2026" stays whole in a narrow column.
        for (qsizetype column = 0; column < table.columns.size(); ++column) {
            if (table.columns.at(column).kind != DocColumn::Kind::Date)
                continue;
            for (QList<Runs> &row : rows) {
                for (TextRun &run : row[column])
                    run.text.replace(u' ', QChar(QChar::Nbsp));
            }
        }
        QTextTable *written = m_out.table(headers, widths, int(rows.size()), alignments,
            table.compact ? DocumentComposer::Density::Compact : DocumentComposer::Density::Normal);
        for (qsizetype row = 0; row < rows.size(); ++row) {
            for (qsizetype column = 0; column < table.columns.size(); ++column) {
                QList<std::pair<QString, TextStyle>> parts;
                for (const TextRun &run : rows.at(row).value(column))
                    parts.append({run.text, run.style});
                m_out.cellRuns(written, int(row) + 1, int(column), parts);
            }
        }
    }

    DocumentComposer m_out;
    const PrintDocument &m_content;
    int m_objectType;
};

} // namespace

void writePrintDocument(QTextDocument *document, const PrintDocument &content, int figureObjectType)
{
    Writer(document, content, figureObjectType).write();
}

PageDecoration pageDecoration(const PrintDocument &content)
{
    return {content.headerLeft, content.headerRight, content.footerLeft, content.edition};
}

QStringList alignDecimals(const QStringList &numbers, QChar decimalPoint)
{
    struct Parts
    {
        qsizetype end = -1; // after the last digit
        int decimals = -1; // digits after the separator; -1: no separator
    };
    QList<Parts> parts;
    int most = 0;
    for (const QString &text : numbers) {
        Parts found;
        for (qsizetype i = text.size() - 1; i >= 0; --i) {
            if (text.at(i).isDigit()) {
                found.end = i + 1;
                break;
            }
        }
        if (found.end > 0) {
            qsizetype i = found.end - 1;
            while (i >= 0 && text.at(i).isDigit())
                --i;
            if (i >= 0 && text.at(i) == decimalPoint && i > 0 && text.at(i - 1).isDigit())
                found.decimals = int(found.end - i - 1);
            most = std::max(most, found.decimals);
        }
        parts.append(found);
    }
    QStringList aligned;
    for (qsizetype n = 0; n < numbers.size(); ++n) {
        QString text = numbers.at(n);
        const Parts &found = parts.at(n);
        if (found.end > 0 && most > 0 && found.decimals < most) {
            QString padding = found.decimals < 0 ? QString(punctuationSpace) : QString();
            padding += QString(most - std::max(found.decimals, 0), figureSpace);
            text.insert(found.end, padding);
        }
        aligned.append(text);
    }
    return aligned;
}

} // namespace keyplan
