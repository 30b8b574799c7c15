#include "ui/map/stakeholdermapscene.h"

#include "domain/maplayout.h"
#include "ui/map/mapedgeitem.h"
#include "ui/map/mapnodeitem.h"
#include "ui/map/mapstyle.h"

#include <QCollator>
#include <QGraphicsSceneMouseEvent>

#include <algorithm>

namespace keyplan {

namespace {

int layerRank(BuyingLayer layer)
{
    switch (layer) {
    case BuyingLayer::ExecutiveSponsor:
        return 0;
    case BuyingLayer::EconomicBuyer:
        return 1;
    case BuyingLayer::UsersAndAdmins:
        return 2;
    case BuyingLayer::Other:
        return 3;
    }
    return 3;
}

// Colleagues in a stable, meaningful order: buying layer, then people still there, then name.
QList<const Stakeholder *> layoutOrder(const QList<Stakeholder> &people)
{
    QList<const Stakeholder *> order;
    order.reserve(people.size());
    for (const Stakeholder &person : people)
        order.append(&person);
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(order.begin(), order.end(), [&](const Stakeholder *a, const Stakeholder *b) {
        if (layerRank(a->layer) != layerRank(b->layer))
            return layerRank(a->layer) < layerRank(b->layer);
        if (a->hasLeft() != b->hasLeft())
            return !a->hasLeft();
        return collator.compare(a->name, b->name) < 0;
    });
    return order;
}

} // namespace

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

    const QList<const Stakeholder *> order = layoutOrder(m_map.people);
    QList<MapLayoutNode> nodes;
    nodes.reserve(order.size());
    for (const Stakeholder *person : order)
        nodes.append(MapLayoutNode {person->id, person->reportsTo});
    QList<MapLayoutPlaceholder> seats;
    for (int i = 0; i < m_map.coverage.emptySeats.size(); ++i)
        seats.append(MapLayoutPlaceholder {-1 - i, seatLayer(m_map.coverage.emptySeats.at(i))});
    const MapLayout layout = layoutMap(nodes, seats, mapstyle::metrics());

    for (const Stakeholder *person : order) {
        auto *item = new MapNodeItem(m_map, *person, m_interactive);
        const QPointF automatic = layout.placements.value(person->id).topLeft;
        m_automatic.insert(person->id, automatic);
        item->setPos(person->mapPosition.value_or(automatic));
        addItem(item);
        m_nodes.insert(person->id, item);
        m_order.append(item);
    }
    for (int i = 0; i < m_map.coverage.emptySeats.size(); ++i) {
        auto *item = new MapNodeItem(m_map.coverage.emptySeats.at(i), m_interactive);
        item->setPos(layout.placements.value(-1 - i).topLeft);
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
        if (!person->mapPosition && placement.spineX) {
            attachment = *placement.spineX < placement.topLeft.x() ? MapEdgeItem::Attachment::SpineOnLeft
                                                                   : MapEdgeItem::Attachment::SpineOnRight;
        }
        auto *edge = new MapEdgeItem(manager, report, attachment);
        addItem(edge);
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
