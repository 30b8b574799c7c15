// Storage of whitespace and the pipeline: every field round-trips, the catalogue and units keep
// their order, cells are one per offering and unit, and deletions take what depends on them.
#include "storage/healthstore.h"
#include "storage/pipelinestore.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"
#include "storage/writetransaction.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace keyplan;

class TestPipelineStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fixture_readsEveryKind();
    void offeringsAndUnits_roundTripInOrder();
    void cells_areOnePerOfferingAndUnit();
    void opportunities_roundTripWithTheirChecklist();
    void deletions_takeWhatDependsOnThem();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDatabase> m_plan;
    AccountId m_account = 0;
};

void TestPipelineStore::init()
{
    const QString path = test::newPlanLocation(m_dir, QStringLiteral("%1.keyplan").arg(QTest::currentTestFunction()));
    QVERIFY(test::writeSamplePlan(path));
    QVERIFY(test::clearPipeline(path));
    PlanOpenResult result;
    m_plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    QVERIFY2(m_plan, qPrintable(result.message));
    m_account = sql::scalar(m_plan->connection(), QStringLiteral("SELECT MIN(id) FROM account")).toLongLong();
}

void TestPipelineStore::cleanup()
{
    m_plan.reset();
}

void TestPipelineStore::fixture_readsEveryKind()
{
    m_plan.reset();
    const QString path = m_dir.filePath(QStringLiteral("v3.keyplan"));
    QFile::remove(path);
    QVERIFY(QFile::copy(test::testDataDir() + QStringLiteral("/plans/schema-v3.keyplan"), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    PlanOpenResult result;
    m_plan = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
    QVERIFY2(m_plan, qPrintable(result.message));
    const PipelineStore store(m_plan->connection());
    const QList<Offering> offerings = store.offerings();
    QCOMPARE(offerings.size(), 3);
    QCOMPARE(offerings.at(1).name, QStringLiteral("Time & Attendance"));
    QCOMPARE(offerings.at(1).kind, OfferingKind::Module);
    QCOMPARE(offerings.at(2).listPrice, MinorUnits(1200000));
    const QList<BusinessUnit> units = store.businessUnits(1);
    QCOMPARE(units.size(), 2);
    QCOMPARE(units.at(1).name, QStringLiteral("Transport <North>"));
    QCOMPARE(units.at(1).kind, UnitKind::Region);
    const QList<Opportunity> opportunities = store.opportunities(1);
    QCOMPARE(opportunities.size(), 1);
    const Opportunity &o = opportunities.constFirst();
    QCOMPARE(o.motion, ExpansionMotion::CrossSell);
    QCOMPARE(o.stage, OpportunityStage::Qualified);
    QCOMPARE(o.probability, 25);
    QCOMPARE(o.amount, MinorUnits(720000));
    QCOMPARE(o.expectedClose, QDate(2027, 3, 31));
    QCOMPARE(o.championId, std::optional<StakeholderId>(2));
    QVERIFY(o.checklist[std::size_t(DecisionCheck::ClientGoals)].met);
    QCOMPARE(
        o.checklist[std::size_t(DecisionCheck::ClientGoals)].note, QStringLiteral("Cut agency spend by 10%"));
    QVERIFY(!o.checklist[std::size_t(DecisionCheck::Timing)].met);
    const QList<WhitespaceCell> cells = store.cells(1);
    QCOMPARE(cells.size(), 4);
    const WhitespaceTotals totals = whitespaceTotals(cells, {{o.id, o.amount}});
    QCOMPARE(totals.total.sold, MinorUnits(2400000));
    QCOMPARE(totals.total.open, MinorUnits(1800000));
    QCOMPARE(totals.total.inPipeline, MinorUnits(720000));
    QCOMPARE(*totals.walletShare, 2400000.0 / (2400000.0 + 1500000.0 + 1800000.0));
    QCOMPARE(cells.at(1).competitor, QStringLiteral("Rotacloud"));
    // The health mark became the start of the history, and holds as an override for now.
    const HealthStore health(m_plan->connection());
    QCOMPARE(health.history(1).constLast().tenths, 80);
    QCOMPARE(health.history(1).constLast().weights, QStringLiteral("assessed"));
    QCOMPARE(health.overrides(1).constLast().score, 8);
    QVERIFY(health.overrides(1).constLast().holdsOn(QDate::currentDate()));
}

void TestPipelineStore::offeringsAndUnits_roundTripInOrder()
{
    PipelineStore store(m_plan->connection());
    WriteTransaction transaction(m_plan->connection());
    const std::optional<OfferingId> b = store.insertOffering(Offering {
        0, QStringLiteral("Scheduling"), OfferingKind::Product, QStringLiteral("Workforce"), 500000, 1});
    const std::optional<OfferingId> a = store.insertOffering(
        Offering {0, QStringLiteral("Analytics <Pro>"), OfferingKind::Tier, QString(), 0, 1});
    QVERIFY(a && b);
    QList<Offering> offerings = store.offerings();
    QCOMPARE(offerings.size(), 2);
    QCOMPARE(offerings.at(0).name, QStringLiteral("Scheduling")); // added first, listed first
    QCOMPARE(offerings.at(1).kind, OfferingKind::Tier);
    Offering edited = offerings.at(1);
    edited.listPrice = 123456;
    edited.category = QStringLiteral("Insight & Reporting");
    QVERIFY(store.updateOffering(edited));
    offerings = store.offerings();
    QCOMPARE(offerings.at(1).listPrice, MinorUnits(123456));
    QCOMPARE(offerings.at(1).category, QStringLiteral("Insight & Reporting"));
    QCOMPARE(offerings.at(1).version, qint64(2));

    QVERIFY(
        store.insertBusinessUnit(BusinessUnit {0, m_account, QStringLiteral("North"), UnitKind::Region, 1}));
    QVERIFY(store.insertBusinessUnit(
        BusinessUnit {0, m_account, QStringLiteral("Finance"), UnitKind::BusinessUnit, 1}));
    const QList<BusinessUnit> units = store.businessUnits(m_account);
    QCOMPARE(units.size(), 2);
    QCOMPARE(units.at(0).name, QStringLiteral("North"));
    QCOMPARE(units.at(0).kind, UnitKind::Region);
    QVERIFY(transaction.commit());
    // Names are unique (refused on its own: on a team plan a refused statement ends its transaction).
    QString error;
    QVERIFY(!store.insertOffering(
        Offering {0, QStringLiteral("Scheduling"), OfferingKind::Product, {}, 0, 1}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.offerings().size(), 2);
}

void TestPipelineStore::cells_areOnePerOfferingAndUnit()
{
    PipelineStore store(m_plan->connection());
    WriteTransaction transaction(m_plan->connection());
    const OfferingId offering
        = *store.insertOffering(Offering {0, QStringLiteral("Rostering"), OfferingKind::Product, {}, 0, 1});
    const BusinessUnitId unit = *store.insertBusinessUnit(
        BusinessUnit {0, m_account, QStringLiteral("Ops"), UnitKind::BusinessUnit, 1});
    WhitespaceCell cell;
    cell.accountId = m_account;
    cell.offeringId = offering;
    cell.businessUnitId = unit;
    cell.potential = 990000;
    cell.competitor = QStringLiteral("Deputy & Co");
    cell.competitorSpend = 450000;
    const std::optional<WhitespaceCellId> id = store.saveCell(cell);
    QVERIFY(id);
    cell.state = CellState::Sold;
    cell.revenue = 1200000;
    cell.competitorSpend.reset();
    QCOMPARE(store.saveCell(cell), id); // same offering and unit: the same row
    const QList<WhitespaceCell> cells = store.cells(m_account);
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.at(0).state, CellState::Sold);
    QCOMPARE(cells.at(0).revenue, MinorUnits(1200000));
    QVERIFY(!cells.at(0).competitorSpend);
    QCOMPARE(cells.at(0).version, qint64(2));
    QVERIFY(store.removeCell(*id));
    QVERIFY(store.cells(m_account).isEmpty());
    QVERIFY(transaction.commit());
}

void TestPipelineStore::opportunities_roundTripWithTheirChecklist()
{
    PipelineStore store(m_plan->connection());
    WriteTransaction transaction(m_plan->connection());
    Opportunity o;
    o.accountId = m_account;
    o.motion = ExpansionMotion::PriceIncrease;
    o.title = QStringLiteral("Index-linked uplift <3%>");
    o.amount = 99999;
    o.stage = OpportunityStage::Commit;
    o.probability = 80;
    o.expectedClose = QDate(2027, 1, 15);
    o.checklist[std::size_t(DecisionCheck::Timing)] = {true, QStringLiteral("Budget set in January")};
    o.checklist[std::size_t(DecisionCheck::Validated)] = {false, QStringLiteral("No pilot: a price change")};
    const std::optional<OpportunityId> id = store.insertOpportunity(o);
    QVERIFY(id);
    o.id = *id;
    QList<Opportunity> read = store.opportunities(m_account);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.at(0).title, o.title);
    QCOMPARE(read.at(0).motion, o.motion);
    QCOMPARE(read.at(0).checklist, o.checklist);
    QVERIFY(!read.at(0).offeringId && !read.at(0).championId && !read.at(0).businessUnitId);
    o.stage = OpportunityStage::Won;
    o.probability = 100;
    o.checklist[std::size_t(DecisionCheck::Timing)] = {};
    o.checklist[std::size_t(DecisionCheck::BusinessCase)] = {true, QString()};
    QVERIFY(store.updateOpportunity(o));
    read = store.opportunities(m_account);
    QCOMPARE(read.at(0).stage, OpportunityStage::Won);
    QCOMPARE(read.at(0).checklist, o.checklist);
    QCOMPARE(read.at(0).version, qint64(2));
    QCOMPARE(store.allOpportunities().size(), 1);
    QVERIFY(transaction.commit());
}

void TestPipelineStore::deletions_takeWhatDependsOnThem()
{
    PipelineStore store(m_plan->connection());
    WriteTransaction transaction(m_plan->connection());
    const OfferingId offering
        = *store.insertOffering(Offering {0, QStringLiteral("Rostering"), OfferingKind::Product, {}, 0, 1});
    const BusinessUnitId unit = *store.insertBusinessUnit(
        BusinessUnit {0, m_account, QStringLiteral("Ops"), UnitKind::BusinessUnit, 1});
    Opportunity o;
    o.accountId = m_account;
    o.title = QStringLiteral("Rostering for Ops");
    o.offeringId = offering;
    o.businessUnitId = unit;
    o.checklist[0] = {true, QStringLiteral("yes")};
    const OpportunityId opportunity = *store.insertOpportunity(o);
    WhitespaceCell cell;
    cell.accountId = m_account;
    cell.offeringId = offering;
    cell.businessUnitId = unit;
    cell.state = CellState::InPipeline;
    cell.opportunityId = opportunity;
    QVERIFY(store.saveCell(cell));

    QVERIFY(store.removeOpportunity(opportunity));
    QVERIFY(!store.cells(m_account).at(0).opportunityId); // the cell forgets it
    QCOMPARE(
        sql::scalar(m_plan->connection(), QStringLiteral("SELECT COUNT(*) FROM opportunity_check")).toInt(),
        0);
    QVERIFY(store.removeBusinessUnit(unit));
    QVERIFY(store.cells(m_account).isEmpty()); // a unit's cells go with it
    // Deleting the account takes its units, cells, opportunities and health with it.
    QVERIFY(store.insertBusinessUnit(
        BusinessUnit {0, m_account, QStringLiteral("Ops"), UnitKind::BusinessUnit, 1}));
    o.businessUnitId.reset();
    QVERIFY(store.insertOpportunity(o));
    HealthEntry entry;
    entry.accountId = m_account;
    entry.on = QDate(2026, 11, 1);
    entry.score = 5;
    QVERIFY(HealthStore(m_plan->connection()).insertEntry(entry));
    QVERIFY(sql::run(m_plan->connection(), QStringLiteral("DELETE FROM account WHERE id = ?"), {m_account})
                .isActive());
    for (const char *table :
        {"business_unit", "opportunity", "opportunity_check", "whitespace_cell", "health_entry"})
        QCOMPARE(sql::scalar(m_plan->connection(),
                     QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table)))
                     .toInt(),
            0);
    QCOMPARE(store.offerings().size(), 1); // the catalogue is the portfolio's, not the account's
    QVERIFY(transaction.commit());
}

QTEST_GUILESS_MAIN(TestPipelineStore)
#include "tst_pipelinestore.moc"
