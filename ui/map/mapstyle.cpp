#include "ui/map/mapstyle.h"

#include "item/itemcolours.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace keyplan::mapstyle {

namespace {

class MapLegendText
{
    Q_DECLARE_TR_FUNCTIONS(MapLegend)
};

constexpr qreal legendRow = 22;
constexpr qreal legendPadding = 8;
constexpr qreal swatch = 14;

} // namespace

const MapLayoutMetrics &metrics()
{
    static const MapLayoutMetrics m;
    return m;
}

namespace {

// The colour on paper and on a light screen, or its counterpart on a dark screen.
QColor pick(Surface surface, const QColor &light, const QColor &dark)
{
    return surface == Surface::Screen && colours::darkPalette() ? dark : light;
}

} // namespace

QColor background(Surface surface)
{
    return pick(surface, QColor(0xf7, 0xf8, 0xfa), QColor(0x1b, 0x1e, 0x21));
}

QColor fill(Relationship relationship, Surface surface)
{
    switch (relationship) {
    case Relationship::None:
        return pick(surface, QColor(0xff, 0xff, 0xff), QColor(0x2b, 0x2f, 0x33));
    case Relationship::Cold:
        return pick(surface, QColor(0xcf, 0xe0, 0xf3), QColor(0x1e, 0x35, 0x50));
    case Relationship::Neutral:
        return pick(surface, QColor(0xf6, 0xef, 0xc6), QColor(0x3f, 0x3a, 0x1e));
    case Relationship::Warm:
        return pick(surface, QColor(0xfc, 0xe2, 0xbd), QColor(0x4d, 0x34, 0x18));
    case Relationship::Strong:
        return pick(surface, QColor(0xbf, 0xe3, 0xc2), QColor(0x1f, 0x42, 0x28));
    }
    return Qt::white;
}

QColor departedFill(Surface surface)
{
    return pick(surface, QColor(0xf2, 0xf2, 0xf2), QColor(0x25, 0x28, 0x2b));
}

QColor seatFill(Surface surface)
{
    return pick(surface, QColor(0xfa, 0xfa, 0xfa), QColor(0x22, 0x25, 0x29));
}

QColor textColour(bool departed, Surface surface)
{
    return departed ? pick(surface, QColor(0x6a, 0x6d, 0x71), QColor(0x9a, 0xa0, 0xa6))
                    : pick(surface, QColor(0x1d, 0x1f, 0x22), QColor(0xe8, 0xea, 0xed));
}

QColor mutedTextColour(bool departed, Surface surface)
{
    return departed ? textColour(true, surface) : pick(surface, QColor(0x4a, 0x4f, 0x55), QColor(0xb8, 0xbe, 0xc5));
}

QColor questionColour(Surface surface)
{
    // Dark amber on paper, light amber on a dark screen: readable on every relationship's fill.
    return pick(surface, QColor(0x96, 0x43, 0x00), QColor(0xf5, 0xb0, 0x5a));
}

QColor selectionColour(Surface surface)
{
    return pick(surface, QColor(0x1e, 0x6f, 0xd9), QColor(0x5a, 0xa2, 0xff));
}

QColor departedBorder(Surface surface)
{
    return pick(surface, QColor(0xc4, 0xc4, 0xc4), QColor(0x5a, 0x5f, 0x65));
}

namespace {

QColor badgeColour(SupportLevel support)
{
    switch (support) {
    case SupportLevel::Mentor:
        return QColor(0x1b, 0x6e, 0x2e);
    case SupportLevel::Supporter:
        return QColor(0x3f, 0x9a, 0x4f);
    case SupportLevel::Neutral:
        return QColor(0x8a, 0x8f, 0x96);
    case SupportLevel::NonSupporter:
        return QColor(0xd0, 0x7a, 0x12);
    case SupportLevel::Opponent:
        return QColor(0xc0, 0x28, 0x28);
    }
    return Qt::gray;
}

} // namespace

QColor supportColour(SupportLevel support, Surface surface)
{
    switch (support) {
    case SupportLevel::Mentor:
        return pick(surface, badgeColour(support), QColor(0x5c, 0xc4, 0x6e));
    case SupportLevel::Supporter:
        return pick(surface, badgeColour(support), QColor(0x8f, 0xd6, 0x98));
    case SupportLevel::Neutral:
        return pick(surface, badgeColour(support), QColor(0x8a, 0x8f, 0x96));
    case SupportLevel::NonSupporter:
        return pick(surface, badgeColour(support), QColor(0xf0, 0xa0, 0x50));
    case SupportLevel::Opponent:
        return pick(surface, badgeColour(support), QColor(0xf0, 0x6c, 0x6c));
    }
    return Qt::gray;
}

qreal supportBorderWidth(SupportLevel support)
{
    switch (support) {
    case SupportLevel::Mentor:
    case SupportLevel::Opponent:
        return 3.0;
    case SupportLevel::Supporter:
    case SupportLevel::NonSupporter:
        return 2.0;
    case SupportLevel::Neutral:
        return 1.0;
    }
    return 1.0;
}

QString supportSymbol(SupportLevel support)
{
    switch (support) {
    case SupportLevel::Mentor:
        return QStringLiteral("++");
    case SupportLevel::Supporter:
        return QStringLiteral("+");
    case SupportLevel::Neutral:
        return QStringLiteral("=");
    case SupportLevel::NonSupporter:
        return QStringLiteral("\u2212");
    case SupportLevel::Opponent:
        return QStringLiteral("\u2212\u2212");
    }
    return {};
}

void paintSupportBadge(QPainter *painter, const QPointF &centre, SupportLevel support, qreal radius)
{
    painter->save();
    painter->setPen(QPen(Qt::white, 1.2));
    painter->setBrush(badgeColour(support));
    painter->drawEllipse(centre, radius, radius);
    QFont badgeFont = font(FontRole::Small);
    badgeFont.setBold(true);
    badgeFont.setPixelSize(int(radius * 1.25));
    painter->setFont(badgeFont);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
        Qt::AlignCenter, supportSymbol(support));
    painter->restore();
}

QPen linePen(LinkKind kind, Surface surface)
{
    if (kind == LinkKind::DottedLine) {
        QPen pen(pick(surface, QColor(0x2f, 0x5f, 0x9e), QColor(0x7d, 0xaa, 0xe6)), 1.6, Qt::DashLine);
        pen.setDashPattern({4, 3});
        return pen;
    }
    return QPen(pick(surface, QColor(0x8e, 0x44, 0xad), QColor(0xc9, 0x95, 0xe3)), 1.6, Qt::SolidLine,
        Qt::RoundCap, Qt::RoundJoin);
}

QPen reportingPen(Surface surface)
{
    return QPen(pick(surface, QColor(0x6b, 0x71, 0x78), QColor(0x9a, 0xa0, 0xa6)), 1.4, Qt::SolidLine,
        Qt::FlatCap, Qt::MiterJoin);
}

QPen emptySeatPen(Surface surface)
{
    QPen pen(pick(surface, QColor(0x8a, 0x8f, 0x96), QColor(0x8a, 0x8f, 0x96)), 1.4, Qt::DashLine);
    pen.setDashPattern({5, 4});
    return pen;
}

QColor labelBackground(Surface surface)
{
    return pick(surface, Qt::white, QColor(0x1f, 0x22, 0x26));
}

QColor labelText(const QColor &lineColour, Surface surface)
{
    return pick(surface, lineColour.darker(120), lineColour.lighter(115));
}

QFont font(FontRole role)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    // No typographic shaping where the script does not need it: "fl" in a name stays two letters
    // when the PDF is searched or copied from (Qt 6.4 has no switch for ligatures alone), and
    // Arabic or Hebrew names are still shaped properly.
    f.setStyleStrategy(QFont::PreferNoShaping);
    switch (role) {
    case FontRole::Name:
        f.setPixelSize(13);
        f.setBold(true);
        break;
    case FontRole::Body:
        f.setPixelSize(11);
        break;
    case FontRole::Small:
        f.setPixelSize(10);
        break;
    case FontRole::Title:
        f.setPixelSize(20);
        f.setBold(true);
        break;
    case FontRole::Heading:
        f.setPixelSize(11);
        f.setBold(true);
        break;
    }
    return f;
}

namespace {

// One symbol of the legend with its text.
struct LegendEntry
{
    enum class Symbol { Fill, Badge, Reporting, DottedLine, Influence, Departed, EmptySeat };
    Symbol symbol;
    Relationship relationship = Relationship::None;
    SupportLevel support = SupportLevel::Neutral;
    QString text;
};

struct LegendSection
{
    QString heading;
    QList<LegendEntry> entries;
};

QList<LegendSection> legendSections()
{
    using Symbol = LegendEntry::Symbol;
    LegendSection relationships {MapLegendText::tr("Relationship"), {}};
    for (const Relationship relationship : allRelationships)
        relationships.entries.append(
            {Symbol::Fill, relationship, SupportLevel::Neutral, displayName(relationship)});
    LegendSection support {MapLegendText::tr("Support"), {}};
    for (const SupportLevel level : allSupportLevels)
        support.entries.append({Symbol::Badge, Relationship::None, level, displayName(level)});
    LegendSection lines {MapLegendText::tr("Lines"),
        {{Symbol::Reporting, {}, {}, MapLegendText::tr("reports to")},
            {Symbol::DottedLine, {}, {}, MapLegendText::tr("dotted-line report")},
            {Symbol::Influence, {}, {}, MapLegendText::tr("influences")},
            {Symbol::Departed, {}, {}, MapLegendText::tr("left the company")},
            {Symbol::EmptySeat, {}, {}, MapLegendText::tr("empty seat")}}};
    return {relationships, support, lines};
}

constexpr qreal headingWidth = 92;
constexpr qreal symbolWidth = 26;
constexpr qreal symbolGap = 6;
constexpr qreal entryGap = 16;

// Where each entry goes when the legend may be `maxWidth` wide: entries flow along a row and
// wrap under their section's entries. Calls `place(section, entry, symbolRect)` for each.
template<typename Place> QSizeF flowLegend(qreal maxWidth, Place &&place)
{
    const QFontMetricsF metrics(font(FontRole::Small));
    const QList<LegendSection> sections = legendSections();
    const qreal left = legendPadding + headingWidth;
    const qreal right = std::max(maxWidth - legendPadding, left + 200);
    qreal y = legendPadding;
    qreal widest = 0;
    for (const LegendSection &section : sections) {
        place(section, nullptr, QRectF(legendPadding, y, headingWidth, legendRow));
        qreal x = left;
        for (const LegendEntry &entry : section.entries) {
            const qreal width = symbolWidth + symbolGap + metrics.horizontalAdvance(entry.text);
            if (x > left && x + width > right) {
                x = left;
                y += legendRow;
            }
            place(section, &entry, QRectF(x, y, symbolWidth, legendRow));
            x += width;
            widest = std::max(widest, x);
            x += entryGap;
        }
        y += legendRow;
    }
    return QSizeF(widest + legendPadding, y + legendPadding);
}

QColor legendBackground(Surface surface)
{
    return pick(surface, QColor(0xfb, 0xfb, 0xfc), QColor(0x23, 0x27, 0x2b));
}

QColor legendBorder(Surface surface)
{
    return pick(surface, QColor(0xd0, 0xd3, 0xd8), QColor(0x4a, 0x4f, 0x55));
}

void paintSymbol(QPainter *painter, const LegendEntry &entry, const QRectF &cell, Surface surface)
{
    using Symbol = LegendEntry::Symbol;
    const QRectF box(cell.left(), cell.center().y() - swatch / 2, symbolWidth - 4, swatch);
    const qreal mid = cell.center().y();
    switch (entry.symbol) {
    case Symbol::Fill:
        painter->setPen(QPen(QColor(0x8a, 0x8f, 0x96), 0.8));
        painter->setBrush(fill(entry.relationship, surface));
        painter->drawRoundedRect(box, 2, 2);
        break;
    case Symbol::Badge:
        paintSupportBadge(painter, QPointF(cell.left() + swatch / 2 + 1, mid), entry.support, swatch / 2 + 1);
        break;
    case Symbol::Reporting:
        painter->setPen(reportingPen(surface));
        painter->drawLine(QPointF(cell.left(), mid), QPointF(cell.right(), mid));
        break;
    case Symbol::DottedLine:
        painter->setPen(linePen(LinkKind::DottedLine, surface));
        painter->drawLine(QPointF(cell.left(), mid), QPointF(cell.right(), mid));
        break;
    case Symbol::Influence: {
        const QPen pen = linePen(LinkKind::Influence, surface);
        painter->setPen(pen);
        painter->drawLine(QPointF(cell.left(), mid), QPointF(cell.right() - 4, mid));
        QPainterPath head;
        head.moveTo(cell.right(), mid);
        head.lineTo(cell.right() - 7, mid - 4);
        head.lineTo(cell.right() - 7, mid + 4);
        head.closeSubpath();
        painter->fillPath(head, pen.color());
        break;
    }
    case Symbol::Departed:
        painter->setPen(QPen(departedBorder(surface), 1));
        painter->setBrush(departedFill(surface));
        painter->drawRoundedRect(box, 2, 2);
        break;
    case Symbol::EmptySeat:
        painter->setPen(emptySeatPen(surface));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box, 2, 2);
        break;
    }
}

} // namespace

QSizeF legendSize(qreal maxWidth)
{
    return flowLegend(maxWidth, [](const LegendSection &, const LegendEntry *, const QRectF &) {});
}

void paintLegend(QPainter *painter, const QPointF &topLeft, Surface surface, qreal maxWidth)
{
    painter->save();
    painter->translate(topLeft);
    const QSizeF size = legendSize(maxWidth);
    painter->setPen(QPen(legendBorder(surface), 1));
    painter->setBrush(legendBackground(surface));
    painter->drawRoundedRect(QRectF(QPointF(0.5, 0.5), size - QSizeF(1, 1)), 4, 4);
    const QFont heading = font(FontRole::Heading);
    const QFont body = font(FontRole::Small);
    flowLegend(maxWidth, [&](const LegendSection &section, const LegendEntry *entry, const QRectF &cell) {
        if (!entry) {
            painter->setFont(heading);
            painter->setPen(textColour(false, surface));
            painter->drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, section.heading);
            return;
        }
        paintSymbol(painter, *entry, cell, surface);
        painter->setFont(body);
        painter->setPen(textColour(false, surface));
        painter->drawText(QRectF(cell.right() + symbolGap, cell.top(), 400, cell.height()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, entry->text);
    });
    painter->restore();
}

// Described in English: only a failing test reads these.
QList<TextOnBackground> textPairs(Surface surface)
{
    QList<TextOnBackground> pairs;
    for (const Relationship relationship : allRelationships) {
        const QColor behind = fill(relationship, surface);
        const QString where = QStringLiteral("on a %1 person").arg(displayName(relationship));
        pairs.append({QStringLiteral("Name %1").arg(where), textColour(false, surface), behind});
        pairs.append({QStringLiteral("Title %1").arg(where), mutedTextColour(false, surface), behind});
        pairs.append({QStringLiteral("Question %1").arg(where), questionColour(surface), behind});
    }
    pairs.append({QStringLiteral("Name of a person who left"), textColour(true, surface), departedFill(surface)});
    pairs.append({QStringLiteral("Title of a person who left"), mutedTextColour(true, surface), departedFill(surface)});
    pairs.append({QStringLiteral("Empty seat"), textColour(false, surface), seatFill(surface)});
    pairs.append({QStringLiteral("Empty seat's note"), mutedTextColour(false, surface), seatFill(surface)});
    for (const LinkKind kind : {LinkKind::DottedLine, LinkKind::Influence})
        pairs.append({QStringLiteral("Label of a %1 link").arg(displayName(kind)),
            labelText(linePen(kind, surface).color(), surface), labelBackground(surface)});
    pairs.append({QStringLiteral("Legend"), textColour(false, surface), legendBackground(surface)});
    return pairs;
}

} // namespace keyplan::mapstyle
