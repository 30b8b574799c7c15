#pragma once

#include "domain/account.h"

#include <QList>
#include <QWidget>

class QAbstractItemModel;
class QChart;
class QChartView;
class QLabel;

namespace keyplan {

// Coverage depth of every key account against the target band, as horizontal bars (Qt Charts):
// red below the band, green inside it, blue above. A view of the portfolio model (the same one the
// table shows): it redraws whenever the model changes. Clicking a bar selects the account.
class CoverageChart final : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageChart(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setTargetBand(double low, double high);

    struct Bar
    {
        AccountId id = 0;
        QString name;
        double coverage = 0;
    };
    // What the chart shows, lowest coverage first; accounts without a buying group on the map
    // are counted apart.
    QList<Bar> bars() const { return m_bars; }
    int accountsWithoutMap() const { return m_withoutMap; }
    QChart *chart() const { return m_chart; }
    QString barToolTip(int index) const;

Q_SIGNALS:
    void accountActivated(keyplan::AccountId id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();

    QAbstractItemModel *m_model = nullptr;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_note;
    double m_low = 0.6;
    double m_high = 0.7;
    bool m_rebuildPending = false;
    bool m_stale = true; // the model changed while the chart was hidden
    QList<Bar> m_bars;
    int m_withoutMap = 0;
};

} // namespace keyplan
