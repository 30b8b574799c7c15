#pragma once

#include "domain/account.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QScrollArea;
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

    // Each page, built if it has not been shown yet, and brought up to the selected account first
    // if it was out of sight when the account changed.
    AccountDetailsForm *details();
    StageHistoryPage *stagePage();
    RevenuePage *revenuePage();
    StakeholderPage *peoplePage();
    StakeholderMapPage *mapPage();
    WhitespacePage *whitespacePage();
    PipelinePage *pipelinePage();
    QbrPage *qbrPage();
    GoalsPage *goalsPage();
    HealthPage *healthPage();
    PlaysPage *playsPage();
    ElidedLabel *playsLine() const { return m_playsLine; }
    // Wide Map, in the window's View menu from the start; the map's toolbar shows it too.
    QAction *wideAction() const { return m_wide; }
    // Shows the tab that holds `page` (or holds a widget that holds it).
    void showPage(const QWidget *page);
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // The QBR tab's Prepare Summary: the window shows the account's QBR summary.
    void qbrSummaryRequested(keyplan::AccountId id);

private:
    // The tabs in the order they are shown.
    enum Tab { DetailsTab, MapTab, PeopleTab, GoalsTab, HealthTab, PlaysTab, WhitespaceTab, PipelineTab, QbrTab,
        StageTab, RevenueTab };
    // A page is built when its tab is first shown or code first asks for it: the window opens
    // with one page, not eleven.
    void build(Tab tab);
    QWidget *makePage(Tab tab);
    void linkMapAndPeople();
    // A new account reaches the page on show and the pages out of sight when they are shown or
    // asked for: choosing an account reads one page's data, not eleven.
    void bringUpToDate(const QWidget *page);
    void refreshHeader();
    void refreshPlaysLine();

    PlanDocument *m_document = nullptr;
    StageHistoryModel *m_stageModel = nullptr;
    ArrTimelineModel *m_revenueModel = nullptr;
    StakeholderModel *m_peopleModel = nullptr;
    AccountId m_accountId = 0;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    ElidedLabel *m_title;
    ElidedLabel *m_subtitle;
    ElidedLabel *m_playsLine; // the account's open plays, in the header
    QTabWidget *m_tabs;
    QAction *m_wide;
    // Null until built.
    AccountDetailsForm *m_details = nullptr;
    StageHistoryPage *m_stages = nullptr;
    RevenuePage *m_revenue = nullptr;
    StakeholderPage *m_people = nullptr;
    StakeholderMapPage *m_map = nullptr;
    WhitespacePage *m_whitespace = nullptr;
    PipelinePage *m_pipeline = nullptr;
    QbrPage *m_qbr = nullptr;
    GoalsPage *m_goals = nullptr;
    HealthPage *m_health = nullptr;
    PlaysPage *m_plays = nullptr;
    QHash<const QWidget *, std::function<void(AccountId)>> m_setAccount; // per built page
    QSet<const QWidget *> m_behind; // pages still showing an earlier account
};

} // namespace keyplan
