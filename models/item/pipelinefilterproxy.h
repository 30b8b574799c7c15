#pragma once

#include "domain/opportunity.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace keyplan {

// The pipeline list as the user narrows it: the stages shown (by default the open ones) and text
// matched against title, account and motion. Sorts on raw values (money as money, dates as dates).
class PipelineFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PipelineFilterProxy(QObject *parent = nullptr);

    static QSet<OpportunityStage> openStages();
    static QSet<OpportunityStage> everyStage();
    void setStages(const QSet<OpportunityStage> &stages);
    QSet<OpportunityStage> stages() const { return m_stages; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<OpportunityStage> m_stages;
    QString m_text; // case-folded
};

} // namespace keyplan
