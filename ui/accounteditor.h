#pragma once

#include "domain/account.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace keyplan {

class AccountDetailsForm;
class ElidedLabel;
class PipelinePage;
class PlanDocument;
class QbrPage;
class ArrTimelineModel;
class RevenuePage;
class StageHistoryModel;
class StageHistoryPage;
class StakeholderModel;
class StakeholderMapPage;
class StakeholderPage;
class WhitespacePage;

// The plan of the selected account: its details, its stakeholder map and people, its whitespace
// and expansion pipeline, its QBRs (value delivered, risks, next steps), its stage with dated
// history, its revenue.
class AccountEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountEditor(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document, StageHistoryModel *stages, ArrTimelineModel *revenue,
        StakeholderModel *people);
    void setAccount(AccountId id);
    AccountId account() const { return m_accountId; }
    void flushPendingEdits();

    AccountDetailsForm *details() const { return m_details; }
    StageHistoryPage *stagePage() const { return m_stages; }
    RevenuePage *revenuePage() const { return m_revenue; }
    StakeholderPage *peoplePage() const { return m_people; }
    StakeholderMapPage *mapPage() const { return m_map; }
    WhitespacePage *whitespacePage() const { return m_whitespace; }
    PipelinePage *pipelinePage() const { return m_pipeline; }
    QbrPage *qbrPage() const { return m_qbr; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void refreshHeader();

    PlanDocument *m_document = nullptr;
    AccountId m_accountId = 0;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    ElidedLabel *m_title;
    ElidedLabel *m_subtitle;
    QTabWidget *m_tabs;
    AccountDetailsForm *m_details;
    StageHistoryPage *m_stages;
    RevenuePage *m_revenue;
    StakeholderPage *m_people;
    StakeholderMapPage *m_map;
    WhitespacePage *m_whitespace;
    PipelinePage *m_pipeline;
    QbrPage *m_qbr;
};

} // namespace keyplan
