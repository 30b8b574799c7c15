#include "domain/month.h"
#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/revenuehistorymodel.h"
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
    void revenueHistory_showsMonthsAndChanges();
    void revenueHistory_editAddRemoveUndoably();
    void models_followAccountRemoval();

private:
    AccountId accountNamed(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

void TestHistoryModels::init()
{
    const QString path
        = m_dir.filePath(QStringLiteral("h%1.keyplan").arg(QRandomGenerator::global()->generate()));
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
    m_document->changeStage(
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

void TestHistoryModels::revenueHistory_showsMonthsAndChanges()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    RevenueHistoryModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccount(accountNamed(QStringLiteral("Northgate Logistics")));
    QCOMPARE(model.rowCount(), 24);
    QCOMPARE(model.index(0, RevenueHistoryModel::Month).data(RawValueRole).toDate(), QDate(2026, 10, 1));
    QCOMPARE(model.index(0, RevenueHistoryModel::Recurring).data().toString(), QStringLiteral("£24,000"));
    // The step from 14,400 to 24,000 four months ago shows as a change of +£9,600.
    bool sawStep = false;
    for (int row = 0; row < model.rowCount(); ++row)
        sawStep |= model.index(row, RevenueHistoryModel::Change).data().toString() == u"+£9,600";
    QVERIFY(sawStep);
    QCOMPARE(model.snapshots().constFirst().month, QDate(2024, 11, 1));
    QCOMPARE(model.nextMonth(), QDate(2026, 11, 1));
}

void TestHistoryModels::revenueHistory_editAddRemoveUndoably()
{
    RevenueHistoryModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const AccountId id = accountNamed(QStringLiteral("Copperline Engineering"));
    model.setAccount(id);
    QVERIFY(model.setData(model.index(0, RevenueHistoryModel::Recurring), qint64(3100000)));
    m_document->editRevenue(id, model.nextMonth(), 3300000);
    QCOMPARE(model.rowCount(), 25);
    m_document->editRevenue(id, QDate(2024, 11, 1), std::nullopt);
    QCOMPARE(model.rowCount(), 24);
    QCOMPARE(m_document->undoStack()->count(), 3);
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), 24);
    QCOMPARE(model.index(0, RevenueHistoryModel::Recurring).data(RawValueRole).toLongLong(), qint64(2800000));
    QCOMPARE(model.snapshots().constFirst().month, QDate(2024, 11, 1));
    QVERIFY(!model.setData(model.index(0, RevenueHistoryModel::Recurring), qint64(-1)));
}

void TestHistoryModels::models_followAccountRemoval()
{
    StageHistoryModel stages(m_document.get());
    RevenueHistoryModel revenue(m_document.get());
    QAbstractItemModelTester stageTester(&stages, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester revenueTester(&revenue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const AccountId id = accountNamed(QStringLiteral("Greenfield Dairies"));
    stages.setAccount(id);
    revenue.setAccount(id);
    m_document->removeAccount(id);
    QCOMPARE(stages.rowCount(), 0);
    QCOMPARE(revenue.rowCount(), 0);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->stageChanges(id).size(), 1);
    QCOMPARE(m_document->revenue(id).size(), 24);
}

QTEST_GUILESS_MAIN(TestHistoryModels)
#include "tst_historymodels.moc"
