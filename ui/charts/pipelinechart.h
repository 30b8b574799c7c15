#pragma once

#include "domain/pipelinebreakdown.h"
#include "ui/charts/chartpanel.h"

#include <QPointer>

#include <QDate>

class QCheckBox;

namespace keyplan {

class PipelineModel;

// The open expansion pipeline as stacked bars, one colour per motion: by stage, or by the quarter
// it is expected to close in (overdue ones apart). Weighted by probability or not. A view of the
// pipeline model the list shows; a bar's tooltip gives its exact figure.
class PipelineChart final : public ChartPanel
{
    Q_OBJECT

public:
    enum class Cut { ByStage, ByQuarter };
    PipelineChart(Cut cut, QWidget *parent = nullptr);

    void setModel(PipelineModel *model);
    void setToday(const QDate &today);
    QCheckBox *weightedBox() const { return m_weighted; }
    PipelineBreakdown breakdown() const { return m_breakdown; }
    // "Cross-sell · Proposal: £12,500.00 in 2 opportunities"
    QString barToolTip(int motion, int category) const;

protected:
    void rebuild() override;

private:
    Cut m_cut;
    QPointer<PipelineModel> m_model;
    QDate m_today;
    QCheckBox *m_weighted;
    PipelineBreakdown m_breakdown;
    QString m_currency;
};

} // namespace keyplan
