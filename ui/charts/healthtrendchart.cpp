#include "ui/charts/healthtrendchart.h"
#include "item/itemcolours.h"
#include "ui/charts/chartpanel.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace keyplan {
namespace {

qreal at(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

} // namespace

HealthTrendChart::HealthTrendChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(230);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void HealthTrendChart::setHistory(const QList<HealthSnapshot> &history, const QDate &today)
{
    followPalette(m_chart, palette()); // also when there is nothing to draw
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // the chart lets go of it: ours to delete
        delete axis;
    }
    m_weightChanges = 0;
    if (history.isEmpty())
        return;
    // The score holds until the next change: a step line.
    auto *score = new QLineSeries;
    score->setName(tr("Health"));
    auto *changes = new QScatterSeries;
    changes->setName(tr("New weights"));
    changes->setMarkerSize(9);
    for (qsizetype i = 0; i < history.size(); ++i) {
        const HealthSnapshot &snapshot = history.at(i);
        const qreal y = snapshot.tenths / 10.0;
        if (i > 0)
            score->append(at(snapshot.on), history.at(i - 1).tenths / 10.0);
        score->append(at(snapshot.on), y);
        if (i > 0 && snapshot.weights != history.at(i - 1).weights && snapshot.weights != u"assessed") {
            changes->append(at(snapshot.on), y);
            ++m_weightChanges;
        }
    }
    const QDate end = std::max(today, history.constLast().on);
    score->append(at(end), history.constLast().tenths / 10.0);
    auto *riskLine = new QLineSeries;
    riskLine->setName(tr("Risk review"));
    riskLine->append(at(history.constFirst().on), riskReviewBelow);
    riskLine->append(at(end), riskReviewBelow);
    QPen dashed(colours::attention());
    dashed.setStyle(Qt::DashLine);
    riskLine->setPen(dashed);
    m_chart->addSeries(riskLine);
    m_chart->addSeries(score);
    m_chart->addSeries(changes);
    auto *days = new QDateTimeAxis;
    days->setFormat(QStringLiteral("MMM yy"));
    days->setTickCount(5);
    days->setRange(QDateTime(history.constFirst().on, QTime(0, 0), Qt::UTC), QDateTime(end, QTime(23, 59), Qt::UTC));
    auto *scores = new QValueAxis;
    scores->setRange(0, 10);
    scores->setTickCount(6);
    scores->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(days, Qt::AlignBottom);
    m_chart->addAxis(scores, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(days);
        series->attachAxis(scores);
    }
    followPalette(m_chart, palette());
}

} // namespace keyplan
