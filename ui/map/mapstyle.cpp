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
        return QColor(0xec, 0xea, 0xe4);
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
    painter->drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
        supportSymbol(support));
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

QSizeF legendSize()
{
    return QSizeF(780, 3 * legendRow + 2 * legendPadding);
}

void paintLegend(QPainter *painter, const QPointF &topLeft)
{
    painter->save();
    const QSizeF size = legendSize();
    const QRectF frame(topLeft, size);
    painter->setPen(QPen(QColor(0xd0, 0xd3, 0xd8), 1));
    painter->setBrush(QColor(0xfb, 0xfb, 0xfc));
    painter->drawRoundedRect(frame, 4, 4);

    const QFont heading = font(FontRole::Heading);
    const QFont body = font(FontRole::Small);
    const qreal labelWidth = 92;
    const qreal left = frame.left() + legendPadding;
    auto rowTop = [&](int row) { return frame.top() + legendPadding + row * legendRow; };
    auto drawHeading = [&](int row, const QString &text) {
        painter->setFont(heading);
        painter->setPen(textColour(false));
        painter->drawText(QRectF(left, rowTop(row), labelWidth, legendRow), Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    // Draws an entry's text after its symbol and returns where the next entry starts.
    auto drawEntry = [&](qreal x, int row, const QString &text) {
        painter->setFont(body);
        painter->setPen(textColour(false));
        const qreal width = QFontMetricsF(body).horizontalAdvance(text);
        painter->drawText(QRectF(x, rowTop(row), width + 2, legendRow), Qt::AlignLeft | Qt::AlignVCenter, text);
        return x + width + 16;
    };
    auto swatchRect = [&](qreal x, int row) {
        return QRectF(x, rowTop(row) + (legendRow - swatch) / 2, swatch * 1.6, swatch);
    };

    drawHeading(0, MapLegendText::tr("Relationship"));
    qreal x = left + labelWidth;
    for (const Relationship relationship : allRelationships) {
        painter->setPen(QPen(QColor(0x8a, 0x8f, 0x96), 0.8));
        painter->setBrush(fill(relationship));
        const QRectF box = swatchRect(x, 0);
        painter->drawRoundedRect(box, 2, 2);
        x = drawEntry(box.right() + 5, 0, displayName(relationship));
    }

    drawHeading(1, MapLegendText::tr("Support"));
    x = left + labelWidth;
    for (const SupportLevel support : allSupportLevels) {
        paintSupportBadge(painter, QPointF(x + swatch / 2 + 1, rowTop(1) + legendRow / 2), support, swatch / 2 + 1);
        x = drawEntry(x + swatch + 7, 1, displayName(support));
    }

    drawHeading(2, MapLegendText::tr("Lines"));
    x = left + labelWidth;
    const qreal mid = rowTop(2) + legendRow / 2;
    painter->setPen(reportingPen());
    painter->drawLine(QPointF(x, mid), QPointF(x + 26, mid));
    x = drawEntry(x + 31, 2, MapLegendText::tr("reports to"));
    painter->setPen(linePen(LinkKind::DottedLine));
    painter->drawLine(QPointF(x, mid), QPointF(x + 26, mid));
    x = drawEntry(x + 31, 2, MapLegendText::tr("dotted-line report"));
    const QPen influence = linePen(LinkKind::Influence);
    painter->setPen(influence);
    painter->drawLine(QPointF(x, mid), QPointF(x + 22, mid));
    QPainterPath head;
    head.moveTo(x + 26, mid);
    head.lineTo(x + 19, mid - 4);
    head.lineTo(x + 19, mid + 4);
    head.closeSubpath();
    painter->fillPath(head, influence.color());
    x = drawEntry(x + 31, 2, MapLegendText::tr("influences"));
    painter->setPen(QPen(QColor(0xc4, 0xc4, 0xc4), 1));
    painter->setBrush(departedFill());
    QRectF box = swatchRect(x, 2);
    painter->drawRoundedRect(box, 2, 2);
    x = drawEntry(box.right() + 5, 2, MapLegendText::tr("left the company"));
    painter->setPen(emptySeatPen());
    painter->setBrush(Qt::NoBrush);
    box = swatchRect(x, 2);
    painter->drawRoundedRect(box, 2, 2);
    drawEntry(box.right() + 5, 2, MapLegendText::tr("empty seat"));
    painter->restore();
}

} // namespace keyplan::mapstyle
