#include "domain/month.h"
#include "item/accountediting.h"
#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/arrtimelinemodel.h"
#include "item/revenueediting.h"
#include "item/stagehistorymodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

class TestHistoryModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stageHistory_newestFirstWithReasons();
    void stageHistory_changeAndCorrectUndoably();
    void arrTimeline_showsChangesNewestFirst();
    void arrTimeline_recordEditRemoveUndoably();
    void arrMonthEnds_carryTheValueForward();
    void models_followAccountRemoval();

private:
    AccountId accountNamed(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

void TestHistoryModels::init()
{
    const QString path
        = test::newPlanLocation(m_dir, QStringLiteral("h%1.keyplan").arg(QRandomGenerator::global()->generate()));
    QVERIFY(test::writeSamplePlan(path));
    m_document = test::openDocument(path);
    QVERIFY(m_document);
}

void TestHistoryModels::cleanup()
{
    m_document.reset();
}

AccountId TestHistoryModels::accountNamed(const QString &name) const
{
    const QList<Account> accounts = m_document->accounts();
    for (const Account &account : accounts) {
        if (account.name == name)
            return account.id;
    }
    return 0;
}

void TestHistoryModels::stageHistory_newestFirstWithReasons()
{
    StageHistoryModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    model.setAccount(accountNamed(QStringLiteral("Northern Rail Maintenance")));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, StageHistoryModel::To).data(RawValueRole).toString(), QStringLiteral("mid_kam"));
    QCOMPARE(model.index(0, StageHistoryModel::From).data(RawValueRole).toString(),
        QStringLiteral("partnership_kam"));
    QVERIFY(
        model.index(0, StageHistoryModel::Reason).data().toString().contains(QStringLiteral("re-tendered")));
    QCOMPARE(model.index(3, StageHistoryModel::From).data().toString(), QStringLiteral("(start)"));
    QVERIFY(model.index(0, StageHistoryModel::Date).data(RawValueRole).toDate()
        > model.index(1, StageHistoryModel::Date).data(RawValueRole).toDate());
}

void TestHistoryModels::stageHistory_changeAndCorrectUndoably()
{
    StageHistoryModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const AccountId id = accountNamed(QStringLiteral("Oakridge Academies Trust"));
    model.setAccount(id);
    QCOMPARE(model.rowCount(), 2);
    AccountEditing::of(m_document.get())->changeStage(
        id, Stage::MidKam, QDate(2026, 11, 20), QStringLiteral("Head teachers now ask for us"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(m_document->account(id)->stage, Stage::MidKam);
    QVERIFY(model.setData(
        model.index(0, StageHistoryModel::Reason), QStringLiteral("Trust-wide roll-out agreed")));
    QCOMPARE(m_document->stageChanges(id).constLast().reason, QStringLiteral("Trust-wide roll-out agreed"));
    QVERIFY(!(model.flags(model.index(0, StageHistoryModel::To)) & Qt::ItemIsEditable));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->stageChanges(id).constLast().reason, QStringLiteral("Head teachers now ask for us"));
    m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(m_document->account(id)->stage, Stage::EarlyKam);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->account(id)->stage, Stage::MidKam);
    QCOMPARE(model.rowCount(), 3);
}

void TestHistoryModels::arrTimeline_showsChangesNewestFirst()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    ArrTimelineModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccount(accountNamed(QStringLiteral("Northgate Logistics")));
    QCOMPARE(model.rowCount(), 3); // new business, then two steps of seat growth
    QCOMPARE(model.index(0, ArrTimelineModel::Day).data(RawValueRole).toDate(), QDate(2026, 6, 1));
    QCOMPARE(model.index(0, ArrTimelineModel::Arr).data().toString(), QStringLiteral("£24,000"));
    QCOMPARE(model.index(0, ArrTimelineModel::Change).data().toString(), QStringLiteral("+£9,600"));
    QCOMPARE(model.index(0, ArrTimelineModel::Kind).data().toString(), QStringLiteral("Expansion: seat growth"));
    QCOMPARE(model.index(2, ArrTimelineModel::Kind).data().toString(), QStringLiteral("New business"));
    QCOMPARE(model.index(2, ArrTimelineModel::Note).data().toString(), QStringLiteral("20 seats at £40 a seat a month"));
    QCOMPARE(model.timeline().constFirst().on, QDate(2024, 11, 1)); // oldest first for the chart
}

void TestHistoryModels::arrTimeline_recordEditRemoveUndoably()
{
    m_document->setAsOf(test::sampleAsOf);
    ArrTimelineModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const AccountId id = accountNamed(QStringLiteral("Copperline Engineering"));
    RevenueEditing *revenue = RevenueEditing::of(m_document.get());
    model.setAccount(id);
    QCOMPARE(model.rowCount(), 1);
    revenue->recordChange({0, id, QDate(2026, 11, 2), ArrChangeKind::CrossSell, 3100000, QStringLiteral("Timesheets"),
        std::nullopt, 1});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(m_document->account(id)->arr, MinorUnits(3100000)); // ARR today follows the timeline
    ArrChange edited = *model.changeAt(0);
    edited.arr = 3300000;
    revenue->editChange(edited);
    QCOMPARE(model.index(0, ArrTimelineModel::Arr).data(RawValueRole).toLongLong(), qint64(3300000));
    revenue->removeChange(*model.changeAt(1)); // the new business: the cross-sell now counts as new
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ArrTimelineModel::Kind).data().toString(), displayName(ArrChangeKind::New));
    QVERIFY(model.index(0, ArrTimelineModel::Kind).data(Qt::ToolTipRole).toString().contains(
        displayName(ArrChangeKind::CrossSell)));
    QCOMPARE(m_document->undoStack()->count(), 3);
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ArrTimelineModel::Arr).data(RawValueRole).toLongLong(), qint64(2800000));
    QCOMPARE(model.timeline().constFirst().on, QDate(2024, 11, 1));
    // A change with no day or a negative ARR is refused, and nothing is pushed.
    revenue->recordChange({0, id, QDate(), ArrChangeKind::Upsell, 100, {}, std::nullopt, 1});
    revenue->recordChange({0, id, QDate(2026, 1, 1), ArrChangeKind::Contraction, -1, {}, std::nullopt, 1});
    QCOMPARE(m_document->undoStack()->count(), 3);
    QVERIFY(!m_document->undoStack()->canUndo());
}

void TestHistoryModels::arrMonthEnds_carryTheValueForward()
{
    m_document->setAsOf(test::sampleAsOf);
    ArrTimelineModel timeline(m_document.get());
    ArrMonthEndModel model(&timeline);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    timeline.setAccount(accountNamed(QStringLiteral("Northgate Logistics")));
    // November 2024 to November 2026: 25 month ends, newest first, each the ARR then in force.
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(model.index(0, ArrMonthEndModel::Month).data(RawValueRole).toDate(), QDate(2026, 11, 1));
    QCOMPARE(model.index(0, ArrMonthEndModel::Arr).data(RawValueRole).toLongLong(), qint64(2400000));
    QCOMPARE(model.index(5, ArrMonthEndModel::Arr).data(RawValueRole).toLongLong(), qint64(2400000)); // June
    QCOMPARE(model.index(6, ArrMonthEndModel::Arr).data(RawValueRole).toLongLong(), qint64(1440000)); // May
    QCOMPARE(model.index(5, ArrMonthEndModel::Change).data(RawValueRole).toLongLong(), qint64(960000));
    QCOMPARE(model.index(1, ArrMonthEndModel::Change).data().toString(), QString()); // no change: blank
    QCOMPARE(model.index(24, ArrMonthEndModel::Arr).data(RawValueRole).toLongLong(), qint64(960000));

    // A change recorded in August moves the figures from August on, in place: no reset, the same
    // 25 months, and the view told which cells changed.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    RevenueEditing::of(m_document.get())->recordChange(
        {0, timeline.account(), QDate(2026, 8, 10), ArrChangeKind::Upsell, 2600000, {}, std::nullopt, 1});
    QCOMPARE(resets.size(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(model.index(3, ArrMonthEndModel::Month).data(RawValueRole).toDate(), QDate(2026, 8, 1));
    QCOMPARE(model.index(3, ArrMonthEndModel::Arr).data(RawValueRole).toLongLong(), qint64(2600000));
    QCOMPARE(model.index(3, ArrMonthEndModel::Change).data(RawValueRole).toLongLong(), qint64(200000));
    QCOMPARE(model.index(4, ArrMonthEndModel::Arr).data(RawValueRole).toLongLong(), qint64(2400000)); // July
    // A new currency for the account changes every figure's text: in place too.
    changed.clear();
    AccountEditing::of(m_document.get())->editAccountField(timeline.account(), AccountField::Currency, QStringLiteral("EUR"));
    QCOMPARE(resets.size(), 0);
    QVERIFY(!changed.isEmpty());
    QVERIFY2(model.index(0, ArrMonthEndModel::Arr).data().toString().contains(u'€'),
        qPrintable(model.index(0, ArrMonthEndModel::Arr).data().toString()));
    // Another account starts over.
    timeline.setAccount(accountNamed(QStringLiteral("Greenfield Dairies")));
    QCOMPARE(resets.size(), 1);
}

void TestHistoryModels::models_followAccountRemoval()
{
    StageHistoryModel stages(m_document.get());
    ArrTimelineModel revenue(m_document.get());
    QAbstractItemModelTester stageTester(&stages, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester revenueTester(&revenue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const AccountId id = accountNamed(QStringLiteral("Greenfield Dairies"));
    stages.setAccount(id);
    revenue.setAccount(id);
    AccountEditing::of(m_document.get())->removeAccount(id);
    QCOMPARE(stages.rowCount(), 0);
    QCOMPARE(revenue.rowCount(), 0);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->stageChanges(id).size(), 1);
    QCOMPARE(m_document->accountRecord(id).arrChanges.size(), 1);
}

QTEST_GUILESS_MAIN(TestHistoryModels)
#include "tst_historymodels.moc"
