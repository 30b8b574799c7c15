// Two people editing the same team plan (on the real PostgreSQL 15 of scripts/test.sh), editor by
// editor: whatever Carol edits from what she read (an account's field, a goal, an opportunity, a
// risk, a change of ARR, a metric) is refused when Dave saved a change to the same item first; she
// sees his change and hers, and may put hers over his (removals: tst_teamremovals). The account's
// history shows who changed what. On a plan file the same stale edit
// (from a view read before an undo) is caught the same way.
#include "domain/money.h"
#include "item/accountediting.h"
#include "item/accounthistorymodel.h"
#include "item/goalediting.h"
#include "item/healthediting.h"
#include "item/liverefresh.h"
#include "item/mapediting.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/playediting.h"
#include "item/playevaluator.h"
#include "item/reviewediting.h"
#include "item/portfoliomodel.h"
#include "item/revenueediting.h"
#include "item/peopleediting.h"
#include "storage/changelog.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"
#include "testscreenshot.h"
#include "teamfixture.h"
#include "testsupport.h"
#include "ui/accountdetailsform.h"
#include "ui/accounthistorydialog.h"
#include "ui/conflictdialog.h"
#include "ui/qbr/qbrdialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

class TestTeamEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goal_staleEditIsRefused_hersGoOverHis();
    void editors_everyStaleEditIsRefused_data();
    void editors_everyStaleEditIsRefused();
    void accountField_fromAStaleRowIsRefused();
    void detailsForm_keepsWhatIsBeingTypedThroughARefresh();
    void stageChange_staleEditIsRefused();
    void play_anAnswerFromAStalePageIsRefused();
    void mapMove_fromWhereSomeoneMovedThemSinceIsRefused();
    void history_showsWhoChangedWhat();
    void planFile_aStaleEditIsCaughtToo();
    void planFile_oneUsersEditsInARowNeverConflict();

private:
    std::unique_ptr<PlanDocument> openAs(const QString &user) const { return m_team.openAs(user); }

    test::TeamFixture m_team;
    QTemporaryDir m_dir; // plan files
};

using test::carol;
using test::dave;
using test::richAccount;

void TestTeamEdits::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QString error;
    QVERIFY2(m_team.publish(&error), qPrintable(error));
}

void TestTeamEdits::goal_staleEditIsRefused_hersGoOverHis()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    const AccountId account = richAccount(*mine);
    QVERIFY(account > 0);
    // Both open the goal; Dave saves a new objective first.
    const Goal read = GoalEditing::of(mine.get())->goals(account).constFirst();
    Goal daves = *GoalEditing::of(theirs.get())->goal(read.id);
    daves.objective = QStringLiteral("Dave's objective");
    GoalEditing::of(theirs.get())->editGoal(daves);
    QCOMPARE(GoalEditing::of(theirs.get())->goal(read.id)->objective, QStringLiteral("Dave's objective"));

    QSignalSpy conflicts(mine.get(), &PlanDocument::writeConflict);
    QSignalSpy failures(mine.get(), &PlanDocument::writeFailed);
    const int steps = mine->undoStack()->count();
    Goal carols = read;
    carols.target = read.target.value_or(0) + 7;
    carols.measure = QStringLiteral("Carol's measure");
    GoalEditing::of(mine.get())->editGoal(carols);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(failures.size(), 0);
    QCOMPARE(mine->undoStack()->count(), steps);
    // Nothing of hers was written.
    const Goal after = *GoalEditing::of(theirs.get())->goal(read.id);
    QCOMPARE(after.objective, QStringLiteral("Dave's objective"));
    QCOMPARE(after.target, read.target);
    QCOMPARE(after.measure, read.measure);

    const WriteConflict conflict = conflicts.constFirst().constFirst().value<WriteConflict>();
    QCOMPARE(conflict.table, QStringLiteral("goal"));
    QCOMPARE(conflict.rowId, read.id);
    QCOMPARE(conflict.subject, QStringLiteral("the goal “Dave's objective”"));
    QCOMPARE(conflict.theirs.size(), 1);
    QCOMPARE(conflict.theirs.constFirst().who, dave);
    QCOMPARE(conflict.base.value(QStringLiteral("objective")).toString(), read.objective);
    QCOMPARE(conflict.now.value(QStringLiteral("objective")).toString(), QStringLiteral("Dave's objective"));
    QCOMPARE(conflict.mine.value(QStringLiteral("measure")).toString(), QStringLiteral("Carol's measure"));
    QCOMPARE(conflict.mine.value(QStringLiteral("target")).toDouble(), *carols.target);
    QVERIFY(!conflict.removing);
    QStringList columns = conflict.columns();
    columns.sort();
    QCOMPARE(columns, (QStringList {QStringLiteral("measure"), QStringLiteral("objective"), QStringLiteral("target")}));

    // The dialog shows each field as read, his and hers; the one she left alone keeps his.
    ConflictDialog dialog(conflict, mine.get());
    test::saveScreenshot(&dialog, "conflict-goal");
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 3);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QLatin1String("Objective")) {
            QCOMPARE(table->item(row, 1)->text(), read.objective);
            QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Dave's objective"));
            QCOMPARE(table->item(row, 3)->text(), QStringLiteral("(not changed: theirs stays)"));
        }
    }
    QVERIFY(dialog.overwriteButton());

    // She saves hers over his: her fields win, his objective stays; one undo step, logged as hers.
    conflict.overwrite();
    const Goal merged = *GoalEditing::of(theirs.get())->goal(read.id);
    QCOMPARE(merged.objective, QStringLiteral("Dave's objective"));
    QCOMPARE(merged.measure, QStringLiteral("Carol's measure"));
    QCOMPARE(merged.target, carols.target);
    QCOMPARE(mine->undoStack()->count(), steps + 1);
    QString error;
    const QList<team::ChangeEntry> log
        = team::rowChanges(mine->database().connection(), QStringLiteral("goal"), read.id, 0, &error);
    QCOMPARE(log.constLast().who, carol);
    // Undo puts his version back, as long as nobody changed it since.
    mine->undo();
    const Goal undone = *GoalEditing::of(theirs.get())->goal(read.id);
    QCOMPARE(undone.measure, read.measure);
    QCOMPARE(undone.objective, QStringLiteral("Dave's objective"));
    QCOMPARE(failures.size(), 0);
}

void TestTeamEdits::editors_everyStaleEditIsRefused_data()
{
    QTest::addColumn<QString>("table");
    // Whether hers can be saved over his by the row's columns: not where the edit also writes rows
    // of its own (an opportunity's checklist, a metric's values); she edits again instead.
    QTest::addColumn<bool>("overwritable");
    QTest::newRow("opportunity") << QStringLiteral("opportunity") << false;
    QTest::newRow("risk") << QStringLiteral("account_risk") << true;
    QTest::newRow("change of ARR") << QStringLiteral("arr_change") << true;
    QTest::newRow("metric") << QStringLiteral("metric_series") << false;
    QTest::newRow("next step") << QStringLiteral("next_step") << true;
}

void TestTeamEdits::editors_everyStaleEditIsRefused()
{
    QFETCH(QString, table);
    QFETCH(bool, overwritable);
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    const AccountId account = richAccount(*mine);
    QVERIFY(account > 0);
    QSignalSpy conflicts(mine.get(), &PlanDocument::writeConflict);
    QSignalSpy failures(mine.get(), &PlanDocument::writeFailed);
    // Each: Carol reads the item, Dave changes it, Carol saves her edit of what she read; then what
    // the item holds now.
    std::function<QString()> holds;
    qint64 id = 0;
    if (table == u"opportunity") {
        const Opportunity read = PipelineEditing::of(mine.get())->opportunities(account).constFirst();
        id = read.id;
        Opportunity his = read;
        his.title = QStringLiteral("His title");
        PipelineEditing::of(theirs.get())->editOpportunity(his);
        Opportunity hers = read;
        hers.probability = read.probability == 40 ? 60 : 40;
        PipelineEditing::of(mine.get())->editOpportunity(hers);
        holds = [&] { return QStringLiteral("%1 %2").arg(PipelineEditing::of(theirs.get())->opportunity(id)->title).arg(PipelineEditing::of(theirs.get())->opportunity(id)->probability); };
        QCOMPARE(holds(), QStringLiteral("His title %1").arg(read.probability));
    } else if (table == u"account_risk") {
        const Risk read = ReviewEditing::of(mine.get())->risks(account).constFirst();
        id = read.id;
        Risk his = read;
        his.title = QStringLiteral("His risk");
        ReviewEditing::of(theirs.get())->editRisk(his);
        Risk hers = read;
        hers.remediation = QStringLiteral("Her remediation");
        ReviewEditing::of(mine.get())->editRisk(hers);
        QCOMPARE(ReviewEditing::of(theirs.get())->risks(account).constFirst().remediation, read.remediation);
    } else if (table == u"arr_change") {
        const ArrChange read = RevenueEditing::of(mine.get())->timeline(account).constLast();
        id = read.id;
        ArrChange his = read;
        his.note = QStringLiteral("His note");
        RevenueEditing::of(theirs.get())->editChange(his);
        ArrChange hers = read;
        hers.arr = read.arr + 100000;
        RevenueEditing::of(mine.get())->editChange(hers);
        QCOMPARE(RevenueEditing::of(theirs.get())->timeline(account).constLast().arr, read.arr);
    } else if (table == u"metric_series") {
        HealthEditing *health = HealthEditing::of(mine.get());
        QList<MetricSeries> metrics = health->metrics(account);
        if (metrics.isEmpty()) {
            MetricSeries series;
            series.accountId = account;
            series.name = QStringLiteral("Active users");
            series.unit = QStringLiteral("users");
            health->addMetric(series);
            metrics = health->metrics(account);
        }
        QVERIFY(!metrics.isEmpty());
        const MetricSeries read = metrics.constFirst();
        id = read.id;
        MetricSeries his = read;
        his.unit = QStringLiteral("his unit");
        HealthEditing::of(theirs.get())->editMetric(his);
        MetricSeries hers = read;
        hers.name = QStringLiteral("Her name");
        health->editMetric(hers);
        QCOMPARE(HealthEditing::of(theirs.get())->metrics(account).constFirst().name, read.name);
    } else {
        const NextStep read = ReviewEditing::of(mine.get())->nextSteps(account).isEmpty() ? NextStep {} : ReviewEditing::of(mine.get())->nextSteps(account).constFirst();
        if (read.id == 0) {
            NextStep step;
            step.accountId = account;
            step.action = QStringLiteral("Send the proposal");
            ReviewEditing::of(mine.get())->addNextStep(step);
        }
        const NextStep fresh = ReviewEditing::of(mine.get())->nextSteps(account).constFirst();
        id = fresh.id;
        NextStep his = fresh;
        his.owner = QStringLiteral("Dave");
        ReviewEditing::of(theirs.get())->editNextStep(his);
        NextStep hers = fresh;
        hers.done = !fresh.done;
        ReviewEditing::of(mine.get())->editNextStep(hers);
        QCOMPARE(ReviewEditing::of(theirs.get())->nextSteps(account).constFirst().done, fresh.done);
    }
    QCOMPARE(failures.size(), 0);
    QCOMPARE(conflicts.size(), 1);
    const WriteConflict conflict = conflicts.constFirst().constFirst().value<WriteConflict>();
    QCOMPARE(conflict.table, table);
    QCOMPARE(conflict.rowId, id);
    QCOMPARE(conflict.theirs.size(), 1);
    QCOMPARE(conflict.theirs.constFirst().who, dave);
    QVERIFY(!conflict.mine.isEmpty());
    if (!overwritable) {
        QVERIFY(!conflict.overwrite);
        QVERIFY(!ConflictDialog(conflict, mine.get()).overwriteButton());
        return;
    }
    QVERIFY(conflict.overwrite);
    // Hers over his: both changes are then in the item.
    conflict.overwrite();
    QCOMPARE(failures.size(), 0);
    QString error;
    const QJsonObject now = team::currentRow(theirs->database().connection(), table, id, &error);
    for (const QString &column : conflict.columns()) {
        const bool hisChange = conflict.now.value(column) != conflict.base.value(column);
        QCOMPARE(now.value(column), hisChange ? conflict.now.value(column) : conflict.mine.value(column));
    }
}

void TestTeamEdits::accountField_fromAStaleRowIsRefused()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    PortfolioModel model(mine.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const AccountId account = model.accountIdAt(0);
    const QString name = mine->account(account)->name;
    // Dave renames the account; Carol's table still shows the old row when she renames it too.
    AccountEditing::of(theirs.get())->editAccountField(account, AccountField::Name, QStringLiteral("Renamed by Dave"));
    QSignalSpy conflicts(mine.get(), &PlanDocument::writeConflict);
    QVERIFY(!model.setData(model.index(0, PortfolioModel::Name), QStringLiteral("Renamed by Carol"), Qt::EditRole));
    QCOMPARE(conflicts.size(), 1);
    const WriteConflict conflict = conflicts.constFirst().constFirst().value<WriteConflict>();
    QCOMPARE(conflict.table, QStringLiteral("account"));
    QCOMPARE(conflict.subject, QStringLiteral("the account “Renamed by Dave”"));
    QCOMPARE(conflict.base.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(conflict.mine.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed by Carol"));
    QCOMPARE(theirs->account(account)->name, QStringLiteral("Renamed by Dave"));
    // Once her table holds the new row, her edit goes through.
    model.reload();
    QVERIFY(model.setData(model.index(model.rowOf(account), PortfolioModel::Name), QStringLiteral("Renamed by Carol"),
        Qt::EditRole));
    QCOMPARE(theirs->account(account)->name, QStringLiteral("Renamed by Carol"));
    QCOMPARE(conflicts.size(), 1);
}

void TestTeamEdits::stageChange_staleEditIsRefused()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    const AccountId account = richAccount(*mine);
    const StageChange read = mine->stageChanges(account).constLast();
    StageChange his = read;
    his.reason = QStringLiteral("His reason");
    AccountEditing::of(theirs.get())->editStageChange(his);
    QCOMPARE(theirs->stageChanges(account).constLast().reason, his.reason);

    QSignalSpy conflicts(mine.get(), &PlanDocument::writeConflict);
    const int steps = mine->undoStack()->count();
    StageChange hers = read;
    hers.changedOn = read.changedOn.addDays(-1);
    AccountEditing::of(mine.get())->editStageChange(hers);
    QCOMPARE(conflicts.size(), 1);
    const WriteConflict conflict = conflicts.constFirst().constFirst().value<WriteConflict>();
    QCOMPARE(conflict.table, QStringLiteral("stage_change"));
    QCOMPARE(conflict.now.value(QStringLiteral("reason")).toString(), his.reason);
    QCOMPARE(conflict.mine.value(QStringLiteral("changed_on")).toString(), hers.changedOn.toString(Qt::ISODate));
    QCOMPARE(mine->undoStack()->count(), steps);
    QCOMPARE(theirs->stageChanges(account).constLast().changedOn, read.changedOn);
    // Her edit as she sees it now goes through, and keeps his reason.
    hers = mine->stageChanges(account).constLast();
    hers.changedOn = read.changedOn.addDays(-1);
    AccountEditing::of(mine.get())->editStageChange(hers);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(theirs->stageChanges(account).constLast().changedOn, hers.changedOn);
    QCOMPARE(theirs->stageChanges(account).constLast().reason, his.reason);
}

// Carol's list still shows the play open when Dave has snoozed it: her "Done" is a conflict, and
// the play stays snoozed, as Dave left it.
void TestTeamEdits::play_anAnswerFromAStalePageIsRefused()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    const AccountId account = richAccount(*mine);
    Play added;
    added.accountId = account;
    added.title = QStringLiteral("Send the pilot results");
    added.dueOn = test::sampleAsOf.addDays(2);
    PlayEditing::of(theirs.get())->addPlay(added);
    Play shown;
    for (const Play &play : PlayEditing::of(mine.get())->plays(account)) {
        if (play.title == added.title)
            shown = play;
    }
    QVERIFY(shown.id > 0);
    PlayEditing::of(theirs.get())->snooze(shown.id, test::sampleAsOf.addDays(5), QStringLiteral("After the board"));
    QCOMPARE(PlayEditing::of(theirs.get())->play(shown.id)->status, PlayStatus::Snoozed);

    QSignalSpy conflicts(mine.get(), &PlanDocument::writeConflict);
    const int steps = mine->undoStack()->count();
    PlayEditing::of(mine.get())->markDone(shown.id, shown.version);
    QCOMPARE(conflicts.size(), 1);
    const WriteConflict conflict = conflicts.constFirst().constFirst().value<WriteConflict>();
    QCOMPARE(conflict.table, QStringLiteral("play"));
    QCOMPARE(conflict.subject, QStringLiteral("the play “Send the pilot results”"));
    QCOMPARE(conflict.theirs.constLast().who, dave);
    QCOMPARE(mine->undoStack()->count(), steps);
    QCOMPARE(PlayEditing::of(theirs.get())->play(shown.id)->status, PlayStatus::Snoozed);
    // Done on the play as it is now: it goes through.
    PlayEditing::of(mine.get())->markDone(shown.id, PlayEditing::of(mine.get())->play(shown.id)->version);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(PlayEditing::of(theirs.get())->play(shown.id)->status, PlayStatus::Done);
}

// Dave's map still shows Ann where the automatic layout put her when Carol drags her: his drag
// is refused, naming Carol, and Ann stays where Carol put her. Carol's undo is refused likewise
// once Dave has moved Ann from where he saw her.
void TestTeamEdits::mapMove_fromWhereSomeoneMovedThemSinceIsRefused()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    const AccountId account = richAccount(*mine);
    Stakeholder unpinned;
    for (const Stakeholder &person : mine->stakeholders(account)) {
        if (!person.mapPosition)
            unpinned = person;
    }
    QVERIFY(unpinned.id > 0);
    const auto placeOf = [&](PlanDocument &document) {
        return document.stakeholder(unpinned.id)->mapPosition;
    };

    PeopleEditing::of(mine.get())->moveOnMap(account, {{unpinned.id, QPointF(40, 60)}}, {{unpinned.id, std::nullopt}});
    QCOMPARE(placeOf(*theirs), std::optional(QPointF(40, 60)));

    QSignalSpy failures(theirs.get(), &PlanDocument::writeFailed);
    QSignalSpy moves(theirs.get(), &PlanDocument::mapPositionsChanged);
    const int steps = theirs->undoStack()->count();
    PeopleEditing::of(theirs.get())->moveOnMap(account, {{unpinned.id, QPointF(300, 20)}}, {{unpinned.id, std::nullopt}});
    QCOMPARE(failures.size(), 1);
    const QString message = failures.constFirst().constFirst().toString();
    QVERIFY2(message.contains(carol) && message.contains(unpinned.name), qPrintable(message));
    QCOMPARE(placeOf(*theirs), std::optional(QPointF(40, 60)));
    QCOMPARE(theirs->undoStack()->count(), steps);
    QCOMPARE(moves.size(), 1); // his map is told to show her where she is

    // From where Carol put her, his move goes through; Carol's undo would put Ann back over it.
    PeopleEditing::of(theirs.get())->moveOnMap(account, {{unpinned.id, QPointF(300, 20)}}, {{unpinned.id, QPointF(40, 60)}});
    QCOMPARE(failures.size(), 1);
    QCOMPARE(placeOf(*mine), std::optional(QPointF(300, 20)));
    QSignalSpy herFailures(mine.get(), &PlanDocument::writeFailed);
    mine->undoStack()->undo();
    QCOMPARE(herFailures.size(), 1);
    QCOMPARE(placeOf(*mine), std::optional(QPointF(300, 20)));

    // Back to the automatic place from where he left her: nobody moved her since.
    PeopleEditing::of(theirs.get())->moveOnMap(account, {{unpinned.id, std::nullopt}}, {{unpinned.id, QPointF(300, 20)}});
    QCOMPARE(failures.size(), 1);
    QCOMPARE(placeOf(*mine), std::nullopt);
}

void TestTeamEdits::history_showsWhoChangedWhat()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    const AccountId account = richAccount(*mine);
    AccountHistoryModel history(mine.get(), account);
    QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(history.hasLog());
    const int before = history.rowCount();

    Stakeholder person = theirs->stakeholders(account).constFirst();
    const QString oldTitle = person.title;
    person.title = QStringLiteral("Chief <b>Operating</b> Officer");
    PeopleEditing::of(theirs.get())->editStakeholder(person);
    Goal goal;
    goal.accountId = account;
    goal.objective = QStringLiteral("Halve the month-end close");
    GoalEditing::of(theirs.get())->addGoal(goal);
    // Another account's change is not this account's history.
    for (const Account &other : theirs->accounts()) {
        if (other.id != account) {
            AccountEditing::of(theirs.get())->editAccountField(other.id, AccountField::Notes, QStringLiteral("Elsewhere"));
            break;
        }
    }
    // Carol's window hears of Dave's changes and the history follows.
    QTRY_COMPARE_WITH_TIMEOUT(history.rowCount(), before + 2, 5000);
    const auto cell = [&](int row, int column) { return history.index(row, column).data().toString(); };
    QCOMPARE(cell(0, AccountHistoryModel::Who), dave);
    QCOMPARE(cell(0, AccountHistoryModel::Item), QStringLiteral("Goal: Halve the month-end close"));
    QCOMPARE(cell(0, AccountHistoryModel::Change), QStringLiteral("Added"));
    QCOMPARE(cell(1, AccountHistoryModel::Item), QStringLiteral("Person: %1").arg(person.name));
    QCOMPARE(cell(1, AccountHistoryModel::Change),
        QStringLiteral("Title: %1 → Chief <b>Operating</b> Officer").arg(oldTitle.isEmpty() ? QStringLiteral("(none)") : oldTitle));
    // Her own edit is in it at once, newest first; money in the account's currency.
    const ArrChange latest = RevenueEditing::of(mine.get())->timeline(account).constLast();
    ArrChange raised = latest;
    raised.arr = latest.arr + 250000;
    RevenueEditing::of(mine.get())->editChange(raised);
    QCOMPARE(history.rowCount(), before + 3);
    QCOMPARE(cell(0, AccountHistoryModel::Who), carol);
    QCOMPARE(cell(0, AccountHistoryModel::Item), QStringLiteral("Change of ARR"));
    const QString currency = mine->account(account)->currency;
    QCOMPARE(cell(0, AccountHistoryModel::Change),
        QStringLiteral("ARR: %1 → %2").arg(formatMoneyExact(latest.arr, currency), formatMoneyExact(raised.arr, currency)));

    // The dialog shows it as plain text.
    AccountHistoryDialog dialog(mine.get(), account);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshot(&dialog, "account-history");
    QVERIFY(dialog.view()->isVisible());
    QCOMPARE(dialog.view()->model()->rowCount(), history.rowCount());
    QVERIFY(dialog.explanation().contains(QStringLiteral("newest first")));

    // The plays Keyplan keeps current in her window (two months on, some fall due) are Keyplan's
    // doing, not hers: the history says so.
    const int beforePlays = history.rowCount();
    mine->setAsOf(test::sampleAsOf.addMonths(2));
    PlayEvaluator::of(mine.get())->evaluate({account});
    QVERIFY(history.rowCount() > beforePlays);
    const QString automatic = QStringLiteral("Keyplan, in %1's window").arg(carol);
    bool aPlay = false;
    for (int row = 0; row < history.rowCount() - beforePlays; ++row) {
        QCOMPARE(cell(row, AccountHistoryModel::Who), automatic);
        aPlay = aPlay || cell(row, AccountHistoryModel::Item).startsWith(QStringLiteral("Play"));
    }
    QVERIFY(aPlay); // and health snapshots with them
}

void TestTeamEdits::planFile_aStaleEditIsCaughtToo()
{
    const QString path = m_dir.filePath(QStringLiteral("stale.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    const std::unique_ptr<PlanDocument> document = test::openDocument(path);
    QVERIFY(document);
    const AccountId account = richAccount(*document);
    GoalEditing *goals = GoalEditing::of(document.get());
    // A dialog opened on the goal; meanwhile the user edits it elsewhere and saves.
    const Goal read = goals->goals(account).constFirst();
    Goal first = read;
    first.objective = QStringLiteral("Edited elsewhere");
    goals->editGoal(first);
    QSignalSpy conflicts(document.get(), &PlanDocument::writeConflict);
    Goal stale = read;
    stale.unit = QStringLiteral("from the old dialog");
    goals->editGoal(stale);
    QCOMPARE(conflicts.size(), 1);
    const WriteConflict conflict = conflicts.constFirst().constFirst().value<WriteConflict>();
    // A plan file keeps no log: who and the row as read are not known; the dialog says so.
    QVERIFY(conflict.theirs.isEmpty());
    QVERIFY(conflict.base.isEmpty());
    QCOMPARE(goals->goal(read.id)->unit, read.unit);
    ConflictDialog dialog(conflict, document.get());
    QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("(not known)"));
    // Saving hers over it writes what the old dialog held.
    QVERIFY(conflict.overwrite);
    conflict.overwrite();
    QCOMPARE(goals->goal(read.id)->unit, QStringLiteral("from the old dialog"));
    // A plan file has no history to show; the dialog says why.
    AccountHistoryDialog history(document.get(), account);
    QVERIFY(!history.model()->hasLog());
    QCOMPARE(history.model()->rowCount(), 0);
    QVERIFY(history.explanation().contains(QStringLiteral("A plan file keeps no history")));
}

void TestTeamEdits::detailsForm_keepsWhatIsBeingTypedThroughARefresh()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    LiveRefresh *live = LiveRefresh::of(mine.get());
    QVERIFY(live);
    const AccountId account = richAccount(*mine);
    const QString name = mine->account(account)->name;
    AccountDetailsForm form;
    form.setDocument(mine.get());
    form.setAccount(account);
    QSignalSpy conflicts(mine.get(), &PlanDocument::writeConflict);

    // Carol is renaming the account when Dave's new notes arrive: the notes show, her typing stays.
    QTest::keyClicks(form.nameField(), QStringLiteral(" Group"));
    const QString typed = name + QStringLiteral(" Group");
    QCOMPARE(form.nameField()->text(), typed);
    AccountEditing::of(theirs.get())->editAccountField(account, AccountField::Notes, QStringLiteral("Dave's notes from the call"));
    QTRY_COMPARE_WITH_TIMEOUT(form.notesField()->toPlainText(), QStringLiteral("Dave's notes from the call"), 5000);
    QCOMPARE(form.nameField()->text(), typed);

    // Notes are not the name: her rename goes through over his notes.
    QTest::keyClick(form.nameField(), Qt::Key_Return);
    QCOMPARE(conflicts.size(), 0);
    QCOMPARE(theirs->account(account)->name, typed);
    QCOMPARE(theirs->account(account)->notes, QStringLiteral("Dave's notes from the call"));

    // She starts another rename, and Dave renames it first: hers is refused, not put over his.
    QTest::keyClicks(form.nameField(), QStringLiteral(" plc"));
    AccountEditing::of(theirs.get())->editAccountField(account, AccountField::Name, QStringLiteral("Renamed by Dave"));
    live->catchUp();
    QCOMPARE(form.nameField()->text(), typed + QStringLiteral(" plc"));
    QTest::keyClick(form.nameField(), Qt::Key_Return);
    QCOMPARE(conflicts.size(), 1);
    const WriteConflict conflict = conflicts.constFirst().constFirst().value<WriteConflict>();
    QCOMPARE(conflict.base.value(QStringLiteral("name")).toString(), typed);
    QCOMPARE(conflict.mine.value(QStringLiteral("name")).toString(), typed + QStringLiteral(" plc"));
    QCOMPARE(theirs->account(account)->name, QStringLiteral("Renamed by Dave"));
    // The form then shows what the plan holds.
    QCOMPARE(form.nameField()->text(), QStringLiteral("Renamed by Dave"));
}

void TestTeamEdits::planFile_oneUsersEditsInARowNeverConflict()
{
    const QString path = m_dir.filePath(QStringLiteral("alone.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    const std::unique_ptr<PlanDocument> document = test::openDocument(path);
    QVERIFY(document);
    document->setAsOf(test::sampleAsOf);
    QSignalSpy conflicts(document.get(), &PlanDocument::writeConflict);
    QSignalSpy failures(document.get(), &PlanDocument::writeFailed);
    const AccountId account = richAccount(*document);
    // The QBR dialog saves on every preview, print and export, and again on closing.
    {
        const int reviews = int(ReviewEditing::of(document.get())->qbrs(account).size());
        QbrDialog dialog(document.get(), account);
        for (const QString &attendees : {QStringLiteral("Ann"), QStringLiteral("Ann, Bo"), QStringLiteral("Ann, Bo, Cy")}) {
            dialog.attendeesField()->setText(attendees);
            dialog.save();
            QCOMPARE(ReviewEditing::of(document.get())->qbrInPreparation(account).attendees, attendees);
        }
        // One review in preparation, saved over and over.
        QVERIFY(int(ReviewEditing::of(document.get())->qbrs(account).size()) <= reviews + 1);
        // What Mark as Held does once the user said yes.
        const Qbr prepared = dialog.qbr();
        QVERIFY(prepared.id != 0);
        ReviewEditing::of(document.get())->markQbrHeld(prepared, document->asOf());
        QCOMPARE(conflicts.size(), 0);
        bool held = false;
        for (const Qbr &qbr : ReviewEditing::of(document.get())->qbrs(account))
            held = held || (qbr.id == prepared.id && qbr.isHeld());
        QVERIFY(held);
    }
    // The portfolio table, one field after another on the same row.
    PortfolioModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = model.rowOf(account);
    QVERIFY(model.setData(model.index(row, PortfolioModel::Name), QStringLiteral("First"), Qt::EditRole));
    QVERIFY(model.setData(model.index(model.rowOf(account), PortfolioModel::Name), QStringLiteral("Second"), Qt::EditRole));
    // Goals from fresh reads, undone and redone.
    GoalEditing *goals = GoalEditing::of(document.get());
    for (int round = 0; round < 3; ++round) {
        Goal goal = goals->goals(account).constFirst();
        goal.measure = QStringLiteral("round %1").arg(round);
        goals->editGoal(goal);
    }
    document->undo();
    document->redo();
    QCOMPARE(goals->goals(account).constFirst().measure, QStringLiteral("round 2"));
    QCOMPARE(conflicts.size(), 0);
    QCOMPARE(failures.size(), 0);
}

QTEST_MAIN(TestTeamEdits)
#include "tst_teamedits.moc"
