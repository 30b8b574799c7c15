// Expansion pipeline and whitespace figures: exact money, weighting, totals, wallet share.
#include "domain/pipelinebreakdown.h"
#include "domain/whitespace.h"

#include <QtTest>

using namespace keyplan;

namespace {

Opportunity opportunity(MinorUnits amount, OpportunityStage stage, int probability = -1)
{
    Opportunity o;
    o.motion = ExpansionMotion::CrossSell;
    o.amount = amount;
    o.stage = stage;
    o.probability = probability < 0 ? defaultProbability(stage) : probability;
    return o;
}

WhitespaceCell cell(OfferingId offering, BusinessUnitId unit, CellState state, MinorUnits amount = 0,
    std::optional<MinorUnits> spend = std::nullopt)
{
    WhitespaceCell c;
    c.offeringId = offering;
    c.businessUnitId = unit;
    c.state = state;
    if (state == CellState::Sold)
        c.revenue = amount;
    else
        c.potential = amount;
    c.competitorSpend = spend;
    return c;
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probabilityDefaultsFromTheStage()
    {
        QCOMPARE(defaultProbability(OpportunityStage::Identified), 10);
        QCOMPARE(defaultProbability(OpportunityStage::Qualified), 25);
        QCOMPARE(defaultProbability(OpportunityStage::Proposal), 50);
        QCOMPARE(defaultProbability(OpportunityStage::Commit), 80);
        QCOMPARE(defaultProbability(OpportunityStage::Won), 100);
        QCOMPARE(defaultProbability(OpportunityStage::Lost), 0);
    }

    void weightingIsExactToTheMinorUnit_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("probability");
        QTest::addColumn<qint64>("weighted");
        QTest::newRow("£24,000 at 25%") << qint64(2400000) << 25 << qint64(600000);
        QTest::newRow("£0.01 at 50% rounds half up") << qint64(1) << 50 << qint64(1);
        QTest::newRow("£0.01 at 49%") << qint64(1) << 49 << qint64(0);
        QTest::newRow("£333.33 at 33%") << qint64(33333) << 33 << qint64(11000); // 10999.89
        QTest::newRow("a credit rounds away from zero") << qint64(-1) << 50 << qint64(-1);
        QTest::newRow("probability above 100 is capped") << qint64(1000) << 150 << qint64(1000);
        QTest::newRow("very large amounts do not overflow")
            << qint64(900000000000000LL) << 99 << qint64(891000000000000LL);
        QTest::newRow("the largest amount a plan can hold")
            << std::numeric_limits<qint64>::max() << 50 << qint64(4611686018427387904LL);
    }

    void weightingIsExactToTheMinorUnit()
    {
        QFETCH(qint64, amount);
        QFETCH(int, probability);
        QFETCH(qint64, weighted);
        Opportunity o = opportunity(amount, OpportunityStage::Proposal, probability);
        QCOMPARE(weightedAmount(o), weighted);
    }

    void totalsCountOpenOpportunitiesAndAddRoundedWeights()
    {
        // Three opportunities whose weighted amounts each round: the total is the sum of the
        // rounded figures (what a table shows line by line), not a rounded sum of fractions.
        const QList<Opportunity> pipeline {opportunity(1001, OpportunityStage::Proposal), // 500.5 -> 501
            opportunity(1001, OpportunityStage::Proposal), // 501
            opportunity(33333, OpportunityStage::Identified, 33), // 11000
            opportunity(5000000, OpportunityStage::Won), opportunity(7000000, OpportunityStage::Lost)};
        const PipelineTotals totals = pipelineTotals(pipeline);
        QCOMPARE(totals.count, 3);
        QCOMPARE(totals.unweighted, MinorUnits(1001 + 1001 + 33333));
        QCOMPARE(totals.weighted, MinorUnits(501 + 501 + 11000));
        QCOMPARE(pipelineTotals({}), PipelineTotals {});
    }

    void overdueMeansOpenAndPastItsDate()
    {
        const QDate today(2026, 11, 23);
        Opportunity o = opportunity(100, OpportunityStage::Commit);
        o.expectedClose = today.addDays(-1);
        QVERIFY(isOverdue(o, today));
        o.expectedClose = today;
        QVERIFY(!isOverdue(o, today));
        o.expectedClose = today.addDays(-30);
        o.stage = OpportunityStage::Won;
        QVERIFY(!isOverdue(o, today));
        o.stage = OpportunityStage::Qualified;
        o.expectedClose = QDate();
        QVERIFY(!isOverdue(o, today));
    }

    void fixFirst_beforeAnyUpsell()
    {
        QVERIFY(fixFirst(Stage::UncouplingKam, std::nullopt));
        QVERIFY(fixFirst(Stage::PartnershipKam, 5));
        QVERIFY(!fixFirst(Stage::PartnershipKam, 6));
        QVERIFY(!fixFirst(Stage::MidKam, std::nullopt));
    }

    void vocabulariesRoundTrip()
    {
        for (const ExpansionMotion motion : allExpansionMotions) {
            QCOMPARE(expansionMotionFromKey(keyOf(motion)), motion);
            QVERIFY(!displayName(motion).isEmpty());
        }
        for (const OpportunityStage stage : allOpportunityStages)
            QCOMPARE(opportunityStageFromKey(keyOf(stage)), stage);
        for (const DecisionCheck check : allDecisionChecks) {
            QCOMPARE(decisionCheckFromKey(keyOf(check)), check);
            QVERIFY(displayName(check).endsWith(QLatin1Char('?')));
        }
        for (const CellState state :
            {CellState::Open, CellState::Sold, CellState::InPipeline, CellState::NotApplicable})
            QCOMPARE(cellStateFromKey(keyOf(state)), state);
        QVERIFY(!expansionMotionFromKey(QStringLiteral("Cross-sell")));
        QCOMPARE(keyOf(ExpansionMotion::PriceIncrease), QStringLiteral("price_increase"));
    }

    void whitespaceTotals_rowsColumnsAndWalletShare()
    {
        // Two offerings (1, 2) across three business units (10, 20, 30).
        WhitespaceCell piped = cell(2, 20, CellState::InPipeline);
        piped.opportunityId = 77;
        const QList<WhitespaceCell> matrix {cell(1, 10, CellState::Sold, 2400000),
            cell(1, 20, CellState::Open, 1800000, 1500000), cell(1, 30, CellState::NotApplicable, 999),
            cell(2, 10, CellState::Open, 600000), piped, cell(2, 30, CellState::Open, 300000, 500000)};
        const WhitespaceTotals totals = whitespaceTotals(matrix, {{77, 450000}});
        QCOMPARE(totals.byOffering.value(1).sold, MinorUnits(2400000));
        QCOMPARE(totals.byOffering.value(1).open, MinorUnits(1800000));
        QCOMPARE(totals.byOffering.value(2).open, MinorUnits(900000));
        QCOMPARE(totals.byOffering.value(2).inPipeline, MinorUnits(450000));
        QCOMPARE(totals.byUnit.value(10).sold, MinorUnits(2400000));
        QCOMPARE(totals.byUnit.value(10).open, MinorUnits(600000));
        QCOMPARE(totals.byUnit.value(20).open, MinorUnits(1800000));
        QCOMPARE(totals.byUnit.value(20).inPipeline, MinorUnits(450000));
        QCOMPARE(totals.byUnit.value(30).open, MinorUnits(300000)); // not applicable counts nothing
        QCOMPARE(totals.total.open, MinorUnits(2700000));
        QCOMPARE(totals.total.sold, MinorUnits(2400000));
        // Wallet: 24,000 ours + 15,000 + 5,000 with competitors + 27,000 open potential. Counting
        // only the known spend would claim 55% of a wallet whose open cells are larger than ours.
        QVERIFY(totals.walletShare);
        QCOMPARE(*totals.walletShare, 24000.0 / 71000.0);
        QCOMPARE(totals.competitorSpend, MinorUnits(2000000));
        QCOMPARE(totals.spendKnownCells, 2);
        QCOMPARE(totals.openCells, 3);
        // Row totals and column totals add up to the same grand total.
        MinorUnits rows = 0;
        MinorUnits columns = 0;
        for (const auto &line : totals.byOffering)
            rows += line.open;
        for (const auto &line : totals.byUnit)
            columns += line.open;
        QCOMPARE(rows, totals.total.open);
        QCOMPARE(columns, totals.total.open);
        // Nothing open and no competitor: all of the wallet is ours.
        QCOMPARE(*whitespaceTotals({cell(1, 10, CellState::Sold, 100)}).walletShare, 1.0);
        QVERIFY(!whitespaceTotals({cell(1, 10, CellState::NotApplicable, 100)}).walletShare);
    }

    void openCellBecomesAnIdentifiedOpportunity()
    {
        WhitespaceCell open = cell(3, 40, CellState::Open, 1250000);
        open.accountId = 9;
        const QDate close(2027, 3, 31);
        const Opportunity cross
            = opportunityFromCell(open, QStringLiteral("Rostering"), QStringLiteral("Finance"), false, close);
        QCOMPARE(cross.accountId, AccountId(9));
        QCOMPARE(cross.motion, ExpansionMotion::CrossSell);
        QCOMPARE(cross.amount, MinorUnits(1250000));
        QCOMPARE(cross.stage, OpportunityStage::Identified);
        QCOMPARE(cross.probability, 10);
        QCOMPARE(cross.offeringId, std::optional<OfferingId>(3));
        QCOMPARE(cross.businessUnitId, std::optional<BusinessUnitId>(40));
        QCOMPARE(cross.expectedClose, close);
        QCOMPARE(cross.title, QStringLiteral("Rostering for Finance"));
        QCOMPARE(
            opportunityFromCell(open, QStringLiteral("Rostering"), QStringLiteral("Finance"), true, close)
                .motion,
            ExpansionMotion::SeatGrowth);
    }

    void breakdownByStage_addsUpToTheTotals()
    {
        QList<Opportunity> pipeline {opportunity(1001, OpportunityStage::Proposal),
            opportunity(1001, OpportunityStage::Proposal),
            opportunity(33333, OpportunityStage::Identified, 33), opportunity(5000000, OpportunityStage::Won),
            opportunity(7000000, OpportunityStage::Lost), opportunity(250000, OpportunityStage::Commit)};
        pipeline[1].motion = ExpansionMotion::Upsell;
        pipeline[5].motion = ExpansionMotion::PriceIncrease;
        const PipelineTotals totals = pipelineTotals(pipeline);
        const PipelineBreakdown plain = breakdownByStage(pipeline, false);
        QCOMPARE(plain.categories,
            QStringList({QStringLiteral("Identified"), QStringLiteral("Qualified"),
                QStringLiteral("Proposal"), QStringLiteral("Commit")}));
        QCOMPARE(plain.total(), totals.unweighted);
        QCOMPARE(plain.amounts[std::size_t(ExpansionMotion::CrossSell)][2], MinorUnits(1001));
        QCOMPARE(plain.amounts[std::size_t(ExpansionMotion::Upsell)][2], MinorUnits(1001));
        QCOMPARE(plain.amounts[std::size_t(ExpansionMotion::PriceIncrease)][3], MinorUnits(250000));
        QCOMPARE(plain.counts[std::size_t(ExpansionMotion::CrossSell)][0], 1);
        QCOMPARE(plain.categoryTotal(1), MinorUnits(0));
        // Weighted: the same rounded lines as the totals, so the bars sum to the cent.
        const PipelineBreakdown weighted = breakdownByStage(pipeline, true);
        QCOMPARE(weighted.total(), totals.weighted);
        QCOMPARE(weighted.categoryTotal(2), MinorUnits(501 + 501));
    }

    void breakdownByQuarter_overdueQuartersAndUndated()
    {
        const QDate today(2026, 11, 23);
        QList<Opportunity> pipeline;
        const auto closing = [&](MinorUnits amount, const QDate &on) {
            Opportunity o = opportunity(amount, OpportunityStage::Qualified);
            o.expectedClose = on;
            pipeline.append(o);
        };
        closing(100, QDate(2026, 11, 1)); // overdue
        closing(200, QDate(2026, 12, 31)); // Q4 2026
        closing(300, QDate(2027, 1, 1)); // Q1 2027
        closing(400, QDate(2027, 7, 15)); // Q3 2027, with Q2 2027 empty between
        closing(500, QDate()); // no date
        closing(600, QDate(2026, 11, 23)); // today: due, not overdue
        Opportunity won = opportunity(9999, OpportunityStage::Won);
        won.expectedClose = QDate(2025, 1, 1); // closed: in no bar
        pipeline.append(won);
        const PipelineBreakdown b = breakdownByQuarter(pipeline, today, false);
        QCOMPARE(b.categories,
            QStringList({QStringLiteral("Overdue"), QStringLiteral("Q4 2026"), QStringLiteral("Q1 2027"),
                QStringLiteral("Q2 2027"), QStringLiteral("Q3 2027"), QStringLiteral("No date")}));
        QCOMPARE(b.categoryTotal(0), MinorUnits(100));
        QCOMPARE(b.categoryTotal(1), MinorUnits(800));
        QCOMPARE(b.categoryTotal(2), MinorUnits(300));
        QCOMPARE(b.categoryTotal(3), MinorUnits(0));
        QCOMPARE(b.categoryTotal(4), MinorUnits(400));
        QCOMPARE(b.categoryTotal(5), MinorUnits(500));
        QCOMPARE(b.total(), pipelineTotals(pipeline).unweighted);
        QCOMPARE(breakdownByQuarter(pipeline, today, true).total(), pipelineTotals(pipeline).weighted);
        // Nothing overdue or undated: those bars are left out.
        const PipelineBreakdown later = breakdownByQuarter({pipeline.at(2)}, today, false);
        QCOMPARE(later.categories, QStringList({QStringLiteral("Q4 2026"), QStringLiteral("Q1 2027")}));
        QCOMPARE(quarterLabel(QDate(2027, 6, 30)), QStringLiteral("Q2 2027"));
    }
};

QTEST_APPLESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
