#pragma once

#include "domain/account.h"
#include "ui/charts/chartpanel.h"

#include <QList>
#include <QPointer>

class QAbstractItemModel;

namespace keyplan {

// Coverage depth of every key account against the target band, as horizontal bars (Qt Charts):
// red below the band, green inside it, blue above. A view of the portfolio model (the same one the
// table shows): it redraws whenever the model changes. Clicking a bar selects the account. Copy and
// Save As (PNG, SVG) come with the chart panel.
class CoverageChart final : public ChartPanel
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
    QString barToolTip(int index) const;

Q_SIGNALS:
    void accountActivated(keyplan::AccountId id);

protected:
    void rebuild() override;

private:
    QPointer<QAbstractItemModel> m_model;
    double m_low = 0.6;
    double m_high = 0.7;
    QList<Bar> m_bars;
    int m_withoutMap = 0;
};

} // namespace keyplan
