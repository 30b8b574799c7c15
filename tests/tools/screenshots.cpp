// Renders the main screens to PNG for review and for the README: the portfolio with an account's
// details, its stage history and its revenue.
//
// Usage: keyplan_screenshots PLAN OUTDIR
#include "item/accountediting.h"
#include "item/goalediting.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/reviewediting.h"
#include "item/playevaluator.h"
#include "ui/accounteditor.h"
#include "ui/cataloguedialog.h"
#include "ui/coveragesettingsdialog.h"
#include "ui/healthdialog.h"
#include "ui/mainwindow.h"
#include "ui/plansettingsdialog.h"
#include "ui/arrchangedialog.h"
#include "item/revenueediting.h"
#include <QComboBox>
#include "ui/map/stakeholdermappage.h"
#include "ui/newaccountdialog.h"
#include "ui/opportunitydialog.h"
#include "ui/pipelinetext.h"
#include "ui/portfoliopanel.h"
#include "ui/preferencesdialog.h"
#include "ui/goalspage.h"
#include "ui/qbr/qbrdialog.h"
#include "ui/qbr/qbrexport.h"
#include "ui/qbr/qbrrowdialogs.h"
#include "ui/restorebackupdialog.h"
#include "storage/backupfolder.h"
#include "ui/stagechangedialog.h"
#include "ui/stakeholderdialog.h"
#include "ui/touchpointdialog.h"
#include "ui/whitespacecelldialog.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QPushButton>
#include <QTreeWidget>
#include <QTimer>

using namespace keyplan;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc != 3)
        return 2;
    const QString plan = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    MainWindow window;
    window.resize(1480, 860);
    if (!window.openPlan(plan))
        return 1;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTableView *table = window.portfolioPanel()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString()
            == QString::fromUtf8(qgetenv("KEYPLAN_SHOT_ACCOUNT").isEmpty() ? "Northgate Logistics"
                                                                           : qgetenv("KEYPLAN_SHOT_ACCOUNT")))
            table->setCurrentIndex(table->model()->index(row, 0)); // selectRow() alone misses under -reverse
    }
    if (window.portfolioPanel()->currentAccount() == 0)
        return 1; // no such account: nothing to show
    const QStringList names {QStringLiteral("details"), QStringLiteral("map"), QStringLiteral("people"),
        QStringLiteral("goals"), QStringLiteral("health"), QStringLiteral("plays"), QStringLiteral("whitespace"), QStringLiteral("pipeline"), QStringLiteral("qbr"),
        QStringLiteral("stage"), QStringLiteral("revenue")};
    // The tabs with the whole window (the plan opened on This Week, shot on its own below).
    if (auto *week = window.findChild<QDockWidget *>(QStringLiteral("weekDock")))
        week->hide();
    for (int tab = 0; tab < names.size(); ++tab) {
        window.accountEditor()->tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        window.grab().save(out.filePath(QStringLiteral("keyplan-%1.png").arg(names.at(tab))));
    }
    // The map with the whole window.
    window.accountEditor()->tabs()->setCurrentIndex(1);
    window.accountEditor()->mapPage()->wideAction()->setChecked(true);
    QTest::qWait(100);
    window.grab().save(out.filePath(QStringLiteral("keyplan-map-wide.png")));
    window.accountEditor()->mapPage()->wideAction()->setChecked(false);
    // The coverage chart docked under the window.
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("coverageDock"))) {
        dock->show();
        QTest::qWait(150);
        window.grab().save(out.filePath(QStringLiteral("keyplan-coverage-chart.png")));
        dock->hide();
    }
    // Expansion across the portfolio: the list, the pipeline charts and whitespace.
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("pipelineDock"))) {
        dock->show();
        auto *tabs = dock->findChild<QTabWidget *>();
        const QStringList tabNames {QStringLiteral("list"), QStringLiteral("by-stage"),
            QStringLiteral("by-quarter"), QStringLiteral("by-offering"), QStringLiteral("by-unit")};
        for (int tab = 0; tabs && tab < tabs->count() && tab < tabNames.size(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(200);
            window.grab().save(out.filePath(QStringLiteral("keyplan-pipeline-%1.png").arg(tabNames.at(tab))));
        }
        dock->hide();
    }
    // The ARR bridge of the portfolio, whole and by segment.
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("bridgeDock"))) {
        dock->show();
        QTest::qWait(200);
        window.grab().save(out.filePath(QStringLiteral("keyplan-bridge.png")));
        if (auto *grouping = dock->findChild<QComboBox *>(QStringLiteral("bridgeGrouping"))) {
            grouping->setCurrentIndex(1);
            Q_EMIT grouping->activated(1);
            QTest::qWait(200);
            window.grab().save(out.filePath(QStringLiteral("keyplan-bridge-by-segment.png")));
        }
        dock->hide();
    }
    // This Week, docked under the plan.
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("weekDock"))) {
        dock->show();
        QTest::qWait(200);
        window.grab().save(out.filePath(QStringLiteral("keyplan-this-week.png")));
        dock->hide();
    }
    // The dialogs, as a user first sees them.
    const auto shoot = [&out](QWidget &dialog, const QString &name) {
        dialog.show();
        QTest::qWait(50);
        dialog.grab().save(out.filePath(QStringLiteral("keyplan-dialog-%1.png").arg(name)));
        dialog.close();
    };
    PlanDocument *document = window.document();
    const AccountId id = window.portfolioPanel()->currentAccount();
    StageChangeDialog stage(document->account(id)->name, document->account(id)->stage, &window);
    shoot(stage, QStringLiteral("stage"));
    NewAccountDialog account(document->team(), document->currency(), &window);
    shoot(account, QStringLiteral("account"));
    PlanSettingsDialog settings(document, &window);
    shoot(settings, QStringLiteral("plan-settings"));
    settings.tabs()->setCurrentIndex(1);
    shoot(settings, QStringLiteral("plan-settings-cadence-health"));
    settings.tabs()->setCurrentIndex(2);
    shoot(settings, QStringLiteral("plan-settings-plays"));
    ArrChangeDialog change(document->account(id)->name, document->account(id)->currency,
        RevenueEditing::of(document)->timeline(id),
        {0, id, document->asOf(), ArrChangeKind::Upsell, document->account(id)->arr + 250000, {}, std::nullopt, 1},
        &window);
    shoot(change, QStringLiteral("arr-change"));
    TouchpointDialog touchpoint(
        id, document->stakeholders(id), document->team(), document->account(id)->ownerId, &window);
    shoot(touchpoint, QStringLiteral("touchpoint"));
    const QList<Stakeholder> people = document->stakeholders(id);
    if (!people.isEmpty()) {
        StakeholderDialog person(people.constFirst(), people, document->team(), &window);
        shoot(person, QStringLiteral("person"));
    }
    CoverageSettingsDialog coverageSettings(document->coverageSettings(), &window);
    shoot(coverageSettings, QStringLiteral("coverage-settings"));
    // Restore from Backup, with a backup before and after an edit.
    BackupFolder(plan).takeFromFile(plan, BackupReason::BeforeUpgrade, QDateTime::currentDateTimeUtc().addDays(-3));
    AccountEditing::of(document)->editAccountField(id, AccountField::Notes, QStringLiteral("Edited for the screenshot"));
    BackupFolder(plan).takeFromFile(plan, BackupReason::Automatic);
    RestoreBackupDialog restore(plan, &window);
    shoot(restore, QStringLiteral("restore-backup"));
    const QList<Opportunity> opportunities = PipelineEditing::of(document)->opportunities(id);
    if (!opportunities.isEmpty()) {
        OpportunityDialog::Choices choices {PipelineEditing::of(document)->offerings(), PipelineEditing::of(document)->businessUnits(id), people,
            document->currency(),
            PipelineText::fixFirstWarning(*document->account(id), PlayEvaluator::of(document)->healthNow(id).score()),
            GoalEditing::of(document)->goals(id)};
        OpportunityDialog opportunity(opportunities.constFirst(), choices, &window);
        shoot(opportunity, QStringLiteral("opportunity"));
    }
    const QList<WhitespaceCell> cells = PipelineEditing::of(document)->whitespaceCells(id);
    for (const WhitespaceCell &cell : cells) {
        if (cell.state == CellState::Open && !cell.competitor.isEmpty()) {
            WhitespaceCellDialog cellDialog(cell, QStringLiteral("Time and Attendance"),
                QStringLiteral("Leeds depot"), document->currency(), &window);
            shoot(cellDialog, QStringLiteral("whitespace-cell"));
            break;
        }
    }
    CatalogueDialog catalogue(document, &window);
    shoot(catalogue, QStringLiteral("catalogue"));
    HealthDialog health(id, document->asOf(), &window);
    shoot(health, QStringLiteral("health"));
    PreferencesDialog preferences(&window);
    shoot(preferences, QStringLiteral("preferences"));
    QbrDialog qbr(document, id, &window);
    shoot(qbr, QStringLiteral("qbr"));
    qbr.setEdition(QbrEdition::Internal);
    shoot(qbr, QStringLiteral("qbr-internal"));
    qbr.setEdition(QbrEdition::Customer);
    // The QBR tab's form dialogs, which run modally: shot as they open, then cancelled.
    const auto shootModal = [&out](const QString &name) {
        QTimer::singleShot(150, [&out, name] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                dialog->grab().save(out.filePath(QStringLiteral("keyplan-dialog-%1.png").arg(name)));
                dialog->close();
            }
        });
    };
    // The goal dialog, as Edit Goal… opens it on the account's first goal.
    if (auto *goals = window.findChild<GoalsPage *>(); goals && goals->list()->topLevelItemCount() > 0) {
        goals->list()->setCurrentItem(goals->list()->topLevelItem(0));
        const QList<QPushButton *> buttons = goals->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text().contains(QStringLiteral("Edit"))) {
                shootModal(QStringLiteral("goal"));
                button->click();
                break;
            }
        }
    }
    shootModal(QStringLiteral("value-outcome"));
    editValueOutcome(&window, QStringLiteral("Edit Value Outcome"), ReviewEditing::of(document)->valueOutcomes(id).value(0));
    shootModal(QStringLiteral("risk"));
    editRisk(&window, QStringLiteral("Edit Risk"), ReviewEditing::of(document)->risks(id).value(0), document->team());
    shootModal(QStringLiteral("next-step"));
    editNextStep(&window, QStringLiteral("Edit Next Step"), ReviewEditing::of(document)->nextSteps(id).value(0));
    // The QBR summary in the print preview, as Preview… shows it.
    const QbrData summary = qbr.summary();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(defaultQbrPageLayout());
    QPrintPreviewDialog preview(&printer, &window);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&summary](QPrinter *target) { paintQbr(target, summary, QbrEdition::Customer); });
    preview.resize(1000, 900);
    shoot(preview, QStringLiteral("qbr-preview"));
    return 0;
}
