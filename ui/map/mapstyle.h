#pragma once

#include "domain/maplayout.h"
#include "domain/stakeholder.h"

#include <QColor>
#include <QList>
#include <QFont>
#include <QPen>
#include <QSizeF>
#include <QString>

class QPainter;
class QRectF;

// How the stakeholder map looks, in one place, so the screen, the legend, paper, SVG and PNG
// agree. Sizes are scene units (pixels at 100 % zoom); fonts use pixel sizes so that a map scaled
// onto a page keeps its proportions.
//
// Colours depend on the surface: paper (print, PDF, SVG, PNG, the QBR) is always light; the screen
// follows the desktop's palette, with a dark counterpart for every colour when it is dark.
namespace keyplan::mapstyle {

enum class Surface { Paper, Screen };

const MapLayoutMetrics &metrics();

QColor background(Surface surface); // behind the map
QColor fill(Relationship relationship, Surface surface);
QColor departedFill(Surface surface);
QColor seatFill(Surface surface);
QColor textColour(bool departed, Surface surface);
QColor mutedTextColour(bool departed, Surface surface);
QColor questionColour(Surface surface); // an open question on a person ("May have left?")
QColor selectionColour(Surface surface); // the outline of what is selected, the line being drawn
QColor departedBorder(Surface surface);

// The support level as a border and as a badge with a symbol that survives black-and-white print.
// The badge keeps its colours on every surface (white symbols on it); the border lightens on a
// dark screen so that it stands out from the dark fills.
QColor supportColour(SupportLevel support, Surface surface);
qreal supportBorderWidth(SupportLevel support);
QString supportSymbol(SupportLevel support);
void paintSupportBadge(QPainter *painter, const QPointF &centre, SupportLevel support, qreal radius);

QPen linePen(LinkKind kind, Surface surface);
QPen reportingPen(Surface surface);
QPen emptySeatPen(Surface surface);
// A link's label: the pill behind it and its text, given the link's line colour.
QColor labelBackground(Surface surface);
QColor labelText(const QColor &lineColour, Surface surface);

// Every pairing of text and what it is drawn on, for checking contrast (WCAG AA).
struct TextOnBackground
{
    QString what;
    QColor text;
    QColor background;
};
QList<TextOnBackground> textPairs(Surface surface);

enum class FontRole { Name, Body, Small, Title, Heading };
QFont font(FontRole role);

// The legend: relationship colours, support badges, line kinds, people who left, empty seats.
// Its entries wrap to stay within `maxWidth`; one row per section when there is room.
inline constexpr qreal legendWideEnough = 1e6;
QSizeF legendSize(qreal maxWidth = legendWideEnough);
void paintLegend(QPainter *painter, const QPointF &topLeft, Surface surface, qreal maxWidth = legendWideEnough);

} // namespace keyplan::mapstyle
