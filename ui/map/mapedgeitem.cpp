#include "ui/map/mapedgeitem.h"

#include "ui/map/mapnodeitem.h"
#include "ui/map/mapstyle.h"
#include "ui/printing/textshaping.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

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
        // A gentle curve between the two boxes, bowed to one side so it clears straight reporting lines.
        const QPointF p1 = borderPoint(a, b.center());
        const QPointF p2 = borderPoint(b, a.center());
        const QPointF mid = (p1 + p2) / 2;
        const QPointF along = p2 - p1;
        const qreal length = std::hypot(along.x(), along.y());
        const QPointF normal = length > 0 ? QPointF(-along.y(), along.x()) / length : QPointF();
        const QPointF control = mid + normal * std::min(60.0, length * 0.18);
        path.moveTo(p1);
        path.quadTo(control, p2);
        m_labelAt = path.pointAtPercent(0.5);
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
        const QFontMetricsF metrics(labelFont);
        const QSizeF size(metrics.horizontalAdvance(m_label) + 10, metrics.height() + 4);
        const QRectF box(m_labelAt - QPointF(size.width() / 2, size.height() / 2), size);
        painter->setPen(QPen(linePen.color(), 0.8));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(box, size.height() / 2, size.height() / 2);
        painter->setFont(shapedFont(labelFont, m_label));
        painter->setPen(linePen.color().darker(120));
        painter->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, m_label);
    }
}

} // namespace keyplan
