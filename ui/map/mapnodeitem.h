#pragma once

#include "domain/stakeholdermap.h"
#include "ui/map/mapstyle.h"

#include <QGraphicsItem>
#include <QList>

namespace keyplan {

class MapEdgeItem;

// One box on the stakeholder map: a person (fill = relationship strength, border and badge =
// support level, greyed when they left, the last line asking when an import noticed they may have
// left), or a required seat nobody fills (dashed placeholder).
// The text is laid out once, when the item is made; painting only draws it.
class MapNodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    // A person on the map.
    MapNodeItem(const StakeholderMapData &map, const Stakeholder &person, bool interactive);
    // An empty seat (a buying layer or decision role key).
    MapNodeItem(const QString &seat, bool interactive);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    StakeholderId stakeholderId() const { return m_id; } // 0 for an empty seat
    bool isSeat() const { return !m_seat.isEmpty(); }
    QString seat() const { return m_seat; }
    QString name() const { return m_name; }
    bool mayHaveLeft() const { return m_mayHaveLeft; } // shows "May have left?" for an open signal
    QRectF nodeRect() const; // in scene coordinates
    QColor fill() const; // the box's colour: relationship, left, or an empty seat
    // The window's map follows the desktop's palette; paper stays light.
    mapstyle::Surface surface() const
    {
        return m_interactive ? mapstyle::Surface::Screen : mapstyle::Surface::Paper;
    }
    void addEdge(MapEdgeItem *edge) { m_edges.append(edge); }
    // Without its words: an overview too small to read draws the boxes only.
    void setTextShown(bool shown) { m_textShown = shown; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QRectF box() const;
    qreal textWidth() const;
    void elide(const QStringList &lines);

    StakeholderId m_id = 0;
    QString m_seat;
    QString m_name;
    QString m_shown[4]; // name, title, role and owner, recency or departure: elided to the box
    Relationship m_relationship = Relationship::None;
    bool m_departed = false;
    bool m_mayHaveLeft = false; // an import's open question, shown on the last line
    bool m_interactive = true;
    bool m_textShown = true;
    std::optional<SupportLevel> m_support;
    QList<MapEdgeItem *> m_edges;
};

} // namespace keyplan
