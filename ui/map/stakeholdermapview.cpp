#include "ui/map/stakeholdermapview.h"

#include "ui/map/mapedgeitem.h"
#include "ui/map/mapnodeitem.h"
#include "ui/map/stakeholdermapscene.h"

#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace keyplan {

namespace {

constexpr qreal minimumZoom = 0.1;
constexpr qreal maximumZoom = 3.0;

} // namespace

StakeholderMapView::StakeholderMapView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(mapstyle::background(mapstyle::Surface::Screen));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Stakeholder map"));
}

StakeholderMapScene *StakeholderMapView::mapScene() const
{
    return static_cast<StakeholderMapScene *>(scene());
}

void StakeholderMapView::setMapScene(StakeholderMapScene *mapScene)
{
    setScene(mapScene);
}

qreal StakeholderMapView::zoom() const
{
    return transform().m11();
}

void StakeholderMapView::setZoom(qreal zoom)
{
    m_fitted = false; // the user's own scale: kept as the view's size changes
    applyZoom(zoom);
}

void StakeholderMapView::applyZoom(qreal zoom)
{
    zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(zoom);
}

void StakeholderMapView::zoomBy(qreal factor)
{
    setZoom(zoom() * factor);
}

void StakeholderMapView::fitMap()
{
    if (!mapScene())
        return;
    const QRectF map = mapScene()->mapRect();
    const QSizeF room = viewport()->size() - QSize(8, 8);
    const qreal zoom = std::min({1.0, room.width() / map.width(), room.height() / map.height()});
    applyZoom(zoom);
    centerOn(map.center());
    m_fitted = true;
}

void StakeholderMapView::requestFit(bool afterResize)
{
    m_fitPending = true;
    if (!afterResize && isVisible() && viewport()->width() > 50) {
        m_fitPending = false;
        fitMap();
    }
}

void StakeholderMapView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // The desktop turned dark or light: the map's colours follow (its pens are set as items are made).
    setBackgroundBrush(mapstyle::background(mapstyle::Surface::Screen));
    if (auto *map = qobject_cast<StakeholderMapScene *>(scene()); map && map->isInteractive())
        map->setMap(StakeholderMapData(map->map()));
}

void StakeholderMapView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        requestFit();
}

void StakeholderMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // A fitted map stays fitted as the pane grows or shrinks (Wide, a dock, the window).
    if (m_fitPending || m_fitted)
        requestFit();
}

void StakeholderMapView::selectNode(MapNodeItem *node)
{
    if (!node || !scene())
        return;
    scene()->clearSelection();
    node->setSelected(true);
    scene()->setFocusItem(node);
    ensureVisible(node->nodeRect(), 40, 40);
}

MapNodeItem *StakeholderMapView::nodeAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> under = items(viewPos);
    for (QGraphicsItem *item : under) {
        if (item->type() == MapNodeItem::Type)
            return static_cast<MapNodeItem *>(item);
    }
    return nullptr;
}

MapNodeItem *StakeholderMapView::currentNode() const
{
    if (!scene())
        return nullptr;
    QGraphicsItem *focus = scene()->focusItem();
    if (focus && focus->type() == MapNodeItem::Type && focus->isSelected())
        return static_cast<MapNodeItem *>(focus);
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() == MapNodeItem::Type)
            return static_cast<MapNodeItem *>(item);
    }
    return nullptr;
}

// The nearest node in the direction of the arrow, preferring ones straight ahead.
void StakeholderMapView::moveSelection(int dx, int dy)
{
    if (!mapScene())
        return;
    const QList<MapNodeItem *> nodes = mapScene()->nodeItems();
    MapNodeItem *from = currentNode();
    if (!from) {
        if (!nodes.isEmpty())
            selectNode(nodes.constFirst());
        return;
    }
    const QPointF origin = from->nodeRect().center();
    MapNodeItem *best = nullptr;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (MapNodeItem *node : nodes) {
        if (node == from)
            continue;
        const QPointF d = node->nodeRect().center() - origin;
        const qreal ahead = d.x() * dx + d.y() * dy;
        if (ahead <= 1)
            continue;
        const qreal aside = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        const qreal score = ahead + 2.5 * aside;
        if (score < bestScore) {
            bestScore = score;
            best = node;
        }
    }
    if (best)
        selectNode(best);
}

void StakeholderMapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (!qFuzzyIsNull(steps))
            zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void StakeholderMapView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && isConnecting()) {
        cancelConnecting();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
            zoomBy(1.25);
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            zoomBy(1 / 1.25);
            return;
        }
        if (event->key() == Qt::Key_0) {
            fitMap();
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Left:
        moveSelection(-1, 0);
        return;
    case Qt::Key_Right:
        moveSelection(1, 0);
        return;
    case Qt::Key_Up:
        moveSelection(0, -1);
        return;
    case Qt::Key_Down:
        moveSelection(0, 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (MapNodeItem *node = currentNode())
            Q_EMIT activated(node);
        return;
    case Qt::Key_Delete:
        if (MapNodeItem *node = currentNode())
            Q_EMIT removeRequested(node);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void StakeholderMapView::startConnecting(MapNodeItem *from)
{
    cancelConnecting();
    if (!from || from->isSeat() || !scene())
        return;
    m_connectFrom = from;
    const QPointF centre = from->nodeRect().center();
    m_connectLine = scene()->addLine(QLineF(centre, centre), QPen(mapstyle::selectionColour(mapstyle::Surface::Screen), 2, Qt::DashLine));
    m_connectLine->setZValue(5);
    viewport()->setCursor(Qt::CrossCursor);
}

void StakeholderMapView::finishConnecting(MapNodeItem *to)
{
    const StakeholderId from = m_connectFrom ? m_connectFrom->stakeholderId() : 0;
    cancelConnecting();
    if (from > 0 && to && !to->isSeat() && to->stakeholderId() != from)
        Q_EMIT connectRequested(from, to->stakeholderId());
}

void StakeholderMapView::cancelConnecting()
{
    delete m_connectLine;
    m_connectLine = nullptr;
    m_connectFrom = nullptr;
    m_connectByDrag = false;
    viewport()->unsetCursor();
}

void StakeholderMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (isConnecting() && event->button() == Qt::LeftButton) {
        finishConnecting(nodeAt(event->position().toPoint()));
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
        if (MapNodeItem *node = nodeAt(event->position().toPoint()); node && !node->isSeat()) {
            startConnecting(node);
            m_connectByDrag = true;
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void StakeholderMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    if (m_connectLine) {
        QLineF line = m_connectLine->line();
        line.setP2(mapToScene(event->position().toPoint()));
        m_connectLine->setLine(line);
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void StakeholderMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        return;
    }
    if (m_connectByDrag && event->button() == Qt::LeftButton) {
        finishConnecting(nodeAt(event->position().toPoint()));
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void StakeholderMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (MapNodeItem *node = nodeAt(event->position().toPoint())) {
        Q_EMIT activated(node);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void StakeholderMapView::contextMenuEvent(QContextMenuEvent *event)
{
    if (isConnecting())
        cancelConnecting();
    QGraphicsItem *target = nullptr;
    const QList<QGraphicsItem *> under = items(event->pos());
    for (QGraphicsItem *item : under) {
        if (item->type() == MapNodeItem::Type || item->type() == MapEdgeItem::Type) {
            target = item;
            break;
        }
    }
    if (target && !target->isSelected() && target->type() == MapNodeItem::Type)
        selectNode(static_cast<MapNodeItem *>(target));
    Q_EMIT contextMenuRequested(target, mapToScene(event->pos()), event->globalPos());
}

} // namespace keyplan
