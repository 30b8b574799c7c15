#pragma once

#include <QWidget>

namespace keyplan {

// The map's legend as a widget under the map, wrapping to the width it is given: always in sight,
// never over the map.
class MapLegendWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit MapLegendWidget(QWidget *parent = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace keyplan
