#include "ui/map/maproutes.h"

#include "ui/map/mapstyle.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace keyplan {
namespace {

// Where the segment from the centre of `rect` towards `outside` leaves it.
QPointF borderPoint(const QRectF &rect, const QPointF &outside)
{
    const QPointF c = rect.center();
    const QPointF d = outside - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (rect.width() / 2) / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (rect.height() / 2) / std::abs(d.y());
    return c + d * std::min({sx, sy, 1.0});
}

MapRoute quad(QPointF from, QPointF control, QPointF to)
{
    QPainterPath curve(from);
    curve.quadTo(control, to);
    return MapRoute {curve, control, to};
}

} // namespace

QList<MapRoute> candidateRoutes(const QRectF &a, const QRectF &b)
{
    using Route = MapRoute;
    QList<Route> routes;
    const QPointF p1 = borderPoint(a, b.center());
    const QPointF p2 = borderPoint(b, a.center());
    const QPointF mid = (p1 + p2) / 2;
    const QPointF along = p2 - p1;
    const qreal length = std::hypot(along.x(), along.y());
    const QPointF normal = length > 0 ? QPointF(-along.y(), along.x()) / length : QPointF();
    // Beside a box: inside the spine its reporting line hangs from, above the line's stub.
    constexpr qreal besideGap = 9;
    for (const qreal bow : {0.18, -0.18, 0.35, -0.35}) {
        const qreal offset = std::min(60.0 + 260 * (std::abs(bow) - 0.18), length * std::abs(bow));
        routes.append(quad(p1, mid + normal * (bow > 0 ? offset : -offset), p2));
    }
    // Around a column of boxes: out of one side of each box, bowed beyond the wider of them.
    // Around a row of boxes: out of the top or bottom of each, bowed above or below.
    for (const qreal reach : {50.0, 100.0, 170.0, 260.0, 380.0}) {
        const qreal right = std::max(a.right(), b.right()) + reach;
        routes.append(quad(QPointF(a.right(), a.center().y()),
            QPointF(right, (a.center().y() + b.center().y()) / 2), QPointF(b.right(), b.center().y())));
        const qreal left = std::min(a.left(), b.left()) - reach;
        routes.append(quad(QPointF(a.left(), a.center().y()),
            QPointF(left, (a.center().y() + b.center().y()) / 2), QPointF(b.left(), b.center().y())));
        const qreal above = std::min(a.top(), b.top()) - reach;
        routes.append(quad(QPointF(a.center().x(), a.top()),
            QPointF((a.center().x() + b.center().x()) / 2, above), QPointF(b.center().x(), b.top())));
        const qreal below = std::max(a.bottom(), b.bottom()) + reach;
        routes.append(quad(QPointF(a.center().x(), a.bottom()),
            QPointF((a.center().x() + b.center().x()) / 2, below), QPointF(b.center().x(), b.bottom())));
    }
    // Elbows: out of the side facing the other, into its top or bottom, and the other way round.
    const bool rightwards = b.center().x() >= a.center().x();
    const bool downwards = b.center().y() >= a.center().y();
    const QPointF side(rightwards ? a.right() : a.left(), a.center().y());
    const QPointF end(b.center().x(), downwards ? b.top() : b.bottom());
    routes.append(quad(side, QPointF(end.x(), side.y()), end));
    const QPointF start(a.center().x(), downwards ? a.bottom() : a.top());
    const QPointF entry(rightwards ? b.left() : b.right(), b.center().y());
    routes.append(quad(start, QPointF(start.x(), entry.y()), entry));
    // Through the gap between two rows of boxes: up or down out of one, along the gap (clear of
    // the reporting lines' bus in its middle), and into the other.
    const qreal gap = mapstyle::metrics().levelGap;
    QList<qreal> lanes;
    for (const qreal share : {0.3, 0.2, 0.7, 0.8})
        lanes << a.top() - gap * share << a.bottom() + gap * share << b.top() - gap * share
              << b.bottom() + gap * share;
    for (const qreal y : std::as_const(lanes)) {
        const QPointF out(a.center().x() + 12, y < a.top() ? a.top() : a.bottom());
        const QPointF in(b.center().x() - 12, y < b.top() ? b.top() : b.bottom());
        QPainterPath corridor(out);
        corridor.lineTo(out.x(), y);
        corridor.lineTo(in.x(), y);
        corridor.lineTo(in);
        routes.append({corridor, QPointF(in.x(), y), in});
        // ... or along the lane to beside the other box, and into its side.
        for (const bool fromLeft : {true, false}) {
            const qreal x = fromLeft ? b.left() - besideGap : b.right() + besideGap;
            const QPointF into(fromLeft ? b.left() : b.right(), b.center().y() - besideGap);
            QPainterPath beside(out);
            beside.lineTo(out.x(), y);
            beside.lineTo(x, y);
            beside.lineTo(x, into.y());
            beside.lineTo(into);
            routes.append({beside, QPointF(x, into.y()), into});
        }
    }
    // Out of the side facing the other box, level, then up or down beside it and into its side.
    for (const qreal yOut : {a.center().y(), a.bottom() - 10, a.top() + 10}) {
        const QPointF out(rightwards ? a.right() : a.left(), yOut);
        const qreal x = rightwards ? b.left() - besideGap : b.right() + besideGap;
        const QPointF into(rightwards ? b.left() : b.right(), b.center().y() - besideGap);
        QPainterPath level(out);
        level.lineTo(x, yOut);
        level.lineTo(x, into.y());
        level.lineTo(into);
        routes.append({level, QPointF(x, into.y()), into});
    }
    return routes;
}

MapRoute clearestRoute(const QList<MapRoute> &routes, const QList<QRectF> &obstacles)
{
    MapRoute chosen = routes.constFirst();
    int fewest = std::numeric_limits<int>::max();
    for (const MapRoute &route : routes) {
        const int crossed = crossings(route.path, obstacles);
        if (crossed < fewest) {
            fewest = crossed;
            chosen = route;
        }
        if (crossed == 0)
            break;
    }
    return chosen;
}

int crossings(const QPainterPath &path, const QList<QRectF> &boxes)
{
    // The path flattened once into straight stretches (walking its curves for every box, point by
    // point, made a 300-person map take 160 ms to build), then each stretch against each box.
    const QList<QPolygonF> stretches = path.toSubpathPolygons();
    const QRectF extent = path.controlPointRect(); // may be a line: no width or no height
    const auto meets = [](const QLineF &stretch, const QRectF &box) {
        if (std::max(stretch.x1(), stretch.x2()) < box.left() || std::min(stretch.x1(), stretch.x2()) > box.right()
            || std::max(stretch.y1(), stretch.y2()) < box.top() || std::min(stretch.y1(), stretch.y2()) > box.bottom())
            return false;
        if (box.contains(stretch.p1()) || box.contains(stretch.p2()))
            return true;
        const QLineF edges[] = {{box.topLeft(), box.topRight()}, {box.topRight(), box.bottomRight()},
            {box.bottomRight(), box.bottomLeft()}, {box.bottomLeft(), box.topLeft()}};
        return std::any_of(std::begin(edges), std::end(edges),
            [&stretch](const QLineF &edge) { return stretch.intersects(edge, nullptr) == QLineF::BoundedIntersection; });
    };
    int crossed = 0;
    for (const QRectF &box : boxes) {
        if (box.right() < extent.left() || box.left() > extent.right() || box.bottom() < extent.top()
            || box.top() > extent.bottom())
            continue;
        const bool through = std::any_of(stretches.cbegin(), stretches.cend(), [&](const QPolygonF &polygon) {
            for (qsizetype i = 1; i < polygon.size(); ++i) {
                if (meets(QLineF(polygon.at(i - 1), polygon.at(i)), box))
                    return true;
            }
            return false;
        });
        crossed += through ? 1 : 0;
    }
    return crossed;
}

QPointF labelSpot(const QPainterPath &path, const QSizeF &size, const QList<QRectF> &boxes)
{
    for (const qreal t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78}) {
        const QPointF at = path.pointAtPercent(t);
        const QRectF box(at - QPointF(size.width() / 2, size.height() / 2), size);
        if (std::none_of(boxes.cbegin(), boxes.cend(), [&box](const QRectF &r) { return r.intersects(box); }))
            return at;
    }
    return path.pointAtPercent(0.5);
}

} // namespace keyplan
