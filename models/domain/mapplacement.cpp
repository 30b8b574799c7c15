#include "domain/mapplacement.h"

#include "domain/stakeholdermap.h"

#include <QCollator>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace keyplan {

namespace {

// A grid step away from `origin`, in rings of growing size, never above it (a report belongs
// under their manager, a newcomer in or below their colleagues' row); within a ring the nearer
// rows first, then nearer before farther, right before left.
struct Step
{
    int across = 0;
    int down = 0;
};

QList<Step> ring(int size)
{
    QList<Step> steps;
    for (int down = 0; down <= size; ++down) {
        for (int across = -size; across <= size; ++across) {
            if (std::max(std::abs(across), down) == size)
                steps.append(Step {across, down});
        }
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) {
        if (a.down != b.down)
            return a.down < b.down;
        if (std::abs(a.across) != std::abs(b.across))
            return std::abs(a.across) < std::abs(b.across);
        return a.across > b.across;
    });
    return steps;
}

MapPolyline lineFrom(const QRectF &manager, const QRectF &report, ReportAttachment attachment, const MapLayoutMetrics &m)
{
    const double bus = manager.bottom() + m.levelGap / 2;
    const QPointF start(manager.center().x(), manager.bottom());
    if (attachment == ReportAttachment::Top)
        return {start, {start.x(), bus}, {report.center().x(), bus}, {report.center().x(), report.top()}};
    const bool left = attachment == ReportAttachment::SpineOnLeft;
    const double spine = left ? report.left() - m.stackIndent : report.right() + m.stackIndent;
    const QPointF into(left ? report.left() : report.right(), report.center().y());
    if (spine > manager.left() + 4 && spine < manager.right() - 4) // the spine drops from the manager
        return {{spine, manager.bottom()}, {spine, into.y()}, into};
    return {start, {start.x(), bus}, {spine, bus}, {spine, into.y()}, into};
}

// Out of the side of the manager's box that faces the report: level, then down into its top, or
// down a spine beside it into its side.
QList<MapPolyline> sideLines(const QRectF &manager, const QRectF &report, const MapLayoutMetrics &m)
{
    QList<MapPolyline> lines;
    const bool toTheRight = report.center().x() > manager.center().x();
    const QPointF start(toTheRight ? manager.right() : manager.left(), manager.center().y());
    if (report.top() <= start.y())
        return lines;
    if (toTheRight ? report.center().x() > manager.right() : report.center().x() < manager.left())
        lines.append({start, {report.center().x(), start.y()}, {report.center().x(), report.top()}});
    for (const double spine : {report.left() - m.stackIndent, report.right() + m.stackIndent}) {
        if (toTheRight ? spine <= manager.right() : spine >= manager.left())
            continue;
        const double into = spine < report.left() ? report.left() : report.right();
        lines.append({start, {spine, start.y()}, {spine, report.center().y()}, {into, report.center().y()}});
    }
    return lines;
}

bool stretchCrosses(const QPointF &from, const QPointF &to, const QRectF &box)
{
    const double left = std::min(from.x(), to.x());
    const double right = std::max(from.x(), to.x());
    const double top = std::min(from.y(), to.y());
    const double bottom = std::max(from.y(), to.y());
    const bool across = right > box.left() && left < box.right();
    const bool down = bottom > box.top() && top < box.bottom();
    if (from.y() == to.y()) // level: inside the box's height, overlapping its width
        return from.y() > box.top() && from.y() < box.bottom() && across;
    if (from.x() == to.x())
        return from.x() > box.left() && from.x() < box.right() && down;
    return across && down; // not drawn by the map; its extent, to be safe
}

} // namespace

QList<MapPolyline> reportingLines(
    const QRectF &manager, const QRectF &report, ReportAttachment first, const MapLayoutMetrics &metrics)
{
    QList<MapPolyline> lines {lineFrom(manager, report, first, metrics)};
    for (const ReportAttachment other : {ReportAttachment::Top, ReportAttachment::SpineOnLeft, ReportAttachment::SpineOnRight}) {
        if (other != first)
            lines.append(lineFrom(manager, report, other, metrics));
    }
    lines.append(sideLines(manager, report, metrics));
    return lines;
}

int boxesCrossed(const MapPolyline &line, const QList<QRectF> &boxes)
{
    int crossed = 0;
    for (const QRectF &box : boxes) {
        for (qsizetype i = 1; i < line.size(); ++i) {
            if (stretchCrosses(line.at(i - 1), line.at(i), box)) {
                ++crossed;
                break;
            }
        }
    }
    return crossed;
}

QList<const Stakeholder *> mapLayoutOrder(const QList<Stakeholder> &people)
{
    QList<const Stakeholder *> order;
    order.reserve(people.size());
    for (const Stakeholder &person : people)
        order.append(&person);
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(order.begin(), order.end(), [&](const Stakeholder *a, const Stakeholder *b) {
        if (a->layer != b->layer) // declared from the executive sponsor down
            return a->layer < b->layer;
        return collator.compare(a->name, b->name) < 0;
    });
    return order;
}

MapPlacements placeMap(const QList<Stakeholder> &people, const QStringList &emptySeats, const MapLayoutMetrics &metrics)
{
    const QList<const Stakeholder *> order = mapLayoutOrder(people);
    QList<MapLayoutNode> nodes;
    nodes.reserve(order.size());
    for (const Stakeholder *person : order)
        nodes.append(MapLayoutNode {person->id, person->reportsTo});
    QList<MapLayoutPlaceholder> seats;
    for (int i = 0; i < emptySeats.size(); ++i)
        seats.append(MapLayoutPlaceholder {-1 - i, seatLayer(emptySeats.at(i))});

    MapPlacements placements;
    placements.automatic = layoutMap(nodes, seats, metrics);
    bool ownPlaces = false;
    QRectF shownBounds;
    for (const Stakeholder &person : people) {
        const QPointF topLeft = person.mapPosition.value_or(placements.automatic.placements.value(person.id).topLeft);
        placements.shown.insert(person.id, topLeft);
        shownBounds |= QRectF(topLeft, QSizeF(metrics.nodeWidth, metrics.nodeHeight));
        ownPlaces = ownPlaces || person.mapPosition.has_value();
    }
    if (!ownPlaces) {
        for (int i = 0; i < seats.size(); ++i)
            placements.seats.append(placements.automatic.placements.value(seats.at(i).id).topLeft);
    } else {
        // People placed by hand may stand where the automatic seats would: the seats move aside.
        placements.seats = placeholderSpots(shownBounds.right() + metrics.treeGap, seats, metrics);
    }
    return placements;
}

QPointF freeSpotOnMap(const Stakeholder &newcomer, const QList<Stakeholder> &people,
    const QHash<StakeholderId, QPointF> &shown, std::optional<QPointF> preferred, const MapLayoutMetrics &metrics)
{
    const QSizeF box(metrics.nodeWidth, metrics.nodeHeight);
    QList<QRectF> taken;
    QRectF bounds;
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        if (it.key() == newcomer.id)
            continue;
        taken.append(QRectF(it.value(), box));
        bounds |= taken.constLast();
    }

    // Beside a box, room for a spine (a column's reporting line runs stackIndent left of it) and air.
    const double sideGap = metrics.treeGap;
    QPointF target;
    if (preferred) {
        target = *preferred;
    } else if (newcomer.reportsTo && shown.contains(*newcomer.reportsTo)) {
        const QPointF manager = shown.value(*newcomer.reportsTo);
        QList<QPointF> colleagues;
        for (const Stakeholder &person : people) {
            if (person.id != newcomer.id && person.reportsTo == newcomer.reportsTo && shown.contains(person.id))
                colleagues.append(shown.value(person.id));
        }
        const bool oneColumn = colleagues.size() > 1
            && std::all_of(colleagues.cbegin(), colleagues.cend(),
                [&](const QPointF &p) { return qFuzzyCompare(p.x() + 1, colleagues.constFirst().x() + 1); });
        if (colleagues.isEmpty()) {
            target = QPointF(manager.x(), manager.y() + metrics.nodeHeight + metrics.levelGap);
        } else if (oneColumn) {
            const auto lowest = std::max_element(colleagues.cbegin(), colleagues.cend(),
                [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
            target = QPointF(lowest->x(), lowest->y() + metrics.nodeHeight + metrics.stackGap);
        } else {
            const auto rightmost = std::max_element(colleagues.cbegin(), colleagues.cend(),
                [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
            target = QPointF(rightmost->x() + metrics.nodeWidth + sideGap, rightmost->y());
        }
    } else if (!taken.isEmpty()) {
        target = QPointF(bounds.right() + metrics.treeGap, bounds.top());
    }

    // Clear of every box: by the side gap across, by at least the gap between stacked rows down.
    const double across = metrics.nodeWidth + sideGap;
    const double down = metrics.nodeHeight + metrics.stackGap;
    const auto isFree = [&](const QPointF &topLeft) {
        const QRectF wanted = QRectF(topLeft, box).adjusted(-sideGap + 0.5, -metrics.stackGap, sideGap - 0.5, metrics.stackGap);
        return std::none_of(
            taken.cbegin(), taken.cend(), [&](const QRectF &other) { return wanted.intersects(other); });
    };
    // A reporting line can reach the spot from the manager without passing through anyone's box.
    std::optional<QRectF> managerBox;
    QList<QRectF> inTheWay;
    if (newcomer.reportsTo && shown.contains(*newcomer.reportsTo)) {
        managerBox = QRectF(shown.value(*newcomer.reportsTo), box);
        for (const QRectF &other : std::as_const(taken)) {
            if (other != *managerBox)
                inTheWay.append(other.adjusted(-4, -4, 4, 4));
        }
    }
    const auto isReachable = [&](const QPointF &topLeft) {
        if (!managerBox)
            return true;
        const QList<MapPolyline> lines = reportingLines(*managerBox, QRectF(topLeft, box), ReportAttachment::Top, metrics);
        return std::any_of(lines.cbegin(), lines.cend(), [&](const MapPolyline &line) { return boxesCrossed(line, inTheWay) == 0; });
    };
    // Far enough out, a ring lies wholly outside everyone's boxes, so the search always ends. A spot
    // a line can reach is looked for near the target only: far away, near the colleagues matters more.
    const QRectF reach = bounds.united(QRectF(target, box));
    const int rings = int(std::ceil(std::max(reach.width() / across, reach.height() / down))) + 2;
    constexpr int reachableWithin = 4;
    std::optional<QPointF> firstFree;
    for (int size = 0; size <= rings; ++size) {
        if (firstFree && size > reachableWithin)
            return *firstFree;
        for (const Step &step : ring(size)) {
            const QPointF candidate = target + QPointF(step.across * across, step.down * down);
            if (!isFree(candidate))
                continue;
            if (size <= reachableWithin && !isReachable(candidate)) {
                if (!firstFree)
                    firstFree = candidate;
                continue;
            }
            return candidate;
        }
    }
    if (firstFree)
        return *firstFree;
    return QPointF(bounds.right() + metrics.treeGap, target.y());
}

} // namespace keyplan
