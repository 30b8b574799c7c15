#include "ui/mainwindow.h"

#include "ui/data/dataactions.h"
#include "ui/data/firstrun.h"
#include "ui/accounthistorydialog.h"
#include "ui/bridgeview.h"
#include "ui/conflictdialog.h"
#include "item/accountediting.h"
#include "item/portfoliofilterproxy.h"
#include "ui/plansettingsdialog.h"

#include "i18n/language.h"
#include "io/portfolioreport.h"
#include "item/autobackup.h"
#include "item/itemroles.h"
#include "item/liverefresh.h"
#include "item/plandocument.h"
#include "item/playevaluator.h"
#include "item/portfoliomodel.h"
#include "item/arrtimelinemodel.h"
#include "item/stagehistorymodel.h"
#include "item/stakeholdermodel.h"
#include "item/planfiles.h"
#include "storage/serverlocation.h"
#include "ui/accountdetailsform.h"
#include "ui/accounteditor.h"
#include "ui/playspage.h"
#include "ui/backupactions.h"
#include "ui/coveragechart.h"
#include "ui/help/helpmenu.h"
#include "ui/help/helptopics.h"
#include "ui/coveragesettingsdialog.h"
#include "ui/elidedlabel.h"
#include "ui/keyboardaccess.h"
#include "ui/windowgeometry.h"
#include "ui/map/stakeholdermappage.h"
#include "ui/messages.h"
#include "ui/newaccountdialog.h"
#include "ui/portfoliopanel.h"
#include "ui/portfoliopipelineview.h"
#include "ui/portfoliosummarybar.h"
#include "ui/preferencesdialog.h"
#include "ui/qbr/qbrdialog.h"
#include "ui/qbr/qbrexport.h"
#include "ui/qbr/qbrpage.h"
#include "ui/recentfilesmenu.h"
#include "ui/teamconnectdialog.h"
#include "ui/restorebackupdialog.h"
#include "ui/settings.h"
#include "ui/stagehistorypage.h"
#include "ui/stakeholderpage.h"
#include "ui/thisweekview.h"
#include "ui/touchpointdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace keyplan {
namespace {

// A dock's content scrolls rather than growing the window past a small screen, and leaves the
// Alt+letters to the account's pages it sits beside (it is reached with its View shortcut and Tab).
void setDockContent(QDockWidget *dock, QWidget *content)
{
    dropMnemonics(content);
    auto *scroll = new QScrollArea(dock);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    dock->setWidget(scroll);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_portfolio(new PortfolioPanel(this))
    , m_editor(new AccountEditor(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_recent(new RecentFilesMenu(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    connect(m_editor->wideAction(), &QAction::toggled, this, [this](bool wide) {
        m_portfolio->setHidden(wide);
        if (wide)
            m_editor->showPage(m_editor->mapPage());
    });
    connect(m_editor, &AccountEditor::qbrSummaryRequested, this, &MainWindow::showQbrSummary);
    m_splitter->addWidget(m_portfolio);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setContentsMargins(8, 8, 8, 0);

    help::setHelpTopic(m_portfolio, QStringLiteral("portfolio"));
    help::setHelpTopic(m_portfolio->summaryBar(), QStringLiteral("summary"));
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);
    m_readOnlyLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    // Coverage of every key account, beside the plan: a dock the user shows from the View menu.
    m_coverageDock = new QDockWidget(this);
    m_coverageDock->setObjectName(QStringLiteral("coverageDock"));
    m_coverageChart = new CoverageChart(m_coverageDock);
    setDockContent(m_coverageDock, m_coverageChart);
    addDockWidget(Qt::BottomDockWidgetArea, m_coverageDock);
    m_coverageDock->hide();
    help::setHelpTopic(m_coverageDock, QStringLiteral("coverage-chart"));
    connect(m_coverageChart, &CoverageChart::accountActivated, m_portfolio, &PortfolioPanel::selectAccount);
    // Expansion across the portfolio: the pipeline list, its charts and whitespace, likewise a dock.
    m_pipelineDock = new QDockWidget(this);
    m_pipelineDock->setObjectName(QStringLiteral("pipelineDock"));
    // Its charts are built when it is first shown, so they cost the start nothing.
    addDockWidget(Qt::BottomDockWidgetArea, m_pipelineDock);
    m_pipelineDock->hide();
    help::setHelpTopic(m_pipelineDock, QStringLiteral("portfolio-pipeline"));
    connect(m_pipelineDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_pipelineView)
            return;
        m_pipelineView = new PortfolioPipelineView(m_pipelineDock);
        setDockContent(m_pipelineDock, m_pipelineView);
        connect(m_pipelineView, &PortfolioPipelineView::accountActivated, m_portfolio,
            &PortfolioPanel::selectAccount);
        m_pipelineView->setDocument(m_document.get());
    });

    // The ARR bridge of what the portfolio table shows, over the header's period: a dock too.
    m_bridgeDock = new QDockWidget(this);
    m_bridgeDock->setObjectName(QStringLiteral("bridgeDock"));
    m_bridgeView = new BridgeView(m_bridgeDock);
    setDockContent(m_bridgeDock, m_bridgeView);
    addDockWidget(Qt::BottomDockWidgetArea, m_bridgeDock);
    m_bridgeDock->hide();
    help::setHelpTopic(m_bridgeDock, QStringLiteral("bridge"));

    // This Week: what needs the user across the key accounts. Read when first shown.
    m_weekDock = new QDockWidget(this);
    m_weekDock->setObjectName(QStringLiteral("weekDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_weekDock);
    m_weekDock->hide();
    help::setHelpTopic(m_weekDock, QStringLiteral("this-week"));
    connect(m_weekDock->toggleViewAction(), &QAction::triggered, this,
        [](bool shown) { settings::weekOnOpen.set(shown); });
    connect(m_weekDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_weekView)
            return;
        m_weekView = new ThisWeekView(m_weekDock);
        setDockContent(m_weekDock, m_weekView);
        connect(m_weekView, &ThisWeekView::itemActivated, this, &MainWindow::openWeekItem);
        m_weekView->setDocument(m_document.get());
    });

    createActions();
    createMenus();
    retranslate();
    // Shown from its View shortcut, a dock takes the keyboard's focus.
    for (QDockWidget *dock : {m_coverageDock, m_pipelineDock, m_bridgeDock, m_weekDock}) {
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
            if (shown && dock->widget())
                focusFirstControl(dock->widget());
        });
    }

    connect(m_portfolio, &PortfolioPanel::currentAccountChanged, this, [this](AccountId id) {
        m_editor->flushPendingEdits();
        m_editor->setAccount(id);
        updateActions();
    });
    connect(m_recent, &RecentFilesMenu::fileChosen, this, &MainWindow::openPlan);
    // Enter on an account (or a double-click where a cell is not edited) goes to its plan.
    connect(m_portfolio->table(), &QAbstractItemView::activated, this,
        [this] { focusFirstControl(m_editor->tabs()->currentWidget()); });

    resize(1480, 880);
    restoreWindowGeometry(this, settings::windowGeometry.get());
    // The account's plan needs room for its chart and history: 560 pixels, or half a narrow window
    // (on a 1024-pixel screen a third would cut its buttons and columns).
    const int plan = width() < 1300 ? width() / 2 : 560;
    m_splitter->setSizes({width() - plan, plan});
    restoreState(settings::windowState.get());
    m_splitter->restoreState(settings::splitterState.get());
    updateActions();
    updateTitle();
}

void MainWindow::openWeekItem(AccountId account, WeekItemKind kind, qint64 reference)
{
    m_portfolio->selectAccount(account);
    if (m_portfolio->currentAccount() != account)
        return; // filtered out of the table: the filter stays the user's
    // The tab where the item is dealt with: the one holding that page.
    const auto show = [this](const QWidget *page) { m_editor->showPage(page); };
    switch (kind) {
    case WeekItemKind::NextStep:
    case WeekItemKind::Qbr:
        show(m_editor->qbrPage());
        break;
    case WeekItemKind::Touchpoint:
        show(m_editor->peoplePage());
        TouchpointDialog::record(m_document.get(), account, reference, this);
        break;
    case WeekItemKind::Renewal:
        show(m_editor->details());
        break;
    case WeekItemKind::Play:
        show(m_editor->playsPage());
        m_editor->playsPage()->selectPlay(reference);
        break;
    }
}

MainWindow::~MainWindow()
{
    delete m_autoBackup; // waits for a backup under way
    // Views first, then the models, then the document they read from.
    m_portfolio->setDocument(nullptr, nullptr);
    m_editor->setDocument(nullptr, nullptr, nullptr, nullptr);
    m_coverageChart->setModel(nullptr);
    m_bridgeView->setSource(nullptr, nullptr, nullptr);
    if (m_pipelineView)
        m_pipelineView->setDocument(nullptr);
    if (m_weekView)
        m_weekView->setDocument(nullptr);
    delete m_portfolioModel;
    delete m_stageModel;
    delete m_revenueModel;
    delete m_stakeholderModel;
}

void MainWindow::createActions()
{
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::newPlan);
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openPlanDialog);
    m_connect = new QAction(this);
    connect(m_connect, &QAction::triggered, this, &MainWindow::connectToTeamPlan);
    m_data = new DataActions(this, [this] { return m_document.get(); });
    m_saveCopy = new QAction(this);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopy, &QAction::triggered, this, &MainWindow::saveCopyAs);
    m_restoreBackup = new QAction(this);
    connect(m_restoreBackup, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    m_close = new QAction(this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closePlan);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Undo and redo follow whichever plan is open.
    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(this);
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document) {
            m_editor->flushPendingEdits();
            m_document->undo();
        }
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->redo();
    });
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_portfolio, &PortfolioPanel::focusSearch);

    m_newAccount = new QAction(this);
    m_newAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newAccount, &QAction::triggered, this, &MainWindow::addAccount);
    m_deleteAccount = new QAction(this);
    m_deleteAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    // Only from the portfolio's table (and the menu): in a text field Ctrl+Del deletes a word.
    m_deleteAccount->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_portfolio->table()->addAction(m_deleteAccount);
    connect(m_deleteAccount, &QAction::triggered, this, &MainWindow::deleteAccount);
    m_changeStage = new QAction(this);
    m_changeStage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_changeStage, &QAction::triggered, this, &MainWindow::changeStage);
    m_recordTouchpoint = new QAction(this);
    m_recordTouchpoint->setObjectName(QStringLiteral("recordTouchpoint"));
    m_recordTouchpoint->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_recordTouchpoint, &QAction::triggered, this, [this] {
        if (m_document && m_portfolio->currentAccount() > 0)
            TouchpointDialog::record(m_document.get(), m_portfolio->currentAccount(), std::nullopt, this);
    });
    m_preferences = new QAction(this);
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    m_coverageSettings = new QAction(this);
    connect(m_coverageSettings, &QAction::triggered, this, &MainWindow::showCoverageSettings);
    m_planSettings = new QAction(this);
    m_planSettings->setObjectName(QStringLiteral("planSettings"));
    connect(m_planSettings, &QAction::triggered, this, [this] { PlanSettingsDialog::edit(m_document.get(), this); });
    m_history = new QAction(this);
    m_history->setObjectName(QStringLiteral("accountHistory"));
    connect(m_history, &QAction::triggered, this, [this] {
        if (m_document && m_portfolio->currentAccount() > 0)
            AccountHistoryDialog(m_document.get(), m_portfolio->currentAccount(), this).exec();
    });
    m_qbrSummary = new QAction(this);
    m_qbrSummary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_qbrSummary, &QAction::triggered, this, &MainWindow::showQbrSummary);
    m_portfolioSummary = new QAction(this);
    connect(m_portfolioSummary, &QAction::triggered, this, &MainWindow::previewPortfolioSummary);
    m_exportPortfolioSummary = new QAction(this);
    connect(m_exportPortfolioSummary, &QAction::triggered, this, &MainWindow::exportPortfolioSummary);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_fileMenu->addAction(m_connect);
    m_fileMenu->addMenu(m_recent);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveCopy);
    m_fileMenu->addAction(m_data->importAction());
    m_fileMenu->addAction(m_data->exportAction());
    m_fileMenu->addAction(m_restoreBackup);
    m_fileMenu->addAction(m_planSettings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_portfolioSummary);
    m_fileMenu->addAction(m_exportPortfolioSummary);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_close);
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferences);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_coverageDock->toggleViewAction());
    m_viewMenu->addAction(m_pipelineDock->toggleViewAction());
    m_viewMenu->addAction(m_bridgeDock->toggleViewAction());
    m_viewMenu->addAction(m_weekDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_editor->wideAction());
    m_accountMenu = menuBar()->addMenu(QString());
    m_accountMenu->addAction(m_newAccount);
    m_accountMenu->addAction(m_changeStage);
    m_accountMenu->addAction(m_recordTouchpoint);
    m_accountMenu->addAction(m_qbrSummary);
    m_accountMenu->addAction(m_history);
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_coverageSettings);
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_deleteAccount);
    m_help = new HelpMenu(this);
}

void MainWindow::retranslate()
{
    m_data->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_accountMenu->setTitle(tr("&Account"));
    m_viewMenu->setTitle(tr("&View"));
    m_coverageDock->setWindowTitle(tr("Coverage by Key Account"));
    m_coverageDock->toggleViewAction()->setText(tr("&Coverage Chart"));
    m_pipelineDock->setWindowTitle(tr("Expansion across the Portfolio"));
    m_pipelineDock->toggleViewAction()->setText(tr("&Pipeline and Whitespace"));
    m_pipelineDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_bridgeDock->setWindowTitle(tr("ARR Bridge"));
    m_bridgeDock->toggleViewAction()->setText(tr("ARR &Bridge"));
    m_bridgeDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_weekDock->setWindowTitle(tr("This Week"));
    m_weekDock->toggleViewAction()->setText(tr("This &Week"));
    m_weekDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_help->retranslate();
    m_new->setText(tr("&New Plan…"));
    m_open->setText(tr("&Open Plan…"));
    m_connect->setText(tr("Connect to &Team Plan…"));
    m_connect->setStatusTip(tr("Open a plan your team shares on a PostgreSQL server"));
    m_saveCopy->setText(tr("Save a &Copy As…"));
    m_saveCopy->setStatusTip(tr("Write a consistent copy of the open plan to another file"));
    m_restoreBackup->setText(tr("Restore from &Backup…"));
    m_restoreBackup->setStatusTip(tr("Put back one of the plan's automatic backups"));
    m_close->setText(tr("C&lose Plan"));
    m_quit->setText(tr("&Quit"));
    m_find->setText(tr("&Find Account"));
    m_newAccount->setText(tr("&New Account…"));
    m_deleteAccount->setText(tr("&Delete Account"));
    m_changeStage->setText(tr("Change &Stage…"));
    m_recordTouchpoint->setText(tr("Record &Touchpoint…"));
    m_recordTouchpoint->setStatusTip(tr("A call, meeting or email with people at the account"));
    m_preferences->setText(tr("&Preferences…"));
    m_planSettings->setText(tr("&Plan Settings…"));
    m_planSettings->setStatusTip(tr("Reporting currency, fiscal year and exchange rates of this plan"));
    m_coverageSettings->setText(tr("C&overage Settings…"));
    m_coverageSettings->setStatusTip(tr("Required seats and coverage thresholds of this plan"));
    m_history->setText(tr("&History…"));
    m_history->setStatusTip(tr("Who changed what in the account's plan, and when (team plans)"));
    m_qbrSummary->setText(tr("&QBR Summary…"));
    m_qbrSummary->setStatusTip(tr("Prepare, print or export the account's quarterly business review"));
    m_portfolioSummary->setText(tr("Print Portfolio &Summary…"));
    m_portfolioSummary->setStatusTip(
        tr("One page with every key account's stage, revenue, coverage, pipeline and flags"));
    m_exportPortfolioSummary->setText(tr("&Export Portfolio Summary as PDF…"));
    updateActions();
    updateTitle();
}

WelcomePage *MainWindow::welcomePage()
{
    if (m_emptyState)
        return m_emptyState;
    m_emptyState = new WelcomePage(this);
    connect(m_emptyState, &WelcomePage::startRequested, this, [this] { FirstRun::startPortfolio(this, false); });
    connect(m_emptyState, &WelcomePage::importRequested, this, [this] { FirstRun::startPortfolio(this, true); });
    connect(m_emptyState, &WelcomePage::sampleRequested, this, [this] { FirstRun::exploreSample(this); });
    connect(m_emptyState, &WelcomePage::openRequested, this, &MainWindow::openPlanDialog);
    help::setHelpTopic(m_emptyState, QStringLiteral("start"));
    m_stack->addWidget(m_emptyState);
    return m_emptyState;
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Opened without a plan (or before one is chosen), the window welcomes the user.
    if (!m_document)
        m_stack->setCurrentWidget(welcomePage());
    QMainWindow::showEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions()
{
    m_data->updateEnabled();
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->isReadOnly() && !m_document->isOffline();
    const bool hasAccount = open && m_portfolio->currentAccount() > 0;
    QUndoStack *stack = open ? m_document->undoStack() : nullptr;
    // Offline, an undo would be refused and its step lost: it waits for the server.
    m_undo->setEnabled(writable && stack && stack->canUndo());
    m_redo->setEnabled(writable && stack && stack->canRedo());
    m_undo->setText(
        stack && stack->canUndo() ? tr("&Undo %1").arg(menuText(stack->undoText())) : tr("&Undo"));
    m_redo->setText(
        stack && stack->canRedo() ? tr("&Redo %1").arg(menuText(stack->redoText())) : tr("&Redo"));
    m_saveCopy->setEnabled(open);
    m_restoreBackup->setEnabled(writable && !m_document->database().isServer());
    m_close->setEnabled(open);
    m_find->setEnabled(open);
    m_newAccount->setEnabled(writable);
    m_deleteAccount->setEnabled(writable && hasAccount);
    m_changeStage->setEnabled(writable && hasAccount);
    m_recordTouchpoint->setEnabled(writable && hasAccount);
    m_qbrSummary->setEnabled(hasAccount);
    m_history->setEnabled(hasAccount);
    m_portfolioSummary->setEnabled(open);
    m_exportPortfolioSummary->setEnabled(open);
    m_coverageSettings->setEnabled(writable);
    m_planSettings->setEnabled(open);
    if (open && m_document->isOffline())
        m_readOnlyLabel->setText(tr("Offline: the team server cannot be reached; nothing can be saved until it is back"));
    else
        m_readOnlyLabel->setText(!open || !m_document->isReadOnly() ? QString()
                : m_document->database().isServer()             ? tr("Read-only: you may read this team plan, not change it")
                                                                : tr("Read-only: changes cannot be saved"));
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Keyplan"));
        return;
    }
    const QString file = m_document->database().isServer() ? m_document->database().displayName()
                                                           : QFileInfo(m_document->database().path()).fileName();
    QString title = m_document->isSample() ? tr("Sample: %1 — %2 — Keyplan").arg(elidedTitle(m_document->title()), elidedTitle(file))
                                           : tr("%1 — %2 — Keyplan").arg(elidedTitle(m_document->title()), elidedTitle(file));
    if (m_document->isReadOnly())
        title += tr(" [read-only]");
    setWindowTitle(title);
}

void MainWindow::addAccount()
{
    if (!m_document || m_document->isReadOnly())
        return;
    NewAccountDialog dialog(m_document->team(), m_document->currency(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int before = m_portfolioModel->rowCount();
    AccountEditing::of(m_document.get())->addAccount(dialog.account(), tr("Added to the plan"));
    if (m_portfolioModel->rowCount() > before) {
        // New accounts get the highest id, so they are the last row of the model.
        m_portfolio->selectAccount(m_portfolioModel->accountIdAt(m_portfolioModel->rowCount() - 1));
    }
}

void MainWindow::deleteAccount()
{
    QList<Account> accounts;
    for (const AccountId id : m_document ? m_portfolio->selectedAccounts() : QList<AccountId>())
        if (const std::optional<Account> account = m_document->account(id))
            accounts.append(*account);
    if (accounts.isEmpty())
        return;
    QStringList names;
    for (const Account &account : std::as_const(accounts))
        names.append(account.name);
    const QString question = accounts.size() == 1
        ? tr("Delete %1 with its stage and revenue history?").arg(names.constFirst())
        : tr("Delete these %n accounts with their histories?", nullptr, int(accounts.size()));
    const QString listed = accounts.size() > 1
        ? names.mid(0, 12).join(u'\n') + (accounts.size() > 12 ? QStringLiteral("\n…") : QString())
        : QString();
    if (!confirmRemoval(this, tr("Delete Account", nullptr, int(accounts.size())), question, listed, tr("Delete")))
        return;
    if (accounts.size() == 1) {
        AccountEditing::of(m_document.get())->removeAccount(accounts.constFirst().id);
        return;
    }
    // Several accounts go as one undo step.
    m_document->undoStack()->beginMacro(tr("Delete %n accounts", nullptr, int(accounts.size())));
    for (const Account &account : std::as_const(accounts))
        AccountEditing::of(m_document.get())->removeAccount(account.id);
    m_document->undoStack()->endMacro();
}

void MainWindow::changeStage()
{
    m_editor->stagePage()->changeStage();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString language = settings::language.get();
    dialog.apply();
    m_portfolio->summaryBar()->refresh();
    if (settings::language.get() != language) {
        i18n::useLanguage(settings::language.get());
        Q_EMIT languageChosen();
    }
}

void MainWindow::showCoverageSettings()
{
    if (!m_document)
        return;
    CoverageSettingsDialog dialog(m_document->coverageSettings(), this);
    if (dialog.exec() == QDialog::Accepted)
        AccountEditing::of(m_document.get())->setCoverageSettings(dialog.settings());
}

void MainWindow::showQbrSummary()
{
    const AccountId account = m_portfolio->currentAccount();
    if (!m_document || account <= 0)
        return;
    m_editor->flushPendingEdits();
    QbrDialog dialog(m_document.get(), account, this);
    dialog.exec();
}

std::optional<PortfolioReport> MainWindow::keyAccountReport(QString *error) const
{
    // The printed summary covers the key accounts, every figure on it included.
    ReportOptions options;
    options.period = m_document->period();
    options.scope.keyOnly = true;
    options.today = m_document->asOf();
    options.thresholds.maxKeyAccounts = settings::maxKeyAccounts.get();
    options.thresholds.concentrationWarning = settings::concentrationWarning.get();
    std::optional<PortfolioReport> report = PlanFiles::report(*m_document, options, error);
    if (report && !report->missingRates().isEmpty()) {
        *error = tr("The key accounts' figures need exchange rates the plan does not have: %1. Add them in "
                    "Plan Settings.")
                     .arg(report->missingRates().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return report;
}

void MainWindow::previewPortfolioSummary()
{
    if (!m_document)
        return;
    QString error;
    const std::optional<PortfolioReport> report = keyAccountReport(&error);
    if (!report) {
        showWarning(this, tr("Portfolio Summary"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(defaultSummaryPageLayout());
    printer.setDocName(tr("Portfolio summary"));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Portfolio Summary"));
    const QDate today = m_document->asOf();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &report, today](QPrinter *target) {
        QString reason;
        if (!paintPortfolioSummary(target, *report, today, &reason))
            showWarning(this, tr("Portfolio Summary"), reason);
    });
    preview.resize(1100, 800);
    preview.exec();
}

void MainWindow::exportPortfolioSummary()
{
    if (!m_document)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Portfolio Summary"),
        dialogFolder() + QLatin1Char('/') + tr("Portfolio summary") + QStringLiteral(".pdf"),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != QLatin1String("pdf"))
        path += QStringLiteral(".pdf");
    QString error;
    const std::optional<PortfolioReport> report = keyAccountReport(&error);
    if (!report
        || !keyplan::exportPortfolioSummary(
            *report, m_document->asOf(), path, defaultSummaryPageLayout(), &error))
        showWarning(this, tr("Export Portfolio Summary"), error);
    else
        statusBar()->showMessage(tr("Portfolio summary exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_editor->flushPendingEdits();
    saveWindowGeometry(this);
    settings::windowState.set(saveState());
    settings::splitterState.set(m_splitter->saveState());
    if (m_document)
        settings::portfolioHeader.set(m_portfolio->headerState());
    event->accept();
}

} // namespace keyplan
