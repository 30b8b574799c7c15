#include "ui/map/mapprinter.h"

#include "domain/coveragetext.h"
#include "ui/map/mapstyle.h"
#include "ui/map/stakeholdermapscene.h"
#include "ui/printing/svgpicture.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace keyplan {

namespace {

class MapPrintText
{
    Q_DECLARE_TR_FUNCTIONS(MapPrint)
};

constexpr qreal pointsPerUnit = 0.75; // a sheet unit is a CSS pixel
constexpr qreal headerHeight = 66;
constexpr qreal gap = 12;
// A map is never printed with text under 7 pt: its smallest text (10 px, the links' labels and
// recency) at 0.94 × 0.75 pt a unit. Smaller than that, it is tiled at between this and full size.
constexpr qreal minimumScale = 0.94;
constexpr qreal tileScale = 1.0;
constexpr qreal overlap = 36; // sheet units two neighbouring tiles share
constexpr qreal sheetMargin = 24;
const QColor markColour(0x9a, 0xa0, 0xa6);

struct PageText
{
    QString title;
    QString subtitle;
    QString coverage;
};

PageText pageText(const StakeholderMapData &map)
{
    PageText text;
    text.title = map.accountName;
    QStringList subtitle {MapPrintText::tr("Stakeholder map")};
    if (!map.planName.isEmpty())
        subtitle << map.planName;
    subtitle << QLocale().toString(map.asOf, QLocale::LongFormat);
    text.subtitle = subtitle.join(QStringLiteral(" · "));
    text.coverage = coverageSummary(map.coverage, map.settings);
    return text;
}

void drawLine(QPainter *painter, const QRectF &rect, mapstyle::FontRole role, const QColor &colour,
    const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    const QFont font = mapstyle::font(role);
    painter->setFont(font);
    painter->setPen(colour);
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, rect.width());
    painter->drawText(rect, alignment | Qt::AlignVCenter | Qt::TextSingleLine, shown);
}

// Account, plan and date, page label, coverage; a rule below.
void paintHeader(QPainter *painter, const QRectF &sheet, const PageText &text, const QString &pageLabel)
{
    const qreal width = sheet.width();
    const qreal labelWidth = pageLabel.isEmpty() ? 0 : 260;
    drawLine(painter, QRectF(sheet.left(), sheet.top(), width - labelWidth, 26), mapstyle::FontRole::Title,
        mapstyle::textColour(false, mapstyle::Surface::Paper), text.title);
    if (!pageLabel.isEmpty())
        drawLine(painter, QRectF(sheet.right() - labelWidth, sheet.top(), labelWidth, 26),
            mapstyle::FontRole::Body, mapstyle::mutedTextColour(false, mapstyle::Surface::Paper), pageLabel, Qt::AlignRight);
    drawLine(painter, QRectF(sheet.left(), sheet.top() + 27, width, 16), mapstyle::FontRole::Body,
        mapstyle::mutedTextColour(false, mapstyle::Surface::Paper), text.subtitle);
    drawLine(painter, QRectF(sheet.left(), sheet.top() + 44, width, 16), mapstyle::FontRole::Heading,
        mapstyle::textColour(false, mapstyle::Surface::Paper), text.coverage);
    painter->setPen(QPen(QColor(0xd0, 0xd3, 0xd8), 1));
    painter->drawLine(QPointF(sheet.left(), sheet.top() + headerHeight - 3),
        QPointF(sheet.right(), sheet.top() + headerHeight - 3));
}

// The legend at the foot of the sheet, wrapped to the sheet's width.
qreal footerHeight(const QRectF &sheet)
{
    return mapstyle::legendSize(sheet.width()).height();
}

void paintFooter(QPainter *painter, const QRectF &sheet)
{
    mapstyle::paintLegend(painter, QPointF(sheet.left(), sheet.bottom() - footerHeight(sheet)),
        mapstyle::Surface::Paper, sheet.width());
}

QRectF mapArea(const QRectF &sheet)
{
    return QRectF(sheet.left(), sheet.top() + headerHeight + gap, sheet.width(),
        sheet.height() - headerHeight - 2 * gap - footerHeight(sheet));
}

void renderMap(QPainter *painter, StakeholderMapScene &scene, const QRectF &target, const QRectF &source)
{
    painter->save();
    painter->setClipRect(target);
    scene.render(painter, target, source, Qt::IgnoreAspectRatio);
    painter->restore();
}

void drawDashed(QPainter *painter, const QPointF &from, const QPointF &to)
{
    QPen pen(markColour, 0.8, Qt::DashLine);
    pen.setDashPattern({6, 4});
    painter->setPen(pen);
    painter->drawLine(from, to);
}

// Corner marks around a tile and dashed lines where the neighbouring tiles' content begins.
void paintTileMarks(
    QPainter *painter, const QRectF &target, int row, int column, const MapPagePlan &plan, int firstTilePage)
{
    const qreal share = overlap;
    const qreal mark = 10;
    painter->setPen(QPen(markColour, 0.8));
    const QPointF corners[]
        = {target.topLeft(), target.topRight(), target.bottomLeft(), target.bottomRight()};
    for (const QPointF &corner : corners) {
        const qreal dx = corner.x() == target.left() ? -1 : 1;
        const qreal dy = corner.y() == target.top() ? -1 : 1;
        painter->drawLine(corner + QPointF(dx * 2, 0), corner + QPointF(dx * (2 + mark), 0));
        painter->drawLine(corner + QPointF(0, dy * 2), corner + QPointF(0, dy * (2 + mark)));
    }
    auto pageOf = [&](int r, int c) { return firstTilePage + r * plan.columns + c; };
    const QFont small = mapstyle::font(mapstyle::FontRole::Small);
    painter->setFont(small);
    auto label = [&](const QRectF &where, Qt::Alignment alignment, const QString &text) {
        const qreal width = QFontMetricsF(small).horizontalAdvance(text) + 8;
        QRectF box = where;
        box.setWidth(width);
        if (alignment & Qt::AlignRight)
            box.moveRight(where.right());
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(markColour.darker(130));
        painter->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, text);
    };
    if (column + 1 < plan.columns) {
        const qreal x = target.right() - share;
        drawDashed(painter, QPointF(x, target.top()), QPointF(x, target.bottom()));
        label(QRectF(x - 200, target.top() + 2, 196, 14), Qt::AlignRight,
            MapPrintText::tr("continues on page %1 \u2192").arg(pageOf(row, column + 1)));
    }
    if (column > 0) {
        const qreal x = target.left() + share;
        drawDashed(painter, QPointF(x, target.top()), QPointF(x, target.bottom()));
        label(QRectF(x + 4, target.top() + 2, 196, 14), Qt::AlignLeft,
            MapPrintText::tr("\u2190 from page %1").arg(pageOf(row, column - 1)));
    }
    if (row + 1 < plan.rows) {
        const qreal y = target.bottom() - share;
        drawDashed(painter, QPointF(target.left(), y), QPointF(target.right(), y));
        label(QRectF(target.left() + 4, y - 16, 196, 14), Qt::AlignLeft,
            MapPrintText::tr("continues on page %1 \u2193").arg(pageOf(row + 1, column)));
    }
    if (row > 0) {
        const qreal y = target.top() + share;
        drawDashed(painter, QPointF(target.left(), y), QPointF(target.right(), y));
        label(QRectF(target.right() - 200, y + 2, 196, 14), Qt::AlignRight,
            MapPrintText::tr("\u2191 from page %1").arg(pageOf(row - 1, column)));
    }
}

// The source rectangle of the map one tile shows.
QRectF tileSource(const QRectF &map, const QRectF &area, const MapPagePlan &plan, int row, int column)
{
    const QSizeF visible = area.size() / plan.scale;
    const qreal step = overlap / plan.scale;
    const QPointF origin(
        map.left() + column * (visible.width() - step), map.top() + row * (visible.height() - step));
    return QRectF(origin, visible);
}

} // namespace

QPageSize defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

QPageLayout defaultMapPageLayout(const QLocale &locale)
{
    return QPageLayout(
        defaultPageSize(locale), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}

MapPagePlan planMapPages(const StakeholderMapScene &scene, const QSizeF &paintRectPoints)
{
    const QRectF sheet(QPointF(0, 0), paintRectPoints / pointsPerUnit);
    const QRectF area = mapArea(sheet);
    const QRectF map = scene.mapRect();
    MapPagePlan plan;
    plan.scale = std::min({1.0, area.width() / map.width(), area.height() / map.height()});
    if (plan.scale >= minimumScale)
        return plan;
    return planMapTiles(map, area.size());
}

MapPagePlan planMapTiles(const QRectF &map, const QSizeF &area)
{
    // The largest readable scale that needs the fewest pages (a map a little taller than a page
    // should not take a second row of nearly empty tiles).
    const auto tilesAt = [&](qreal scale) {
        MapPagePlan tiles;
        tiles.scale = scale;
        const QSizeF visible = area / scale;
        const qreal step = overlap / scale;
        tiles.columns = std::max(1, int(std::ceil((map.width() - step) / (visible.width() - step))));
        tiles.rows = std::max(1, int(std::ceil((map.height() - step) / (visible.height() - step))));
        return tiles;
    };
    MapPagePlan plan = tilesAt(tileScale);
    for (qreal scale = tileScale - 0.01; scale >= minimumScale - 1e-9; scale -= 0.01) {
        const MapPagePlan smaller = tilesAt(scale);
        if (smaller.columns * smaller.rows < plan.columns * plan.rows)
            plan = smaller;
    }
    return plan;
}

bool fitsReadably(const QRectF &map, const QSizeF &area)
{
    return !map.isEmpty() && std::min({1.0, area.width() / map.width(), area.height() / map.height()}) >= minimumScale;
}

void paintMapTile(QPainter *painter, StakeholderMapScene &scene, const QRectF &area, const MapPagePlan &plan,
    int index, int firstTilePage)
{
    const int row = index / plan.columns;
    const int column = index % plan.columns;
    const QRectF source = scene.mapRect();
    const QRectF tile = tileSource(source, area, plan, row, column);
    const QRectF part = tile & source;
    const QRectF target(area.topLeft() + (part.topLeft() - tile.topLeft()) * plan.scale, part.size() * plan.scale);
    renderMap(painter, scene, target, part);
    if (plan.tiled()) // one page is the whole map: nothing to assemble
        paintTileMarks(painter, target, row, column, plan, firstTilePage);
}

void paintMapOverview(QPainter *painter, StakeholderMapScene &scene, const QRectF &area, const MapPagePlan &plan,
    int firstTilePage)
{
    const QRectF source = scene.mapRect();
    const qreal fit = std::min(area.width() / source.width(), area.height() / source.height());
    const QRectF overview(
        QPointF(area.left() + (area.width() - source.width() * fit) / 2, area.top()), source.size() * fit);
    // Too small to read: the boxes and lines only, with the tiles that show them readably.
    scene.setTextShown(false);
    renderMap(painter, scene, overview, source);
    scene.setTextShown(true);
    for (int row = 0; row < plan.rows; ++row) {
        for (int column = 0; column < plan.columns; ++column) {
            const QRectF tile = tileSource(source, area, plan, row, column);
            const QRectF drawn((tile.left() - source.left()) * fit + overview.left(),
                (tile.top() - source.top()) * fit + overview.top(), tile.width() * fit, tile.height() * fit);
            const QRectF shown = drawn & overview;
            painter->setPen(QPen(QColor(0x1e, 0x6f, 0xd9), 1.2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(shown);
            painter->setFont(mapstyle::font(mapstyle::FontRole::Title));
            painter->setPen(QColor(0x1e, 0x6f, 0xd9));
            painter->drawText(shown.adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignTop,
                QString::number(firstTilePage + row * plan.columns + column));
        }
    }
}

bool paintMapPages(QPagedPaintDevice *device, const StakeholderMapData &map, QString *error)
{
    StakeholderMapScene scene(false);
    scene.setMap(map);
    const QRectF paintPoints = device->pageLayout().paintRect(QPageLayout::Point);
    const MapPagePlan plan = planMapPages(scene, paintPoints.size());

    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = MapPrintText::tr("The printer or file could not be opened for drawing.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal devicePerUnit = device->logicalDpiX() / 72.0 * pointsPerUnit;
    painter.scale(devicePerUnit, devicePerUnit * device->logicalDpiY() / device->logicalDpiX());
    const QRectF sheet(QPointF(0, 0), paintPoints.size() / pointsPerUnit);
    const QRectF area = mapArea(sheet);
    const QRectF source = scene.mapRect();
    const PageText text = pageText(map);

    if (!plan.tiled()) {
        paintHeader(&painter, sheet, text, QString());
        const QSizeF size = source.size() * plan.scale;
        const QRectF target(QPointF(area.left() + (area.width() - size.width()) / 2, area.top()), size);
        renderMap(&painter, scene, target, source);
        paintFooter(&painter, sheet);
        painter.end();
        return true;
    }

    // Overview: the whole map scaled to the page, with the tiles drawn over it.
    const int pages = plan.pageCount();
    paintHeader(&painter, sheet, text, MapPrintText::tr("Overview · page 1 of %1").arg(pages));
    paintMapOverview(&painter, scene, area, plan, 2);
    paintFooter(&painter, sheet);

    for (int row = 0; row < plan.rows; ++row) {
        for (int column = 0; column < plan.columns; ++column) {
            const int page = 2 + row * plan.columns + column;
            device->newPage();
            paintHeader(&painter, sheet, text,
                MapPrintText::tr("Page %1 of %2 · row %3, column %4")
                    .arg(page)
                    .arg(pages)
                    .arg(row + 1)
                    .arg(column + 1));
            paintMapTile(&painter, scene, area, plan, row * plan.columns + column, 2);
            paintFooter(&painter, sheet);
        }
    }
    painter.end();
    return true;
}

QSizeF mapSheetSize(const StakeholderMapScene &scene)
{
    const QRectF map = scene.mapRect();
    const qreal width = std::max(map.width(), mapstyle::legendSize().width());
    return QSizeF(width + 2 * sheetMargin,
        2 * sheetMargin + headerHeight + 2 * gap + map.height() + mapstyle::legendSize().height());
}

void paintMapSheet(QPainter *painter, StakeholderMapScene &scene)
{
    const QSizeF size = mapSheetSize(scene);
    painter->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    const QRectF sheet
        = QRectF(QPointF(0, 0), size).adjusted(sheetMargin, sheetMargin, -sheetMargin, -sheetMargin);
    paintHeader(painter, sheet, pageText(scene.map()), QString());
    const QRectF source = scene.mapRect();
    renderMap(painter, scene, QRectF(mapArea(sheet).topLeft(), source.size()), source);
    paintFooter(painter, sheet);
}

bool exportMap(
    const StakeholderMapData &map, const QString &path, const QPageLayout &pageLayout, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return fail(MapPrintText::tr("%1: the file name must end in .pdf, .svg or .png.").arg(path));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(MapPrintText::tr("%1 could not be written: %2").arg(path, file.errorString()));
    const QString title = MapPrintText::tr("%1: stakeholder map").arg(map.accountName);

    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(&file);
        writer.setPageLayout(pageLayout);
        writer.setResolution(600);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Keyplan"));
        QString reason;
        if (!paintMapPages(&writer, map, &reason)) {
            file.cancelWriting();
            return fail(reason);
        }
    } else {
        StakeholderMapScene scene(false);
        scene.setMap(map);
        const QSizeF size = mapSheetSize(scene);
        if (suffix == QLatin1String("svg")) {
            const QByteArray svg = renderSvg({size, title, MapPrintText::tr("Made with Keyplan")},
                [&](QPainter *painter) { paintMapSheet(painter, scene); });
            if (file.write(svg) != svg.size())
                return fail(MapPrintText::tr("%1 could not be written: %2").arg(path, file.errorString()));
        } else {
            constexpr qreal pixelRatio = 2; // sharp on paper and on high-density screens
            QImage image((size * pixelRatio).toSize(), QImage::Format_RGB32);
            if (image.isNull())
                return fail(MapPrintText::tr("The map is too large for a PNG image; export a PDF instead."));
            image.setDotsPerMeterX(int(96 * pixelRatio / 0.0254));
            image.setDotsPerMeterY(int(96 * pixelRatio / 0.0254));
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.scale(pixelRatio, pixelRatio);
            paintMapSheet(&painter, scene);
            painter.end();
            if (!image.save(&file, "PNG"))
                return fail(MapPrintText::tr("%1 could not be written as PNG.").arg(path));
        }
    }
    if (!file.commit())
        return fail(MapPrintText::tr("%1 could not be written: %2").arg(path, file.errorString()));
    return true;
}

} // namespace keyplan
