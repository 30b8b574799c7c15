#pragma once

#include "domain/account.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace keyplan {

class HealthTrendChart;
class PlanDocument;

// An account's health scorecard: the score and its band, the override holding (with its reason
// and expiry), each measure with its score and what it rests on, the usage metrics with their
// thresholds, and the history of scores (a change of weights marked). Measures entered by hand,
// the override, metrics and pasted CSV are each one undo step.
class HealthPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPage(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setAccount(AccountId id);

    QLabel *scoreLabel() const { return m_score; }
    QTreeWidget *measures() const { return m_measures; }
    QTreeWidget *metrics() const { return m_metrics; }
    QTreeWidget *history() const { return m_history; }
    HealthTrendChart *trendChart() const { return m_trend; }
    QPushButton *editMetricButton() const { return m_editMetric; }

private:
    void refresh();
    void recordMeasure();
    void setOverride();
    void pasteMetrics();
    void editMetric();

    PlanDocument *m_document = nullptr;
    AccountId m_accountId = 0;
    QLabel *m_score;
    QLabel *m_override;
    QTreeWidget *m_measures;
    QTreeWidget *m_metrics;
    QTreeWidget *m_history;
    HealthTrendChart *m_trend;
    QPushButton *m_record;
    QPushButton *m_overrideButton;
    QPushButton *m_endOverride;
    QPushButton *m_paste;
    QPushButton *m_removeMetric;
    QPushButton *m_editMetric;
};

} // namespace keyplan
