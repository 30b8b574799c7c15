#pragma once

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>

#include <functional>
#include <utility>
#include <variant>

// A printed document as content, before it is laid out: sections of headings, paragraphs of
// styled runs, tables with typed columns, rows of headline figures and figures (the map, the
// revenue chart). Built once per QBR edition (item/qbrcontent.h) and rendered by every writer
// from the same value: paper and PDF (a QTextDocument), the OpenDocument text, the slides.
// Text in it is always text: every writer inserts it as such, never as markup.
namespace keyplan {

enum class TextStyle {
    Body,
    Muted, // secondary facts: dates, units
    Strong,
    Small,
    Title, // the document's title
    Subtitle,
    Figure, // a headline number
    FigureLabel,
    TableHeader,
    Warning, // red, bold: "fix first", overdue
    Alert, // red: flags in a dense table
    Good, // green: on target
    Remark, // the user's own words under a section title
};

// Who may read a part of the document: everyone (the customer too), or only our side.
enum class Audience { Everyone, Internal };

struct TextRun
{
    QString text;
    TextStyle style = TextStyle::Body;
};
using Runs = QList<TextRun>;

struct DocHeading
{
    QString text;
    int level = 2; // 1 is a section's own title; 2 a part of it; 3 one item, such as an opportunity
};

struct DocParagraph
{
    Runs runs;
};

// The user's own words under a section title, set apart.
struct DocRemark
{
    QString text;
};

// Headline figures side by side: a big value over a small label.
struct DocFigures
{
    QList<std::pair<QString, QString>> items; // value, label
};

// A picture painted by the writer's figure painter (the map, the revenue chart).
struct DocPicture
{
    int figure = 0;
};

struct DocColumn
{
    enum class Kind { Text, Number, Date };
    QString header;
    qreal width = 0; // a share of the table's width, in percent
    Kind kind = Kind::Text; // numbers (amounts, counts) align right, on their last digit
};

// A table with one header row. Sibling tables share one grid by giving the same widths.
struct DocTable
{
    QList<DocColumn> columns;
    QList<QList<Runs>> rows; // each row has a cell per column
    bool compact = false; // a size smaller, for wide overviews
};

using DocBlock = std::variant<DocHeading, DocParagraph, DocRemark, DocFigures, DocPicture, DocTable>;

struct DocItem
{
    DocBlock block;
    Audience audience = Audience::Everyone;
};

// One section: a page-sized unit of the story, one slide.
struct DocSection
{
    QString key; // stable, for tests and styles: "cover", "value", ...
    QString title; // empty for the cover
    QList<DocItem> items;
    Audience audience = Audience::Everyone;
};

struct PrintDocument
{
    QString title; // on the cover and in the file's properties
    QString headerLeft; // the running header from the second page: the account
    QString headerRight; // the document and its period
    QString footerLeft; // the plan and the day it was printed
    QString edition; // "Internal: not for the customer", on every page; empty for the customer's
    QList<DocSection> sections;
};

// A figure as the file writers embed it: a vector picture (SVG) with a PNG for readers that
// cannot show SVG, and its size on the page in points.
struct FigureFiles
{
    QSizeF points;
    QByteArray svg;
    QByteArray png;
};
using FigureSource = std::function<FigureFiles(int figure)>;

} // namespace keyplan
