#pragma once

#include "domain/account.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

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

    // Each page, brought up to the selected account first if it was out of sight when it changed.
    AccountDetailsForm *details() const;
    StageHistoryPage *stagePage() const;
    RevenuePage *revenuePage() const;
    StakeholderPage *peoplePage() const;
    StakeholderMapPage *mapPage() const;
    WhitespacePage *whitespacePage() const;
    PipelinePage *pipelinePage() const;
    QbrPage *qbrPage() const;
    GoalsPage *goalsPage() const;
    HealthPage *healthPage() const;
    PlaysPage *playsPage() const;
    ElidedLabel *playsLine() const { return m_playsLine; }
    // Shows the tab that holds `page` (or holds a widget that holds it).
    void showPage(const QWidget *page);
    QTabWidget *tabs() const { return m_tabs; }

private:
    // A new account reaches the page on show and the pages out of sight when they are shown or
    // asked for: choosing an account reads one page's data, not eleven.
    void bringUpToDate(const QWidget *page) const;
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
    QHash<const QWidget *, std::function<void(AccountId)>> m_setAccount; // per page
    mutable QSet<const QWidget *> m_behind; // pages still showing an earlier account
};

} // namespace keyplan
