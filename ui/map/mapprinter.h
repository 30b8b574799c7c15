#pragma once

#include "domain/stakeholdermap.h"

#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace keyplan {

class StakeholderMapScene;

// The stakeholder map on paper, and as PDF, SVG and PNG: one painting path for all of them.
//
// A page carries the account, the plan, the date, the coverage figures and the legend. A map that
// fits one page readably is scaled onto it; a larger one is tiled over several pages at a readable
// scale, with overlap marks on every tile, after an overview page that shows how the tiles join.

// Letter where the locale uses it (the United States, Canada, Mexico, the Philippines...), else A4.
QPageSize defaultPageSize(const QLocale &locale = QLocale());
QPageLayout defaultMapPageLayout(const QLocale &locale = QLocale());

struct MapPagePlan
{
    qreal scale = 1; // map units to sheet units (1 sheet unit = 0.75 pt, a CSS pixel)
    int columns = 1;
    int rows = 1;
    bool tiled() const { return columns * rows > 1; }
    int pageCount() const { return tiled() ? columns * rows + 1 : 1; } // the overview comes first
};

// How the map of `scene` goes onto pages whose printable area is `paintRectPoints`.
MapPagePlan planMapPages(const StakeholderMapScene &scene, const QSizeF &paintRectPoints);

// For a map printed inside another document (the QBR's appendix): whether `map` (scene units)
// fits `area` (sheet units) with its text at 7 pt or more; the readable tiles it takes otherwise;
// the overview (boxes without words, the tiles outlined and numbered from `firstTilePage`) and
// tile `index` (row by row), its marks naming its neighbours' pages.
bool fitsReadably(const QRectF &map, const QSizeF &area);
MapPagePlan planMapTiles(const QRectF &map, const QSizeF &area);
void paintMapOverview(QPainter *painter, StakeholderMapScene &scene, const QRectF &area, const MapPagePlan &plan,
    int firstTilePage);
void paintMapTile(QPainter *painter, StakeholderMapScene &scene, const QRectF &area, const MapPagePlan &plan,
    int index, int firstTilePage);

// Paints every page on `device` (a QPrinter or QPdfWriter whose page layout is set). Returns false,
// with the reason in `error`, when the device could not be painted on.
bool paintMapPages(QPagedPaintDevice *device, const StakeholderMapData &map, QString *error = nullptr);

// The whole map on one sheet at its natural size, for SVG and PNG.
QSizeF mapSheetSize(const StakeholderMapScene &scene);
void paintMapSheet(QPainter *painter, StakeholderMapScene &scene);

// Writes OUT.pdf, OUT.svg or OUT.png, by the suffix; the file is replaced atomically and only
// when everything was written. False, with the reason, otherwise (nothing is left behind).
bool exportMap(const StakeholderMapData &map, const QString &path, const QPageLayout &pageLayout,
    QString *error = nullptr);

} // namespace keyplan
