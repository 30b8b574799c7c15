#include "domain/percent.h"
#include "io/portfolioreport.h"
#include "storage/plandatabase.h"
#include "ui/choicefilterbutton.h"
#include "item/accountediting.h"
#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/portfoliofilterproxy.h"
#include "item/portfoliomodel.h"
#include "item/stakeholdermodel.h"
#include "item/touchpointmodel.h"
#include "testsupport.h"
#include "ui/accountdetailsform.h"
#include "ui/accounteditor.h"
#include "ui/choicefilterbutton.h"
#include "ui/coveragechart.h"
#include "ui/coveragesettingsdialog.h"
#include "ui/mainwindow.h"
#include "ui/portfoliopanel.h"
#include "ui/portfoliosummarybar.h"
#include "ui/preferencesdialog.h"
#include "ui/revenuepage.h"
#include "ui/arrchangedialog.h"
#include "item/arrtimelinemodel.h"
#include "item/peopleediting.h"
#include "ui/stagechangedialog.h"
#include "ui/stakeholderpage.h"
#include "ui/touchpointdialog.h"
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QDockWidget>
#include <QHorizontalStackedBarSeries>
#include <QListWidget>

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QPlainTextEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typing_filtersThePortfolio();
    void filters_byKeyTierAndStage();
    void selectingARow_opensTheAccountsPlan();
    void deleteAccount_neverFromATextFieldAndEnterKeepsIt();
    void editingTheName_writesThroughAndUndoes();
    void editingArrInTheForm_updatesTheTableAndHeader();
    void editingInTheTable_usesChoicesAndUndoes();
    void summaryBar_showsThePortfolioFigures();
    void stageDialog_needsANewStageAndAReason();
    void choosingAnotherPeriod_recomputesRetention();
    void preferences_changeTheWarnings();
    void revenuePage_recordsAChangeUndoably();
    void detailsArr_recordsADatedChangeOfTheChosenKind();
    void peoplePage_showsTheMapAndItsCoverage();
    void coverageSettingsDialog_editsTheSeatsAndThresholds();
    void coverageChart_isAViewOfThePortfolioModel();
    void touchpointDialog_needsSomeoneWhoIsStillThere();
    void touchpoint_opensOnThePersonSearchesAndTakesSeveralLines();
    void openingADamagedFile_keepsTheCurrentPlan();
    void closePlan_showsTheEmptyState();
    void recentFiles_rememberOpenedPlans();

private:
    int visibleRows() const { return m_window->portfolioPanel()->proxy()->rowCount(); }
    void selectAccountNamed(const QString &name);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

void TestMainWindow::init()
{
    m_path = m_dir.filePath(QStringLiteral("w%1.keyplan").arg(QRandomGenerator::global()->generate()));
    QVERIFY(test::writeSamplePlan(m_path));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openPlan(m_path));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::selectAccountNamed(const QString &name)
{
    QTableView *table = m_window->portfolioPanel()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data().toString() == name) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row named %1").arg(name)));
}

void TestMainWindow::typing_filtersThePortfolio()
{
    QCOMPARE(visibleRows(), 29);
    QLineEdit *search = m_window->portfolioPanel()->searchField();
    m_window->portfolioPanel()->focusSearch();
    QTest::keyClicks(search, QStringLiteral("north"));
    QCOMPARE(visibleRows(), 6);
    QVERIFY(search->isClearButtonEnabled()); // its ✕ over the text
    QTest::keyClicks(search, QStringLiteral(" logi"));
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(m_window->portfolioPanel()->table()->model()->index(0, 0).data().toString(),
        QStringLiteral("Northgate Logistics"));
    search->clear();
    QCOMPARE(visibleRows(), 29);
}

void TestMainWindow::filters_byKeyTierAndStage()
{
    PortfolioPanel *panel = m_window->portfolioPanel();
    panel->keyFilter()->setCurrentIndex(1);
    QCOMPARE(visibleRows(), 25);
    panel->tierFilter()->setSelectedKeys({QStringLiteral("strategic")});
    QCOMPARE(visibleRows(), 6);
    QVERIFY(panel->tierFilter()->text().contains(QStringLiteral("Strategic")));
    panel->stageFilter()->setSelectedKeys({QStringLiteral("synergistic_kam")});
    QCOMPARE(visibleRows(), 2);
    panel->tierFilter()->setSelectedKeys({});
    panel->stageFilter()->setSelectedKeys({});
    panel->keyFilter()->setCurrentIndex(2);
    QCOMPARE(visibleRows(), 4);
}

void TestMainWindow::selectingARow_opensTheAccountsPlan()
{
    selectAccountNamed(QStringLiteral("Kestrel Aviation Services"));
    AccountEditor *editor = m_window->accountEditor();
    QCOMPARE(editor->details()->nameField()->text(), QStringLiteral("Kestrel Aviation Services"));
    QCOMPARE(editor->details()->ownerCombo()->currentText(), QStringLiteral("Sofia Lindqvist"));
    QCOMPARE(editor->details()->tierCombo()->currentText(), QStringLiteral("Strategic"));
    QVERIFY(m_window->deleteAccountAction()->isEnabled());
}

// Ctrl+Del in the filter box deletes a word, not the selected account; from the table it asks,
// and Enter on that question keeps the account.
void TestMainWindow::deleteAccount_neverFromATextFieldAndEnterKeepsIt()
{
    selectAccountNamed(QStringLiteral("Kestrel Aviation Services"));
    const int accounts = int(m_window->document()->accounts().size());
    QStringList asked;
    QTimer answer;
    connect(&answer, &QTimer::timeout, &answer, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked.append(box->text());
            QTest::keyClick(box, Qt::Key_Return);
        }
    });
    answer.start(20);

    QLineEdit *search = m_window->portfolioPanel()->searchField();
    m_window->portfolioPanel()->focusSearch();
    QTest::keyClicks(search, QStringLiteral("kestrel aviation"));
    QTest::keyClick(search, Qt::Key_Delete, Qt::ControlModifier);
    QTest::qWait(100);
    QVERIFY(asked.isEmpty());
    QCOMPARE(int(m_window->document()->accounts().size()), accounts);
    search->clear();

    selectAccountNamed(QStringLiteral("Kestrel Aviation Services"));
    QTableView *table = m_window->portfolioPanel()->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete, Qt::ControlModifier);
    QTRY_COMPARE(asked.size(), 1);
    QVERIFY2(asked.constFirst().contains(QStringLiteral("Kestrel Aviation Services")), qPrintable(asked.constFirst()));
    QCOMPARE(int(m_window->document()->accounts().size()), accounts); // Enter kept it
}

void TestMainWindow::editingTheName_writesThroughAndUndoes()
{
    selectAccountNamed(QStringLiteral("Lumen Hotels"));
    QLineEdit *name = m_window->accountEditor()->details()->nameField();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Lumen Hotels & Spas <b>"));
    QTest::keyClick(name, Qt::Key_Return);
    const AccountId id = m_window->portfolioPanel()->currentAccount();
    QCOMPARE(m_window->document()->account(id)->name, QStringLiteral("Lumen Hotels & Spas <b>"));
    QVERIFY(m_window->undoAction()->isEnabled());
    QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Change name"));
    m_window->undoAction()->trigger();
    QCOMPARE(m_window->document()->account(id)->name, QStringLiteral("Lumen Hotels"));
    QCOMPARE(name->text(), QStringLiteral("Lumen Hotels"));
    m_window->redoAction()->trigger();
    QCOMPARE(name->text(), QStringLiteral("Lumen Hotels & Spas <b>"));
    // A name in the undo menu keeps its '&' rather than turning it into a shortcut.
    Account added;
    added.name = QStringLiteral("Fenwick & Co");
    AccountEditing::of(m_window->document())->addAccount(added, QStringLiteral("test"));
    QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Add account Fenwick && Co"));
    // Shown literally in the table, never as markup.
    QTableView *table = m_window->portfolioPanel()->table();
    bool found = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        found |= table->model()->index(row, 0).data().toString() == u"Lumen Hotels & Spas <b>";
    QVERIFY(found);
}

void TestMainWindow::editingArrInTheForm_updatesTheTableAndHeader()
{
    selectAccountNamed(QStringLiteral("Meridian Retail Group"));
    const QStringList before = m_window->portfolioPanel()->summaryBar()->figureTexts();
    QLineEdit *arr = m_window->accountEditor()->details()->arrField();
    arr->setFocus();
    arr->selectAll();
    // The new figure is a dated change: the form asks its kind, and the user accepts the suggestion.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ArrChangeDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->kindCombo()->currentData().toString(), QStringLiteral("upsell"));
        dialog->accept();
    });
    QTest::keyClicks(arr, QStringLiteral("1,520,000"));
    QTest::keyClick(arr, Qt::Key_Tab);
    const AccountId id = m_window->portfolioPanel()->currentAccount();
    QCOMPARE(m_window->document()->account(id)->arr, MinorUnits(152000000));
    QVERIFY(m_window->portfolioPanel()->summaryBar()->figureTexts() != before);
    QVERIFY2(m_window->portfolioPanel()->summaryBar()->figureTexts().contains(QStringLiteral("ARR today: £4.6M")),
        qPrintable(m_window->portfolioPanel()->summaryBar()->figureTexts().join(u'\n')));
    // Text that is not an amount is refused and the stored figure shown again.
    arr->setFocus();
    arr->selectAll();
    QTest::keyClicks(arr, QStringLiteral("lots"));
    QTest::keyClick(arr, Qt::Key_Return);
    QCOMPARE(arr->text(), QStringLiteral("1,520,000"));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void TestMainWindow::editingInTheTable_usesChoicesAndUndoes()
{
    selectAccountNamed(QStringLiteral("Quayside Ports"));
    QTableView *table = m_window->portfolioPanel()->table();
    const QModelIndex tier = table->currentIndex().siblingAtColumn(PortfolioModel::Tier);
    table->edit(tier);
    auto *editor = table->viewport()->findChild<QComboBox *>();
    QVERIFY(editor);
    QCOMPARE(editor->currentText(), QStringLiteral("Growth"));
    editor->setCurrentIndex(editor->findData(QStringLiteral("strategic")));
    Q_EMIT table->itemDelegate()->commitData(editor);
    Q_EMIT table->itemDelegate()->closeEditor(editor);
    const AccountId id = m_window->portfolioPanel()->currentAccount();
    QCOMPARE(m_window->document()->account(id)->tier, Tier::Strategic);
    QCOMPARE(m_window->accountEditor()->details()->tierCombo()->currentText(), QStringLiteral("Strategic"));
    m_window->undoAction()->trigger();
    QCOMPARE(m_window->document()->account(id)->tier, Tier::Growth);

    // ARR is not typed over in the table: it moves by dated changes (Details, the Revenue tab).
    const QModelIndex arr = table->model()->index(table->currentIndex().row(), PortfolioModel::Arr);
    QVERIFY(!(arr.flags() & Qt::ItemIsEditable));
    table->edit(arr);
    QVERIFY(!table->viewport()->findChild<QLineEdit *>());
}

void TestMainWindow::summaryBar_showsThePortfolioFigures()
{
    m_window->document()->setAsOf(test::sampleAsOf);
    PortfolioSummaryBar *bar = m_window->portfolioPanel()->summaryBar();
    QStringList figures = bar->figureTexts();
    // The figures of `keyplan report --as-of 2026-11-23`, every account, in pounds.
    QVERIFY2(figures.contains(QStringLiteral("Scope: All accounts (29)")), qPrintable(figures.join(QLatin1Char('|'))));
    QVERIFY(figures.contains(QStringLiteral("All accounts: 29 (25 key)")));
    QVERIFY(figures.contains(QStringLiteral("ARR today: £3.6M")));
    QVERIFY(figures.contains(QStringLiteral("Top 3 share of ARR: 42.3%")));
    QVERIFY(figures.contains(QStringLiteral("Retention period: Trailing 12 months to 23 Nov 2026")));
    QVERIFY(figures.contains(QStringLiteral("NRR: 113.7%")));
    QVERIFY(figures.contains(QStringLiteral("GRR: 96.1%")));
    // The header follows the table's filter: the key accounts only, then one owner's book.
    // (Added up once the filter's burst of row changes is over, from the event loop.)
    m_window->portfolioPanel()->proxy()->setKeyFilter(PortfolioFilterProxy::KeyFilter::KeyOnly);
    QTRY_VERIFY2(bar->figureTexts().contains(QStringLiteral("Accounts shown: 25 (25 key)")),
        qPrintable(bar->figureTexts().join(QLatin1Char('|'))));
    figures = bar->figureTexts();
    QVERIFY(figures.contains(QStringLiteral("Scope: 25 of 29 accounts (the table's filter)")));
    QVERIFY(!figures.contains(QStringLiteral("ARR today: £3.6M")));
    m_window->portfolioPanel()->proxy()->setKeyFilter(PortfolioFilterProxy::KeyFilter::All);
    QTRY_VERIFY(bar->figureTexts().contains(QStringLiteral("ARR today: £3.6M")));
    // One owner's book: the header shows what `keyplan report --owner` says of it.
    qint64 tom = 0;
    for (const TeamMember &member : m_window->document()->team()) {
        if (member.name == u"Tom Whitaker")
            tom = member.id;
    }
    m_window->portfolioPanel()->ownerFilter()->setSelectedKeys({QString::number(tom)});
    ReportOptions options;
    options.today = test::sampleAsOf;
    options.scope.owner = QStringLiteral("Tom Whitaker");
    const PortfolioReport report
        = buildPortfolioReport(m_window->document()->database().connection(), options).value();
    const QString shown = QStringLiteral("Accounts shown: %1 (%2 key)")
                              .arg(report.revenue.total.accounts)
                              .arg(report.revenue.total.keyAccounts);
    QTRY_VERIFY2(bar->figureTexts().contains(shown), qPrintable(bar->figureTexts().join(QLatin1Char('|'))));
    figures = bar->figureTexts();
    QVERIFY(figures.contains(QStringLiteral("NRR: ") + formatPercent(report.revenue.total.nrr)));
    QVERIFY(figures.contains(QStringLiteral("ARR today: ") + formatMoneyShort(*report.revenue.total.arr, QStringLiteral("GBP"))));
    m_window->portfolioPanel()->ownerFilter()->setSelectedKeys({});
}

void TestMainWindow::stageDialog_needsANewStageAndAReason()
{
    StageChangeDialog dialog(QStringLiteral("<i>Acme</i>"), Stage::MidKam);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no reason yet
    QTest::keyClicks(dialog.reasonField(), QStringLiteral("Preferred supplier"));
    QVERIFY(ok->isEnabled());
    dialog.stageCombo()->setCurrentIndex(int(Stage::MidKam));
    QVERIFY(!ok->isEnabled()); // not a change
    dialog.stageCombo()->setCurrentIndex(int(Stage::PartnershipKam));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.stage(), Stage::PartnershipKam);
}

void TestMainWindow::choosingAnotherPeriod_recomputesRetention()
{
    m_window->document()->setAsOf(test::sampleAsOf);
    PortfolioSummaryBar *bar = m_window->portfolioPanel()->summaryBar();
    QComboBox *period = bar->periodCombo();
    QCOMPARE(period->currentText(), QStringLiteral("Trailing 12 months to 23 Nov 2026"));
    // The sample's fiscal year starts in April: the year before this one is April 2025 to March 2026.
    const int lastYear = period->findText(QStringLiteral("FY 2025/26 (1 Apr 2025 – 31 Mar 2026)"));
    QVERIFY2(lastYear > 0, qPrintable(bar->figureTexts().join(u'\n')));
    QVERIFY(period->findText(QStringLiteral("Year to date (1 Apr 2026 – 23 Nov 2026)")) > 0);
    period->setCurrentIndex(lastYear);
    Q_EMIT period->activated(lastYear);
    QCOMPARE(m_window->document()->period(), ReportingPeriod::fiscalYear(2025, 4));
    QTableView *table = m_window->portfolioPanel()->table();
    bool seen = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == u"Northgate Logistics") {
            // 9,600 on 1 April 2025, 14,400 from January 2026 on.
            QCOMPARE(table->model()->index(row, PortfolioModel::Nrr).data().toString(), QStringLiteral("150.0%"));
            seen = true;
        }
    }
    QVERIFY(seen);
    QVERIFY(bar->figureTexts().contains(
        QStringLiteral("Retention period: FY 2025/26 (1 Apr 2025 – 31 Mar 2026)")));
    // With room in the header the chosen period reads whole, not cut to "Trailing 12 mont".
    m_window->resize(1480, 860);
    QTRY_VERIFY2(period->contentsRect().width() > period->fontMetrics().horizontalAdvance(period->currentText()),
        qPrintable(QString::number(period->width())));
    // A custom range, chosen in a small dialog: 1 May 2026 to 23 November 2026.
    QTimer::singleShot(0, this, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        const QList<QDateEdit *> dates = dialog->findChildren<QDateEdit *>();
        QCOMPARE(dates.size(), 2);
        dates.at(0)->setDate(QDate(2026, 5, 1));
        dates.at(1)->setDate(test::sampleAsOf);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    const int custom = period->findText(QStringLiteral("Custom range…"));
    QVERIFY(custom > 0);
    Q_EMIT period->activated(custom);
    QCOMPARE(m_window->document()->period(), ReportingPeriod::custom(QDate(2026, 5, 1), test::sampleAsOf));
    QCOMPARE(period->currentText(), QStringLiteral("1 May 2026 – 23 Nov 2026"));
}

void TestMainWindow::preferences_changeTheWarnings()
{
    PortfolioSummaryBar *bar = m_window->portfolioPanel()->summaryBar();
    const auto keyTile = [bar] {
        const QList<QLabel *> labels = bar->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->text() == u"29 (25 key)")
                return label;
        }
        return static_cast<QLabel *>(nullptr);
    };
    QVERIFY(keyTile());
    QVERIFY(keyTile()->toolTip().isEmpty()); // 25 key accounts: within the default 30
    PreferencesDialog dialog;
    QCOMPARE(dialog.maxKeyAccounts()->value(), 30);
    dialog.maxKeyAccounts()->setValue(20);
    dialog.apply();
    bar->refresh();
    QVERIFY(keyTile()->toolTip().contains(QStringLiteral("More than 20 key accounts")));
    PreferencesDialog reset;
    reset.maxKeyAccounts()->setValue(30);
    reset.apply();
}

void TestMainWindow::revenuePage_recordsAChangeUndoably()
{
    m_window->document()->setAsOf(test::sampleAsOf);
    selectAccountNamed(QStringLiteral("Copperline Engineering"));
    RevenuePage *page = m_window->accountEditor()->revenuePage();
    QCOMPARE(page->table()->model()->rowCount(), 1);
    QVERIFY(!page->chart()->series().isEmpty());
    // The form opens on today with ARR as it stands; typing the difference fills in the new ARR
    // and suggests the kind; the user picks cross-sell and records it.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ArrChangeDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->dayEdit()->date(), test::sampleAsOf);
        QCOMPARE(parseMoney(dialog->arrEdit()->text()), std::optional<MinorUnits>(2800000));
        dialog->deltaEdit()->clear();
        QTest::keyClicks(dialog->deltaEdit(), QStringLiteral("+1500"));
        QCOMPARE(parseMoney(dialog->arrEdit()->text()), std::optional<MinorUnits>(2950000));
        QCOMPARE(dialog->kindCombo()->currentData().toString(), QStringLiteral("upsell"));
        dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(QStringLiteral("cross_sell")));
        dialog->accept();
    });
    QTest::mouseClick(page->recordButton(), Qt::LeftButton);
    QCOMPARE(page->table()->model()->rowCount(), 2);
    QCOMPARE(page->table()->model()->index(0, ArrTimelineModel::Kind).data().toString(),
        displayName(ArrChangeKind::CrossSell));
    QCOMPARE(page->monthEndTable()->model()->index(0, ArrMonthEndModel::Arr).data(RawValueRole).toLongLong(),
        qint64(2950000));
    m_window->undoAction()->trigger();
    QCOMPARE(page->table()->model()->rowCount(), 1);
}

void TestMainWindow::detailsArr_recordsADatedChangeOfTheChosenKind()
{
    // A new account's ARR starts its timeline; editing ARR on Details asks for the kind and
    // records a dated change, which the Revenue tab then lists.
    m_window->document()->setAsOf(test::sampleAsOf.addDays(-10));
    Account account;
    account.name = QStringLiteral("Halcyon Freight");
    account.arr = 5000000;
    AccountEditing::of(m_window->document())->addAccount(account, QStringLiteral("Signed"));
    selectAccountNamed(QStringLiteral("Halcyon Freight"));
    RevenuePage *page = m_window->accountEditor()->revenuePage();
    QCOMPARE(page->table()->model()->rowCount(), 1);
    QCOMPARE(page->table()->model()->index(0, ArrTimelineModel::Kind).data().toString(),
        displayName(ArrChangeKind::New));
    m_window->document()->setAsOf(test::sampleAsOf); // ten days on
    AccountDetailsForm *details = m_window->accountEditor()->details();
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ArrChangeDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(parseMoney(dialog->arrEdit()->text()), std::optional<MinorUnits>(4000000));
        QCOMPARE(dialog->kindCombo()->currentData().toString(), QStringLiteral("contraction"));
        dialog->dayEdit()->setDate(test::sampleAsOf.addDays(-1)); // yesterday, as the user says
        dialog->accept();
    });
    details->arrField()->setFocus();
    details->arrField()->selectAll();
    QTest::keyClicks(details->arrField(), QStringLiteral("40000"));
    QTest::keyClick(details->arrField(), Qt::Key_Return);
    QCOMPARE(page->table()->model()->rowCount(), 2);
    QCOMPARE(page->table()->model()->index(0, ArrTimelineModel::Day).data(RawValueRole).toDate(),
        test::sampleAsOf.addDays(-1));
    QCOMPARE(page->table()->model()->index(0, ArrTimelineModel::Kind).data().toString(),
        displayName(ArrChangeKind::Contraction));
    QCOMPARE(details->arrField()->text(), QStringLiteral("40,000"));
    // Cancelled, the field goes back to what the timeline holds and nothing is recorded.
    QTimer::singleShot(0, this, [] { QApplication::activeModalWidget()->close(); });
    details->arrField()->selectAll();
    QTest::keyClicks(details->arrField(), QStringLiteral("99000"));
    QTest::keyClick(details->arrField(), Qt::Key_Return);
    QCOMPARE(page->table()->model()->rowCount(), 2);
    QCOMPARE(details->arrField()->text(), QStringLiteral("40,000"));
}

void TestMainWindow::peoplePage_showsTheMapAndItsCoverage()
{
    m_window->document()->setAsOf(test::sampleAsOf);
    selectAccountNamed(QStringLiteral("Kestrel Aviation Services"));
    StakeholderPage *page = m_window->accountEditor()->peoplePage();
    QCOMPARE(page->table()->model()->rowCount(), 9);
    QVERIFY2(page->coverageLabel()->text().contains(QStringLiteral("empty seats: Champion")),
        qPrintable(page->coverageLabel()->text()));
    QTest::keyClicks(page->filterField(), QStringLiteral("station"));
    QCOMPARE(page->table()->model()->rowCount(), 3);
    page->filterField()->clear();

    // Edit a relationship through the table's editor, then undo it.
    QTableView *table = page->table();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, StakeholderModel::Name).data().toString() == u"Rob Ashworth")
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex relationship = table->model()->index(row, StakeholderModel::Relationship);
    table->edit(relationship);
    auto *editor = table->viewport()->findChild<QComboBox *>();
    QVERIFY(editor);
    editor->setCurrentIndex(editor->findData(QStringLiteral("warm")));
    Q_EMIT table->itemDelegate()->commitData(editor);
    Q_EMIT table->itemDelegate()->closeEditor(editor);
    QCOMPARE(
        table->model()->index(row, StakeholderModel::Relationship).data().toString(), QStringLiteral("Warm"));
    QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Edit Rob Ashworth"));
    m_window->undoAction()->trigger();
    QCOMPARE(
        table->model()->index(row, StakeholderModel::Relationship).data().toString(), QStringLiteral("None"));

    // The contact history under the table: only Rob's meetings when asked, removable, undoable.
    QTableView *history = page->touchpointTable();
    const int meetings = history->model()->rowCount();
    QVERIFY(meetings > 0);
    QVERIFY(!page->removeTouchpointButton()->isEnabled());
    table->setCurrentIndex(table->model()->index(row, StakeholderModel::Name));
    page->onlySelectedPerson()->setChecked(true);
    QVERIFY(history->model()->rowCount() < meetings);
    for (int r = 0; r < history->model()->rowCount(); ++r)
        QVERIFY(
            history->model()->index(r, TouchpointModel::People).data().toString().contains(u"Rob Ashworth"));
    page->onlySelectedPerson()->setChecked(false);
    QCOMPARE(history->model()->rowCount(), meetings);
    history->selectRow(0);
    QVERIFY(page->removeTouchpointButton()->isEnabled());
    QTest::mouseClick(page->removeTouchpointButton(), Qt::LeftButton);
    QCOMPARE(history->model()->rowCount(), meetings - 1);
    m_window->undoAction()->trigger();
    QCOMPARE(history->model()->rowCount(), meetings);
}

void TestMainWindow::touchpointDialog_needsSomeoneWhoIsStillThere()
{
    AccountId kestrel = 0;
    for (const Account &account : m_window->document()->accounts()) {
        if (account.name == u"Kestrel Aviation Services")
            kestrel = account.id;
    }
    const QList<Stakeholder> people = m_window->document()->stakeholders(kestrel);
    TouchpointDialog dialog(kestrel, people, m_window->document()->team(), std::nullopt);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.peopleList()->count(), int(people.size()) - 1); // Helen Marsh has left
    for (int row = 0; row < dialog.peopleList()->count(); ++row)
        QVERIFY(!dialog.peopleList()->item(row)->text().startsWith(QStringLiteral("Helen Marsh")));
    dialog.peopleList()->item(0)->setCheckState(Qt::Checked);
    QVERIFY(ok->isEnabled());
    const Touchpoint touchpoint = dialog.touchpoint();
    QCOMPARE(touchpoint.accountId, kestrel);
    QCOMPARE(touchpoint.stakeholders.size(), 1);
    QCOMPARE(touchpoint.on, QDate::currentDate());
}

void TestMainWindow::touchpoint_opensOnThePersonSearchesAndTakesSeveralLines()
{
    PlanDocument *document = m_window->document();
    const AccountId kestrel = test::accountNamed(*document, QStringLiteral("Kestrel Aviation Services"));
    const QList<Stakeholder> people = document->stakeholders(kestrel);
    const Stakeholder *chosen = nullptr;
    for (const Stakeholder &person : people) {
        if (!person.hasLeft() && person.name != people.constFirst().name)
            chosen = &person;
    }
    QVERIFY(chosen);
    const int before = int(document->touchpoints(kestrel).size());
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<TouchpointDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QListWidget *list = dialog->peopleList();
        int ticked = 0;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked) {
                ++ticked;
                QCOMPARE(list->item(row)->data(Qt::UserRole).toLongLong(), chosen->id);
            }
        }
        QCOMPARE(ticked, 1);
        // The search narrows the list; who is ticked stays in sight.
        QTest::keyClicks(dialog->searchField(), people.constFirst().name.left(4));
        int shown = 0;
        for (int row = 0; row < list->count(); ++row) {
            const QListWidgetItem *item = list->item(row);
            if (!item->isHidden()) {
                ++shown;
                QVERIFY(item->checkState() == Qt::Checked
                    || item->text().contains(people.constFirst().name.left(4), Qt::CaseInsensitive));
            }
        }
        QVERIFY(shown >= 1 && shown < list->count());
        dialog->notesField()->setPlainText(QStringLiteral("Agreed the pilot scope.\nNext: <b>budget</b> sign-off"));
        checked = true;
        dialog->accept();
    });
    TouchpointDialog::record(document, kestrel, chosen->id, m_window.get());
    QVERIFY(checked);
    const QList<Touchpoint> after = document->touchpoints(kestrel);
    QCOMPARE(int(after.size()), before + 1);
    const auto recorded = std::find_if(after.cbegin(), after.cend(),
        [](const Touchpoint &t) { return t.notes.startsWith(QStringLiteral("Agreed the pilot scope.")); });
    QVERIFY(recorded != after.cend());
    QCOMPARE(recorded->notes, QStringLiteral("Agreed the pilot scope.\nNext: <b>budget</b> sign-off"));
    QCOMPARE(recorded->stakeholders, QList<StakeholderId>({chosen->id}));
    document->undoStack()->undo();
    QCOMPARE(int(document->touchpoints(kestrel).size()), before);
}

void TestMainWindow::openingADamagedFile_keepsTheCurrentPlan()
{
    const QString bad = m_dir.filePath(QStringLiteral("notes.keyplan"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are my notes, not a plan");
    file.close();
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    QVERIFY(!m_window->openPlan(bad));
    QVERIFY(shown.contains(QStringLiteral("not a Keyplan plan")));
    QVERIFY(m_window->document());
    QCOMPARE(visibleRows(), 29);
}

void TestMainWindow::closePlan_showsTheEmptyState()
{
    m_window->closePlan();
    QVERIFY(!m_window->document());
    QVERIFY(!m_window->newAccountAction()->isEnabled());
    QVERIFY(!m_window->undoAction()->isEnabled());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Keyplan"));
    QVERIFY(m_window->openPlan(m_path)); // and the lock was released
}

void TestMainWindow::recentFiles_rememberOpenedPlans()
{
    const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
    QVERIFY(!recent.isEmpty());
    QCOMPARE(recent.constFirst(), QFileInfo(m_path).absoluteFilePath());
}

void TestMainWindow::coverageSettingsDialog_editsTheSeatsAndThresholds()
{
    CoverageSettingsDialog dialog(CoverageSettings {});
    QStringList checked;
    for (int row = 0; row < dialog.seatList()->count(); ++row) {
        if (dialog.seatList()->item(row)->checkState() == Qt::Checked)
            checked.append(dialog.seatList()->item(row)->data(Qt::UserRole).toString());
    }
    checked.sort();
    QStringList defaults = CoverageSettings {}.requiredSeats;
    defaults.sort();
    QCOMPARE(checked, defaults);
    QCOMPARE(dialog.seatList()->count(), int(CoverageSettingsDialog::seatChoices().size()));
    for (int row = 0; row < dialog.seatList()->count(); ++row) {
        QListWidgetItem *item = dialog.seatList()->item(row);
        if (item->data(Qt::UserRole).toString() == u"champion")
            item->setCheckState(Qt::Unchecked);
        if (item->data(Qt::UserRole).toString() == u"technical_evaluator")
            item->setCheckState(Qt::Checked);
    }
    dialog.activeWithinDays()->setValue(60);
    dialog.targetHigh()->setValue(50); // below the low end: the low end follows
    const CoverageSettings settings = dialog.settings();
    QVERIFY(!settings.requiredSeats.contains(QStringLiteral("champion")));
    QVERIFY(settings.requiredSeats.contains(QStringLiteral("technical_evaluator")));
    QCOMPARE(settings.activeWithinDays, 60);
    QCOMPARE(settings.targetHigh, 0.5);
    QCOMPARE(settings.targetLow, 0.5);
}

void TestMainWindow::coverageChart_isAViewOfThePortfolioModel()
{
    auto *chart = m_window->findChild<CoverageChart *>();
    QVERIFY(chart);
    QVERIFY(chart->bars().isEmpty()); // the dock is closed: nothing drawn yet
    m_window->findChild<QDockWidget *>(QStringLiteral("coverageDock"))->show();
    PlanDocument *document = m_window->document();
    document->setAsOf(test::sampleAsOf);
    QTRY_VERIFY(!chart->bars().isEmpty());
    // Every key account with a buying group on its map, lowest coverage first, as the table has it.
    const QHash<AccountId, Coverage> coverages = document->coverages();
    int expected = 0;
    for (const Account &account : document->accounts())
        expected += account.isKey && coverages.value(account.id).depth() ? 1 : 0;
    const QList<CoverageChart::Bar> bars = chart->bars();
    QCOMPARE(bars.size(), expected);
    for (int i = 1; i < bars.size(); ++i)
        QVERIFY(bars.at(i - 1).coverage <= bars.at(i).coverage);
    for (const CoverageChart::Bar &bar : bars)
        QCOMPARE(bar.coverage, *coverages.value(bar.id).depth());
    const CoverageChart::Bar oakridge = *std::find_if(bars.begin(), bars.end(),
        [](const CoverageChart::Bar &bar) { return bar.name == u"Oakridge Academies Trust"; });
    QCOMPARE(oakridge.coverage, 0.25);
    QVERIFY(chart
                ->barToolTip(int(
                    std::find_if(bars.begin(), bars.end(),
                        [](const CoverageChart::Bar &bar) { return bar.name == u"Oakridge Academies Trust"; })
                    - bars.begin()))
                .contains(QStringLiteral("below the target of 60%–70%")));

    // An edit anywhere moves the bar: a warm, owned, recent contact at Oakridge raises its coverage.
    for (const Stakeholder &person : document->stakeholders(oakridge.id)) {
        if (person.name == u"Paul Hendry") {
            Stakeholder warmer = person;
            warmer.relationship = Relationship::Warm;
            warmer.ourOwnerId = document->team().constFirst().id;
            PeopleEditing::of(document)->editStakeholder(warmer);
            Touchpoint call;
            call.accountId = oakridge.id;
            call.on = test::sampleAsOf;
            call.kind = TouchpointKind::Call;
            call.stakeholders = {person.id};
            PeopleEditing::of(document)->recordTouchpoint(call);
        }
    }
    const auto coverageOf = [chart](AccountId id) {
        const QList<CoverageChart::Bar> now = chart->bars();
        for (const CoverageChart::Bar &bar : now) {
            if (bar.id == id)
                return bar.coverage;
        }
        return -1.0;
    };
    QTRY_COMPARE(coverageOf(oakridge.id), 0.5);
    // The band follows the plan's settings.
    CoverageSettings settings = document->coverageSettings();
    settings.targetLow = 0.4;
    settings.targetHigh = 0.55;
    AccountEditing::of(document)->setCoverageSettings(settings);
    QTRY_VERIFY(chart->barToolTip(0).contains(QStringLiteral("40%–55%")));
    // A click on a bar selects its account in the portfolio.
    QSignalSpy activated(chart, &CoverageChart::accountActivated);
    QBarSet *set = nullptr;
    for (QAbstractSeries *series : chart->chart()->series()) {
        if (auto *stacked = qobject_cast<QHorizontalStackedBarSeries *>(series))
            set = stacked->barSets().constFirst();
    }
    QVERIFY(set);
    const QList<CoverageChart::Bar> shown = chart->bars();
    Q_EMIT set->clicked(0); // the bottom bar: the best covered account
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), shown.constLast().id);
    QCOMPARE(m_window->portfolioPanel()->currentAccount(), shown.constLast().id);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
