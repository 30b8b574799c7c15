#pragma once

#include "domain/stakeholdermap.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>

namespace keyplan {

class MapEdgeItem;
class MapNodeItem;

// The stakeholder map of one account as a graphics scene: a node per person and per empty seat,
// laid out automatically unless the user placed them, with reporting lines and links.
//
// An interactive scene (the window) lets people be selected and dragged and reports each drag as
// nodesMoved(); a non-interactive one (print, PDF, SVG, PNG) draws the same items without any
// screen-only decoration, so paper shows exactly what the screen shows.
class StakeholderMapScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit StakeholderMapScene(bool interactive, QObject *parent = nullptr);

    void setMap(const StakeholderMapData &map);
    const StakeholderMapData &map() const { return m_map; }
    bool isInteractive() const { return m_interactive; }

    MapNodeItem *node(StakeholderId id) const { return m_nodes.value(id); }
    MapNodeItem *seatNode(const QString &seat) const;
    QList<MapNodeItem *> nodeItems() const { return m_order; } // people then seats, in layout order
    QList<MapEdgeItem *> edgeItems() const { return m_edges; }
    // Where the automatic layout puts a person (what "automatic layout" restores).
    QPointF automaticPosition(StakeholderId id) const { return m_automatic.value(id); }
    // The map's extent with a margin: what "fit" shows and what paper prints.
    QRectF mapRect() const;
    // Whether people's boxes and links carry their words (an overview too small to read has none).
    void setTextShown(bool shown);

Q_SIGNALS:
    // The user dropped dragged people at these top-left positions.
    void nodesMoved(const QHash<keyplan::StakeholderId, QPointF> &positions);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    bool m_interactive;
    StakeholderMapData m_map;
    QHash<StakeholderId, MapNodeItem *> m_nodes;
    QList<MapNodeItem *> m_order;
    QList<MapEdgeItem *> m_edges;
    QHash<StakeholderId, QPointF> m_automatic;
    QHash<MapNodeItem *, QPointF> m_pressedAt;
};

} // namespace keyplan
