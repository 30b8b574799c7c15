#pragma once

#include "domain/mapplacement.h"
#include "domain/stakeholder.h"

#include <QGraphicsPathItem>

#include <optional>

namespace keyplan {

class MapNodeItem;

// A line on the stakeholder map. Reporting lines run as org-chart elbows from the manager down
// (or along the spine of stacked reports); dotted-line reports are dashed curves; influence is a
// curve with an arrow towards the person influenced and its label halfway.
class MapEdgeItem final : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 2 };
    enum class Kind { ReportsTo, DottedLine, Influence };
    // How a report hangs from the manager: from above, or from a spine on its left or right.
    using Attachment = ReportAttachment;

    // A reporting line from `manager` down to `report`.
    MapEdgeItem(MapNodeItem *manager, MapNodeItem *report, Attachment attachment);
    // A dotted-line or influence link.
    MapEdgeItem(MapNodeItem *from, MapNodeItem *to, const StakeholderLink &link, bool interactive);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    MapNodeItem *from() const { return m_from; }
    MapNodeItem *to() const { return m_to; }
    std::optional<StakeholderLink> link() const { return m_link; }
    void adjust();
    void setTextShown(bool shown) { m_textShown = shown; } // the label, or only the line
    QRectF labelRect() const; // where the label is drawn, in the item's coordinates; empty without one

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<QRectF> obstacles() const;

    MapNodeItem *m_from;
    MapNodeItem *m_to;
    Kind m_kind;
    Attachment m_attachment = Attachment::Top;
    std::optional<StakeholderLink> m_link;
    QString m_label;
    QPointF m_labelAt;
    QPolygonF m_arrow;
    bool m_textShown = true;
};

} // namespace keyplan
