#include "ui/style/readablestyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOption>

namespace keyplan {
namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Between the text and the field it sits on: 55% of the way from the field to the text.
QColor outlineOn(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor field = palette.color(QPalette::Base);
    const auto mix = [](int from, int to) { return from + (to - from) * 55 / 100; };
    return QColor(mix(field.red(), text.red()), mix(field.green(), text.green()), mix(field.blue(), text.blue()));
}

// "»", drawn at `size` device pixels in `colour`.
QPixmap chevrons(int size, const QColor &colour, Qt::Orientation orientation)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, qMax(1.0, size / 10.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    if (orientation == Qt::Vertical) { // pointing down, for a vertical toolbar
        painter.translate(size, 0);
        painter.rotate(90);
    }
    const qreal unit = size / 16.0;
    for (const qreal x : {4.0, 9.0}) {
        QPainterPath path;
        path.moveTo(x * unit, 4 * unit);
        path.lineTo((x + 3.5) * unit, 8 * unit);
        path.lineTo(x * unit, 12 * unit);
        painter.drawPath(path);
    }
    return pixmap;
}

} // namespace

ReadableStyle::ReadableStyle(QStyle *base)
    : QProxyStyle(base ? base : QStyleFactory::create(QStringLiteral("Fusion")))
{
}

void ReadableStyle::installIfFusion()
{
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(new ReadableStyle);
}

void ReadableStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
    const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool checkBox = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (!option || !(checkBox || element == PE_IndicatorRadioButton) || !isDark(option->palette))
        return;
    painter->save();
    QColor outline = outlineOn(option->palette);
    if (!(option->state & State_Enabled))
        outline.setAlpha(110);
    painter->setPen(QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    painter->setRenderHint(QPainter::Antialiasing, !checkBox);
    if (checkBox) {
        // Fusion's box: the indicator's rectangle, a pixel in from the right and bottom.
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    } else {
        painter->drawEllipse(QRectF(option->rect).adjusted(1.5, 1.5, -1.5, -1.5));
    }
    painter->restore();
}

QIcon ReadableStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    const QPalette palette = option ? option->palette : widget ? widget->palette() : QApplication::palette();
    if ((icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton) && isDark(palette)) {
        const Qt::Orientation orientation = icon == SP_ToolBarHorizontalExtensionButton ? Qt::Horizontal : Qt::Vertical;
        QIcon chevron;
        for (const int size : {16, 32, 48})
            chevron.addPixmap(chevrons(size, palette.color(QPalette::WindowText), orientation));
        return chevron;
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

} // namespace keyplan
