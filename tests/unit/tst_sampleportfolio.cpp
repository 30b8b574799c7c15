#include "domain/month.h"
#include "io/portfolioreport.h"
#include "io/sampleportfolio.h"
#include "storage/accountstore.h"
#include "domain/playrules.h"
#include "storage/pipelinestore.h"
#include "storage/portfoliorecords.h"
#include "storage/qbrstore.h"
#include "storage/livingplansettingsstore.h"
#include "storage/planinfostore.h"
#include "storage/planchecker.h"
#include "storage/plandatabase.h"
#include "storage/arrchangestore.h"
#include "storage/stagestore.h"
#include "storage/stakeholderstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyplan;

class TestSamplePortfolio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sample_hasTwentyFiveKeyAccountsAcrossSegments();
    void sample_representsEveryStage();
    void sample_hasTwoYearsOfRevenueWithChurnDowngradeAndExpansion();
    void sample_expansionExampleIsAttributedToItsMotions();
    void sample_hasForeignCurrencyAccountsWithRates();
    void sample_bridgeAddsUpForEveryAccountAndGroup();
    void sample_logisticsCustomerGrewToNrr250();
    void sample_passesTheConsistencyCheck();
    void sample_mapsShowTheSituationsAManagerMeets();
    void sample_pipelineHasEveryStageAndMotion();
    void keyAccountRecords_readInBulkAsEachAccountReadsThem();
    void synthetic_isDeterministicAndProportionate();
    void writeSample_refusesAPlanWithAccounts();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDatabase> m_plan;
};

void TestSamplePortfolio::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("sample.keyplan"));
    QVERIFY(test::writeSamplePlan(m_path));
    PlanOpenResult result;
    m_plan = PlanDatabase::open(m_path, PlanOpenMode::ReadOnly, &result);
    QVERIFY2(m_plan, qPrintable(result.message));
}

void TestSamplePortfolio::keyAccountRecords_readInBulkAsEachAccountReadsThem()
{
    const QSqlDatabase db = m_plan->connection();
    QString error;
    const QList<AccountRecord> records = readKeyAccountRecords(db, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 25);
    const auto ids = [](const auto &list) {
        QList<qint64> result;
        for (const auto &item : list)
            result.append(item.id);
        std::sort(result.begin(), result.end());
        return result;
    };
    const StakeholderStore people(db);
    const QbrStore reviews(db);
    const QHash<AccountId, QDate> latestReviews = people.latestReviews();
    for (const AccountRecord &record : records) {
        const AccountId id = record.account.id;
        QVERIFY(record.account.isKey);
        QCOMPARE(ids(record.stakeholders), ids(people.forAccount(id)));
        QCOMPARE(ids(record.touchpoints), ids(people.touchpoints(id)));
        QCOMPARE(ids(record.stageChanges), ids(StageStore(db).forAccount(id)));
        QCOMPARE(ids(record.opportunities), ids(PipelineStore(db).opportunities(id)));
        QCOMPARE(ids(record.nextSteps), ids(reviews.nextSteps(id)));
        QList<QDate> held;
        for (const Qbr &qbr : reviews.qbrs(id)) {
            if (qbr.isHeld())
                held.append(qbr.heldOn);
        }
        QList<QDate> bulk;
        for (const Qbr &qbr : record.qbrs)
            bulk.append(qbr.heldOn);
        std::sort(held.begin(), held.end());
        std::sort(bulk.begin(), bulk.end());
        QCOMPARE(bulk, held);
        QCOMPARE(record.reviews.isEmpty() ? QDate() : record.reviews.constFirst().on, latestReviews.value(id));
    }
    // Kestrel, as a new user meets it: its champion gone and its coverage thin, the rules say so.
    const auto kestrel = std::find_if(records.cbegin(), records.cend(),
        [](const AccountRecord &r) { return r.account.name.startsWith(QStringLiteral("Kestrel")); });
    QVERIFY(kestrel != records.cend());
    PlayContext context;
    context.record = &*kestrel;
    QStringList rules;
    for (const Signal &signal : evaluateAccount(context, {}, CadenceSettings {}, CoverageSettings {}, test::sampleAsOf))
        rules.append(signal.rule);
    QVERIFY2(rules.contains(QStringLiteral("champion_left")), qPrintable(rules.join(u',')));
    QVERIFY2(rules.contains(QStringLiteral("thin_coverage")), qPrintable(rules.join(u',')));
}

void TestSamplePortfolio::sample_pipelineHasEveryStageAndMotion()
{
    const PipelineStore store(m_plan->connection());
    QCOMPARE(store.offerings().size(), 8);
    const QList<Opportunity> opportunities = store.allOpportunities();
    QVERIFY(opportunities.size() >= 40);
    QSet<OpportunityStage> stages;
    QSet<ExpansionMotion> motions;
    int overdue = 0;
    QHash<OpportunityId, Opportunity> byId;
    for (const Opportunity &o : opportunities) {
        stages.insert(o.stage);
        motions.insert(o.motion);
        overdue += isOverdue(o, test::sampleAsOf) ? 1 : 0;
        QCOMPARE(o.probability, defaultProbability(o.stage));
        QVERIFY(o.amount > 0);
        byId.insert(o.id, o);
    }
    for (const OpportunityStage stage : allOpportunityStages)
        QVERIFY2(stages.contains(stage), qPrintable(keyOf(stage)));
    for (const ExpansionMotion motion : allExpansionMotions)
        QVERIFY2(motions.contains(motion), qPrintable(keyOf(motion)));
    QVERIFY(overdue >= 3);

    // Every key account's health card, as the window computes it.
    QHash<AccountId, AccountHealth> health;
    const LivingPlanSettings livingPlan = readLivingPlanSettings(m_plan->connection());
    const CoverageSettings coverage = PlanInfoStore(m_plan->connection()).coverageSettings();
    for (const AccountRecord &record : readKeyAccountRecords(m_plan->connection()))
        health.insert(record.account.id, accountHealth(record, livingPlan, coverage, test::sampleAsOf));
    const QList<Account> accounts = AccountStore(m_plan->connection()).all();
    int fixFirstWithPipeline = 0;
    for (const Account &account : accounts) {
        if (!account.isKey)
            continue;
        QVERIFY2(health.value(account.id).score().has_value(), qPrintable(account.name));
        QVERIFY2(health.value(account.id).card.withoutData.isEmpty(), qPrintable(account.name));
        QVERIFY2(store.businessUnits(account.id).size() >= 2, qPrintable(account.name));
        const QList<WhitespaceCell> cells = store.cells(account.id);
        QVERIFY2(!cells.isEmpty(), qPrintable(account.name));
        QHash<OpportunityId, MinorUnits> amounts;
        for (const WhitespaceCell &cell : cells) {
            if (cell.state != CellState::InPipeline)
                continue;
            // A cell in pipeline shows an open opportunity of the same account, for the same offering.
            QVERIFY(cell.opportunityId && byId.contains(*cell.opportunityId));
            const Opportunity &o = byId.value(*cell.opportunityId);
            QCOMPARE(o.accountId, account.id);
            QVERIFY(o.isOpen());
            QCOMPARE(o.offeringId, std::optional<OfferingId>(cell.offeringId));
            amounts.insert(o.id, o.amount);
        }
        const WhitespaceTotals totals = whitespaceTotals(cells, amounts);
        // The sold cells are the account's recurring revenue today, and there is room to grow.
        QCOMPARE(totals.total.sold, account.arr);
        QVERIFY2(totals.total.open > 0, qPrintable(account.name));
        if (fixFirst(account.stage, health.value(account.id).score())
            && !store.opportunities(account.id).isEmpty())
            ++fixFirstWithPipeline;
    }
    // Pennine (uncoupling), Willow and Northern Rail (poor health) show "fix first" where expansion is.
    QVERIFY(fixFirstWithPipeline >= 3);
}

void TestSamplePortfolio::sample_hasTwentyFiveKeyAccountsAcrossSegments()
{
    const QList<Account> accounts = AccountStore(m_plan->connection()).all();
    QCOMPARE(accounts.size(), sampleAccountCount());
    int key = 0;
    QSet<Segment> segments;
    for (const Account &account : accounts) {
        key += account.isKey ? 1 : 0;
        segments.insert(account.segment);
        QVERIFY2(account.ownerId.has_value(), qPrintable(account.name));
    }
    QCOMPARE(key, 25);
    QCOMPARE(segments.size(), 3);
}

void TestSamplePortfolio::sample_representsEveryStage()
{
    QSet<Stage> stages;
    const QList<Account> accounts = AccountStore(m_plan->connection()).all();
    for (const Account &account : accounts)
        stages.insert(account.stage);
    for (const Stage stage : allStages)
        QVERIFY2(stages.contains(stage), qPrintable(keyOf(stage)));
    // Stage history has dates and reasons, and at least one regression.
    const QList<StageChange> changes = StageStore(m_plan->connection()).all();
    bool regression = false;
    for (const StageChange &change : changes) {
        QVERIFY(change.changedOn.isValid());
        QVERIFY(!change.reason.isEmpty());
        if (change.from && int(change.to) < int(*change.from))
            regression = true;
    }
    QVERIFY(regression);
}

void TestSamplePortfolio::sample_hasTwoYearsOfRevenueWithChurnDowngradeAndExpansion()
{
    const QHash<AccountId, QList<ArrChange>> timelines = ArrChangeStore(m_plan->connection()).all();
    QSet<ArrChangeKind> kinds;
    QDate first = test::sampleAsOf;
    for (const QList<ArrChange> &timeline : timelines) {
        for (const ArrStep &step : stepsOf(timeline)) {
            QVERIFY(step.counted.has_value()); // every recorded change moves ARR
            QCOMPARE(*step.counted, step.change.kind); // and is what it says it is
            kinds.insert(step.change.kind);
            first = std::min(first, step.change.on);
        }
    }
    // Every kind of change but "expansion without a motion", which only converted history has.
    for (const ArrChangeKind kind : allArrChangeKinds)
        QVERIFY2(kinds.contains(kind) || kind == ArrChangeKind::Expansion, qPrintable(keyOf(kind)));
    QCOMPARE(first, QDate(2024, 11, 1)); // two years before "as of"
    ReportOptions options;
    options.today = test::sampleAsOf;
    const PortfolioReport report = buildPortfolioReport(m_plan->connection(), options).value();
    bool churn = false;
    bool downgrade = false;
    bool expansion = false;
    for (const AccountReportLine &line : report.accounts) {
        if (!line.revenue.nrr)
            continue;
        churn |= *line.revenue.nrr == 0.0;
        downgrade |= *line.revenue.nrr > 0.0 && *line.revenue.nrr < 1.0;
        expansion |= *line.revenue.nrr > 1.0;
    }
    QVERIFY(churn && downgrade && expansion);
    QVERIFY(*report.revenue.total.nrr > 1.0 && *report.revenue.total.nrr < 1.3);
    QVERIFY(*report.revenue.total.grr < 1.0);
}

void TestSamplePortfolio::sample_logisticsCustomerGrewToNrr250()
{
    ReportOptions options;
    options.today = test::sampleAsOf;
    const PortfolioReport report = buildPortfolioReport(m_plan->connection(), options).value();
    for (const AccountReportLine &line : report.accounts) {
        if (line.account.name == u"Northgate Logistics") {
            QCOMPARE(line.account.arr, MinorUnits(2400000));
            QCOMPARE(*line.revenue.nrr, 2.5);
            QCOMPARE(line.revenue.bridge.start, MinorUnits(960000));
            QCOMPARE(line.revenue.bridge.expansion[int(ExpansionMotion::SeatGrowth)], MinorUnits(1440000));
            return;
        }
    }
    QFAIL("Northgate Logistics is missing from the sample");
}

void TestSamplePortfolio::sample_expansionExampleIsAttributedToItsMotions()
{
    // The seeds' example: £5,000 → upsell +£2,000, cross-sell +£1,000, price +£800, seats +£1,500.
    ReportOptions options;
    options.today = test::sampleAsOf;
    const PortfolioReport report = buildPortfolioReport(m_plan->connection(), options).value();
    for (const AccountReportLine &line : report.accounts) {
        if (line.account.name != u"Bluebell Nurseries")
            continue;
        const ArrBridge &bridge = line.revenue.bridge;
        QCOMPARE(bridge.start, MinorUnits(500000));
        QCOMPARE(bridge.expansion[int(ExpansionMotion::Upsell)], MinorUnits(200000));
        QCOMPARE(bridge.expansion[int(ExpansionMotion::CrossSell)], MinorUnits(100000));
        QCOMPARE(bridge.expansion[int(ExpansionMotion::PriceIncrease)], MinorUnits(80000));
        QCOMPARE(bridge.expansion[int(ExpansionMotion::SeatGrowth)], MinorUnits(150000));
        QCOMPARE(bridge.end, MinorUnits(1030000));
        QVERIFY(bridge.addsUp());
        QCOMPARE(*line.revenue.nrr, 2.06);
        return;
    }
    QFAIL("Bluebell Nurseries is missing from the sample");
}

void TestSamplePortfolio::sample_hasForeignCurrencyAccountsWithRates()
{
    ReportOptions options;
    options.today = test::sampleAsOf;
    const PortfolioReport report = buildPortfolioReport(m_plan->connection(), options).value();
    QCOMPARE(report.reportingCurrency(), QStringLiteral("GBP"));
    QCOMPARE(report.fiscalYearStart, 4); // April, as UK companies often do
    QSet<QString> currencies;
    MoneySum total;
    for (const AccountReportLine &line : report.accounts) {
        currencies.insert(line.account.currency);
        QVERIFY(line.revenue.arrReporting.has_value());
        total += *line.revenue.arrReporting;
        if (line.account.currency == u"USD")
            QCOMPARE(*line.revenue.arrReporting, MinorUnits(15000000 * 79 / 100)); // $150,000 at 0.79
    }
    QCOMPARE(currencies, (QSet<QString> {QStringLiteral("GBP"), QStringLiteral("USD"), QStringLiteral("EUR")}));
    QVERIFY(report.missingRates().isEmpty());
    QCOMPARE(report.revenue.ratesUsed.size(), 2);
    QCOMPARE(*report.revenue.total.arr, total.value()); // converted, then added: never the raw amounts
}

void TestSamplePortfolio::sample_bridgeAddsUpForEveryAccountAndGroup()
{
    for (const ReportingPeriod &period : {ReportingPeriod::trailingTwelveMonths(test::sampleAsOf),
             ReportingPeriod::fiscalYear(2025, 4), ReportingPeriod::quarter(2026, 2, 4),
             ReportingPeriod::yearToDate(test::sampleAsOf, 4), ReportingPeriod::calendarYear(2025)}) {
        ReportOptions options;
        options.today = test::sampleAsOf;
        options.period = period;
        const PortfolioReport report = buildPortfolioReport(m_plan->connection(), options).value();
        ArrBridge sum;
        for (const AccountReportLine &line : report.accounts) {
            QVERIFY2(line.revenue.bridge.addsUp(), qPrintable(line.account.name));
            QVERIFY2(line.revenue.bridgeReporting->addsUp(), qPrintable(line.account.name));
            sum += *line.revenue.bridgeReporting;
        }
        QVERIFY(report.revenue.total.bridge->addsUp());
        QCOMPARE(sum, *report.revenue.total.bridge); // the portfolio is the sum of its accounts, to the cent
        for (const auto *groups : {&report.revenue.bySegment, &report.revenue.byTier, &report.revenue.byOwner}) {
            ArrBridge groupSum;
            for (const GroupRevenueFigures &group : *groups) {
                QVERIFY(group.bridge->addsUp());
                groupSum += *group.bridge;
            }
            QCOMPARE(groupSum, *report.revenue.total.bridge);
        }
    }
}

void TestSamplePortfolio::sample_passesTheConsistencyCheck()
{
    const QList<CheckFinding> findings = checkPlan(m_plan->connection());
    for (const CheckFinding &finding : findings)
        QVERIFY2(finding.severity != CheckFinding::Severity::Error, qPrintable(finding.message));
}

void TestSamplePortfolio::sample_mapsShowTheSituationsAManagerMeets()
{
    const PortfolioReport report
        = buildPortfolioReport(m_plan->connection(), ReportOptions {{}, {}, test::sampleAsOf, {}}).value();
    QHash<QString, Coverage> coverage;
    for (const AccountReportLine &line : report.accounts)
        coverage.insert(line.account.name, line.coverage);
    // A single-threaded account whose map has not been reviewed for months.
    QVERIFY(coverage.value("Oakridge Academies Trust").singleThreaded);
    QVERIFY(coverage.value("Oakridge Academies Trust").stale);
    // A well-covered partnership account, at or above the 60-70% target.
    QVERIFY(*coverage.value("Albion Health NHS Trust").depth() >= 0.6);
    QVERIFY(!coverage.value("Albion Health NHS Trust").singleThreaded);
    // An account with no economic buyer.
    QVERIFY(coverage.value("Brightwater Utilities").emptySeats.contains("economic_buyer"));
    // A champion who just left: the seat is empty, and the person is kept in history.
    QCOMPARE(coverage.value("Kestrel Aviation Services").emptySeats, QStringList {"champion"});
    const StakeholderStore people(m_plan->connection());
    bool championLeft = false;
    int meridianPeople = 0;
    for (const AccountReportLine &line : report.accounts) {
        const QList<Stakeholder> map = people.forAccount(line.account.id);
        if (line.account.name == u"Kestrel Aviation Services") {
            for (const Stakeholder &person : map)
                championLeft |= person.role == DecisionRole::Champion && person.hasLeft()
                    && person.leftOn.daysTo(test::sampleAsOf) <= 30;
        }
        if (line.account.name == u"Meridian Retail Group") {
            meridianPeople = int(map.size());
            QCOMPARE(line.account.stage, Stage::SynergisticKam);
            QVERIFY(!people.links(line.account.id).isEmpty());
        }
    }
    QVERIFY(championLeft);
    QVERIFY(meridianPeople >= 40);
    // Every key account has a map worth the name; the one in uncoupling has lost its champion.
    for (const AccountReportLine &line : report.accounts) {
        if (!line.account.isKey)
            continue;
        QVERIFY2(people.forAccount(line.account.id).size() >= 3, qPrintable(line.account.name));
        QVERIFY2(line.coverage.relevant > 0, qPrintable(line.account.name));
        if (line.account.stage == Stage::UncouplingKam)
            QVERIFY2(line.coverage.emptySeats.contains("champion"), qPrintable(line.account.name));
    }
    QVERIFY(!people.touchpoints(report.accounts.constFirst().account.id).isEmpty()
        || !people.allTouchpoints().isEmpty());
}

void TestSamplePortfolio::synthetic_isDeterministicAndProportionate()
{
    QByteArray firstJson;
    for (int run = 0; run < 2; ++run) {
        const QString path = m_dir.filePath(QStringLiteral("synthetic%1.keyplan").arg(run));
        QVERIFY(test::writeSamplePlan(path, 300));
        PlanOpenResult result;
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
        QVERIFY(plan);
        const PortfolioReport report = buildPortfolioReport(plan->connection()).value();
        QCOMPARE(report.accounts.size(), 300);
        QVERIFY(report.revenue.total.keyAccounts >= 30 && report.revenue.total.keyAccounts <= 45);
        QVERIFY(report.revenue.total.bridge->addsUp());
        for (const AccountReportLine &line : report.accounts)
            QVERIFY(line.revenue.bridgeReporting->addsUp());
        const QByteArray json = reportToJson(report);
        QVERIFY(!QJsonDocument::fromJson(json).isNull());
        if (run == 0)
            firstJson = json;
        else
            QCOMPARE(json, firstJson);
        qsizetype changes = 0;
        for (const QList<ArrChange> &timeline : ArrChangeStore(plan->connection()).all())
            changes += timeline.size();
        QVERIFY(changes > 300); // new business for each, and moves over the 36 months
        // Whitespace and pipeline in the sample's proportions: matrices for the key accounts only,
        // opportunities everywhere, and the report's totals those of the open ones.
        const PipelineStore pipeline(plan->connection());
        QCOMPARE(pipeline.offerings().size(), 8);
        const PipelineStore::KeyAccountWhitespace whitespace = pipeline.keyAccountWhitespace();
        QCOMPARE(whitespace.accountNames.size(), report.revenue.total.keyAccounts);
        QCOMPARE(whitespace.cells.size(), whitespace.units.size() * 8);
        QCOMPARE(pipeline.allCells().size(), whitespace.cells.size());
        const QList<Opportunity> opportunities = pipeline.allOpportunities();
        QVERIFY(opportunities.size() >= 300);
        // Counted as they are; amounts converted to the reporting currency before they are added.
        QCOMPARE(report.pipeline->count, pipelineTotals(opportunities).count);
        QVERIFY(report.pipeline->count > 0 && report.pipeline->count < opportunities.size());
        QVERIFY(*report.whitespaceOpen > 0);
    }
}

void TestSamplePortfolio::writeSample_refusesAPlanWithAccounts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("twice.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    QVERIFY(plan);
    QString error;
    QVERIFY(!writeSamplePortfolio(*plan, SampleOptions {test::sampleAsOf, 0}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(AccountStore(plan->connection()).count(), 29);
}

QTEST_GUILESS_MAIN(TestSamplePortfolio)
#include "tst_sampleportfolio.moc"
