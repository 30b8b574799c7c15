#pragma once

#include "domain/account.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace keyplan {

class AccountDetailsForm;
class ElidedLabel;
class GoalsPage;
class HealthPage;
class PlaysPage;
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

// The plan of the selected account: its details, its stakeholder map and people, the customer's
// goals, its health scorecard and plays, its whitespace and expansion pipeline, its QBRs (value
// delivered, risks, next steps), its stage with dated history, its revenue. The header names the
// plays still open.
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
    GoalsPage *goalsPage() const { return m_goals; }
    HealthPage *healthPage() const { return m_health; }
    PlaysPage *playsPage() const { return m_plays; }
    ElidedLabel *playsLine() const { return m_playsLine; }
    // Shows the tab that holds `page` (or holds a widget that holds it).
    void showPage(const QWidget *page);
    QTabWidget *tabs() const { return m_tabs; }

private:
    void refreshHeader();
    void refreshPlaysLine();

    PlanDocument *m_document = nullptr;
    AccountId m_accountId = 0;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    ElidedLabel *m_title;
    ElidedLabel *m_subtitle;
    ElidedLabel *m_playsLine; // the account's open plays, in the header
    QTabWidget *m_tabs;
    AccountDetailsForm *m_details;
    StageHistoryPage *m_stages;
    RevenuePage *m_revenue;
    StakeholderPage *m_people;
    StakeholderMapPage *m_map;
    WhitespacePage *m_whitespace;
    PipelinePage *m_pipeline;
    QbrPage *m_qbr;
    GoalsPage *m_goals;
    HealthPage *m_health;
    PlaysPage *m_plays;
};

} // namespace keyplan
