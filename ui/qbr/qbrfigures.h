#pragma once

#include "item/qbrdata.h"

#include <QObject>
#include <QTextObjectInterface>

#include <memory>
#include <optional>

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

    // A map too large to print readably in the text shows its key people there, and the whole map
    // follows as an appendix of readable tiles after an overview: its pages for a body of `body`
    // sheet units, and page `index` of it.
    bool mapNeedsAppendix() const;
    void setAppendixFollows(bool follows) { m_appendixFollows = follows; } // the caption says so
    int appendixPages(const QSizeF &body) const;
    void paintAppendix(QPainter *painter, const QRectF &body, int index, int firstPage) const;
    void paintFigure(QPainter *painter, const QRectF &rect, Figure figure) const;
    // The figure as a picture, for writers that cannot paint (the OpenDocument file).
    QImage figureImage(Figure figure, qreal pixelRatio) const;

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
        const QTextFormat &format) override;

private:
    enum class MapShown { Whole, KeyPeople, Nobody };
    StakeholderMapScene &scene() const; // the whole map
    StakeholderMapScene &shownScene() const; // the one printed in the text
    StakeholderMapScene &shownSceneFor(MapShown shown) const;
    MapShown mapShown() const;
    qreal mapScale() const;
    QSizeF mapArea() const; // room for the map in the text, less its legend and caption
    void paintMap(QPainter *painter, const QRectF &rect) const;
    void paintRevenue(QPainter *painter, const QRectF &rect) const;

    const QbrData &m_data;
    qreal m_width;
    mutable std::unique_ptr<StakeholderMapScene> m_scene;
    mutable std::unique_ptr<StakeholderMapScene> m_keyScene;
    mutable std::optional<MapShown> m_shown;
    bool m_appendixFollows = false;
};

} // namespace keyplan
