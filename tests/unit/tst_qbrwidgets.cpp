// The QBR tab and the QBR dialog, clicked and typed through offscreen: lists follow the plan,
// rows are added, edited and removed undoably, the dialog keeps its choices in the plan, presents
// at most two opportunities, exports what it shows and marks the review as held.
#include "item/plandocument.h"
#include "item/reviewediting.h"
#include "storage/plandatabase.h"
#include "testsupport.h"
#include "ui/qbr/qbrdialog.h"
#include "ui/qbr/qbrpage.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

namespace {

// Answers the next modal dialog: `fill` types into it, then OK (or Yes) is pressed.
void answerNextDialog(const std::function<void(QDialog *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
        if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            box->button(QMessageBox::Yes)->click();
            return;
        }
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(ok && ok->isEnabled());
        ok->click();
    });
}

} // namespace

class TestQbrWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void page_listsTheAccountsReviewMaterial();
    void page_addsEditsAndRemovesUndoably();
    void page_readOnlyPlan_offersNoEdits();
    void dialog_keepsItsChoicesInThePlan();
    void dialog_presentsAtMostTwoOpportunities();
    void dialog_exportsWhatItShows();
    void dialog_marksTheReviewHeld();

private:
    QTemporaryDir m_dir;
    QString m_plan;
    std::unique_ptr<PlanDocument> m_document;
};

void TestQbrWidgets::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestQbrWidgets::init()
{
    m_plan = m_dir.filePath(QStringLiteral("%1.keyplan").arg(QTest::currentTestFunction()));
    QFile::remove(m_plan);
    QVERIFY(test::writeSamplePlan(m_plan));
    m_document = test::openDocument(m_plan);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
}

void TestQbrWidgets::cleanup()
{
    m_document.reset();
}

void TestQbrWidgets::page_listsTheAccountsReviewMaterial()
{
    QbrPage page;
    page.setDocument(m_document.get());
    page.setAccount(test::accountNamed(*m_document, QStringLiteral("Northgate Logistics")));
    QCOMPARE(page.outcomeTable()->model()->rowCount(), 0); // hidden: nothing read yet
    page.show();
    QCOMPARE(page.outcomeTable()->model()->rowCount(), 3);
    QCOMPARE(page.riskTable()->model()->rowCount(), 2);
    QCOMPARE(page.stepTable()->model()->rowCount(), 3);
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("Last QBR held on Sunday, 23 August 2026")));
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("24/08/2026")));
    QSignalSpy prepare(&page, &QbrPage::prepareRequested);
    page.prepareButton()->click();
    QCOMPARE(prepare.size(), 1);
    page.setAccount(test::accountNamed(*m_document, QStringLiteral("Pennine Care Homes")));
    QCOMPARE(page.riskTable()->model()->rowCount(), 3); // shown: read at once
    page.setAccount(0);
    QCOMPARE(page.outcomeTable()->model()->rowCount(), 0);
    QVERIFY(!page.prepareButton()->isEnabled());
}

void TestQbrWidgets::page_addsEditsAndRemovesUndoably()
{
    QbrPage page;
    page.setDocument(m_document.get());
    const AccountId northgate = test::accountNamed(*m_document, QStringLiteral("Northgate Logistics"));
    page.setAccount(northgate);
    page.show();

    answerNextDialog([](QDialog *dialog) {
        const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
        fields.at(0)->setText(QStringLiteral("Union consultation delays the Leeds roll-out"));
    });
    page.addRisk();
    QCOMPARE(page.riskTable()->model()->rowCount(), 3);
    QCOMPARE(ReviewEditing::of(m_document.get())->risks(northgate).constLast().title,
        QStringLiteral("Union consultation delays the Leeds roll-out"));
    QCOMPARE(ReviewEditing::of(m_document.get())->risks(northgate).constLast().ownerId, m_document->account(northgate)->ownerId);

    page.stepTable()->selectRow(0);
    answerNextDialog([](QDialog *dialog) {
        dialog->findChildren<QLineEdit *>().at(1)->setText(QStringLiteral("Gareth Lloyd"));
    });
    page.editStep();
    bool reassigned = false;
    for (const NextStep &step : ReviewEditing::of(m_document.get())->nextSteps(northgate))
        reassigned = reassigned || step.owner == QLatin1String("Gareth Lloyd");
    QVERIFY(reassigned);

    page.outcomeTable()->selectRow(0);
    page.removeOutcome();
    QCOMPARE(page.outcomeTable()->model()->rowCount(), 2);
    QCOMPARE(m_document->undoStack()->count(), 3);
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(page.outcomeTable()->model()->rowCount(), 3);
    QCOMPARE(page.riskTable()->model()->rowCount(), 2);
}

void TestQbrWidgets::page_readOnlyPlan_offersNoEdits()
{
    m_document.reset();
    QVERIFY(QFile::setPermissions(m_plan, QFileDevice::ReadOwner));
    PlanOpenResult result;
    m_document = std::make_unique<PlanDocument>(PlanDatabase::open(m_plan, PlanOpenMode::ReadOnly, &result));
    QbrPage page;
    page.setDocument(m_document.get());
    page.setAccount(test::accountNamed(*m_document, QStringLiteral("Northgate Logistics")));
    page.show();
    page.outcomeTable()->selectRow(0);
    for (QPushButton *button : page.findChildren<QPushButton *>()) {
        if (button != page.prepareButton())
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
    }
    QVERIFY(page.prepareButton()->isEnabled()); // printing a read-only plan is fine
    QVERIFY(QFile::setPermissions(m_plan, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestQbrWidgets::dialog_keepsItsChoicesInThePlan()
{
    const AccountId northgate = test::accountNamed(*m_document, QStringLiteral("Northgate Logistics"));
    {
        QbrDialog dialog(m_document.get(), northgate);
        QCOMPARE(dialog.periodStartField()->date(), QDate(2026, 8, 24));
        QCOMPARE(dialog.periodEndField()->date(), test::sampleAsOf);
        dialog.reject(); // nothing changed: no undo step, nothing stored
    }
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(ReviewEditing::of(m_document.get())->qbrs(northgate).size(), 1);
    {
        QbrDialog dialog(m_document.get(), northgate);
        dialog.attendeesField()->setText(QStringLiteral("Karen Doyle"));
        dialog.sectionList()->setCurrentRow(5); // risks and next steps
        dialog.remarkField()->setPlainText(QStringLiteral("Ask for the Leeds spreadsheet to go"));
        dialog.sectionList()->setCurrentRow(1); // keeps the remark typed above
        dialog.sectionList()->item(4)->setCheckState(Qt::Unchecked); // no growth section
        dialog.reject();
    }
    const Qbr saved = ReviewEditing::of(m_document.get())->qbrInPreparation(northgate);
    QVERIFY(saved.id != 0);
    QCOMPARE(saved.attendees, QStringLiteral("Karen Doyle"));
    QCOMPARE(saved.section(QbrSection::Risks).remark, QStringLiteral("Ask for the Leeds spreadsheet to go"));
    QVERIFY(!saved.section(QbrSection::Growth).included);
    QCOMPARE(m_document->undoStack()->count(), 1);
    {
        QbrDialog dialog(m_document.get(), northgate); // opens as saved
        QCOMPARE(dialog.attendeesField()->text(), QStringLiteral("Karen Doyle"));
        QCOMPARE(dialog.sectionList()->item(4)->checkState(), Qt::Unchecked);
        dialog.sectionList()->setCurrentRow(5);
        QCOMPARE(dialog.remarkField()->toPlainText(), QStringLiteral("Ask for the Leeds spreadsheet to go"));
    }
}

void TestQbrWidgets::dialog_presentsAtMostTwoOpportunities()
{
    const AccountId meridian = test::accountNamed(*m_document, QStringLiteral("Meridian Retail Group"));
    QbrDialog dialog(m_document.get(), meridian);
    QListWidget *list = dialog.opportunityList();
    QCOMPARE(list->count(), 3); // the open ones; the won one is not offered
    int checked = 0;
    int unchecked = -1;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ++checked;
        else
            unchecked = row;
    }
    QCOMPARE(checked, 2); // the suggestion: the two largest weighted
    list->item(unchecked)->setCheckState(Qt::Checked);
    QCOMPARE(dialog.qbr().chosenOpportunities.size(), 2);
    QVERIFY(dialog.qbr().chosenOpportunities.contains(
        list->item(unchecked)->data(Qt::UserRole + 1).toLongLong()));
}

void TestQbrWidgets::dialog_exportsWhatItShows()
{
    const AccountId northgate = test::accountNamed(*m_document, QStringLiteral("Northgate Logistics"));
    QbrDialog dialog(m_document.get(), northgate);
    dialog.attendeesField()->setText(QStringLiteral("Karen Doyle and <Sam> Patel"));
    const QString pdf = m_dir.filePath(QStringLiteral("dialog.pdf"));
    QVERIFY(dialog.exportTo(pdf, QStringLiteral("pdf")));
    QVERIFY(test::pdfText(pdf, test::PdfText::Raw)
                .simplified()
                .contains(QStringLiteral("Karen Doyle and <Sam> Patel")));
    const QString odt = m_dir.filePath(QStringLiteral("dialog.odt"));
    dialog.setEdition(QbrEdition::Internal); // with the map and the chart as figures
    QVERIFY(dialog.exportTo(odt, QStringLiteral("odt")));
    QVERIFY(QFileInfo(odt).size() > 10000);
    const QString slides = m_dir.filePath(QStringLiteral("dialog.pptx"));
    QVERIFY(dialog.exportTo(slides, QStringLiteral("pptx")));
    QVERIFY(test::run(QStringLiteral("unzip"), {QStringLiteral("-tq"), slides}).exitCode == 0);
    // Exporting kept the choices in the plan.
    QCOMPARE(
        ReviewEditing::of(m_document.get())->qbrInPreparation(northgate).attendees, QStringLiteral("Karen Doyle and <Sam> Patel"));
}

void TestQbrWidgets::dialog_marksTheReviewHeld()
{
    const AccountId northgate = test::accountNamed(*m_document, QStringLiteral("Northgate Logistics"));
    QbrDialog dialog(m_document.get(), northgate);
    dialog.attendeesField()->setText(QStringLiteral("Karen Doyle"));
    answerNextDialog([](QDialog *) {});
    dialog.markHeld();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Qbr> reviews = ReviewEditing::of(m_document.get())->qbrs(northgate);
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(reviews.constLast().heldOn, test::sampleAsOf);
    QCOMPARE(reviews.constLast().attendees, QStringLiteral("Karen Doyle"));
    QVERIFY(reviews.constLast().snapshot);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Mark the QBR as held"));
}

QTEST_MAIN(TestQbrWidgets)
#include "tst_qbrwidgets.moc"
