#include "ui/map/mapedgeitem.h"

#include "ui/map/mapnodeitem.h"
#include "ui/map/mapstyle.h"
#include "ui/printing/textshaping.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <limits>

namespace keyplan {

namespace {

constexpr qreal arrowLength = 9;
constexpr qreal labelMaxWidth = 160;

// Where the segment from `inside` to `outside` leaves `rect`.
QPointF borderPoint(const QRectF &rect, const QPointF &outside)
{
    const QPointF c = rect.center();
    const QPointF d = outside - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (rect.width() / 2) / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (rect.height() / 2) / std::abs(d.y());
    const qreal s = std::min(sx, sy);
    return c + d * std::min(s, 1.0);
}

} // namespace

MapEdgeItem::MapEdgeItem(MapNodeItem *manager, MapNodeItem *report, Attachment attachment)
    : m_from(manager)
    , m_to(report)
    , m_kind(Kind::ReportsTo)
    , m_attachment(attachment)
{
    setPen(mapstyle::reportingPen());
    setZValue(0);
    manager->addEdge(this);
    report->addEdge(this);
    adjust();
}

MapEdgeItem::MapEdgeItem(MapNodeItem *from, MapNodeItem *to, const StakeholderLink &link, bool interactive)
    : m_from(from)
    , m_to(to)
    , m_kind(link.kind == LinkKind::DottedLine ? Kind::DottedLine : Kind::Influence)
    , m_link(link)
    , m_label(link.label)
{
    setPen(mapstyle::linePen(link.kind));
    setZValue(0.5);
    if (interactive) {
        setFlag(ItemIsSelectable);
        setToolTip(QStringLiteral("<p>%1</p>")
                       .arg((displayName(link.kind)
                           + (link.label.isEmpty() ? QString() : QStringLiteral(": ") + link.label))
                                .toHtmlEscaped()));
    }
    if (!m_label.isEmpty()) {
        const QFontMetricsF metrics(mapstyle::font(mapstyle::FontRole::Small));
        m_label = metrics.elidedText(m_label, Qt::ElideRight, labelMaxWidth);
    }
    from->addEdge(this);
    to->addEdge(this);
    adjust();
}

void MapEdgeItem::adjust()
{
    prepareGeometryChange();
    const QRectF a = m_from->nodeRect();
    const QRectF b = m_to->nodeRect();
    QPainterPath path;
    m_arrow.clear();
    if (m_kind == Kind::ReportsTo) {
        const qreal bus = a.bottom() + mapstyle::metrics().levelGap / 2;
        const QPointF start(a.center().x(), a.bottom());
        path.moveTo(start);
        if (m_attachment == Attachment::Top) {
            path.lineTo(start.x(), bus);
            path.lineTo(b.center().x(), bus);
            path.lineTo(b.center().x(), b.top());
        } else {
            const qreal spine = m_attachment == Attachment::SpineOnLeft
                ? b.left() - mapstyle::metrics().stackIndent
                : b.right() + mapstyle::metrics().stackIndent;
            if (spine > a.left() + 4 && spine < a.right() - 4) { // the spine drops from the manager
                path.moveTo(spine, a.bottom());
            } else {
                path.lineTo(start.x(), bus);
                path.lineTo(spine, bus);
            }
            path.lineTo(spine, b.center().y());
            path.lineTo(m_attachment == Attachment::SpineOnLeft ? b.left() : b.right(), b.center().y());
        }
    } else {
        // A curve between the two boxes, bowed to one side so it clears straight reporting lines,
        // and further, to either side, until it passes no one else's box; its label goes where
        // along it the label covers no box.
        const QList<QRectF> others = obstacles();
        // Beside a box: inside the spine its reporting line hangs from, above the line's stub.
        constexpr qreal besideGap = 9;
        QPointF p1 = borderPoint(a, b.center());
        QPointF p2 = borderPoint(b, a.center());
        const QPointF mid = (p1 + p2) / 2;
        const QPointF along = p2 - p1;
        const qreal length = std::hypot(along.x(), along.y());
        const QPointF normal = length > 0 ? QPointF(-along.y(), along.x()) / length : QPointF();
        // A route is its path and the point its last stretch comes from (for the arrow's direction).
        struct Route
        {
            QPainterPath path;
            QPointF towardsEnd;
            QPointF end;
        };
        QList<Route> routes;
        const auto quad = [](QPointF from, QPointF control, QPointF to) {
            QPainterPath curve(from);
            curve.quadTo(control, to);
            return Route {curve, control, to};
        };
        for (const qreal bow : {0.18, -0.18, 0.35, -0.35}) {
            const qreal offset = std::min(60.0 + 260 * (std::abs(bow) - 0.18), length * std::abs(bow));
            routes.append(quad(p1, mid + normal * (bow > 0 ? offset : -offset), p2));
        }
        // Around a column of boxes: out of one side of each box, bowed beyond the wider of them.
        // Around a row of boxes: out of the top or bottom of each, bowed above or below.
        for (const qreal reach : {50.0, 100.0, 170.0, 260.0, 380.0}) {
            const qreal right = std::max(a.right(), b.right()) + reach;
            routes.append(quad(QPointF(a.right(), a.center().y()), QPointF(right, (a.center().y() + b.center().y()) / 2), QPointF(b.right(), b.center().y())));
            const qreal left = std::min(a.left(), b.left()) - reach;
            routes.append(quad(QPointF(a.left(), a.center().y()), QPointF(left, (a.center().y() + b.center().y()) / 2), QPointF(b.left(), b.center().y())));
            const qreal above = std::min(a.top(), b.top()) - reach;
            routes.append(quad(QPointF(a.center().x(), a.top()), QPointF((a.center().x() + b.center().x()) / 2, above), QPointF(b.center().x(), b.top())));
            const qreal below = std::max(a.bottom(), b.bottom()) + reach;
            routes.append(quad(QPointF(a.center().x(), a.bottom()), QPointF((a.center().x() + b.center().x()) / 2, below), QPointF(b.center().x(), b.bottom())));
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
            lanes << a.top() - gap * share << a.bottom() + gap * share << b.top() - gap * share << b.bottom() + gap * share;
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
        Route chosen = routes.constFirst();
        int fewest = std::numeric_limits<int>::max();
        for (const Route &route : std::as_const(routes)) {
            const int crossed = crossings(route.path, others);
            if (crossed < fewest) {
                fewest = crossed;
                chosen = route;
            }
            if (crossed == 0)
                break;
        }
        path = chosen.path;
        p2 = chosen.end;
        const QPointF control = chosen.towardsEnd;
        m_labelAt = path.pointAtPercent(0.5);
        if (!m_label.isEmpty()) {
            const QFontMetricsF metrics(mapstyle::font(mapstyle::FontRole::Small));
            const QSizeF size(metrics.horizontalAdvance(m_label) + 10, metrics.height() + 4);
            QList<QRectF> boxes = others;
            boxes << a << b;
            for (const qreal t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78}) {
                const QPointF at = path.pointAtPercent(t);
                const QRectF box(at - QPointF(size.width() / 2, size.height() / 2), size);
                if (std::none_of(boxes.cbegin(), boxes.cend(), [&box](const QRectF &r) { return r.intersects(box); })) {
                    m_labelAt = at;
                    break;
                }
            }
        }
        if (m_kind == Kind::Influence && length > 0) {
            const QPointF dir = p2 - control;
            const qreal dl = std::hypot(dir.x(), dir.y());
            const QPointF u = dl > 0 ? dir / dl : QPointF(1, 0);
            const QPointF n(-u.y(), u.x());
            m_arrow << p2 << p2 - u * arrowLength + n * (arrowLength / 2.2)
                    << p2 - u * arrowLength - n * (arrowLength / 2.2);
        }
    }
    setPath(path);
}

QRectF MapEdgeItem::labelRect() const
{
    if (m_label.isEmpty())
        return QRectF();
    const QFontMetricsF metrics(mapstyle::font(mapstyle::FontRole::Small));
    const QSizeF size(metrics.horizontalAdvance(m_label) + 10, metrics.height() + 4);
    return QRectF(m_labelAt - QPointF(size.width() / 2, size.height() / 2), size);
}

// The boxes of everyone on the map but the two this line joins, a little enlarged.
QList<QRectF> MapEdgeItem::obstacles() const
{
    QList<QRectF> boxes;
    if (!scene())
        return boxes;
    const QList<QGraphicsItem *> items = scene()->items();
    for (QGraphicsItem *item : items) {
        if (item->type() != MapNodeItem::Type || item == m_from || item == m_to)
            continue;
        boxes.append(static_cast<MapNodeItem *>(item)->nodeRect().adjusted(-4, -4, 4, 4));
    }
    return boxes;
}

// How many of `boxes` the path passes through, sampled along it.
int MapEdgeItem::crossings(const QPainterPath &path, const QList<QRectF> &boxes)
{
    int crossed = 0;
    for (const QRectF &box : boxes) {
        for (int step = 1; step < 64; ++step) {
            if (box.contains(path.pointAtPercent(step / 64.0))) {
                ++crossed;
                break;
            }
        }
    }
    return crossed;
}

QRectF MapEdgeItem::boundingRect() const
{
    QRectF rect = QGraphicsPathItem::boundingRect() | m_arrow.boundingRect();
    if (!m_label.isEmpty())
        rect |= QRectF(m_labelAt - QPointF(labelMaxWidth / 2 + 6, 10), QSizeF(labelMaxWidth + 12, 20));
    return rect.adjusted(-4, -4, 4, 4);
}

QPainterPath MapEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path());
}

void MapEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPen linePen = pen();
    if (option && (option->state & QStyle::State_Selected))
        linePen.setWidthF(linePen.widthF() + 1.8);
    painter->setPen(linePen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    if (!m_arrow.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(linePen.color());
        painter->drawPolygon(m_arrow);
    }
    if (m_textShown && !m_label.isEmpty()) {
        const QFont labelFont = mapstyle::font(mapstyle::FontRole::Small);
        const QRectF box = labelRect();
        const QSizeF size = box.size();
        painter->setPen(QPen(linePen.color(), 0.8));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(box, size.height() / 2, size.height() / 2);
        painter->setFont(shapedFont(labelFont, m_label));
        painter->setPen(linePen.color().darker(120));
        painter->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, m_label);
    }
}

} // namespace keyplan
