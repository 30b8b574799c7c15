// The Whitespace and Pipeline tabs, the opportunity dialog and the charts as a user drives them:
// typing into the matrix, converting a cell, undoing; "fix first"; totals of what is shown;
// chart figures against the list's, and charts saved as PNG and SVG.
#include "io/portfolioreport.h"
#include "item/healthediting.h"
#include "item/itemroles.h"
#include "item/pipelinefilterproxy.h"
#include "item/pipelinemodel.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/whitespacemodel.h"
#include "item/whitespacesummarymodel.h"
#include "storage/plandatabase.h"
#include "testsupport.h"
#include "ui/charts/pipelinechart.h"
#include "ui/charts/whitespacechart.h"
#include "ui/opportunitydialog.h"
#include "ui/pipelinepage.h"
#include "ui/arrchangedialog.h"
#include "item/revenueediting.h"
#include "ui/pipelinetext.h"
#include "ui/whitespacepage.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QTimer>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

class TestPipelineWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void whitespacePage_typeAnAmountIntoTheMatrixAndUndo();
    void whitespacePage_convertACellInOneActionAndBack();
    void pipelinePage_fixFirstHealthAndTotalsOfWhatIsShown();
    void opportunityDialog_stageChampionAndChecklist();
    void pipelineChart_barsAddUpToTheListAndSave();
    void whitespaceChart_userTextIsNotMarkup();
    void figures_listChartsAndReportAgreeToTheCent();
    void winningInTheTable_offersToRecordTheArrByItsMotion();

private:
    AccountId accountNamed(const QString &name) const;
    QModelIndex matrixCell(const WhitespaceModel &model, const QString &offering, const QString &unit) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

void TestPipelineWidgets::initTestCase()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

void TestPipelineWidgets::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.keyplan").arg(QTest::currentTestFunction()));
    QVERIFY(test::writeSamplePlan(path));
    m_document = test::openDocument(path);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
}

void TestPipelineWidgets::cleanup()
{
    m_document.reset();
}

AccountId TestPipelineWidgets::accountNamed(const QString &name) const
{
    for (const Account &account : m_document->accounts()) {
        if (account.name == name)
            return account.id;
    }
    return 0;
}

QModelIndex TestPipelineWidgets::matrixCell(
    const WhitespaceModel &model, const QString &offering, const QString &unit) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (model.headerData(row, Qt::Vertical).toString() == offering
                && model.headerData(column, Qt::Horizontal).toString() == unit)
                return model.index(row, column);
        }
    }
    return {};
}

void TestPipelineWidgets::whitespacePage_typeAnAmountIntoTheMatrixAndUndo()
{
    WhitespacePage page;
    page.setDocument(m_document.get());
    page.setAccount(accountNamed(QStringLiteral("Northgate Logistics")));
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    WhitespaceModel *model = page.model();
    // The sample: Time and Attendance is open whitespace at the Warrington depot, £2,500 a year.
    const QModelIndex cell
        = matrixCell(*model, QStringLiteral("Time and Attendance"), QStringLiteral("Warrington depot"));
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data(WhitespaceModel::CellStateRole).toString(), QStringLiteral("open"));
    QCOMPARE(cell.data(RawValueRole).toLongLong(), 250000);
    const MinorUnits openBefore = model->totals().total.open;
    QVERIFY(page.summaryLabel()->text().contains(formatMoney(openBefore, QStringLiteral("GBP"))));

    // Type over the cell, as in a spreadsheet, and press Enter.
    page.table()->setFocus();
    page.table()->setCurrentIndex(cell);
    QTest::keyClick(page.table(), Qt::Key_2); // the first key opens the editor over the old amount
    auto *editor = page.table()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("2"));
    QTest::keyClicks(editor, QStringLiteral("750.50"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_document->undoStack()->count(), 1); // the delegate commits from the event loop
    const QModelIndex edited
        = matrixCell(*model, QStringLiteral("Time and Attendance"), QStringLiteral("Warrington depot"));
    QCOMPARE(edited.data(RawValueRole).toLongLong(), 275050);
    QCOMPARE(edited.data().toString(), QStringLiteral("£2,750.50"));
    QCOMPARE(model->totals().total.open, openBefore - 250000 + 275050);
    // The cell shows the cents typed; the summary, whole pounds like every total.
    QVERIFY(page.summaryLabel()->text().contains(formatMoney(openBefore - 250000 + 275050, QStringLiteral("GBP"))));

    // Text that is not money changes nothing.
    page.table()->setCurrentIndex(edited);
    QTest::keyClick(page.table(), Qt::Key_L);
    QTest::keyClicks(page.table()->findChild<QLineEdit *>(), QStringLiteral("ots"));
    QTest::keyClick(page.table()->findChild<QLineEdit *>(), Qt::Key_Return);
    QTest::qWait(20);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(matrixCell(*model, QStringLiteral("Time and Attendance"), QStringLiteral("Warrington depot"))
                 .data(RawValueRole)
                 .toLongLong(),
        275050);

    // Not applicable from the menu's action; undo twice gives the sample back.
    page.table()->setCurrentIndex(
        matrixCell(*model, QStringLiteral("Time and Attendance"), QStringLiteral("Warrington depot")));
    page.markCurrent(QStringLiteral("not_applicable"));
    QCOMPARE(matrixCell(*model, QStringLiteral("Time and Attendance"), QStringLiteral("Warrington depot"))
                 .data()
                 .toString(),
        QStringLiteral("n/a"));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    const QModelIndex restored
        = matrixCell(*model, QStringLiteral("Time and Attendance"), QStringLiteral("Warrington depot"));
    QCOMPARE(restored.data(WhitespaceModel::CellStateRole).toString(), QStringLiteral("open"));
    QCOMPARE(restored.data(RawValueRole).toLongLong(), 250000);
    QCOMPARE(model->totals().total.open, openBefore);
}

void TestPipelineWidgets::whitespacePage_convertACellInOneActionAndBack()
{
    const AccountId northgate = accountNamed(QStringLiteral("Northgate Logistics"));
    WhitespacePage page;
    page.setDocument(m_document.get());
    page.setAccount(northgate);
    PipelinePage pipeline(PipelinePage::Scope::Account);
    pipeline.setDocument(m_document.get());
    pipeline.setAccount(northgate);
    const int before = pipeline.model()->rowCount();
    const PipelineTotals totalsBefore = pipeline.model()->totals();

    const QModelIndex open
        = matrixCell(*page.model(), QStringLiteral("Payroll Connector"), QStringLiteral("Warrington depot"));
    page.table()->setCurrentIndex(open);
    QVERIFY(page.convertButton()->isEnabled());
    const MinorUnits potential = open.data(RawValueRole).toLongLong();
    QTest::mouseClick(page.convertButton(), Qt::LeftButton);

    const QModelIndex piped
        = matrixCell(*page.model(), QStringLiteral("Payroll Connector"), QStringLiteral("Warrington depot"));
    QCOMPARE(piped.data(WhitespaceModel::CellStateRole).toString(), QStringLiteral("in_pipeline"));
    QCOMPARE(piped.data(RawValueRole).toLongLong(), potential); // it shows its opportunity's amount
    QCOMPARE(pipeline.model()->rowCount(), before + 1);
    const OpportunityId id = piped.data(WhitespaceModel::OpportunityIdRole).toLongLong();
    Opportunity added;
    for (int row = 0; row < pipeline.model()->rowCount(); ++row) {
        if (pipeline.model()->opportunityAt(row).id == id)
            added = pipeline.model()->opportunityAt(row);
    }
    QCOMPARE(added.title, QStringLiteral("Payroll Connector for Warrington depot"));
    QCOMPARE(added.stage, OpportunityStage::Identified);
    QCOMPARE(added.amount, potential);
    QCOMPARE(pipeline.model()->totals().unweighted, totalsBefore.unweighted + potential);
    // A cell in pipeline is edited on its opportunity, not typed over.
    page.table()->setCurrentIndex(piped);
    QVERIFY(!page.convertButton()->isEnabled());
    QVERIFY(!(piped.flags() & Qt::ItemIsEditable));

    m_document->undoStack()->undo(); // one step: the cell is open again and the opportunity gone
    const QModelIndex reopened
        = matrixCell(*page.model(), QStringLiteral("Payroll Connector"), QStringLiteral("Warrington depot"));
    QCOMPARE(reopened.data(WhitespaceModel::CellStateRole).toString(), QStringLiteral("open"));
    QCOMPARE(reopened.data(RawValueRole).toLongLong(), potential);
    QCOMPARE(pipeline.model()->rowCount(), before);
    QCOMPARE(pipeline.model()->totals(), totalsBefore);
}

void TestPipelineWidgets::pipelinePage_fixFirstHealthAndTotalsOfWhatIsShown()
{
    PipelinePage page(PipelinePage::Scope::Account);
    page.setDocument(m_document.get());
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Pennine: uncoupling, and its scorecard below 6 (sentiment 3, support 4, usage falling, its
    // champion gone).
    page.setAccount(accountNamed(QStringLiteral("Pennine Care Homes")));
    QVERIFY(page.warningLabel()->isVisible());
    QVERIFY(page.warningLabel()->text().contains(QStringLiteral("uncoupling")));
    const QRegularExpression score(QStringLiteral("health is (\\d+\\.\\d) of 10"));
    const QRegularExpressionMatch pennine = score.match(page.warningLabel()->text());
    QVERIFY2(pennine.hasMatch(), qPrintable(page.warningLabel()->text()));
    QVERIFY(pennine.captured(1).toDouble() < 6.0);

    const AccountId northgate = accountNamed(QStringLiteral("Northgate Logistics"));
    page.setAccount(northgate); // healthy
    QVERIFY(!page.warningLabel()->isVisible());
    QVERIFY2(page.healthLabel()->text().startsWith(QStringLiteral("Health 8.")), qPrintable(page.healthLabel()->text()));
    // The user's own judgement overrides the card until it expires, and says why.
    HealthEditing::of(m_document.get())
        ->setOverride(northgate, 5, QStringLiteral("Depot <Leeds> unhappy"), test::sampleAsOf.addDays(30));
    QTRY_VERIFY(page.warningLabel()->isVisible());
    QVERIFY(page.warningLabel()->text().contains(QStringLiteral("health is 5.0 of 10")));
    QCOMPARE(page.warningLabel()->textFormat(), Qt::PlainText);
    QVERIFY(page.healthLabel()->text().contains(QStringLiteral("Depot <Leeds> unhappy")));
    QCOMPARE(page.healthLabel()->textFormat(), Qt::PlainText);
    m_document->undoStack()->undo();
    QTRY_VERIFY(!page.warningLabel()->isVisible());

    // Totals of what is shown, and of all when a filter hides some (added up from the event loop,
    // once a change of filter or account is over).
    QTRY_COMPARE(page.totalsLabel()->text(), PipelineText::totals(page.model()->totals(), QStringLiteral("GBP")));
    QTest::keyClicks(page.filterField(), QStringLiteral("leeds"));
    QCOMPARE(page.proxy()->rowCount(), 1);
    QTRY_VERIFY(page.totalsLabel()->text().startsWith(QStringLiteral("Shown: 1 open opportunity · ")));
    page.filterField()->clear();
    // Every stage shows the won and lost ones too; the totals stay those of open ones.
    page.setAccount(accountNamed(QStringLiteral("Albion Health NHS Trust")));
    const int open = page.proxy()->rowCount();
    page.stageFilter()->setCurrentIndex(page.stageFilter()->findData(-2));
    QVERIFY(page.proxy()->rowCount() > open);
    QTRY_COMPARE(page.totalsLabel()->text(), PipelineText::totals(page.model()->totals(), QStringLiteral("GBP")));
}

void TestPipelineWidgets::opportunityDialog_stageChampionAndChecklist()
{
    const AccountId kestrel = accountNamed(QStringLiteral("Kestrel Aviation Services"));
    OpportunityDialog::Choices choices {PipelineEditing::of(m_document.get())->offerings(), PipelineEditing::of(m_document.get())->businessUnits(kestrel),
        m_document->stakeholders(kestrel), QStringLiteral("GBP"), QString(), {}};
    Opportunity o;
    o.accountId = kestrel;
    OpportunityDialog dialog(o, choices);
    QVERIFY(dialog.warning()->isHidden());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no title yet
    dialog.titleField()->setText(QStringLiteral("Compliance <Reporting> for Cargo"));
    QVERIFY(ok->isEnabled());
    dialog.amountField()->setText(QStringLiteral("twelve"));
    QVERIFY(!ok->isEnabled());
    dialog.amountField()->setText(QStringLiteral("12,500.25"));
    QVERIFY(ok->isEnabled());
    // A stage brings its probability, which can then be changed.
    dialog.stageCombo()->setCurrentIndex(dialog.stageCombo()->findData(QStringLiteral("commit")));
    QCOMPARE(dialog.probabilityField()->value(), 80);
    dialog.probabilityField()->setValue(70);
    // Helen Marsh, the champion who left, is not offered; the people still there are.
    QStringList champions;
    for (int i = 0; i < dialog.championCombo()->count(); ++i)
        champions << dialog.championCombo()->itemText(i);
    QVERIFY(!champions.join(u'\n').contains(QStringLiteral("Helen Marsh")));
    QVERIFY(champions.size() > 2);
    dialog.championCombo()->setCurrentIndex(2);
    dialog.checkBox(DecisionCheck::BusinessCase)->setChecked(true);
    dialog.noteField(DecisionCheck::BusinessCase)
        ->setText(QStringLiteral("Fatigue rules: £40k a year of fines avoided"));
    const Opportunity result = dialog.opportunity();
    QCOMPARE(result.title, QStringLiteral("Compliance <Reporting> for Cargo"));
    QCOMPARE(result.amount, MinorUnits(1250025));
    QCOMPARE(result.stage, OpportunityStage::Commit);
    QCOMPARE(result.probability, 70);
    QCOMPARE(
        result.championId, std::optional<StakeholderId>(dialog.championCombo()->currentData().toLongLong()));
    QVERIFY(result.checklist[std::size_t(DecisionCheck::BusinessCase)].met);
    QVERIFY(!result.checklist[std::size_t(DecisionCheck::Validated)].met);
    QCOMPARE(result.checklist[std::size_t(DecisionCheck::BusinessCase)].note,
        QStringLiteral("Fatigue rules: £40k a year of fines avoided"));

    // An existing champion who has since left is shown as such, so the user sees the truth.
    Opportunity withHelen = o;
    for (const Stakeholder &person : choices.people) {
        if (person.name == QStringLiteral("Helen Marsh"))
            withHelen.championId = person.id;
    }
    QVERIFY(withHelen.championId);
    withHelen.checklist[std::size_t(DecisionCheck::Champion)] = {true, QStringLiteral("Helen sponsors it")};
    OpportunityDialog again(withHelen, choices);
    QVERIFY(again.championCombo()->currentText().contains(QStringLiteral("left the company")));
    // Her support left with her: the point reads no, cannot be ticked, and a warning says why.
    QCheckBox *championPoint = again.checkBox(DecisionCheck::Champion);
    QVERIFY(!championPoint->isChecked());
    QVERIFY(!championPoint->isEnabled());
    QVERIFY(again.noteField(DecisionCheck::Champion)->text().startsWith(QStringLiteral("Helen Marsh left the company on ")));
    QVERIFY(!again.championWarning()->isHidden());
    QVERIFY(again.championWarning()->text().contains(QStringLiteral("champion point is no until another champion is named")));
    // What the user had answered is not overwritten by what the dialog shows.
    QCOMPARE(again.opportunity().checklist[std::size_t(DecisionCheck::Champion)],
        (CheckAnswer {true, QStringLiteral("Helen sponsors it")}));
    // Another champion named: the point is the user's to answer again, starting from their answer.
    again.championCombo()->setCurrentIndex(2);
    QVERIFY(championPoint->isEnabled());
    QVERIFY(championPoint->isChecked());
    QCOMPARE(again.noteField(DecisionCheck::Champion)->text(), QStringLiteral("Helen sponsors it"));
    QVERIFY(again.championWarning()->isHidden());
    // Everywhere the checklist is counted, her point is no.
    const auto effective = effectiveChecklist(withHelen, choices.people);
    QVERIFY(!effective[std::size_t(DecisionCheck::Champion)].met);
    QVERIFY(effective[std::size_t(DecisionCheck::Champion)].note.startsWith(QStringLiteral("Helen Marsh left")));
    QVERIFY(effectiveChecklist(result, choices.people)[std::size_t(DecisionCheck::BusinessCase)].met);
    // "Fix first" is said where expansion is added.
    choices.fixFirstWarning = PipelineText::fixFirstWarning(
        *m_document->account(accountNamed(QStringLiteral("Pennine Care Homes"))),
        HealthEditing::of(m_document.get())->health(accountNamed(QStringLiteral("Pennine Care Homes"))).score());
    OpportunityDialog pennine(o, choices);
    QVERIFY(!pennine.warning()->isHidden());
    QVERIFY(pennine.warning()->text().startsWith(QStringLiteral("Fix first")));
}

void TestPipelineWidgets::pipelineChart_barsAddUpToTheListAndSave()
{
    PipelineModel model(m_document.get());
    model.setAccount(0);
    PipelineChart byStage(PipelineChart::Cut::ByStage);
    PipelineChart byQuarter(PipelineChart::Cut::ByQuarter);
    byStage.setModel(&model);
    byQuarter.setModel(&model);
    byQuarter.setToday(test::sampleAsOf);
    byStage.rebuildNow();
    byQuarter.rebuildNow();
    const PipelineTotals totals = model.totals();
    QVERIFY(totals.count >= 30);
    QCOMPARE(byStage.breakdown().total(), totals.unweighted);
    QCOMPARE(byQuarter.breakdown().total(), totals.unweighted);
    QCOMPARE(byQuarter.breakdown().categories.constFirst(), QStringLiteral("Overdue")); // the sample has some
    byStage.weightedBox()->setChecked(true);
    byStage.rebuildNow();
    QCOMPARE(byStage.breakdown().total(), totals.weighted);
    QVERIFY(byStage.chart()->title().contains(QStringLiteral("weighted")));
    // The tooltip gives the exact figure of one bar.
    const int crossSell = int(ExpansionMotion::CrossSell);
    const MinorUnits proposal = byStage.breakdown().amounts[crossSell][2];
    QVERIFY(byStage.barToolTip(crossSell, 2).contains(formatMoney(proposal, QStringLiteral("GBP"))));
    QVERIFY(byStage.barToolTip(crossSell, 2).startsWith(QStringLiteral("Cross-sell · Proposal")));
    // The colours' key: an entry for each motion, beside the plot when the chart is wide and short
    // (a dock across the window), under it when tall (an account's tab), inside the chart either way.
    QCOMPARE(byStage.chart()->legend()->markers().size(), qsizetype(std::size(allExpansionMotions)));
    const auto legendShows = [&byStage](const QSize &size, Qt::Alignment side) {
        byStage.resize(size);
        byStage.show();
        return QTest::qWaitFor([&byStage, side] {
            const QLegend *legend = byStage.chart()->legend();
            const QRectF inside(QPointF(0, 0), byStage.chartView()->viewport()->size());
            return legend->isVisible() && legend->alignment() == side && !legend->geometry().isEmpty()
                && inside.contains(legend->geometry());
        });
    };
    QVERIFY(legendShows(QSize(1400, 330), Qt::AlignRight));
    QVERIFY(legendShows(QSize(480, 600), Qt::AlignBottom));
    byStage.hide();

    // The chart follows the list's model: one more opportunity, one more figure.
    Opportunity o;
    o.accountId = accountNamed(QStringLiteral("Northgate Logistics"));
    o.title = QStringLiteral("Depot forecasting");
    o.amount = 1234567;
    o.stage = OpportunityStage::Qualified;
    o.probability = 25;
    PipelineEditing::of(m_document.get())->addOpportunity(o);
    byStage.weightedBox()->setChecked(false);
    byStage.rebuildNow();
    QCOMPARE(byStage.breakdown().total(), totals.unweighted + 1234567);

    byStage.resize(800, 500);
    byStage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&byStage));
    const QString png = m_dir.filePath(QStringLiteral("stage.png"));
    const QString svg = m_dir.filePath(QStringLiteral("stage.svg"));
    QVERIFY(byStage.saveTo(png));
    QVERIFY(byStage.saveTo(svg));
    const QImage image(png);
    QCOMPARE(image.size(), byStage.chartView()->size() * 2); // twice the chart's size
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray drawing = file.readAll();
    QVERIFY(drawing.contains("<svg"));
    QVERIFY(drawing.contains("Proposal")); // text as text
    QString error;
    QVERIFY(!byStage.saveTo(m_dir.filePath(QStringLiteral("stage.gif")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("stage.gif"))));
}

void TestPipelineWidgets::whitespaceChart_userTextIsNotMarkup()
{
    const AccountId northgate = accountNamed(QStringLiteral("Northgate Logistics"));
    PipelineEditing::of(m_document.get())->addBusinessUnit(
        BusinessUnit {0, northgate, QStringLiteral("<b>Bold</b> & Co"), UnitKind::Team, 1});
    const QList<BusinessUnit> units = PipelineEditing::of(m_document.get())->businessUnits(northgate);
    WhitespaceCell cell;
    cell.accountId = northgate;
    cell.offeringId = PipelineEditing::of(m_document.get())->offerings().constFirst().id;
    cell.businessUnitId = units.constLast().id;
    cell.potential = 99999999; // the most open whitespace of any unit: the first bar
    PipelineEditing::of(m_document.get())->setWhitespaceCell(cell);
    WhitespaceSummaryModel model(m_document.get(), WhitespaceSummaryModel::Grouping::ByBusinessUnit);
    model.setActive(true);
    WhitespaceChart chart;
    chart.setModel(&model);
    chart.rebuildNow();
    QCOMPARE(chart.barCount(), WhitespaceChart::mostUnitsShown);
    QVERIFY(model.rowCount() > WhitespaceChart::mostUnitsShown);
    QVERIFY(chart.note()->text().contains(QString::number(model.rowCount())));
    QStringList labels;
    for (QAbstractAxis *axis : chart.chart()->axes(Qt::Vertical)) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            labels = categories->categories();
    }
    QCOMPARE(labels.size(), WhitespaceChart::mostUnitsShown);
    // Bars run top down from the most open whitespace; the category axis lists bottom up.
    QCOMPARE(labels.constLast(), QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; &amp; Co, Northgate Logistics"));
    QVERIFY(chart.barToolTip(0).startsWith(QStringLiteral("<b>Bold</b> & Co (Northgate Logistics)")));
    QVERIFY(chart.barToolTip(0).contains(formatMoney(99999999, QStringLiteral("GBP"))));
}

void TestPipelineWidgets::figures_listChartsAndReportAgreeToTheCent()
{
    const std::optional<PortfolioReport> report
        = buildPortfolioReport(m_document->database().connection(), ReportOptions {{}, {}, test::sampleAsOf, {}});
    QVERIFY(report);
    PipelineModel portfolio(m_document.get());
    portfolio.setAccount(0);
    QCOMPARE(*report->pipeline, portfolio.totals());
    PipelineChart chart(PipelineChart::Cut::ByQuarter);
    chart.setModel(&portfolio);
    chart.setToday(test::sampleAsOf);
    chart.weightedBox()->setChecked(true);
    chart.rebuildNow();
    QCOMPARE(chart.breakdown().total(), report->pipeline->weighted);
    WhitespaceSummaryModel summary(m_document.get(), WhitespaceSummaryModel::Grouping::ByOffering);
    summary.setActive(true);
    QCOMPARE(summary.total().open, *report->whitespaceOpen); // the sample's whitespace is all in key accounts
    PipelineModel one(m_document.get());
    WhitespaceModel matrix(m_document.get());
    for (const AccountReportLine &line : report->accounts) {
        one.setAccount(line.account.id);
        matrix.setAccount(line.account.id);
        QCOMPARE(one.totals(), line.pipeline);
        QCOMPARE(matrix.totals().total.open, line.whitespaceOpen);
    }
}

void TestPipelineWidgets::winningInTheTable_offersToRecordTheArrByItsMotion()
{
    m_document->setAsOf(test::sampleAsOf);
    PipelinePage page(PipelinePage::Scope::Account);
    page.setDocument(m_document.get());
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const AccountId northgate = accountNamed(QStringLiteral("Northgate Logistics"));
    page.setAccount(northgate);
    int row = -1;
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        if (page.model()->opportunityAt(r).isOpen())
            row = r;
    }
    QVERIFY(row >= 0);
    const Opportunity opportunity = page.model()->opportunityAt(row);
    const MinorUnits before = m_document->account(northgate)->arr;
    // Set the stage to won in the table; the offer comes once the editor has closed.
    bool offered = false;
    std::optional<MinorUnits> offeredArr;
    QString offeredKind;
    QTimer watcher; // never blocks: the dialog runs its own event loop
    connect(&watcher, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ArrChangeDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        watcher.stop();
        offered = true;
        offeredArr = parseMoney(dialog->arrEdit()->text());
        offeredKind = dialog->kindCombo()->currentData().toString();
        dialog->accept();
    });
    watcher.start(20);
    const QModelIndex stage = page.proxy()->mapFromSource(page.model()->index(row, PipelineModel::Stage));
    page.table()->edit(stage);
    auto *editor = page.table()->viewport()->findChild<QComboBox *>();
    QVERIFY(editor);
    editor->setCurrentIndex(editor->findData(keyOf(OpportunityStage::Won)));
    Q_EMIT page.table()->itemDelegate()->commitData(editor);
    Q_EMIT page.table()->itemDelegate()->closeEditor(editor);
    QTRY_VERIFY(offered);
    QCOMPARE(offeredArr, std::optional(before + opportunity.amount));
    QCOMPARE(offeredKind, keyOf(kindFor(opportunity.motion)));
    QCOMPARE(m_document->account(northgate)->arr, before + opportunity.amount);
    const QList<ArrChange> timeline = m_document->accountRecord(northgate).arrChanges;
    QCOMPARE(timeline.constLast().opportunityId, std::optional(opportunity.id));
    QCOMPARE(timeline.constLast().kind, kindFor(opportunity.motion));
    // The bridge attributes the win to its motion.
    const PortfolioReport report
        = buildPortfolioReport(m_document->database().connection(), ReportOptions {{}, {}, test::sampleAsOf, {}}).value();
    for (const AccountReportLine &line : report.accounts) {
        if (line.account.id == northgate)
            QCOMPARE(line.revenue.bridge.expansion[int(opportunity.motion)],
                (opportunity.motion == ExpansionMotion::SeatGrowth ? MinorUnits(1440000) : 0) + opportunity.amount);
    }
    // Removing the won opportunity keeps the ARR it brought, without the link; undo links it again.
    PipelineEditing::of(m_document.get())->removeOpportunity(opportunity.id);
    QCOMPARE(m_document->accountRecord(northgate).arrChanges.constLast().opportunityId, std::nullopt);
    QCOMPARE(m_document->account(northgate)->arr, before + opportunity.amount);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->accountRecord(northgate).arrChanges.constLast().opportunityId, std::optional(opportunity.id));
    QCOMPARE(m_document->accountRecord(northgate).arrChanges.constLast().arr, before + opportunity.amount);
}

QTEST_MAIN(TestPipelineWidgets)
#include "tst_pipelinewidgets.moc"
