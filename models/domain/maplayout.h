#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <optional>

// The automatic layout of a stakeholder map: a tidy, layered org chart computed from reports-to.
//
// Every person sits on the layer of their depth below the top of their tree; a manager is centred
// over the people who report to them, and no two subtrees share a column, so no two nodes ever
// overlap. Four or more direct reports who manage nobody hang in two columns either side of a
// spine below their manager instead of widening the level, and two to six reports who are all
// leaves hang in one column under their manager, which keeps a 300-person map compact.
// Several roots (people whose manager is not on the map) give several trees side by side, and a
// reporting cycle, which the plan should never hold, is broken rather than followed forever.
namespace keyplan {

struct MapLayoutMetrics
{
    double nodeWidth = 200;
    double nodeHeight = 78;
    double siblingGap = 20; // between neighbouring subtrees
    double levelGap = 52; // between a manager and the layer below
    double treeGap = 40; // between separate trees and before the empty seats
    double stackIndent = 20; // between a stacked column and its spine
    double stackGap = 12; // between stacked rows
    int stackFrom = 4; // this many leaf reports or more are stacked in two columns
    int columnUpTo = 6; // up to this many reports, all leaves, hang in one column
};

struct MapLayoutNode
{
    qint64 id = 0;
    std::optional<qint64> parent;
};

// A placeholder (an empty seat) that belongs on a given layer rather than in a tree.
struct MapLayoutPlaceholder
{
    qint64 id = 0;
    int layer = 0;
};

struct MapPlacement
{
    QPointF topLeft;
    int layer = 0;
    // Set for stacked reports: the x of the spine they hang from, beside them.
    std::optional<double> spineX;
};

struct MapLayout
{
    QHash<qint64, MapPlacement> placements;
    QRectF bounds;
};

// Lays out `nodes` in their order (children keep the order they appear in), then the
// placeholders to the right of the trees on their layers.
MapLayout layoutMap(const QList<MapLayoutNode> &nodes, const QList<MapLayoutPlaceholder> &placeholders = {},
    const MapLayoutMetrics &metrics = {});

// The top-left of each placeholder in a column of its own starting at `left`, each on its layer.
QList<QPointF> placeholderSpots(
    double left, const QList<MapLayoutPlaceholder> &placeholders, const MapLayoutMetrics &metrics = {});

} // namespace keyplan
