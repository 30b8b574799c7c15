#include "item/pipelinefilterproxy.h"

#include "item/itemroles.h"
#include "item/pipelinemodel.h"

namespace keyplan {

PipelineFilterProxy::PipelineFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_stages(openStages())
{
    setSortRole(RawValueRole);
    setSortLocaleAware(true);
}

QSet<OpportunityStage> PipelineFilterProxy::openStages()
{
    return {OpportunityStage::Identified, OpportunityStage::Qualified, OpportunityStage::Proposal,
        OpportunityStage::Commit};
}

QSet<OpportunityStage> PipelineFilterProxy::everyStage()
{
    return QSet<OpportunityStage>(std::begin(allOpportunityStages), std::end(allOpportunityStages));
}

void PipelineFilterProxy::setStages(const QSet<OpportunityStage> &stages)
{
    if (stages == m_stages)
        return;
    m_stages = stages;
    invalidateRowsFilter();
}

void PipelineFilterProxy::setText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_text)
        return;
    m_text = folded;
    invalidateRowsFilter();
}

bool PipelineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex stage = sourceModel()->index(sourceRow, PipelineModel::Stage, sourceParent);
    if (!m_stages.contains(OpportunityStage(stage.data(RawValueRole).toInt())))
        return false;
    return m_text.isEmpty() || stage.data(SearchTextRole).toString().contains(m_text);
}

} // namespace keyplan
