#include "ui/map/maplegendwidget.h"

#include "ui/map/mapstyle.h"

#include <QPainter>
#include <QResizeEvent>

#include <cmath>

namespace keyplan {

MapLegendWidget::MapLegendWidget(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Legend of the stakeholder map"));
}

int MapLegendWidget::heightForWidth(int width) const
{
    return int(std::ceil(mapstyle::legendSize(width).height()));
}

QSize MapLegendWidget::sizeHint() const
{
    const QSizeF size = mapstyle::legendSize();
    return QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
}

QSize MapLegendWidget::minimumSizeHint() const
{
    // As tall as it is at the width it has: at the narrowest it would claim the map's room on a
    // small screen (resizeEvent keeps the height right as the width changes).
    return QSize(320, heightForWidth(std::max(width(), 320)));
}

void MapLegendWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (height() != heightForWidth(width()))
        setFixedHeight(heightForWidth(width()));
}

void MapLegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    mapstyle::paintLegend(&painter, QPointF(0, 0), mapstyle::Surface::Screen, width());
}

} // namespace keyplan
