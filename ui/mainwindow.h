#pragma once

#include "domain/thisweek.h"
#include "io/portfolioreport.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace keyplan {

class AccountEditor;
class AutoBackup;
class CoverageChart;
class HelpMenu;
class DataActions;
class PortfolioPipelineView;
class PlanDocument;
class PortfolioModel;
class PortfolioPanel;
class RecentFilesMenu;
class ArrTimelineModel;
class BridgeView;
class StageHistoryModel;
class StakeholderModel;
class ThisWeekView;
class WelcomePage;
struct PlanOpenResult;

// The window: wires the portfolio panel, the account editor, the menus and the open plan.
// Features live in their own widgets; this class only connects them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a plan; on refusal the user is told why and the current plan stays open.
    bool openPlan(const QString &path);
    // Takes the open plan over from `previous` (a window in the language before), with its undo
    // history, the account and tab shown, and the window's size and docks; `previous` is left empty.
    void takeOver(MainWindow &previous);
    void closePlan();

    PlanDocument *document() const { return m_document.get(); }
    PortfolioPanel *portfolioPanel() const { return m_portfolio; }
    AccountEditor *accountEditor() const { return m_editor; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *newAccountAction() const { return m_newAccount; }
    QAction *restoreBackupAction() const { return m_restoreBackup; }
    QAction *connectAction() const { return m_connect; }
    QAction *saveCopyAction() const { return m_saveCopy; }
    QLabel *readOnlyLabel() const { return m_readOnlyLabel; }
    AutoBackup *autoBackup() const { return m_autoBackup; }
    QAction *deleteAccountAction() const { return m_deleteAccount; }
    QAction *qbrSummaryAction() const { return m_qbrSummary; }
    QAction *historyAction() const { return m_history; }
    DataActions *dataActions() const { return m_data; }
    // What the window shows with no plan open; built when first needed.
    WelcomePage *welcomePage();

Q_SIGNALS:
    // The user chose another language in Preferences: the window is built again in it
    // (MainWindowHost), since most of it is built once.
    void languageChosen();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Shows `document` in every view (what opening a plan ends with).
    void showPlan(std::unique_ptr<PlanDocument> document, const PlanOpenResult &result);
    // Lets go of the open plan, every view emptied, and hands it back.
    std::unique_ptr<PlanDocument> detachPlan();
    void createActions();
    void createMenus();
    void retranslate();
    void updateActions();
    void updateTitle();
    void newPlan();
    void openPlanDialog();
    void connectToTeamPlan();
    void saveCopyAs();
    void restoreFromBackup();
    void addAccount();
    void deleteAccount();
    void changeStage();
    void showPreferences();
    void showCoverageSettings();
    void showQbrSummary();
    // An item of This Week: its account chosen, at the tab where it is dealt with.
    void openWeekItem(AccountId account, WeekItemKind kind, qint64 reference);
    void previewPortfolioSummary();
    std::optional<PortfolioReport> keyAccountReport(QString *error) const;
    void exportPortfolioSummary();
    QString dialogFolder() const;

    std::unique_ptr<PlanDocument> m_document;
    PortfolioModel *m_portfolioModel = nullptr;
    StageHistoryModel *m_stageModel = nullptr;
    ArrTimelineModel *m_revenueModel = nullptr;
    StakeholderModel *m_stakeholderModel = nullptr;
    AutoBackup *m_autoBackup = nullptr;

    QStackedWidget *m_stack;
    WelcomePage *m_emptyState = nullptr;
    QSplitter *m_splitter;
    PortfolioPanel *m_portfolio;
    AccountEditor *m_editor;
    QLabel *m_readOnlyLabel;
    RecentFilesMenu *m_recent;
    DataActions *m_data = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_accountMenu = nullptr;
    HelpMenu *m_help = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_restoreBackup = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_newAccount = nullptr;
    QAction *m_deleteAccount = nullptr;
    QAction *m_recordTouchpoint = nullptr;
    QAction *m_changeStage = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_coverageSettings = nullptr;
    QAction *m_planSettings = nullptr;
    QAction *m_qbrSummary = nullptr;
    QAction *m_history = nullptr;
    QAction *m_portfolioSummary = nullptr;
    QAction *m_exportPortfolioSummary = nullptr;
    QMenu *m_viewMenu = nullptr;
    QDockWidget *m_coverageDock = nullptr;
    CoverageChart *m_coverageChart = nullptr;
    QDockWidget *m_pipelineDock = nullptr;
    QDockWidget *m_bridgeDock = nullptr;
    QDockWidget *m_weekDock = nullptr;
    ThisWeekView *m_weekView = nullptr;
    BridgeView *m_bridgeView = nullptr;
    PortfolioPipelineView *m_pipelineView = nullptr;
};

} // namespace keyplan
