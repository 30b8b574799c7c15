#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/portfoliofilterproxy.h"
#include "item/portfoliomodel.h"
#include "item/livingplanediting.h"
#include "item/playediting.h"
#include "item/revenueediting.h"
#include "testsupport.h"
#include "ui/accountdetailsform.h"
#include "ui/arrchangedialog.h"
#include "ui/bridgeview.h"
#include "ui/charts/bridgechart.h"
#include "item/bridgetablemodel.h"
#include "ui/currencycombo.h"
#include "ui/cadencehealthsettings.h"
#include "ui/plansettingsdialog.h"
#include "ui/playrulesettings.h"
#include "ui/portfoliosummarybar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QPlainTextEdit>
#include <QtTest>

using namespace keyplan;

class TestRevenueWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void arrChangeDialog_typedDifferenceOrArrAndTheKindFollows();
    void arrChangeDialog_refusesAKindArrDidNotDo();
    void planSettings_pastedRatesApplyWholeOrNotAtAll();
    void planSettings_changeCurrencyFiscalYearAndRatesInOneStep();
    void planSettings_cadenceWeightsAndRulesGoWithTheRestInOneStep();
    void accountCurrency_isChosenAndTheHeaderSaysWhichRateItNeeds();
    void bridgeView_followsTheFilterAndGroupsAddUp();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

void TestRevenueWidgets::initTestCase()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

void TestRevenueWidgets::init()
{
    const QString path = m_dir.filePath(QStringLiteral("r%1.keyplan").arg(QRandomGenerator::global()->generate()));
    QVERIFY(test::writeSamplePlan(path));
    m_document = test::openDocument(path);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
}

void TestRevenueWidgets::cleanup()
{
    m_document.reset();
}

void TestRevenueWidgets::arrChangeDialog_typedDifferenceOrArrAndTheKindFollows()
{
    const QList<ArrChange> timeline {{1, 1, QDate(2025, 1, 1), ArrChangeKind::New, 500000, {}, std::nullopt, 1}};
    ArrChange start {0, 1, QDate(2026, 3, 1), ArrChangeKind::Upsell, 500000, {}, std::nullopt, 1};
    ArrChangeDialog dialog(QStringLiteral("<b>Acme</b>"), QStringLiteral("GBP"), timeline, start);
    // The difference fills in the ARR, and the other way round.
    dialog.deltaEdit()->clear();
    QTest::keyClicks(dialog.deltaEdit(), QStringLiteral("+2,000"));
    QCOMPARE(parseMoney(dialog.arrEdit()->text()), std::optional<MinorUnits>(700000));
    QCOMPARE(dialog.kindCombo()->currentData().toString(), QStringLiteral("upsell"));
    dialog.arrEdit()->clear();
    QTest::keyClicks(dialog.arrEdit(), QStringLiteral("3500"));
    QCOMPARE(dialog.deltaEdit()->text(), QStringLiteral("-1,500"));
    QCOMPARE(dialog.kindCombo()->currentData().toString(), QStringLiteral("contraction"));
    dialog.arrEdit()->clear();
    QTest::keyClicks(dialog.arrEdit(), QStringLiteral("0"));
    QCOMPARE(dialog.kindCombo()->currentData().toString(), QStringLiteral("churn"));
    // Before the first change there was no ARR: from that day it is new business.
    dialog.dayEdit()->setDate(QDate(2024, 6, 1));
    dialog.arrEdit()->clear();
    QTest::keyClicks(dialog.arrEdit(), QStringLiteral("1000"));
    QCOMPARE(dialog.kindCombo()->currentData().toString(), QStringLiteral("new"));
    const ArrChange result = dialog.change();
    QCOMPARE(result.on, QDate(2024, 6, 1));
    QCOMPARE(result.arr, MinorUnits(100000));
    QCOMPARE(result.kind, ArrChangeKind::New);
    // The account's name is text, never markup.
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        QCOMPARE(label->textFormat() == Qt::PlainText || !label->text().contains(QStringLiteral("<b>")), true);
}

void TestRevenueWidgets::arrChangeDialog_refusesAKindArrDidNotDo()
{
    const QList<ArrChange> timeline {{1, 1, QDate(2025, 1, 1), ArrChangeKind::New, 500000, {}, std::nullopt, 1}};
    ArrChangeDialog dialog(QStringLiteral("Acme"), QStringLiteral("GBP"), timeline,
        {0, 1, QDate(2026, 3, 1), ArrChangeKind::Upsell, 500000, {}, std::nullopt, 1});
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // ARR would stay £5,000: no change to record
    const auto warning = [&dialog] {
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            if (!label->isHidden() && label->text().contains(QStringLiteral("no change")))
                return label->text();
        return QString();
    };
    QCOMPARE(warning(), QString()); // as it opens, nothing was typed wrong yet
    dialog.arrEdit()->clear();
    QTest::keyClicks(dialog.arrEdit(), QStringLiteral("5000"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!warning().isEmpty()); // typed, the same amount says why OK stays off
    dialog.arrEdit()->clear();
    QTest::keyClicks(dialog.arrEdit(), QStringLiteral("4000"));
    QVERIFY(ok->isEnabled()); // contraction, suggested
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(QStringLiteral("upsell")));
    Q_EMIT dialog.kindCombo()->activated(dialog.kindCombo()->currentIndex());
    QVERIFY(!ok->isEnabled()); // an upsell that lowers ARR
    dialog.arrEdit()->clear();
    QTest::keyClicks(dialog.arrEdit(), QStringLiteral("lots"));
    QVERIFY(!ok->isEnabled());
}

void TestRevenueWidgets::planSettings_pastedRatesApplyWholeOrNotAtAll()
{
    PlanSettingsDialog dialog(m_document.get());
    const int before = dialog.ratesTable()->rowCount();
    QCOMPARE(before, 5); // the sample's USD and EUR rates
    // One bad line: nothing is added, and the line is named.
    QVERIFY(!dialog.pasteRates(QStringLiteral("from,to,date,rate\nCHF,GBP,2026-10-01,0.89\nYEN,GBP,2026-10-01,0.0052\n")));
    QCOMPARE(dialog.ratesTable()->rowCount(), before);
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("Line 3")));
    QVERIFY(dialog.pasteRates(QStringLiteral("CHF;GBP;2026-10-01;0.89\r\nJPY\tGBP\t2026-10-01\t0.0052\n")));
    QCOMPARE(dialog.ratesTable()->rowCount(), before + 2);
    const std::optional<QList<ExchangeRate>> rates = dialog.rates();
    QVERIFY(rates);
    QCOMPARE(rates->constLast().from, QStringLiteral("JPY"));
    QCOMPARE(rates->constLast().rate, qint64(5200000));
    // The same pair and day twice is refused on OK.
    QVERIFY(dialog.pasteRates(QStringLiteral("CHF,GBP,2026-10-01,0.9")));
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("already has a rate")));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestRevenueWidgets::planSettings_changeCurrencyFiscalYearAndRatesInOneStep()
{
    PortfolioModel model(m_document.get());
    PortfolioSummaryBar bar;
    bar.setModel(m_document.get(), &model);
    QVERIFY(bar.figureTexts().contains(QStringLiteral("ARR today: £3.6M")));
    {
        // Report in euros: the dollar account needs a rate the plan lacks (pounds convert with the
        // sample's EUR→GBP rate, taken the other way round).
        PlanSettingsDialog dialog(m_document.get());
        setCurrency(dialog.currencyCombo(), QStringLiteral("EUR"));
        dialog.fiscalStartCombo()->setCurrentIndex(0); // January
        QVERIFY(dialog.apply());
    }
    QCOMPARE(m_document->currency(), QStringLiteral("EUR"));
    QCOMPARE(RevenueEditing::of(m_document.get())->fiscalYearStart(), 1);
    QVERIFY2(bar.figureTexts().contains(QStringLiteral("ARR today: needs a USD→EUR rate")),
        qPrintable(bar.figureTexts().join(u'|')));
    {
        // The rates in: a GBP→EUR rate of its own is used before the inverted one.
        PlanSettingsDialog dialog(m_document.get());
        QVERIFY(dialog.pasteRates(QStringLiteral("GBP,EUR,2026-10-01,1.16\nUSD,EUR,2026-10-01,0.92")));
        QVERIFY(dialog.apply());
    }
    const QStringList figures = bar.figureTexts();
    QVERIFY2(figures.contains(QStringLiteral("ARR today: €4.1M")), qPrintable(figures.join(u'|')));
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->currency(), QStringLiteral("GBP"));
    QCOMPARE(RevenueEditing::of(m_document.get())->fiscalYearStart(), 4);
    QCOMPARE(RevenueEditing::of(m_document.get())->rates().size(), 5);
    QVERIFY(bar.figureTexts().contains(QStringLiteral("ARR today: £3.6M")));
}

void TestRevenueWidgets::planSettings_cadenceWeightsAndRulesGoWithTheRestInOneStep()
{
    LivingPlanEditing *living = LivingPlanEditing::of(m_document.get());
    const int steps = m_document->undoStack()->count();
    {
        PlanSettingsDialog dialog(m_document.get());
        QCOMPARE(dialog.tabs()->count(), 3);
        CadenceHealthSettings *cadence = dialog.cadenceHealth();
        QCOMPARE(cadence->touchpointDays(Tier::Strategic)->value(), 7);
        QCOMPARE(cadence->shareLabel(HealthMeasure::Usage)->text(), QStringLiteral("20.0%"));
        cadence->touchpointDays(Tier::Strategic)->setValue(10);
        cadence->weight(HealthMeasure::Usage)->setValue(40); // 40 of 120
        QCOMPARE(cadence->shareLabel(HealthMeasure::Usage)->text(), QStringLiteral("33.3%"));
        PlayRuleSettings *rules = dialog.rules();
        QTableWidget *table = rules->table();
        QCOMPARE(table->rowCount(), int(playRuleCount));
        table->item(int(PlayRule::EffortMismatch), 0)->setCheckState(Qt::Unchecked);
        rules->parameterBox(PlayRule::RenewalAtRisk, "within_days")->setValue(60);
        QVERIFY(!rules->parameterBox(PlayRule::HealthLow, "within_days"));
        // The playbook of the chosen rule: Keyplan's steps, replaced by the user's own.
        table->setCurrentCell(int(PlayRule::ChampionLeft), 0);
        QVERIFY(rules->playbookEditor()->toPlainText().contains(u'\n'));
        rules->playbookEditor()->setPlainText(QStringLiteral("Ask <i>Sam</i> who signs now\n\n  Meet the new sponsor  "));
        table->setCurrentCell(int(PlayRule::ThinCoverage), 0);
        QVERIFY(!rules->playbookEditor()->toPlainText().contains(QStringLiteral("Sam")));
        setCurrency(dialog.currencyCombo(), QStringLiteral("EUR"));
        QVERIFY(dialog.apply());
    }
    QCOMPARE(m_document->undoStack()->count(), steps + 1); // one step for both editing classes
    LivingPlanSettings settings = living->settings();
    QCOMPARE(settings.cadence.of(Tier::Strategic).touchpointDays, 10);
    QCOMPARE(settings.health.weights.of(HealthMeasure::Usage), 40);
    QVERIFY(!settings.rules.isEnabled(PlayRule::EffortMismatch));
    QCOMPARE(settings.rules.parameter(PlayRule::RenewalAtRisk, "within_days"), 60);
    QCOMPARE(m_document->currency(), QStringLiteral("EUR"));
    QCOMPARE(PlayEditing::of(m_document.get())->playbook(QStringLiteral("champion_left")),
        QStringList({QStringLiteral("Ask <i>Sam</i> who signs now"), QStringLiteral("Meet the new sponsor")}));
    m_document->undoStack()->undo();
    QCOMPARE(living->settings(), LivingPlanSettings {});
    QVERIFY(PlayEditing::of(m_document.get())->playbooks().isEmpty());
    QCOMPARE(m_document->currency(), QStringLiteral("GBP"));
    // Opened and closed with OK, nothing changed: no step.
    {
        PlanSettingsDialog dialog(m_document.get());
        QVERIFY(dialog.apply());
    }
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QVERIFY(m_document->undoStack()->canRedo()); // nothing was pushed over the undone step
}

void TestRevenueWidgets::accountCurrency_isChosenAndTheHeaderSaysWhichRateItNeeds()
{
    PortfolioModel model(m_document.get());
    PortfolioFilterProxy proxy;
    proxy.setSourceModel(&model);
    PortfolioSummaryBar bar;
    bar.setModel(m_document.get(), &model, &proxy);
    bar.show(); // a hidden header adds nothing up until it is shown
    AccountDetailsForm form;
    form.setDocument(m_document.get());
    const AccountId lumen = test::accountNamed(*m_document, QStringLiteral("Lumen Hotels"));
    form.setAccount(lumen);
    QComboBox *currency = form.currencyField();
    QVERIFY(currency->findData(QStringLiteral("CHF")) >= 0);
    QCOMPARE(currency->findText(QStringLiteral("pounds")), -1); // chosen from ISO 4217, never typed
    currency->setCurrentIndex(currency->findData(QStringLiteral("CHF")));
    Q_EMIT currency->activated(currency->currentIndex());
    QCOMPARE(m_document->account(lumen)->currency, QStringLiteral("CHF"));
    // Without a rate, nothing is added unconverted: the header says which rate it needs...
    QVERIFY2(bar.figureTexts().contains(QStringLiteral("ARR today: needs a CHF→GBP rate")),
        qPrintable(bar.figureTexts().join(u'|')));
    QVERIFY(bar.figureTexts().contains(QStringLiteral("NRR: needs a CHF→GBP rate")));
    // ...and a filter that leaves Lumen out has its figures again.
    proxy.setSearchText(QStringLiteral("northgate"));
    QTRY_VERIFY2(bar.figureTexts().contains(QStringLiteral("ARR today: £24K")), qPrintable(bar.figureTexts().join(u'|')));
    QVERIFY(bar.figureTexts().contains(QStringLiteral("NRR: 250.0%")));
    proxy.setSearchText(QString());
    // The row's ARR stays in francs, and its tooltip says why it is not in the totals.
    const QModelIndex arr = model.index([&] {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.accountIdAt(row) == lumen)
                return row;
        return -1;
    }(), PortfolioModel::Arr);
    QCOMPARE(arr.data().toString(), QStringLiteral("CHF\u00a040,000"));
    QVERIFY(arr.data(Qt::ToolTipRole).toString().contains(QStringLiteral("needs a CHF→GBP rate")));
    m_document->undoStack()->undo();
    QTRY_VERIFY(bar.figureTexts().contains(QStringLiteral("ARR today: £3.6M")));
}

void TestRevenueWidgets::bridgeView_followsTheFilterAndGroupsAddUp()
{
    PortfolioModel model(m_document.get());
    PortfolioFilterProxy proxy;
    proxy.setSourceModel(&model);
    BridgeView view;
    view.setSource(m_document.get(), &model, &proxy);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.chart()->rebuildNow();
    QCOMPARE(view.model()->rowCount(), 1);
    const ArrBridge total = *view.model()->bridgeAt(0);
    QVERIFY(total.addsUp());
    QCOMPARE(total, *model.revenueFigures().total.bridge);
    // Start, every movement that happened, end: a waterfall whose last bar is the end.
    const QStringList categories = view.chart()->categories();
    QCOMPARE(categories.constFirst(), QStringLiteral("Start"));
    QCOMPARE(categories.constLast(), QStringLiteral("End"));
    QVERIFY(categories.contains(QStringLiteral("Churn")));
    QVERIFY(categories.contains(QStringLiteral("Price increase")));
    QCOMPARE(view.chart()->bars().constLast().second, total.end);
    // Each bar starts where the one before ended.
    const auto bars = view.chart()->bars();
    MinorUnits level = bars.at(0).second;
    for (qsizetype i = 1; i + 1 < bars.size(); ++i) {
        QVERIFY(bars.at(i).first == level || bars.at(i).second == level);
        level = bars.at(i).first == level ? bars.at(i).second : bars.at(i).first;
    }
    QCOMPARE(level, total.end);
    // By segment, tier and owner the groups add up to the whole.
    for (int grouping = 1; grouping <= 3; ++grouping) {
        view.groupingCombo()->setCurrentIndex(grouping);
        Q_EMIT view.groupingCombo()->activated(grouping);
        QVERIFY(view.model()->rowCount() > 1);
        ArrBridge sum;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            sum += *view.model()->bridgeAt(row);
        QCOMPARE(sum, total);
    }
    // The scope is the table's filter.
    view.groupingCombo()->setCurrentIndex(0);
    Q_EMIT view.groupingCombo()->activated(0);
    // Filtering while the dock is closed computes nothing; shown, it is up to date before it paints.
    proxy.setSearchText(QStringLiteral("bluebell"));
    QTest::qWait(1);
    QVERIFY(view.scopeLabel()->text().startsWith(QStringLiteral("All accounts (29)")));
    view.show();
    QVERIFY(view.scopeLabel()->text().startsWith(QStringLiteral("1 of 29 accounts")));
    QCOMPARE(view.model()->bridgeAt(0)->expansionTotal(), MinorUnits(530000));
    // Shown, each change of filter is added up once, when the burst of row changes is over.
    proxy.setSearchText(QStringLiteral("a"));
    QTRY_VERIFY(!view.scopeLabel()->text().startsWith(QStringLiteral("1 of 29 accounts")));
    QVERIFY(view.model()->bridgeAt(0)->addsUp());
}

QTEST_MAIN(TestRevenueWidgets)
#include "tst_revenuewidgets.moc"
