#include "ui/qbr/qbrfigures.h"

#include "domain/keypeoplemap.h"
#include "domain/month.h"
#include "ui/map/mapprinter.h"
#include "ui/map/mapstyle.h"
#include "ui/map/stakeholdermapscene.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace keyplan {

namespace {

class QbrFigureText
{
    Q_DECLARE_TR_FUNCTIONS(QbrFigures)
};

constexpr qreal mapMaxHeight = 520; // sheet units: room for the heading and coverage on the page
constexpr qreal legendGap = 10;
constexpr qreal revenueHeight = 190;
constexpr qreal captionHeight = 54; // up to three lines of 11 px over a cut-down map
constexpr qreal appendixTitleHeight = 44;

const QColor axisColour(0x9a, 0xa0, 0xa6);
const QColor gridColour(0xe3, 0xe6, 0xea);
const QColor barColour(0x8f, 0xae, 0xd6);
const QColor periodBarColour(0x1e, 0x4e, 0x8c);
const QColor labelColour(0x5f, 0x66, 0x70);

QFont chartFont(qreal pixels, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPixelSize(int(pixels));
    font.setBold(bold);
    return font;
}

// A step of 1, 2, 2.5 or 5 times a power of ten giving at most four intervals.
double niceStep(double top)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(top, 1.0) / 4.0)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (top / (factor * magnitude) <= 4.0)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

QbrFigures::QbrFigures(const QbrData &data, qreal width, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_width(width)
{
}

QbrFigures::~QbrFigures() = default;

void QbrFigures::registerOn(QTextDocument *document)
{
    document->documentLayout()->registerHandler(objectType(), this);
}

StakeholderMapScene &QbrFigures::scene() const
{
    if (!m_scene) {
        m_scene = std::make_unique<StakeholderMapScene>(false);
        m_scene->setMap(m_data.map);
    }
    return *m_scene;
}

QSizeF QbrFigures::mapArea() const
{
    const qreal legend = mapstyle::legendSize(m_width).height() + legendGap;
    return QSizeF(m_width, mapMaxHeight - legend - captionHeight);
}

QbrFigures::MapShown QbrFigures::mapShown() const
{
    if (!m_shown) {
        if (scene().mapRect().isEmpty() || fitsReadably(scene().mapRect(), mapArea()))
            m_shown = MapShown::Whole;
        else if (fitsReadably(shownSceneFor(MapShown::KeyPeople).mapRect(), mapArea()))
            m_shown = MapShown::KeyPeople;
        else
            m_shown = MapShown::Nobody;
    }
    return *m_shown;
}

StakeholderMapScene &QbrFigures::shownSceneFor(MapShown shown) const
{
    if (shown == MapShown::Whole)
        return scene();
    if (!m_keyScene) {
        m_keyScene = std::make_unique<StakeholderMapScene>(false);
        m_keyScene->setMap(keyPeopleMap(m_data.map));
    }
    return *m_keyScene;
}

StakeholderMapScene &QbrFigures::shownScene() const
{
    return shownSceneFor(mapShown());
}

qreal QbrFigures::mapScale() const
{
    if (mapShown() == MapShown::Nobody)
        return 0;
    const QRectF map = shownScene().mapRect();
    if (map.isEmpty())
        return 1;
    return std::min({1.0, mapArea().width() / map.width(), mapArea().height() / map.height()});
}

bool QbrFigures::mapNeedsAppendix() const
{
    return mapShown() != MapShown::Whole;
}

QSizeF QbrFigures::figureSize(Figure figure) const
{
    if (figure == RevenueChart)
        return QSizeF(m_width, revenueHeight);
    const qreal legend = mapstyle::legendSize(m_width).height();
    const qreal caption = mapShown() == MapShown::Whole ? 0 : captionHeight;
    return QSizeF(m_width, shownScene().mapRect().height() * mapScale() + caption + legendGap + legend);
}

static QRectF appendixArea(const QRectF &body)
{
    return body.adjusted(0, appendixTitleHeight, 0, 0);
}

int QbrFigures::appendixPages(const QSizeF &body) const
{
    if (!mapNeedsAppendix())
        return 0;
    const MapPagePlan plan = planMapTiles(scene().mapRect(), appendixArea(QRectF(QPointF(0, 0), body)).size());
    return plan.pageCount(); // an overview first when the map takes several pages
}

void QbrFigures::paintAppendix(QPainter *painter, const QRectF &body, int index, int firstPage) const
{
    const QRectF area = appendixArea(body);
    const MapPagePlan plan = planMapTiles(scene().mapRect(), area.size());
    const int people = currentPeople(m_data.map);
    // One page holds the whole map at reading size; more begin with an overview of the numbered parts.
    QString title;
    if (!plan.tiled())
        title = QbrFigureText::tr("Appendix: the whole stakeholder map (%n people)", nullptr, people);
    else if (index == 0)
        title = QbrFigureText::tr("Appendix: the whole stakeholder map (%1 people). Each numbered part is printed "
                                  "at reading size on the page of that number.")
                    .arg(people);
    else
        title = QbrFigureText::tr("Appendix: the whole stakeholder map, row %1, column %2")
                    .arg(1 + (index - 1) / plan.columns)
                    .arg(1 + (index - 1) % plan.columns);
    painter->setFont(chartFont(12, true));
    painter->setPen(Qt::black);
    painter->drawText(QRectF(body.left(), body.top(), body.width(), appendixTitleHeight - 6),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
    if (!plan.tiled())
        paintMapTile(painter, scene(), area, plan, 0, firstPage);
    else if (index == 0)
        paintMapOverview(painter, scene(), area, plan, firstPage + 1);
    else
        paintMapTile(painter, scene(), area, plan, index - 1, firstPage + 1);
}

QSizeF QbrFigures::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return figureSize(Figure(format.property(QTextFormat::UserProperty + 1).toInt()));
}

void QbrFigures::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    paintFigure(painter, rect, Figure(format.property(QTextFormat::UserProperty + 1).toInt()));
}

void QbrFigures::paintFigure(QPainter *painter, const QRectF &rect, Figure figure) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (figure == Map)
        paintMap(painter, rect);
    else
        paintRevenue(painter, rect);
    painter->restore();
}

QImage QbrFigures::figureImage(Figure figure, qreal pixelRatio) const
{
    const QSizeF size = figureSize(figure);
    QImage image((size * pixelRatio).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(96 * pixelRatio / 0.0254));
    image.setDotsPerMeterY(int(96 * pixelRatio / 0.0254));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(pixelRatio, pixelRatio);
    paintFigure(&painter, QRectF(QPointF(0, 0), size), figure);
    return image;
}

void QbrFigures::paintMap(QPainter *painter, const QRectF &rect) const
{
    const MapShown shown = mapShown();
    qreal top = rect.top();
    if (shown != MapShown::Whole) {
        const StakeholderMapData key = keyPeopleMap(m_data.map);
        // Only the PDF carries the appendix; a document or slides point to the map itself.
        const QString whole = m_appendixFollows
            ? QbrFigureText::tr("The whole map follows as an appendix.")
            : QbrFigureText::tr("The whole map is on the account's Map tab (Export Map prints it).");
        const QString caption = shown == MapShown::KeyPeople
            ? QbrFigureText::tr("Key people only: the decision makers, economic buyers and champions, and whom they "
                                "report to (%1 of %2 people).")
                      .arg(currentPeople(key))
                      .arg(currentPeople(m_data.map))
                + u' ' + whole
            : QbrFigureText::tr("The map of %1 people is too large to print here at a readable size.")
                      .arg(currentPeople(m_data.map))
                + u' ' + whole;
        painter->setFont(chartFont(11));
        painter->setPen(labelColour);
        painter->drawText(QRectF(rect.left(), top, rect.width(), captionHeight - 4),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption);
        top += captionHeight;
    }
    if (shown != MapShown::Nobody) {
        StakeholderMapScene &map = shownScene();
        const QRectF source = map.mapRect();
        const QSizeF drawn = source.size() * mapScale();
        const QRectF target(QPointF(rect.left() + (rect.width() - drawn.width()) / 2, top), drawn);
        painter->save();
        painter->setClipRect(target, Qt::IntersectClip); // within the page's clip, never over the footer
        map.render(painter, target, source, Qt::IgnoreAspectRatio);
        painter->restore();
        top = target.bottom();
    }
    mapstyle::paintLegend(painter, QPointF(rect.left(), top + legendGap), mapstyle::Surface::Paper, rect.width());
}

// ARR at each month end: bars, those inside the review's period dark; a money axis.
void QbrFigures::paintRevenue(QPainter *painter, const QRectF &rect) const
{
    const QList<MonthEnd> &months = m_data.revenue;
    const QFont small = chartFont(10); // 7.5 pt on paper: no printed text is smaller than 7 pt
    const QFontMetricsF metrics(small);
    painter->setFont(small);
    if (months.isEmpty()) {
        painter->setPen(labelColour);
        painter->drawText(rect, Qt::AlignCenter, QbrFigureText::tr("No revenue recorded yet."));
        return;
    }
    MinorUnits largest = 0;
    for (const MonthEnd &month : months)
        largest = std::max(largest, month.arr);
    const double top = std::max(1.0, toMajorUnits(largest));
    const double step = niceStep(top);
    const int ticks = std::max(1, int(std::ceil(top / step - 1e-9)));
    const double axisTop = step * ticks;

    qreal labelWidth = 0;
    QStringList labels;
    for (int i = 0; i <= ticks; ++i) {
        labels.append(formatMoneyShort(MinorUnits(std::llround(step * i * 100.0)), m_data.currency));
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(labels.constLast()));
    }
    const QRectF plot(rect.left() + labelWidth + 8, rect.top() + 8, rect.width() - labelWidth - 12,
        rect.height() - 8 - metrics.height() - 8);
    for (int i = 0; i <= ticks; ++i) {
        const qreal y = plot.bottom() - plot.height() * (step * i / axisTop);
        painter->setPen(QPen(i == 0 ? axisColour : gridColour, 0.75));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter->setPen(labelColour);
        painter->drawText(
            QRectF(rect.left(), y - 8, labelWidth, 16), Qt::AlignRight | Qt::AlignVCenter, labels.at(i));
    }

    const QDate first = months.constFirst().month;
    const int count = monthsBetween(first, months.constLast().month) + 1;
    const qreal slot = plot.width() / count;
    const QDate periodStart = firstOfMonth(m_data.qbr.periodStart);
    const QDate periodEnd = firstOfMonth(m_data.qbr.periodEnd);
    painter->setPen(Qt::NoPen);
    for (const MonthEnd &month : months) {
        const int index = monthsBetween(first, month.month);
        const qreal height = plot.height() * (toMajorUnits(month.arr) / axisTop);
        const bool inPeriod = month.month >= periodStart && month.month <= periodEnd;
        painter->setBrush(inPeriod ? periodBarColour : barColour);
        painter->drawRect(
            QRectF(plot.left() + index * slot + slot * 0.15, plot.bottom() - height, slot * 0.7, height));
    }
    painter->setPen(labelColour);
    const QLocale locale;
    for (int index = 0; index < count; index += 3) {
        const QDate month = first.addMonths(index);
        const QString label = locale.toString(month, QStringLiteral("MMM yy"));
        painter->drawText(
            QRectF(plot.left() + index * slot - 20 + slot / 2, plot.bottom() + 4, 40, metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop, label);
    }
}

} // namespace keyplan
