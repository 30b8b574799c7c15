#pragma once

#include "domain/stakeholder.h"

#include <QGraphicsView>

class QGraphicsLineItem;

namespace keyplan {

class MapNodeItem;
class StakeholderMapScene;

// The stakeholder map on screen: zoom (Ctrl+wheel, Ctrl++ / Ctrl+-), fit to the window, pan
// (middle button or the scroll bars), keyboard navigation from person to person with the arrow
// keys, Enter to edit, and drawing a line from one person to another (Shift+drag, or "Connect"
// from the context menu) to add a reporting line or a link.
class StakeholderMapView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit StakeholderMapView(QWidget *parent = nullptr);

    StakeholderMapScene *mapScene() const;
    void setMapScene(StakeholderMapScene *scene);

    qreal zoom() const;
    void setZoom(qreal zoom);
    void zoomBy(qreal factor);
    void fitMap();
    // Fits the map now if the view is on screen, else as soon as it is shown at its real size.
    // With `afterResize`, waits for the next resize (the window is about to give the map more room).
    void requestFit(bool afterResize = false);
    // Starts a line from `from`; the next click on another person completes it, Esc cancels.
    void startConnecting(MapNodeItem *from);
    bool isConnecting() const { return m_connectFrom != nullptr; }
    // Selects the node and scrolls it into view.
    void selectNode(MapNodeItem *node);

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    void activated(keyplan::MapNodeItem *node); // double-click or Enter
    void removeRequested(keyplan::MapNodeItem *node); // Delete
    void connectRequested(keyplan::StakeholderId from, keyplan::StakeholderId to);
    // Right click: on a node, a line, or the background (item is null).
    void contextMenuRequested(QGraphicsItem *item, const QPointF &scenePos, const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyZoom(qreal zoom);
    MapNodeItem *nodeAt(const QPoint &viewPos) const;
    MapNodeItem *currentNode() const;
    void moveSelection(int dx, int dy);
    void finishConnecting(MapNodeItem *to);
    void cancelConnecting();

    MapNodeItem *m_connectFrom = nullptr;
    QGraphicsLineItem *m_connectLine = nullptr;
    bool m_connectByDrag = false;
    bool m_panning = false;
    bool m_fitPending = false;
    bool m_fitted = false; // shows the whole map, until the user zooms
    QPoint m_panFrom;
};

} // namespace keyplan
