#pragma once

#include "ui/charts/chartpanel.h"

#include <QPointer>

namespace keyplan {

class WhitespaceSummaryModel;

// Whitespace across the key accounts as horizontal stacked bars (sold, in pipeline, open), one
// per offering or per business unit; business units show the ones with most open whitespace.
// A view of the summary model the table under it shows.
class WhitespaceChart final : public ChartPanel
{
    Q_OBJECT

public:
    static constexpr int mostUnitsShown = 12;
    explicit WhitespaceChart(QWidget *parent = nullptr);

    void setModel(WhitespaceSummaryModel *model);
    int barCount() const { return m_rows; }
    QString barToolTip(int row) const;

protected:
    void rebuild() override;

private:
    QPointer<WhitespaceSummaryModel> m_model;
    int m_rows = 0;
};

} // namespace keyplan
