#include "ui/map/mapnodeitem.h"

#include "domain/dayformat.h"

#include "ui/map/mapedgeitem.h"
#include "ui/map/mapstyle.h"
#include "ui/printing/textshaping.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace keyplan {

namespace {

class MapNodeText
{
    Q_DECLARE_TR_FUNCTIONS(MapNode)
};

constexpr qreal padding = 8;
constexpr qreal badgeRadius = 9;
constexpr int lineCount = 4;

// The four lines of a box: name, title, role and owner, recency; made once for every node.
struct TextLines
{
    QFont fonts[lineCount];
    qreal tops[lineCount] = {6, 25, 41, 57};
    qreal heights[lineCount] = {};
};

const TextLines &textLines()
{
    static const TextLines lines = [] {
        TextLines made {{mapstyle::font(mapstyle::FontRole::Name), mapstyle::font(mapstyle::FontRole::Body),
            mapstyle::font(mapstyle::FontRole::Body), mapstyle::font(mapstyle::FontRole::Small)}};
        for (int i = 0; i < lineCount; ++i)
            made.heights[i] = QFontMetricsF(made.fonts[i]).height();
        return made;
    }();
    return lines;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Rich text on purpose (so Qt never guesses), with every value from the plan escaped.
QString tooltipFor(const StakeholderMapData &map, const Stakeholder &person)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(escaped(person.name));
    if (!person.title.isEmpty())
        lines << escaped(person.title);
    QStringList unit;
    if (!person.department.isEmpty())
        unit << person.department;
    if (!person.businessUnit.isEmpty())
        unit << person.businessUnit;
    if (!unit.isEmpty())
        lines << escaped(unit.join(QStringLiteral(" · ")));
    lines << escaped(MapNodeText::tr("%1 · %2 · influence %3")
                         .arg(displayName(person.role), displayName(person.support),
                             displayName(person.influence).toLower()));
    lines << escaped(MapNodeText::tr("Relationship %1 (aim: %2)")
                         .arg(displayName(person.relationship).toLower(),
                             displayName(person.desiredRelationship).toLower()));
    const QString owner = person.ourOwnerId ? map.team.value(*person.ourOwnerId) : QString();
    lines << escaped(owner.isEmpty() ? MapNodeText::tr("Nobody on our side owns this relationship")
                                     : MapNodeText::tr("Owned by %1").arg(owner));
    const QDate last = map.lastContacts.value(person.id);
    lines << escaped(last.isValid()
            ? MapNodeText::tr("Last contact %1").arg(formatShortDay(last))
            : MapNodeText::tr("Never contacted"));
    if (person.hasLeft())
        lines << escaped(MapNodeText::tr("Left the company on %1")
                             .arg(formatShortDay(person.leftOn)));
    else if (map.mayHaveLeft.contains(person.id))
        lines << escaped(MapNodeText::tr("May have left: %1 Open them to say whether they are still there.")
                             .arg(map.mayHaveLeft.value(person.id).evidence));
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

QString recencyLine(const StakeholderMapData &map, const Stakeholder &person)
{
    if (person.hasLeft())
        return MapNodeText::tr("Left %1").arg(formatShortDay(person.leftOn));
    if (map.mayHaveLeft.contains(person.id))
        return MapNodeText::tr("May have left?");
    const std::optional<int> days = daysSinceContact(map.lastContacts, person.id, map.asOf);
    if (!days)
        return MapNodeText::tr("No contact yet");
    if (*days <= 0)
        return MapNodeText::tr("Contacted today");
    if (*days == 1)
        return MapNodeText::tr("Last contact yesterday");
    return MapNodeText::tr("Last contact %n days ago", nullptr, int(*days));
}

} // namespace

MapNodeItem::MapNodeItem(const StakeholderMapData &map, const Stakeholder &person, bool interactive)
    : m_id(person.id)
    , m_relationship(person.relationship)
    , m_departed(person.hasLeft())
    , m_mayHaveLeft(!person.hasLeft() && map.mayHaveLeft.contains(person.id))
    , m_interactive(interactive)
    , m_support(person.support)
{
    const QString owner = person.ourOwnerId ? map.team.value(*person.ourOwnerId) : QString();
    const QString roleLine = owner.isEmpty() ? MapNodeText::tr("%1 · no owner").arg(displayName(person.role))
                                             : QStringLiteral("%1 · %2").arg(displayName(person.role), owner);
    elide({person.name, person.title, roleLine, recencyLine(map, person)});
    setFlags(interactive ? ItemIsSelectable | ItemIsMovable | ItemIsFocusable | ItemSendsGeometryChanges
                         : GraphicsItemFlags());
    if (interactive) {
        setToolTip(tooltipFor(map, person));
        setAcceptHoverEvents(true);
    }
    setZValue(1);
}

MapNodeItem::MapNodeItem(const QString &seat, bool interactive)
    : m_seat(seat)
    , m_interactive(interactive)
{
    elide({MapNodeText::tr("Empty seat"), seatName(seat), MapNodeText::tr("Nobody fills this seat")});
    if (interactive) {
        setFlags(ItemIsSelectable | ItemIsFocusable);
        setToolTip(QStringLiteral("<p>%1</p>")
                       .arg(escaped(MapNodeText::tr("A required seat nobody on the map fills: %1. "
                                                    "Double-click to add the person who holds it.")
                                        .arg(seatName(seat)))));
    }
    setZValue(1);
}

qreal MapNodeItem::textWidth() const
{
    return box().width() - 2 * padding - (isSeat() ? 0 : badgeRadius);
}

void MapNodeItem::elide(const QStringList &lines)
{
    m_name = lines.value(0);
    const TextLines &text = textLines();
    for (int i = 0; i < lineCount; ++i)
        m_shown[i] = QFontMetricsF(text.fonts[i]).elidedText(lines.value(i), Qt::ElideRight, textWidth());
}

QRectF MapNodeItem::box() const
{
    const MapLayoutMetrics &m = mapstyle::metrics();
    return QRectF(0, 0, m.nodeWidth, m.nodeHeight);
}

QRectF MapNodeItem::boundingRect() const
{
    // Room for the widest border, the selection outline and the badge over the corner.
    return box().adjusted(-4, -badgeRadius, badgeRadius, 4);
}

QColor MapNodeItem::fill() const
{
    if (isSeat())
        return mapstyle::seatFill(surface());
    return m_departed ? mapstyle::departedFill(surface()) : mapstyle::fill(m_relationship, surface());
}

QRectF MapNodeItem::nodeRect() const
{
    return box().translated(pos());
}

void MapNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF rect = box();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = m_interactive && option && (option->state & QStyle::State_Selected);
    const mapstyle::Surface on = surface();

    if (isSeat()) {
        painter->setPen(mapstyle::emptySeatPen(on));
        painter->setBrush(mapstyle::seatFill(on));
    } else {
        QColor border = m_departed ? mapstyle::departedBorder(on) : mapstyle::supportColour(*m_support, on);
        qreal width = m_departed ? 1.0 : mapstyle::supportBorderWidth(*m_support);
        painter->setPen(QPen(border, width));
        painter->setBrush(fill());
    }
    painter->drawRoundedRect(rect, 6, 6);
    if (selected) {
        painter->setPen(QPen(mapstyle::selectionColour(on), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(-3.5, -3.5, 3.5, 3.5), 8, 8);
    }

    const TextLines &text = textLines();
    const qreal width = textWidth();
    for (int i = 0; m_textShown && i < lineCount; ++i) {
        if (m_shown[i].isEmpty())
            continue;
        painter->setFont(shapedFont(text.fonts[i], m_shown[i]));
        if (i == lineCount - 1 && m_mayHaveLeft)
            painter->setPen(mapstyle::questionColour(on));
        else
            painter->setPen(i == 0 ? mapstyle::textColour(m_departed, on) : mapstyle::mutedTextColour(m_departed, on));
        painter->drawText(QRectF(padding, text.tops[i], width, text.heights[i]),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, m_shown[i]);
    }
    if (m_support && !m_departed && m_textShown)
        mapstyle::paintSupportBadge(painter, QPointF(rect.right() - 2, rect.top() + 2), *m_support, badgeRadius);
}

QVariant MapNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (MapEdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace keyplan
