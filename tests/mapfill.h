#pragma once

#include "ui/map/mapnodeitem.h"
#include "ui/map/stakeholdermapscene.h"

#include <QColor>
#include <QImage>
#include <QPainter>

namespace keyplan::test {

// The colour inside a node's box where no text or badge is drawn, as `scene` renders it.
inline QColor fillOf(StakeholderMapScene &scene, MapNodeItem *node)
{
    const QRectF rect = node->nodeRect();
    QImage image(int(rect.width()), int(rect.height()), QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    painter.end();
    return image.pixelColor(int(rect.width()) - 14, int(rect.height()) - 5);
}

} // namespace keyplan::test
