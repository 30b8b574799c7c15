// The whitespace matrix as an item model: shape, money, totals, editing through undo.
#include "item/itemroles.h"
#include "item/pipelinemodel.h"
#include "item/plandocument.h"
#include "item/whitespacemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

class TestPipelineModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void whitespaceModel_matrixWithTotalsEditableUndoably();
    void pipelineModel_listsEditsAndTotalsOpportunities();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    AccountId m_account = 0;
};

void TestPipelineModels::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.keyplan").arg(QTest::currentTestFunction()));
    QVERIFY(test::writeSamplePlan(path));
    QVERIFY(test::clearPipeline(path));
    m_document = test::openDocument(path);
    QVERIFY(m_document);
    m_account = m_document->accounts().constFirst().id;
}

void TestPipelineModels::cleanup()
{
    m_document.reset();
}

void TestPipelineModels::whitespaceModel_matrixWithTotalsEditableUndoably()
{
    WhitespaceModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccount(m_account);
    m_document->addOffering(Offering {0, QStringLiteral("Rostering"), OfferingKind::Product, {}, 0, 1});
    m_document->addOffering(Offering {0, QStringLiteral("Analytics <Pro>"), OfferingKind::Tier, {}, 0, 1});
    QCOMPARE(model.rowCount(), 0); // no business units yet: no matrix
    m_document->addBusinessUnit(BusinessUnit {0, m_account, QStringLiteral("North"), UnitKind::Region, 1});
    m_document->addBusinessUnit(
        BusinessUnit {0, m_account, QStringLiteral("South & West"), UnitKind::Region, 1});
    QCOMPARE(model.rowCount(), 3); // two offerings and the total
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("Analytics <Pro>"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("South & West"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Open total"));

    // Type an open potential into a cell; the row, column and grand totals follow.
    QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(2, 2)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(model.index(0, 1), qint64(1800000)));
    QVERIFY(model.setData(model.index(1, 1), qint64(600050)));
    QCOMPARE(model.index(0, 1).data(RawValueRole).toLongLong(), 1800000);
    QCOMPARE(model.index(0, 2).data(RawValueRole).toLongLong(), 1800000); // row total
    QCOMPARE(model.index(2, 1).data(RawValueRole).toLongLong(), 2400050); // column total
    QCOMPARE(model.index(2, 2).data(RawValueRole).toLongLong(), 2400050); // grand total, to the penny
    QVERIFY(model.index(2, 2).data(WhitespaceModel::IsTotalRole).toBool());
    QVERIFY(!model.setData(model.index(0, 1), qint64(-5))); // no negative potential

    // Mark a cell sold: it leaves the open total.
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("sold"), WhitespaceModel::CellStateRole));
    QVERIFY(model.setData(model.index(0, 0), qint64(2400000)));
    QCOMPARE(model.index(0, 0).data(WhitespaceModel::CellStateRole).toString(), QStringLiteral("sold"));
    QCOMPARE(model.totals().total.sold, MinorUnits(2400000));
    QCOMPARE(model.index(2, 2).data(RawValueRole).toLongLong(), 2400050);
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("in_pipeline"), WhitespaceModel::CellStateRole));

    // Convert an open cell: it shows the opportunity's amount and is no longer edited here.
    const OfferingId rostering = model.index(0, 1).data(WhitespaceModel::OfferingIdRole).toLongLong();
    const BusinessUnitId south = model.index(0, 1).data(WhitespaceModel::BusinessUnitIdRole).toLongLong();
    QVERIFY(m_document->convertToOpportunity(m_account, rostering, south, QDate(2027, 3, 31)));
    QCOMPARE(
        model.index(0, 1).data(WhitespaceModel::CellStateRole).toString(), QStringLiteral("in_pipeline"));
    QCOMPARE(model.index(0, 1).data(RawValueRole).toLongLong(), 1800000);
    QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
    QCOMPARE(model.index(2, 2).data(RawValueRole).toLongLong(), 600050);
    m_document->undoStack()->undo();
    QCOMPARE(model.index(0, 1).data(WhitespaceModel::CellStateRole).toString(), QStringLiteral("open"));
    QCOMPARE(model.index(2, 2).data(RawValueRole).toLongLong(), 2400050);
    m_document->undoStack()->undo(); // the sold revenue
    m_document->undoStack()->undo(); // sold
    QCOMPARE(model.index(0, 0).data(WhitespaceModel::CellStateRole).toString(), QStringLiteral("open"));
}

void TestPipelineModels::pipelineModel_listsEditsAndTotalsOpportunities()
{
    m_document->setAsOf(test::sampleAsOf);
    const QList<Account> accounts = m_document->accounts();
    const AccountId other = accounts.at(1).id;
    PipelineModel all(m_document.get());
    PipelineModel one(m_document.get());
    QAbstractItemModelTester allTester(&all, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester oneTester(&one, QAbstractItemModelTester::FailureReportingMode::Fatal);
    all.setAccount(0);
    one.setAccount(m_account);
    const auto add = [&](AccountId account, const QString &title, MinorUnits amount, OpportunityStage stage,
                         const QDate &close) {
        Opportunity o;
        o.accountId = account;
        o.title = title;
        o.amount = amount;
        o.stage = stage;
        o.probability = defaultProbability(stage);
        o.expectedClose = close;
        m_document->addOpportunity(o);
    };
    add(m_account, QStringLiteral("Analytics <Pro> for Finance"), 1001, OpportunityStage::Proposal,
        QDate(2026, 10, 1));
    add(m_account, QStringLiteral("Seat growth"), 500000, OpportunityStage::Won, QDate(2026, 9, 1));
    add(other, QStringLiteral("Price uplift"), 33333, OpportunityStage::Identified, QDate(2027, 4, 1));
    QCOMPARE(all.rowCount(), 3);
    QCOMPARE(one.rowCount(), 2);
    QCOMPARE(
        one.index(0, PipelineModel::Title).data().toString(), QStringLiteral("Analytics <Pro> for Finance"));
    QCOMPARE(one.index(0, PipelineModel::AccountName).data().toString(), accounts.at(0).name);
    QCOMPARE(one.index(0, PipelineModel::Weighted).data(RawValueRole).toLongLong(), 501); // 500.5 rounds up
    QVERIFY(one.index(0, PipelineModel::ExpectedClose).data(Qt::ForegroundRole).isValid()); // overdue
    QVERIFY(
        !one.index(1, PipelineModel::ExpectedClose).data(Qt::ForegroundRole).isValid()); // won: not overdue
    // Totals count open opportunities only, as the sum of the rounded lines.
    QCOMPARE(all.totals().count, 2);
    QCOMPARE(all.totals().unweighted, MinorUnits(1001 + 33333));
    QCOMPARE(all.totals().weighted, MinorUnits(501 + 3333));

    // A new stage brings its probability; a probability can then be set apart from it.
    QVERIFY(one.setData(one.index(0, PipelineModel::Stage), QStringLiteral("commit")));
    QCOMPARE(one.index(0, PipelineModel::Probability).data(RawValueRole).toInt(), 80);
    QVERIFY(one.setData(one.index(0, PipelineModel::Probability), 65));
    QCOMPARE(one.index(0, PipelineModel::Weighted).data(RawValueRole).toLongLong(), 651); // 650.65
    QVERIFY(!one.setData(one.index(0, PipelineModel::Probability), 101));
    QVERIFY(!one.setData(one.index(0, PipelineModel::Amount), qint64(-1)));
    QVERIFY(!(one.flags(one.index(0, PipelineModel::Weighted)) & Qt::ItemIsEditable));
    QCOMPARE(
        all.index(0, PipelineModel::Probability).data(RawValueRole).toInt(), 65); // the other view follows
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(one.index(0, PipelineModel::Stage).data(Qt::EditRole).toString(), QStringLiteral("proposal"));
    QCOMPARE(one.index(0, PipelineModel::Probability).data(RawValueRole).toInt(), 50);
}

QTEST_GUILESS_MAIN(TestPipelineModels)
#include "tst_pipelinemodels.moc"
