#pragma once

#include "item/qbrdata.h"

#include <QObject>
#include <QTextObjectInterface>

#include <memory>

class QImage;

namespace keyplan {

class StakeholderMapScene;

// The pictures of a QBR summary, painted straight onto the page as vectors (never raster images,
// which print blurred): the stakeholder map with its legend, and the revenue history chart.
// Registered on a QTextDocument for objectType(); the document marks where each one goes.
class QbrFigures final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    enum Figure { Map = 1, RevenueChart = 2 };
    static constexpr int objectType() { return QTextFormat::UserObject + 7; }

    // `width` is the text width in sheet units; `data` must outlive the figures.
    QbrFigures(const QbrData &data, qreal width, QObject *parent = nullptr);
    ~QbrFigures() override;

    void registerOn(QTextDocument *document);
    QSizeF figureSize(Figure figure) const;
    void paintFigure(QPainter *painter, const QRectF &rect, Figure figure) const;
    // The figure as a picture, for writers that cannot paint (the OpenDocument file).
    QImage figureImage(Figure figure, qreal pixelRatio) const;

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
        const QTextFormat &format) override;

private:
    StakeholderMapScene &scene() const;
    qreal mapScale() const;
    void paintMap(QPainter *painter, const QRectF &rect) const;
    void paintRevenue(QPainter *painter, const QRectF &rect) const;

    const QbrData &m_data;
    qreal m_width;
    mutable std::unique_ptr<StakeholderMapScene> m_scene;
};

} // namespace keyplan
