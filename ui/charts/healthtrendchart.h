#pragma once

#include "domain/healthscore.h"

#include <QWidget>

class QChart;
class QChartView;

namespace keyplan {

// An account's health over time: the score at each change, the line at 6 below which a risk
// review is due, and a marker wherever the weights changed (a move there is the scorecard's, not
// the account's).
class HealthTrendChart final : public QWidget
{
    Q_OBJECT

public:
    explicit HealthTrendChart(QWidget *parent = nullptr);

    // `history` oldest first; the chart runs to `today`.
    void setHistory(const QList<HealthSnapshot> &history, const QDate &today);
    QChart *chart() const { return m_chart; }
    int weightChanges() const { return m_weightChanges; }

private:
    QChart *m_chart;
    QChartView *m_view;
    int m_weightChanges = 0;
};

} // namespace keyplan
