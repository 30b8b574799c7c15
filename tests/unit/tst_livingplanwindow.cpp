#include "item/goalediting.h"
#include "item/healthediting.h"
#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/playediting.h"
#include "item/playevaluator.h"
#include "item/portfoliomodel.h"
#include "item/thisweekmodel.h"
#include "testsupport.h"
#include "ui/accounteditor.h"
#include "ui/elidedlabel.h"
#include "ui/goalspage.h"
#include "ui/charts/healthtrendchart.h"
#include "ui/healthpage.h"
#include "ui/mainwindow.h"
#include "ui/playspage.h"
#include "ui/portfoliopanel.h"
#include "ui/thisweekview.h"
#include "ui/touchpointdialog.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

// The window as a living plan: it opens on This Week, whose rows open where they are dealt with
// and answer plays; the portfolio's Health and Flags columns and the account's Health tab.
class TestLivingPlanWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void thisWeek_listsWhatIsDueAndOpensItWhereItIsDealtWith();
    void portfolio_showsHealthWithItsTrendAndFlags();
    void lists_takeAChangeInPlaceKeepingTheChosenRow();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestLivingPlanWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

void TestLivingPlanWindow::init()
{
    m_path = m_dir.filePath(QStringLiteral("living%1.keyplan").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(test::writeSamplePlan(m_path));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openPlan(m_path));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLivingPlanWindow::cleanup()
{
    m_window.reset();
}

void TestLivingPlanWindow::thisWeek_listsWhatIsDueAndOpensItWhereItIsDealtWith()
{
    m_window->document()->setAsOf(test::sampleAsOf);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("weekDock"));
    QVERIFY(dock);
    // The window opens on This Week (until the user closes it).
    QVERIFY(!dock->isHidden());
    QTRY_VERIFY(dock->widget());
    auto *view = dock->findChild<ThisWeekView *>();
    QVERIFY(view);
    ThisWeekModel *model = view->model();
    QVERIFY(model->rowCount() > 0);
    QVERIFY(view->tree()->isExpanded(model->index(0, 0)));
    // A renewal opens its account on the Details tab.
    QModelIndex renewal;
    QModelIndex touchpoint;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex account = model->index(row, 0);
        for (int item = 0; item < model->rowCount(account); ++item) {
            const QModelIndex index = model->index(item, 0, account);
            const auto kind = WeekItemKind(index.data(ThisWeekModel::ItemKindRole).toInt());
            if (kind == WeekItemKind::Renewal && !renewal.isValid())
                renewal = index;
            if (kind == WeekItemKind::Touchpoint && !touchpoint.isValid())
                touchpoint = index;
        }
    }
    QVERIFY(renewal.isValid() && touchpoint.isValid());
    m_window->accountEditor()->tabs()->setCurrentIndex(3);
    Q_EMIT view->tree()->activated(renewal);
    QCOMPARE(m_window->portfolioPanel()->currentAccount(), model->accountIdAt(renewal));
    QCOMPARE(m_window->accountEditor()->tabs()->currentIndex(), 0);
    // A key person due a touchpoint: the People tab, and the touchpoint form open on them.
    const AccountId account = model->accountIdAt(touchpoint);
    const StakeholderId person = touchpoint.data(ThisWeekModel::ReferenceRole).toLongLong();
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<TouchpointDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        for (int row = 0; row < dialog->peopleList()->count(); ++row) {
            const QListWidgetItem *item = dialog->peopleList()->item(row);
            QCOMPARE(item->checkState() == Qt::Checked, item->data(Qt::UserRole).toLongLong() == person);
        }
        asked = true;
        dialog->reject();
    });
    Q_EMIT view->tree()->activated(touchpoint);
    QVERIFY(asked);
    QCOMPARE(m_window->portfolioPanel()->currentAccount(), account);
    QCOMPARE(m_window->accountEditor()->tabs()->currentIndex(), 2);
    // A play: the Plays tab with it chosen; Done answers it in one step and it leaves the week.
    const auto findPlay = [&](PlayId wanted) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex parent = model->index(row, 0);
            for (int item = 0; item < model->rowCount(parent); ++item) {
                const QModelIndex index = model->index(item, 0, parent);
                if (WeekItemKind(index.data(ThisWeekModel::ItemKindRole).toInt()) == WeekItemKind::Play
                    && (!wanted || index.data(ThisWeekModel::ReferenceRole).toLongLong() == wanted))
                    return index;
            }
        }
        return QModelIndex();
    };
    const QModelIndex playRow = findPlay(0);
    QVERIFY(playRow.isValid());
    const PlayId playId = playRow.data(ThisWeekModel::ReferenceRole).toLongLong();
    Q_EMIT view->tree()->activated(playRow);
    QVERIFY(m_window->accountEditor()->tabs()->currentWidget()->isAncestorOf(m_window->accountEditor()->playsPage()));
    QCOMPARE(m_window->accountEditor()->playsPage()->list()->currentItem()->data(0, Qt::UserRole).toLongLong(), playId);
    view->tree()->setCurrentIndex(findPlay(playId));
    QVERIFY(view->doneButton()->isEnabled());
    view->doneButton()->click();
    QCOMPARE(PlayEditing::of(m_window->document())->play(playId)->status, PlayStatus::Done);
    QTRY_VERIFY(!findPlay(playId).isValid());
    m_window->document()->undoStack()->undo();
    QTRY_VERIFY(findPlay(playId).isValid());
    // For one person: fewer accounts, each with something of theirs.
    const int everyone = model->rowCount();
    QComboBox *owner = view->ownerCombo();
    owner->setCurrentIndex(owner->findText(QStringLiteral("Tom Whitaker")));
    Q_EMIT owner->activated(owner->currentIndex());
    QVERIFY(model->rowCount() > 0 && model->rowCount() < everyone);
    dock->hide();
}

void TestLivingPlanWindow::portfolio_showsHealthWithItsTrendAndFlags()
{
    // The plan opened evaluated: every key account has a card, shown with its 30-day move.
    QTableView *table = m_window->portfolioPanel()->table();
    const QAbstractItemModel *rows = table->model();
    const PlayEvaluator *evaluator = PlayEvaluator::of(m_window->document());
    int keyRows = 0;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const AccountId id = rows->index(row, 0).data(AccountIdRole).toLongLong();
        const QString health = rows->index(row, PortfolioModel::Health).data().toString();
        const QString flags = rows->index(row, PortfolioModel::Flags).data().toString();
        if (!m_window->document()->account(id)->isKey) {
            QVERIFY(health.isEmpty() && flags.isEmpty());
            continue;
        }
        ++keyRows;
        const std::optional<AccountHealth> card = evaluator->health(id);
        QVERIFY(card && card->score());
        QVERIFY2(health.startsWith(formatHealth(card->score())), qPrintable(health));
        if (card->trend.since30 && *card->trend.since30 < 0)
            QVERIFY(health.endsWith(QStringLiteral("▼")));
        // An account with plays due says how many first.
        int due = 0;
        for (const Play &play : evaluator->alivePlays(id))
            due += play.isActionable(m_window->document()->asOf()) ? 1 : 0;
        if (due > 1)
            QVERIFY2(flags.startsWith(QStringLiteral("%1 plays").arg(due)), qPrintable(flags));
    }
    QCOMPARE(keyRows, 25);
    // The account's header lists its open plays; its Health tab shows the same score.
    const AccountId kestrel = test::accountNamed(*m_window->document(), QStringLiteral("Kestrel Aviation Services"));
    m_window->portfolioPanel()->selectAccount(kestrel);
    QVERIFY(m_window->accountEditor()->playsLine()->isVisible());
    QVERIFY(m_window->accountEditor()->playsLine()->toolTip().contains(QStringLiteral("Re-thread the account")));
    QVERIFY(m_window->accountEditor()->healthPage()->scoreLabel()->text().startsWith(
        QStringLiteral("Health %1 of 10").arg(formatHealth(evaluator->health(kestrel)->score()))));
    // Its trend chart marks the one change of weights in the sample's year (five months ago), and
    // not the first score computed after the marks judged before the scorecard.
    const HealthTrendChart *trend = m_window->accountEditor()->healthPage()->trendChart();
    QCOMPARE(trend->weightChanges(), 1);
    QCOMPARE(trend->chart()->series().size(), 3); // the line at 6, the score, the markers

    // A metric's thresholds, set in its dialog, score the usage measure; undo puts them back.
    HealthPage *page = m_window->accountEditor()->healthPage();
    page->metrics()->setCurrentItem(page->metrics()->topLevelItem(0));
    const MetricSeries before = HealthEditing::of(m_window->document())->metrics(kestrel).constFirst();
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
        QCOMPARE(fields.size(), 4); // name, unit, poor at, good at
        fields.at(2)->setText(QStringLiteral("lots"));
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        fields.at(2)->setText(QStringLiteral("100"));
        fields.at(3)->setText(QStringLiteral("1000"));
        asked = true;
        dialog->accept();
    });
    page->editMetricButton()->click();
    QVERIFY(asked);
    const MetricSeries after = HealthEditing::of(m_window->document())->metrics(kestrel).constFirst();
    QCOMPARE(after.poorAt, std::optional<double>(100));
    QCOMPARE(after.goodAt, std::optional<double>(1000));
    QCOMPARE(after.points, before.points);
    m_window->document()->undoStack()->undo();
    QCOMPARE(HealthEditing::of(m_window->document())->metrics(kestrel).constFirst().goodAt, before.goodAt);
}

// A change arriving while the user works in a list (a colleague's save, an undo): the goals list
// and This Week show it and keep the row the user chose, the same item, not one rebuilt.
void TestLivingPlanWindow::lists_takeAChangeInPlaceKeepingTheChosenRow()
{
    PlanDocument *document = m_window->document();
    document->setAsOf(test::sampleAsOf);
    AccountId account = 0;
    for (const Account &a : document->accounts()) {
        if (!account && GoalEditing::of(document)->goals(a.id).size() >= 2)
            account = a.id;
    }
    QVERIFY(account);
    m_window->portfolioPanel()->selectAccount(account);
    GoalsPage *goals = m_window->accountEditor()->goalsPage();
    m_window->accountEditor()->showPage(goals);
    QTreeWidget *list = goals->list();
    QTRY_VERIFY(list->topLevelItemCount() >= 2);
    QTreeWidgetItem *chosen = list->topLevelItem(1);
    list->setCurrentItem(chosen);
    Goal first = GoalEditing::of(document)->goals(account).constFirst();
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toLongLong(), first.id);
    first.objective = QStringLiteral("Open two new depots by spring");
    GoalEditing::of(document)->editGoal(first);
    QCOMPARE(list->topLevelItem(0)->text(0), first.objective);
    QCOMPARE(list->currentItem(), chosen);
    QCOMPARE(list->topLevelItem(1), chosen);
    // A goal added goes in; the chosen one stays chosen.
    Goal added;
    added.accountId = account;
    added.objective = QStringLiteral("Cut waste by a fifth");
    GoalEditing::of(document)->addGoal(added);
    QCOMPARE(list->topLevelItemCount(), int(GoalEditing::of(document)->goals(account).size()));
    QCOMPARE(list->currentItem(), chosen);

    // This Week: the chosen row stays chosen when another of its rows goes.
    auto *view = m_window->findChild<QDockWidget *>(QStringLiteral("weekDock"))->findChild<ThisWeekView *>();
    QVERIFY(view);
    ThisWeekModel *model = view->model();
    QTRY_VERIFY(model->rowCount() > 0);
    QModelIndex keep;
    PlayId other = 0;
    for (int row = 0; row < model->rowCount() && (!keep.isValid() || !other); ++row) {
        const QModelIndex entry = model->index(row, 0);
        for (int item = 0; item < model->rowCount(entry); ++item) {
            const QModelIndex index = model->index(item, 0, entry);
            if (index.data(ThisWeekModel::ItemKindRole).toInt() != int(WeekItemKind::Play))
                continue;
            if (!keep.isValid())
                keep = index;
            else if (!other)
                other = index.data(ThisWeekModel::ReferenceRole).toLongLong();
        }
    }
    QVERIFY(keep.isValid() && other);
    const qint64 kept = keep.data(ThisWeekModel::ReferenceRole).toLongLong();
    view->tree()->setCurrentIndex(keep);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    PlayEditing::of(document)->markDone(other);
    QTRY_COMPARE(resets.size(), 1); // the week was read again (from the event loop) and changed
    QVERIFY(view->tree()->currentIndex().isValid());
    QCOMPARE(view->tree()->currentIndex().data(ThisWeekModel::ReferenceRole).toLongLong(), kept);
    QCOMPARE(view->tree()->currentIndex().data(ThisWeekModel::ItemKindRole).toInt(), int(WeekItemKind::Play));
}

QTEST_MAIN(TestLivingPlanWindow)
#include "tst_livingplanwindow.moc"
