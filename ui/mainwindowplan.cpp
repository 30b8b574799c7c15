// A plan's life in the window: opening it (or taking it over from the window before, when the
// user chose another language), showing it in every view, and closing it.
#include "ui/mainwindow.h"

#include "ui/accounteditor.h"
#include "ui/backupactions.h"
#include "ui/bridgeview.h"
#include "ui/conflictdialog.h"
#include "ui/coveragechart.h"
#include "ui/data/firstrun.h"
#include "ui/messages.h"
#include "ui/portfoliopanel.h"
#include "ui/portfoliopipelineview.h"
#include "ui/recentfilesmenu.h"
#include "ui/settings.h"
#include "ui/thisweekview.h"

#include "item/arrtimelinemodel.h"
#include "item/autobackup.h"
#include "item/itemroles.h"
#include "item/portfoliofilterproxy.h"
#include "item/liverefresh.h"
#include "item/plandocument.h"
#include "item/planfiles.h"
#include "item/playevaluator.h"
#include "item/portfoliomodel.h"
#include "item/stagehistorymodel.h"
#include "item/stakeholdermodel.h"
#include "storage/serverlocation.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

namespace keyplan {

bool MainWindow::openPlan(const QString &path)
{
    PlanOpenResult result;
    std::unique_ptr<PlanDocument> document = PlanFiles::open(path, QString(), &result);
    // A team server that asks for a password: asked for here, used for this connection, never kept.
    while (!document && (result.error == PlanOpenError::NeedsPassword || result.error == PlanOpenError::AuthenticationFailed)
        && ServerLocation::isServerUrl(path)) {
        bool given = false;
        const QString password = QInputDialog::getText(this, tr("Team Plan Password"),
            result.error == PlanOpenError::NeedsPassword ? result.message + u'\n' + tr("Password:")
                                                         : result.message + u'\n' + tr("Try again:"),
            QLineEdit::Password, QString(), &given);
        if (!given)
            return false;
        document = PlanFiles::open(path, password, &result);
    }
    if (!document) {
        // A damaged plan is never changed: its newest good backup is offered instead.
        const bool damaged = !ServerLocation::isServerUrl(path)
            && (result.error == PlanOpenError::Damaged || result.error == PlanOpenError::ForeignSchema);
        const BackupOffer offer = damaged ? offerNewestGoodBackup(this, path, result.message) : BackupOffer::NoGoodBackup;
        if (offer == BackupOffer::Restored)
            return openPlan(path);
        if (offer == BackupOffer::NoGoodBackup)
            showWarning(
                this, tr("Cannot Open Plan"), tr("%1\n\n%2").arg(QDir::toNativeSeparators(shownLocation(path)), result.message));
        if (result.error == PlanOpenError::Missing)
            m_recent->removeFile(path);
        return false;
    }
    showPlan(std::move(document), result);
    return true;
}

void MainWindow::showPlan(std::unique_ptr<PlanDocument> document, const PlanOpenResult &result)
{
    closePlan();
    m_document = std::move(document);
    // The living plan catches up with the days since the plan was last open: plays, and scores.
    PlayEvaluator::of(m_document.get())->evaluateAll();
    m_portfolioModel = new PortfolioModel(m_document.get());
    m_stageModel = new StageHistoryModel(m_document.get());
    m_revenueModel = new ArrTimelineModel(m_document.get());
    m_stakeholderModel = new StakeholderModel(m_document.get());
    m_portfolio->setDocument(m_document.get(), m_portfolioModel);
    m_portfolio->restoreHeaderState(settings::portfolioHeader.get());
    m_editor->setDocument(m_document.get(), m_stageModel, m_revenueModel, m_stakeholderModel);
    m_coverageChart->setModel(m_portfolioModel);
    m_bridgeView->setSource(m_document.get(), m_portfolioModel, m_portfolio->proxy());
    if (m_pipelineView)
        m_pipelineView->setDocument(m_document.get());
    if (m_weekView)
        m_weekView->setDocument(m_document.get());
    const auto showBand = [this] {
        const CoverageSettings settings = m_document->coverageSettings();
        m_coverageChart->setTargetBand(settings.targetLow, settings.targetHigh);
    };
    showBand();
    connect(m_document.get(), &PlanDocument::coverageSettingsChanged, this, showBand);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_document.get(), &PlanDocument::writeFailed, this,
        [this](const QString &message) { showWarning(this, tr("Not Saved"), message); });
    // A team plan follows everyone's changes as they are saved, and says when its server is gone.
    if (LiveRefresh *live = LiveRefresh::of(m_document.get())) {
        connect(live, &LiveRefresh::wentOffline, this, &MainWindow::updateActions);
        connect(live, &LiveRefresh::cameBackOnline, this, &MainWindow::updateActions);
    }
    // Queued: the user's choice is a new edit, made once the refused one is off the undo stack.
    connect(m_document.get(), &PlanDocument::writeConflict, this,
        [this](const WriteConflict &conflict) {
            if (m_document)
                resolveConflict(conflict, m_document.get(), this);
        },
        Qt::QueuedConnection);
    // A team plan's backups are its server's; a plan file backs itself up while edited.
    if (!m_document->isReadOnly() && !m_document->database().isServer()) {
        m_autoBackup = new AutoBackup(m_document.get(), BackupFolder::defaultRoot(), this);
        connect(m_autoBackup, &AutoBackup::finished, this, [this](const BackupOutcome &outcome) {
            if (!outcome.ok)
                statusBar()->showMessage(tr("The automatic backup failed: %1").arg(outcome.error), 20000);
        });
    }
    m_stack->setCurrentWidget(m_splitter);
    m_recent->addFile(m_document->database().path()); // a team plan's address without any password
    if (!m_document->database().isServer())
        settings::lastFolder.set(QFileInfo(m_document->database().path()).absolutePath());
    if (result.readOnlyMedium && result.upgradedInMemory)
        statusBar()->showMessage(tr("The plan is on a read-only medium and from an older Keyplan: it is open "
                                    "read-only, upgraded in memory; the file is unchanged."),
            15000);
    else if (result.readOnlyMedium)
        statusBar()->showMessage(tr("The plan is on a read-only medium, so it is open read-only."), 10000);
    else if (!result.backupPath.isEmpty())
        statusBar()->showMessage(tr("The plan was upgraded; the previous version is kept at %1.")
                                     .arg(QDir::toNativeSeparators(result.backupPath)),
            15000);
    // A plan opens on what needs the user this week (unless they closed it last time).
    if (settings::weekOnOpen.get()) {
        m_weekDock->show();
        resizeDocks({m_weekDock}, {height() / 3}, Qt::Vertical); // the account's plan keeps the most room
    }
    if (m_portfolioModel->rowCount() > 0)
        m_portfolio->selectAccount(
            m_portfolio->table()->model()->index(0, 0).data(AccountIdRole).toLongLong());
    updateActions();
    updateTitle();
}

void MainWindow::closePlan()
{
    detachPlan(); // and the document goes with it
}

std::unique_ptr<PlanDocument> MainWindow::detachPlan()
{
    if (!m_document)
        return nullptr;
    m_editor->flushPendingEdits();
    delete m_autoBackup; // waits for a backup under way
    m_autoBackup = nullptr;
    settings::portfolioHeader.set(m_portfolio->headerState());
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
    m_portfolioModel = nullptr;
    m_stageModel = nullptr;
    m_revenueModel = nullptr;
    m_stakeholderModel = nullptr;
    // What the window connected to the plan stays with the window.
    disconnect(m_document.get(), nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    if (LiveRefresh *live = LiveRefresh::of(m_document.get()))
        disconnect(live, nullptr, this, nullptr);
    std::unique_ptr<PlanDocument> document = std::move(m_document);
    m_stack->setCurrentWidget(welcomePage());
    updateActions();
    updateTitle();
    return document;
}

void MainWindow::takeOver(MainWindow &previous)
{
    restoreGeometry(previous.saveGeometry());
    restoreState(previous.saveState());
    m_splitter->setSizes(previous.m_splitter->sizes());
    const AccountId account = previous.m_portfolio->currentAccount();
    const int tab = previous.m_editor->tabs()->currentIndex();
    std::unique_ptr<PlanDocument> document = previous.detachPlan();
    if (!document)
        return;
    PlanOpenResult result;
    showPlan(std::move(document), result);
    if (account > 0)
        m_portfolio->selectAccount(account);
    m_editor->tabs()->setCurrentIndex(tab);
}

} // namespace keyplan
