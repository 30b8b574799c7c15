#include "ui/accounteditor.h"

#include "ui/help/helptopics.h"

#include "ui/elidedlabel.h"
#include "ui/keyboardaccess.h"

#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/stakeholdermodel.h"
#include "item/playediting.h"
#include "ui/accountdetailsform.h"
#include "ui/goalspage.h"
#include "ui/healthpage.h"
#include "ui/playspage.h"
#include "ui/map/stakeholdermappage.h"
#include "ui/pipelinepage.h"
#include "ui/qbr/qbrpage.h"
#include "ui/revenuepage.h"
#include "ui/stagehistorypage.h"
#include "ui/stakeholderpage.h"
#include "ui/whitespacepage.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace keyplan {

AccountEditor::AccountEditor(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new ElidedLabel(this))
    , m_subtitle(new ElidedLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_wide(StakeholderMapPage::createWideAction(this))
{
    m_playsLine = new ElidedLabel(this);
    m_playsLine->setObjectName(QStringLiteral("openPlays"));
    m_placeholder->setText(tr("Select an account to see its plan."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // Every page scrolls rather than making the window wider or taller than a small screen, in
    // whichever language: a long one's buttons and labels need more room than 1024 pixels leave.
    // The page itself comes when the tab is first shown.
    const auto addTab = [this](const QString &title, const QString &topic) {
        auto *scroll = new QScrollArea(this);
        help::setHelpTopic(scroll, topic); // the user guide's section, for F1
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_tabs->addTab(scroll, title);
    };
    addTab(tr("Details"), QStringLiteral("details"));
    addTab(tr("Map"), QStringLiteral("map"));
    addTab(tr("People"), QStringLiteral("people"));
    addTab(tr("Goals"), QStringLiteral("goals"));
    addTab(tr("Health"), QStringLiteral("health"));
    addTab(tr("Plays"), QStringLiteral("plays"));
    addTab(tr("Whitespace"), QStringLiteral("whitespace"));
    addTab(tr("Pipeline"), QStringLiteral("pipeline"));
    addTab(tr("QBR"), QStringLiteral("qbr"));
    addTab(tr("Stage"), QStringLiteral("stage"));
    addTab(tr("Revenue"), QStringLiteral("revenue"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index < 0)
            return;
        build(Tab(index));
        if (const auto *scroll = qobject_cast<const QScrollArea *>(m_tabs->widget(index)))
            bringUpToDate(scroll->widget());
    });
    build(Tab(m_tabs->currentIndex()));
    // The tabs leave their letters to the pages' controls: Ctrl+1…9 bring them up.
    addTabShortcuts(m_tabs, this);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_subtitle);
    pageLayout->addWidget(m_playsLine);
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void AccountEditor::build(Tab tab)
{
    auto *scroll = qobject_cast<QScrollArea *>(m_tabs->widget(tab));
    if (!scroll || scroll->widget())
        return;
    QWidget *page = makePage(tab);
    scroll->setWidget(page);
    m_setAccount.value(page)(m_accountId);
    // The map and the People table share one model of the account's people: they move together.
    if (tab == MapTab || tab == PeopleTab) {
        build(tab == MapTab ? PeopleTab : MapTab);
        if (m_map && m_people && tab == MapTab)
            linkMapAndPeople();
    }
}

QWidget *AccountEditor::makePage(Tab tab)
{
    const auto follow = [this](auto *page) {
        m_setAccount.insert(page, [page](AccountId id) { page->setAccount(id); });
        return page;
    };
    switch (tab) {
    case DetailsTab:
        m_details = new AccountDetailsForm(this);
        m_details->setDocument(m_document);
        return follow(m_details);
    case MapTab:
        m_map = new StakeholderMapPage(this, m_wide);
        m_map->setDocument(m_document, m_peopleModel);
        return follow(m_map);
    case PeopleTab:
        m_people = new StakeholderPage(this);
        m_people->setDocument(m_document, m_peopleModel);
        return follow(m_people);
    case GoalsTab:
        m_goals = new GoalsPage(this);
        m_goals->setDocument(m_document);
        return follow(m_goals);
    case HealthTab:
        m_health = new HealthPage(this);
        m_health->setDocument(m_document);
        return follow(m_health);
    case PlaysTab:
        m_plays = new PlaysPage(this);
        m_plays->setDocument(m_document);
        return follow(m_plays);
    case WhitespaceTab:
        m_whitespace = new WhitespacePage(this);
        m_whitespace->setDocument(m_document);
        return follow(m_whitespace);
    case PipelineTab:
        m_pipeline = new PipelinePage(PipelinePage::Scope::Account, this);
        m_pipeline->setDocument(m_document);
        return follow(m_pipeline);
    case QbrTab:
        m_qbr = new QbrPage(this);
        m_qbr->setDocument(m_document);
        connect(m_qbr, &QbrPage::prepareRequested, this, &AccountEditor::qbrSummaryRequested);
        return follow(m_qbr);
    case StageTab:
        m_stages = new StageHistoryPage(this);
        m_stages->setDocument(m_document, m_stageModel);
        return follow(m_stages);
    case RevenueTab:
        m_revenue = new RevenuePage(this);
        m_revenue->setDocument(m_document, m_revenueModel);
        return follow(m_revenue);
    }
    Q_UNREACHABLE();
}

// One person selected in both views of the stakeholder model: the map and the table.
void AccountEditor::linkMapAndPeople()
{
    connect(m_map, &StakeholderMapPage::personSelected, this, [this](StakeholderId id) {
        QSortFilterProxyModel *proxy = m_people->proxy();
        const auto *model = qobject_cast<const StakeholderModel *>(proxy->sourceModel());
        const int row = model ? model->rowOf(id) : -1;
        if (row < 0)
            return;
        const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(row, 0));
        if (index.isValid())
            m_people->table()->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    connect(m_people->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                m_map->selectPerson(current.data(StakeholderIdRole).toLongLong());
        });
}

void AccountEditor::setDocument(
    PlanDocument *document, StageHistoryModel *stages, ArrTimelineModel *revenue, StakeholderModel *people)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_stageModel = stages;
    m_revenueModel = revenue;
    m_peopleModel = people;
    if (m_details)
        m_details->setDocument(document);
    if (m_stages)
        m_stages->setDocument(document, stages);
    if (m_revenue)
        m_revenue->setDocument(document, revenue);
    if (m_people)
        m_people->setDocument(document, people);
    if (m_map)
        m_map->setDocument(document, people);
    if (m_whitespace)
        m_whitespace->setDocument(document);
    if (m_pipeline)
        m_pipeline->setDocument(document);
    if (m_qbr)
        m_qbr->setDocument(document);
    if (m_goals)
        m_goals->setDocument(document);
    if (m_health)
        m_health->setDocument(document);
    if (m_plays)
        m_plays->setDocument(document);
    if (document) {
        connect(PlayEditing::of(document), &PlayEditing::playsChanged, this, [this](AccountId id) {
            if (id == m_accountId)
                refreshPlaysLine();
        });
        connect(document, &PlanDocument::accountChanged, this, [this](AccountId id) {
            if (id == m_accountId)
                refreshHeader();
        });
        connect(document, &PlanDocument::teamChanged, this, &AccountEditor::refreshHeader);
        connect(document, &PlanDocument::accountRemoved, this, [this](AccountId id) {
            if (id == m_accountId)
                setAccount(0);
        });
    }
    m_accountId = 0;
    setAccount(0);
}

void AccountEditor::setAccount(AccountId id)
{
    m_accountId = id;
    for (auto it = m_setAccount.cbegin(); it != m_setAccount.cend(); ++it)
        m_behind.insert(it.key());
    if (const auto *scroll = qobject_cast<const QScrollArea *>(m_tabs->currentWidget()))
        bringUpToDate(scroll->widget());
    refreshHeader();
}

AccountDetailsForm *AccountEditor::details()
{
    build(DetailsTab);
    bringUpToDate(m_details);
    return m_details;
}

StageHistoryPage *AccountEditor::stagePage()
{
    build(StageTab);
    bringUpToDate(m_stages);
    return m_stages;
}

RevenuePage *AccountEditor::revenuePage()
{
    build(RevenueTab);
    bringUpToDate(m_revenue);
    return m_revenue;
}

StakeholderPage *AccountEditor::peoplePage()
{
    build(PeopleTab);
    bringUpToDate(m_people);
    return m_people;
}

StakeholderMapPage *AccountEditor::mapPage()
{
    build(MapTab);
    bringUpToDate(m_map);
    return m_map;
}

WhitespacePage *AccountEditor::whitespacePage()
{
    build(WhitespaceTab);
    bringUpToDate(m_whitespace);
    return m_whitespace;
}

PipelinePage *AccountEditor::pipelinePage()
{
    build(PipelineTab);
    bringUpToDate(m_pipeline);
    return m_pipeline;
}

QbrPage *AccountEditor::qbrPage()
{
    build(QbrTab);
    bringUpToDate(m_qbr);
    return m_qbr;
}

GoalsPage *AccountEditor::goalsPage()
{
    build(GoalsTab);
    bringUpToDate(m_goals);
    return m_goals;
}

HealthPage *AccountEditor::healthPage()
{
    build(HealthTab);
    bringUpToDate(m_health);
    return m_health;
}

PlaysPage *AccountEditor::playsPage()
{
    build(PlaysTab);
    bringUpToDate(m_plays);
    return m_plays;
}

void AccountEditor::bringUpToDate(const QWidget *page)
{
    if (!m_behind.contains(page))
        return;
    // The map and the People table share one model of the account's people: they move together.
    const bool people = page == m_people || page == m_map;
    for (const QWidget *each : people ? QList<const QWidget *> {m_people, m_map} : QList<const QWidget *> {page}) {
        if (m_behind.remove(each))
            m_setAccount.value(each)(m_accountId);
    }
}

void AccountEditor::showPage(const QWidget *page)
{
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab) == page || m_tabs->widget(tab)->isAncestorOf(page))
            m_tabs->setCurrentIndex(tab);
    }
}

void AccountEditor::refreshPlaysLine()
{
    QStringList titles;
    const QDate today = m_document ? m_document->asOf() : QDate();
    int overdue = 0;
    if (m_document && m_accountId) {
        for (const Play &play : PlayEditing::of(m_document)->plays(m_accountId)) {
            if (!play.isActionable(today))
                continue;
            titles.append(play.title);
            overdue += play.dueOn < today ? 1 : 0;
        }
    }
    if (titles.isEmpty()) {
        m_playsLine->setFullText(QString());
        m_playsLine->hide();
        return;
    }
    const QString list = titles.join(QStringLiteral(" · "));
    m_playsLine->setFullText(overdue > 0 ? tr("Open plays (%1, %2 overdue): %3").arg(titles.size()).arg(overdue).arg(list)
                                         : tr("Open plays (%1): %2").arg(titles.size()).arg(list));
    m_playsLine->setToolTip(titles.join(u'\n'));
    m_playsLine->show();
}

void AccountEditor::flushPendingEdits()
{
    if (m_details)
        m_details->flushPendingEdits();
}

void AccountEditor::refreshHeader()
{
    const std::optional<Account> account
        = m_document && m_accountId ? m_document->account(m_accountId) : std::nullopt;
    m_stack->setCurrentIndex(account ? 1 : 0);
    if (!account)
        return;
    m_title->setFullText(account->name);
    QStringList facts {
        displayName(account->segment), displayName(account->tier), displayName(account->stage)};
    const QString owner = m_document->teamMemberName(account->ownerId);
    facts.append(owner.isEmpty() ? tr("no owner") : tr("owned by %1").arg(owner));
    if (!account->isKey)
        facts.prepend(tr("Not a key account"));
    m_subtitle->setFullText(facts.join(QStringLiteral(" · ")));
    refreshPlaysLine();
}

} // namespace keyplan
