#pragma once

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

// How a link between two people's boxes goes around everyone else's on the map: the routes it may
// take, the first that passes through no other box (else the one through fewest), and where its
// label covers no box.
namespace keyplan {

struct MapRoute
{
    QPainterPath path;
    QPointF towardsEnd; // where its last stretch comes from, for the arrow's direction
    QPointF end;
};

// In the order tried: a gentle bow to either side, then further; curves around a column or a row
// of boxes; elbows; lanes through the gaps between rows; level runs into the side of the box.
QList<MapRoute> candidateRoutes(const QRectF &a, const QRectF &b);
MapRoute clearestRoute(const QList<MapRoute> &routes, const QList<QRectF> &obstacles);
// How many of `boxes` the path passes through, sampled along it.
int crossings(const QPainterPath &path, const QList<QRectF> &boxes);
// Where along `path` a label of `size` covers none of `boxes` (its middle first); the middle when
// nowhere is free.
QPointF labelSpot(const QPainterPath &path, const QSizeF &size, const QList<QRectF> &boxes);

} // namespace keyplan
