#include "ui/map/mapedgeitem.h"

#include "ui/map/mapnodeitem.h"
#include "ui/map/maproutes.h"
#include "ui/map/mapstyle.h"
#include "ui/map/stakeholdermapscene.h"
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

} // namespace

MapEdgeItem::MapEdgeItem(MapNodeItem *manager, MapNodeItem *report, Attachment attachment)
    : m_from(manager)
    , m_to(report)
    , m_kind(Kind::ReportsTo)
    , m_attachment(attachment)
{
    setPen(mapstyle::reportingPen(manager->surface()));
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
    setPen(mapstyle::linePen(link.kind, from->surface()));
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
        // The attachment the layout chose, unless people placed by hand put a box in its way: then
        // the first of the other ways that passes through no one, else through fewest.
        const QList<QRectF> others = obstacles();
        const QList<MapPolyline> lines = reportingLines(a, b, m_attachment, mapstyle::metrics());
        const MapPolyline *best = &lines.constFirst();
        int fewest = boxesCrossed(*best, others);
        for (const MapPolyline &line : lines) {
            if (fewest == 0)
                break;
            const int crossed = boxesCrossed(line, others);
            if (crossed < fewest) {
                fewest = crossed;
                best = &line;
            }
        }
        path.moveTo(best->constFirst());
        for (qsizetype i = 1; i < best->size(); ++i)
            path.lineTo(best->at(i));
    } else {
        // Routed around everyone else's box (maproutes.h), its label where it covers no box.
        const QList<QRectF> others = obstacles();
        const MapRoute route = clearestRoute(candidateRoutes(a, b), others);
        path = route.path;
        const QPointF p2 = route.end;
        const QPointF control = route.towardsEnd;
        const qreal length = path.length();
        m_labelAt = path.pointAtPercent(0.5);
        if (!m_label.isEmpty())
            m_labelAt = labelSpot(path, labelRect().size(), others + QList<QRectF> {a, b});
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
    // The map's own list of boxes: asking the scene for its items sorts them all and rebuilds its
    // index while the map is being built, for every line.
    const auto *map = qobject_cast<const StakeholderMapScene *>(scene());
    if (!map)
        return boxes;
    const QList<MapNodeItem *> nodes = map->nodeItems();
    boxes.reserve(nodes.size());
    for (const MapNodeItem *node : nodes) {
        if (node != m_from && node != m_to)
            boxes.append(node->nodeRect().adjusted(-4, -4, 4, 4));
    }
    return boxes;
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
        painter->setBrush(mapstyle::labelBackground(m_from->surface()));
        painter->drawRoundedRect(box, size.height() / 2, size.height() / 2);
        painter->setFont(shapedFont(labelFont, m_label));
        painter->setPen(mapstyle::labelText(linePen.color(), m_from->surface()));
        painter->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, m_label);
    }
}

} // namespace keyplan
