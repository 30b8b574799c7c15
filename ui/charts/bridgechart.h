#pragma once

#include "domain/arrbridge.h"
#include "ui/charts/chartpanel.h"

namespace keyplan {

// The ARR bridge as a waterfall: the start, then each movement as a floating bar (up for new
// business, expansion by motion and reactivation; down for contraction and churn), then the end.
// Movements that are zero are left out; every bar's value is in its tooltip and on the axis.
class BridgeChart final : public ChartPanel
{
    Q_OBJECT

public:
    explicit BridgeChart(QWidget *parent = nullptr);

    // Nothing: "needs a rate" or no figures, said in the note.
    void setBridge(const std::optional<ArrBridge> &bridge, const QString &currency, const QString &title,
        const QString &emptyReason = {});
    QStringList categories() const { return m_categories; }
    // Each bar's (bottom, top) in minor units, in category order.
    QList<std::pair<MinorUnits, MinorUnits>> bars() const { return m_bars; }

protected:
    void rebuild() override;

private:
    std::optional<ArrBridge> m_bridge;
    QString m_currency;
    QString m_title;
    QString m_emptyReason;
    QStringList m_categories;
    QList<std::pair<MinorUnits, MinorUnits>> m_bars;
};

} // namespace keyplan
