#include "ui/map/mapstyle.h"

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

QColor fill(Relationship relationship)
{
    switch (relationship) {
    case Relationship::None:
        return QColor(0xff, 0xff, 0xff);
    case Relationship::Cold:
        return QColor(0xcf, 0xe0, 0xf3);
    case Relationship::Neutral:
        return QColor(0xf6, 0xef, 0xc6);
    case Relationship::Warm:
        return QColor(0xfc, 0xe2, 0xbd);
    case Relationship::Strong:
        return QColor(0xbf, 0xe3, 0xc2);
    }
    return Qt::white;
}

QColor departedFill()
{
    return QColor(0xf2, 0xf2, 0xf2);
}

QColor textColour(bool departed)
{
    return departed ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x1d, 0x1f, 0x22);
}

QColor mutedTextColour(bool departed)
{
    return departed ? QColor(0xaa, 0xaa, 0xaa) : QColor(0x4a, 0x4f, 0x55);
}

QColor questionColour()
{
    return QColor(0xa3, 0x4a, 0x00); // dark amber: readable on every relationship fill
}

QColor supportColour(SupportLevel support)
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
    painter->setBrush(supportColour(support));
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

QPen linePen(LinkKind kind)
{
    if (kind == LinkKind::DottedLine) {
        QPen pen(QColor(0x2f, 0x5f, 0x9e), 1.6, Qt::DashLine);
        pen.setDashPattern({4, 3});
        return pen;
    }
    return QPen(QColor(0x8e, 0x44, 0xad), 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

QPen reportingPen()
{
    return QPen(QColor(0x6b, 0x71, 0x78), 1.4, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
}

QPen emptySeatPen()
{
    QPen pen(QColor(0x8a, 0x8f, 0x96), 1.4, Qt::DashLine);
    pen.setDashPattern({5, 4});
    return pen;
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

void paintSymbol(QPainter *painter, const LegendEntry &entry, const QRectF &cell)
{
    using Symbol = LegendEntry::Symbol;
    const QRectF box(cell.left(), cell.center().y() - swatch / 2, symbolWidth - 4, swatch);
    const qreal mid = cell.center().y();
    switch (entry.symbol) {
    case Symbol::Fill:
        painter->setPen(QPen(QColor(0x8a, 0x8f, 0x96), 0.8));
        painter->setBrush(fill(entry.relationship));
        painter->drawRoundedRect(box, 2, 2);
        break;
    case Symbol::Badge:
        paintSupportBadge(painter, QPointF(cell.left() + swatch / 2 + 1, mid), entry.support, swatch / 2 + 1);
        break;
    case Symbol::Reporting:
        painter->setPen(reportingPen());
        painter->drawLine(QPointF(cell.left(), mid), QPointF(cell.right(), mid));
        break;
    case Symbol::DottedLine:
        painter->setPen(linePen(LinkKind::DottedLine));
        painter->drawLine(QPointF(cell.left(), mid), QPointF(cell.right(), mid));
        break;
    case Symbol::Influence: {
        const QPen pen = linePen(LinkKind::Influence);
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
        painter->setPen(QPen(QColor(0xc4, 0xc4, 0xc4), 1));
        painter->setBrush(departedFill());
        painter->drawRoundedRect(box, 2, 2);
        break;
    case Symbol::EmptySeat:
        painter->setPen(emptySeatPen());
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

void paintLegend(QPainter *painter, const QPointF &topLeft, qreal maxWidth)
{
    painter->save();
    painter->translate(topLeft);
    const QSizeF size = legendSize(maxWidth);
    painter->setPen(QPen(QColor(0xd0, 0xd3, 0xd8), 1));
    painter->setBrush(QColor(0xfb, 0xfb, 0xfc));
    painter->drawRoundedRect(QRectF(QPointF(0.5, 0.5), size - QSizeF(1, 1)), 4, 4);
    const QFont heading = font(FontRole::Heading);
    const QFont body = font(FontRole::Small);
    flowLegend(maxWidth, [&](const LegendSection &section, const LegendEntry *entry, const QRectF &cell) {
        if (!entry) {
            painter->setFont(heading);
            painter->setPen(textColour(false));
            painter->drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, section.heading);
            return;
        }
        paintSymbol(painter, *entry, cell);
        painter->setFont(body);
        painter->setPen(textColour(false));
        painter->drawText(QRectF(cell.right() + symbolGap, cell.top(), 400, cell.height()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, entry->text);
    });
    painter->restore();
}

} // namespace keyplan::mapstyle
