#pragma once

#include "domain/maplayout.h"
#include "domain/stakeholder.h"

#include <QColor>
#include <QFont>
#include <QPen>
#include <QSizeF>
#include <QString>

class QPainter;
class QRectF;

// How the stakeholder map looks, in one place, so the screen, the legend, paper, SVG and PNG
// agree. Sizes are scene units (pixels at 100 % zoom); fonts use pixel sizes so that a map scaled
// onto a page keeps its proportions.
namespace keyplan::mapstyle {

const MapLayoutMetrics &metrics();

QColor fill(Relationship relationship);
QColor departedFill();
QColor textColour(bool departed);
QColor mutedTextColour(bool departed);
QColor questionColour(); // an open question on a person ("May have left?")

// The support level as a border and as a badge with a symbol that survives black-and-white print.
QColor supportColour(SupportLevel support);
qreal supportBorderWidth(SupportLevel support);
QString supportSymbol(SupportLevel support);
void paintSupportBadge(QPainter *painter, const QPointF &centre, SupportLevel support, qreal radius);

QPen linePen(LinkKind kind);
QPen reportingPen();
QPen emptySeatPen();

enum class FontRole { Name, Body, Small, Title, Heading };
QFont font(FontRole role);

// The legend: relationship colours, support badges, line kinds, people who left, empty seats.
// Its entries wrap to stay within `maxWidth`; one row per section when there is room.
inline constexpr qreal legendWideEnough = 1e6;
QSizeF legendSize(qreal maxWidth = legendWideEnough);
void paintLegend(QPainter *painter, const QPointF &topLeft, qreal maxWidth = legendWideEnough);

} // namespace keyplan::mapstyle
