// The whitespace matrix as an item model: shape, money, totals, editing through undo.
#include "item/accountediting.h"
#include "item/itemroles.h"
#include "item/pipelinefilterproxy.h"
#include "item/pipelinemodel.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/revenueediting.h"
#include "item/whitespacemodel.h"
#include "item/whitespacesummarymodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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
    void pipelineProxy_filtersByStageAndText();
    void summaryModel_whitespaceAcrossKeyAccounts();
    void catalogue_offeringInUseStays();
    void pipelineModel_marksAnOpportunityWhoseChampionLeft();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    AccountId m_account = 0;
};

void TestPipelineModels::init()
{
    const QString path = test::newPlanLocation(m_dir, QStringLiteral("%1.keyplan").arg(QTest::currentTestFunction()));
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
    PipelineEditing::of(m_document.get())->addOffering(Offering {0, QStringLiteral("Rostering"), OfferingKind::Product, {}, 0, 1});
    PipelineEditing::of(m_document.get())->addOffering(Offering {0, QStringLiteral("Analytics <Pro>"), OfferingKind::Tier, {}, 0, 1});
    QCOMPARE(model.rowCount(), 0); // no business units yet: no matrix
    PipelineEditing::of(m_document.get())->addBusinessUnit(BusinessUnit {0, m_account, QStringLiteral("North"), UnitKind::Region, 1});
    PipelineEditing::of(m_document.get())->addBusinessUnit(
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
    QVERIFY(PipelineEditing::of(m_document.get())->convertToOpportunity(m_account, rostering, south, QDate(2027, 3, 31)));
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

    // A cell or a name changes in place: no reset (the cell being looked at stays current), and a
    // renamed business unit's header says its new name.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    BusinessUnit renamed = PipelineEditing::of(m_document.get())->businessUnits(m_account).constLast();
    renamed.name = QStringLiteral("South, West & Wales");
    PipelineEditing::of(m_document.get())->editBusinessUnit(renamed);
    QCOMPARE(resets.size(), 0);
    QVERIFY(!headers.isEmpty());
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("South, West & Wales"));
    QVERIFY(model.setData(model.index(1, 0), qint64(700000)));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.index(1, 0).data(RawValueRole).toLongLong(), 700000);
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
        PipelineEditing::of(m_document.get())->addOpportunity(o);
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
    // Edited in the portfolio's list (read without checklists), an opportunity keeps its checklist.
    Opportunity checked = PipelineEditing::of(m_document.get())->opportunities(m_account).constFirst();
    checked.checklist[std::size_t(DecisionCheck::Champion)] = {true, QStringLiteral("Sam backs it")};
    PipelineEditing::of(m_document.get())->editOpportunity(checked);
    QVERIFY(all.setData(all.index(0, PipelineModel::Amount), qint64(2002)));
    const Opportunity after = *PipelineEditing::of(m_document.get())->opportunity(checked.id);
    QCOMPARE(after.amount, MinorUnits(2002));
    QCOMPARE(after.checklist[std::size_t(DecisionCheck::Champion)].note, QStringLiteral("Sam backs it"));
    QVERIFY(after.checklist[std::size_t(DecisionCheck::Champion)].met);
    // The title is the user's text: its tooltip shows it as typed, never as markup.
    const QString tip = one.index(0, PipelineModel::Title).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Analytics &lt;Pro&gt;")), qPrintable(tip));

    // Another reporting currency changes no cell of the portfolio's list (each shows its account's
    // own currency) but every converted total: the list says so, so that its totals are redrawn.
    QSignalSpy changed(&all, &QAbstractItemModel::dataChanged);
    RevenueEditing *revenue = RevenueEditing::of(m_document.get());
    const QString before = all.currency();
    const QString reporting = before == u"EUR" ? QStringLiteral("USD") : QStringLiteral("EUR");
    revenue->setRevenueSettings(reporting, revenue->fiscalYearStart(), revenue->rates());
    QCOMPARE(all.currency(), reporting);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().at(0).toModelIndex(), all.index(0, 0));
    QCOMPARE(changed.constLast().at(1).toModelIndex(), all.index(all.rowCount() - 1, all.columnCount() - 1));
}

void TestPipelineModels::pipelineProxy_filtersByStageAndText()
{
    PipelineModel model(m_document.get());
    model.setAccount(0);
    PipelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const AccountId other = m_document->accounts().at(1).id;
    const auto add
        = [&](AccountId account, const QString &title, OpportunityStage stage, ExpansionMotion motion) {
              Opportunity o;
              o.accountId = account;
              o.title = title;
              o.stage = stage;
              o.motion = motion;
              o.amount = 1000;
              PipelineEditing::of(m_document.get())->addOpportunity(o);
          };
    add(m_account, QStringLiteral("Rostering for Leeds"), OpportunityStage::Qualified,
        ExpansionMotion::CrossSell);
    add(m_account, QStringLiteral("Uplift"), OpportunityStage::Won, ExpansionMotion::PriceIncrease);
    add(other, QStringLiteral("Forecasting"), OpportunityStage::Lost, ExpansionMotion::Upsell);
    add(other, QStringLiteral("More seats"), OpportunityStage::Commit, ExpansionMotion::SeatGrowth);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(proxy.rowCount(), 2); // open stages by default
    proxy.setStages(PipelineFilterProxy::everyStage());
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setStages({OpportunityStage::Lost});
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, PipelineModel::Title).data().toString(), QStringLiteral("Forecasting"));
    proxy.setStages(PipelineFilterProxy::everyStage());
    proxy.setText(QStringLiteral("SEAT")); // the motion's name and the title, case-folded
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(m_document->accounts().at(1).name); // the account's name
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(QString());
    // Money sorts as money: a larger amount sorts after, whatever its text.
    proxy.sort(PipelineModel::Title, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, PipelineModel::Title).data().toString(), QStringLiteral("Forecasting"));
}

void TestPipelineModels::summaryModel_whitespaceAcrossKeyAccounts()
{
    const QList<Account> accounts = m_document->accounts();
    const Account key = accounts.at(0);
    QVERIFY(key.isKey);
    AccountId ordinary = 0;
    for (const Account &a : accounts) {
        if (!a.isKey)
            ordinary = a.id;
    }
    QVERIFY(ordinary);
    WhitespaceSummaryModel byOffering(m_document.get(), WhitespaceSummaryModel::Grouping::ByOffering);
    WhitespaceSummaryModel byUnit(m_document.get(), WhitespaceSummaryModel::Grouping::ByBusinessUnit);
    QAbstractItemModelTester offeringTester(
        &byOffering, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester unitTester(&byUnit, QAbstractItemModelTester::FailureReportingMode::Fatal);
    byOffering.setActive(true);
    byUnit.setActive(true);
    PipelineEditing::of(m_document.get())->addOffering(Offering {0, QStringLiteral("Rostering"), OfferingKind::Product, {}, 0, 1});
    PipelineEditing::of(m_document.get())->addOffering(Offering {0, QStringLiteral("Forecasting"), OfferingKind::Module, {}, 0, 1});
    QCOMPARE(byOffering.rowCount(), 2);
    PipelineEditing::of(m_document.get())->addBusinessUnit(BusinessUnit {0, key.id, QStringLiteral("North <HQ>"), UnitKind::Region, 1});
    PipelineEditing::of(m_document.get())->addBusinessUnit(BusinessUnit {0, ordinary, QStringLiteral("Elsewhere"), UnitKind::Region, 1});
    QCOMPARE(byUnit.rowCount(), 1); // key accounts only
    QCOMPARE(byUnit.index(0, WhitespaceSummaryModel::Account).data().toString(), key.name);
    const QList<Offering> offerings = PipelineEditing::of(m_document.get())->offerings();
    const BusinessUnitId north = PipelineEditing::of(m_document.get())->businessUnits(key.id).constFirst().id;
    const BusinessUnitId elsewhere = PipelineEditing::of(m_document.get())->businessUnits(ordinary).constFirst().id;
    const auto set = [&](AccountId account, OfferingId offering, BusinessUnitId unit, CellState state,
                         MinorUnits amount) {
        WhitespaceCell cell;
        cell.accountId = account;
        cell.offeringId = offering;
        cell.businessUnitId = unit;
        cell.state = state;
        (state == CellState::Sold ? cell.revenue : cell.potential) = amount;
        PipelineEditing::of(m_document.get())->setWhitespaceCell(cell);
    };
    set(key.id, offerings.at(0).id, north, CellState::Sold, 2400000);
    set(key.id, offerings.at(1).id, north, CellState::Open, 1500001);
    set(ordinary, offerings.at(1).id, elsewhere, CellState::Open, 999900); // not a key account
    // Most open whitespace first; money raw and formatted; the ordinary account left out.
    QCOMPARE(
        byOffering.index(0, WhitespaceSummaryModel::Name).data().toString(), QStringLiteral("Forecasting"));
    QCOMPARE(byOffering.index(0, WhitespaceSummaryModel::Open).data(RawValueRole).toLongLong(), 1500001);
    QCOMPARE(byOffering.index(1, WhitespaceSummaryModel::Sold).data(RawValueRole).toLongLong(), 2400000);
    QCOMPARE(byOffering.total().open, MinorUnits(1500001));
    QCOMPARE(byUnit.index(0, WhitespaceSummaryModel::Open).data(RawValueRole).toLongLong(), 1500001);
    // Converting the open cell moves its money to "in pipeline".
    QVERIFY(PipelineEditing::of(m_document.get())->convertToOpportunity(key.id, offerings.at(1).id, north, QDate(2027, 3, 31)));
    QCOMPARE(byUnit.index(0, WhitespaceSummaryModel::Open).data(RawValueRole).toLongLong(), 0);
    QCOMPARE(byUnit.index(0, WhitespaceSummaryModel::InPipeline).data(RawValueRole).toLongLong(), 1500001);
    // Inactive (its view hidden), it does not follow; made active, it catches up.
    byUnit.setActive(false);
    m_document->undoStack()->undo();
    QCOMPARE(byUnit.index(0, WhitespaceSummaryModel::InPipeline).data(RawValueRole).toLongLong(), 1500001);
    byUnit.setActive(true);
    QCOMPARE(byUnit.index(0, WhitespaceSummaryModel::InPipeline).data(RawValueRole).toLongLong(), 0);
    QCOMPARE(byUnit.index(0, WhitespaceSummaryModel::Open).data(RawValueRole).toLongLong(), 1500001);
    // The account stops being key: its whitespace leaves the summary.
    AccountEditing::of(m_document.get())->editAccountField(key.id, AccountField::IsKey, false);
    QCOMPARE(byUnit.rowCount(), 0);
    QCOMPARE(byOffering.total().open, MinorUnits(0));
}

void TestPipelineModels::pipelineModel_marksAnOpportunityWhoseChampionLeft()
{
    const AccountId kestrel = test::accountNamed(*m_document, QStringLiteral("Kestrel Aviation Services"));
    std::optional<StakeholderId> helen;
    for (const Stakeholder &person : m_document->stakeholders(kestrel)) {
        if (person.name == u"Helen Marsh")
            helen = person.id;
    }
    QVERIFY(helen);
    Opportunity o;
    o.accountId = kestrel;
    o.title = QStringLiteral("Fatigue <analytics>");
    o.amount = 1200000;
    o.championId = helen;
    PipelineEditing::of(m_document.get())->addOpportunity(o);
    PipelineModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccount(kestrel);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, PipelineModel::Title).data().toString() == o.title)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex title = model.index(row, PipelineModel::Title);
    const QString tip = title.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("No champion: Helen Marsh left the company on")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Fatigue &lt;analytics&gt;")), qPrintable(tip)); // text, not markup
    QVERIFY(title.data(Qt::ForegroundRole).isValid());
    // Another row, with a champion still there, is left as it was.
    for (int r = 0; r < model.rowCount(); ++r) {
        if (r != row && !model.opportunityAt(r).championId)
            QVERIFY(!model.index(r, PipelineModel::Title).data(Qt::ForegroundRole).isValid());
    }
}

void TestPipelineModels::catalogue_offeringInUseStays()
{
    PipelineEditing::of(m_document.get())->addOffering(Offering {0, QStringLiteral("Rostering"), OfferingKind::Product, {}, 0, 1});
    PipelineEditing::of(m_document.get())->addOffering(Offering {0, QStringLiteral("Unused"), OfferingKind::Module, {}, 0, 1});
    PipelineEditing::of(m_document.get())->addBusinessUnit(BusinessUnit {0, m_account, QStringLiteral("North"), UnitKind::Region, 1});
    const QList<Offering> offerings = PipelineEditing::of(m_document.get())->offerings();
    WhitespaceCell cell;
    cell.accountId = m_account;
    cell.offeringId = offerings.at(0).id;
    cell.businessUnitId = PipelineEditing::of(m_document.get())->businessUnits(m_account).constFirst().id;
    cell.potential = 100;
    PipelineEditing::of(m_document.get())->setWhitespaceCell(cell);
    QSignalSpy refused(m_document.get(), &PlanDocument::writeFailed);
    QVERIFY(!PipelineEditing::of(m_document.get())->removeOffering(offerings.at(0).id));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.constFirst().constFirst().toString().contains(QStringLiteral("Rostering")));
    QCOMPARE(PipelineEditing::of(m_document.get())->offerings().size(), 2);
    // An unused one goes, and undo brings it back with its id.
    QVERIFY(PipelineEditing::of(m_document.get())->removeOffering(offerings.at(1).id));
    QCOMPARE(PipelineEditing::of(m_document.get())->offerings().size(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(PipelineEditing::of(m_document.get())->offerings().size(), 2);
    QCOMPARE(PipelineEditing::of(m_document.get())->offerings().at(1).id, offerings.at(1).id);
}

QTEST_GUILESS_MAIN(TestPipelineModels)
#include "tst_pipelinemodels.moc"
