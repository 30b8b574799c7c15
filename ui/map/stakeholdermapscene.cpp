#include "ui/map/stakeholdermapscene.h"

#include "domain/mapplacement.h"
#include "ui/map/mapedgeitem.h"
#include "ui/map/mapnodeitem.h"
#include "ui/map/mapstyle.h"

#include <QGraphicsSceneMouseEvent>

#include <algorithm>

namespace keyplan {

StakeholderMapScene::StakeholderMapScene(bool interactive, QObject *parent)
    : QGraphicsScene(parent)
    , m_interactive(interactive)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void StakeholderMapScene::setMap(const StakeholderMapData &map)
{
    clear();
    m_nodes.clear();
    m_order.clear();
    m_edges.clear();
    m_automatic.clear();
    m_pressedAt.clear();
    m_map = map;

    const QList<const Stakeholder *> order = mapLayoutOrder(m_map.people);
    const MapPlacements placements = placeMap(m_map.people, m_map.coverage.emptySeats, mapstyle::metrics());
    const MapLayout &layout = placements.automatic;

    for (const Stakeholder *person : order) {
        auto *item = new MapNodeItem(m_map, *person, m_interactive);
        m_automatic.insert(person->id, layout.placements.value(person->id).topLeft);
        item->setPos(placements.shown.value(person->id));
        addItem(item);
        m_nodes.insert(person->id, item);
        m_order.append(item);
    }
    for (int i = 0; i < m_map.coverage.emptySeats.size(); ++i) {
        auto *item = new MapNodeItem(m_map.coverage.emptySeats.at(i), m_interactive);
        item->setPos(placements.seats.at(i));
        addItem(item);
        m_order.append(item);
    }

    for (const Stakeholder *person : order) {
        if (!person->reportsTo)
            continue;
        MapNodeItem *manager = m_nodes.value(*person->reportsTo);
        MapNodeItem *report = m_nodes.value(person->id);
        if (!manager || manager == report)
            continue;
        MapEdgeItem::Attachment attachment = MapEdgeItem::Attachment::Top;
        const MapPlacement placement = layout.placements.value(person->id);
        // Hanging from a spine where the automatic layout put them (pinned there or not).
        if (placement.spineX && placements.shown.value(person->id) == placement.topLeft) {
            attachment = *placement.spineX < placement.topLeft.x() ? MapEdgeItem::Attachment::SpineOnLeft
                                                                   : MapEdgeItem::Attachment::SpineOnRight;
        }
        auto *edge = new MapEdgeItem(manager, report, attachment);
        addItem(edge);
        edge->adjust(); // again, now that it sees the boxes in its way
        m_edges.append(edge);
    }
    for (const StakeholderLink &link : std::as_const(m_map.links)) {
        MapNodeItem *from = m_nodes.value(link.from);
        MapNodeItem *to = m_nodes.value(link.to);
        if (!from || !to || from == to)
            continue;
        auto *edge = new MapEdgeItem(from, to, link, m_interactive);
        addItem(edge);
        edge->adjust(); // again, now that it sees the boxes it must go around
        m_edges.append(edge);
    }
    setSceneRect(mapRect().adjusted(-400, -300, 400, 300));
}

MapNodeItem *StakeholderMapScene::seatNode(const QString &seat) const
{
    for (MapNodeItem *item : m_order) {
        if (item->seat() == seat)
            return item;
    }
    return nullptr;
}

void StakeholderMapScene::setTextShown(bool shown)
{
    for (MapNodeItem *node : std::as_const(m_order))
        node->setTextShown(shown);
    for (MapEdgeItem *edge : std::as_const(m_edges))
        edge->setTextShown(shown);
}

QRectF StakeholderMapScene::mapRect() const
{
    QRectF rect;
    for (const MapNodeItem *item : m_order)
        rect |= item->nodeRect();
    for (const MapEdgeItem *edge : m_edges)
        rect |= edge->mapRectToScene(edge->boundingRect());
    return rect.isNull() ? QRectF(0, 0, mapstyle::metrics().nodeWidth, mapstyle::metrics().nodeHeight)
                         : rect.adjusted(-12, -12, 12, 12);
}

void StakeholderMapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_pressedAt.clear();
    if (event->button() != Qt::LeftButton)
        return;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() == MapNodeItem::Type && (item->flags() & QGraphicsItem::ItemIsMovable))
            m_pressedAt.insert(static_cast<MapNodeItem *>(item), item->pos());
    }
}

void StakeholderMapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    QHash<StakeholderId, QPointF> moved;
    for (auto it = m_pressedAt.cbegin(); it != m_pressedAt.cend(); ++it) {
        if (it.key()->pos() != it.value() && it.key()->stakeholderId() > 0)
            moved.insert(it.key()->stakeholderId(), it.key()->pos());
    }
    m_pressedAt.clear();
    if (!moved.isEmpty())
        Q_EMIT nodesMoved(moved);
}

} // namespace keyplan
