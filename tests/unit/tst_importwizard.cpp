// File > Import as a user goes through it: files, columns, the preview with its reasons, the
// answer to an alike name, then the import as one undo step every view follows.
#include "io/importer.h"
#include "io/zipwriter.h"
#include "item/importediting.h"
#include "item/plandocument.h"
#include "item/portfoliomodel.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"
#include "testscreenshot.h"
#include "testsupport.h"
#include "ui/data/importwizard.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;


class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wizard_previewsThenImportsAsOneUndoStep();
    void wizard_refusedFileStaysOnTheFirstPageSayingWhy();
    void wizard_unknownStageWaitsForTheUsersAnswerWhichIsKept();
};

void TestImportWizard::wizard_previewsThenImportsAsOneUndoStep()
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("plan.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    // The weekly export, with Harbour & Quay renamed so that it is only alike one of the sample's.
    ZipWriter zip;
    const QString weekly = test::testDataDir() + QStringLiteral("/import/weekly/");
    for (const QString &name : QDir(weekly).entryList(QDir::Files)) {
        QFile file(weekly + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        bytes.replace("Harbour & Quay Ltd", "Harbour Leisure Group, Inc.");
        zip.add(name, bytes);
    }
    const QString export_ = dir.filePath(QStringLiteral("WE_00D5g000000test.zip"));
    QFile out(export_);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(zip.finish());
    out.close();

    std::unique_ptr<PlanDocument> document = test::openDocument(plan);
    QVERIFY(document);
    document->setAsOf(QDate(2026, 12, 2));
    PortfolioModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int accountsBefore = model.rowCount();
    // The plan's data; the import settings are left out: the column choices an import remembers
    // are preferences, kept when the import itself is undone.
    const QString before = test::planDump(document->database().connection(), {QStringLiteral("import_setting")});

    ImportWizard wizard(document.get(), {export_});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    test::saveScreenshot(&wizard, "import-1-files");
    wizard.next();
    QCOMPARE(wizard.currentId(), 1);
    QVERIFY(wizard.columnTable()->rowCount() > 0);
    test::saveScreenshot(&wizard, "import-2-columns");
    // Each column shows what it holds.
    bool example = false;
    for (int row = 0; row < wizard.columnTable()->rowCount(); ++row)
        example = example || wizard.columnTable()->item(row, 1)->text() == QStringLiteral("Meridian Freight Group");
    QVERIFY(example);
    wizard.next();
    // The export's own stage, which Keyplan does not know, comes first; Salesforce's standard ones are known.
    QCOMPARE(wizard.currentId(), 2);
    QCOMPARE(wizard.dealTable()->item(0, 0)->text(), QStringLiteral("Stage: Awaiting Board"));
    QCOMPARE(qobject_cast<QComboBox *>(wizard.dealTable()->cellWidget(0, 2))->currentData().toInt(), -1);
    int proposal = -1;
    for (int row = 0; row < wizard.dealTable()->rowCount(); ++row)
        if (wizard.dealTable()->item(row, 0)->text() == QStringLiteral("Stage: Proposal/Price Quote"))
            proposal = qobject_cast<QComboBox *>(wizard.dealTable()->cellWidget(row, 2))->currentData().toInt();
    QCOMPARE(proposal, int(OpportunityStage::Proposal));
    test::saveScreenshot(&wizard, "import-3-deals");
    wizard.next();
    QCOMPARE(wizard.currentId(), 3);
    test::saveScreenshot(&wizard, "import-4-preview");
    QVERIFY2(wizard.summaryLabel()->text().contains(QStringLiteral("Accounts:")), qPrintable(wizard.summaryLabel()->text()));
    // Nothing was written by the preview.
    QCOMPARE(test::planDump(document->database().connection(), {QStringLiteral("import_setting")}), before);
    // The alike name asks which account it is; answering "a new account" brings it in.
    QTreeWidgetItem *uncertain = nullptr;
    for (int i = 0; i < wizard.previewTree()->topLevelItemCount(); ++i)
        if (wizard.previewTree()->itemWidget(wizard.previewTree()->topLevelItem(i), 2))
            uncertain = wizard.previewTree()->topLevelItem(i);
    QVERIFY(uncertain);
    QCOMPARE(uncertain->text(1), QStringLiteral("Harbour Leisure Group, Inc."));
    auto *answer = qobject_cast<QComboBox *>(wizard.previewTree()->itemWidget(uncertain, 2));
    QVERIFY(answer);
    QVERIFY(answer->itemText(1).contains(QStringLiteral("Harbour Leisure Group")));
    answer->setCurrentIndex(1);
    Q_EMIT answer->activated(1);
    QVERIFY2(!wizard.summaryLabel()->text().contains(QStringLiteral("to confirm")), qPrintable(wizard.summaryLabel()->text()));

    ImportOutcome outcome;
    QString backup;
    QString error;
    QVERIFY2(ImportEditing::apply(document.get(), *wizard.job(), &outcome, &backup, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(outcome.count(ImportSubject::Account, ImportAction::Linked), 1);
    QCOMPARE(model.rowCount(), accountsBefore + 2); // Meridian Freight Group and Acme are new
    const QString after = test::planDump(document->database().connection(), {QStringLiteral("import_setting")});
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(model.rowCount(), accountsBefore);
    QCOMPARE(test::planDump(document->database().connection(), {QStringLiteral("import_setting")}), before);
    document->undoStack()->redo();
    QCOMPARE(model.rowCount(), accountsBefore + 2);
    QCOMPARE(test::planDump(document->database().connection(), {QStringLiteral("import_setting")}), after);
    // The column choices are the source's now.
    QVERIFY(sql::scalar(document->database().connection(), QStringLiteral("SELECT count(*) FROM import_setting WHERE source = 'salesforce'"))
                .toInt()
        > 0);
}

void TestImportWizard::wizard_refusedFileStaysOnTheFirstPageSayingWhy()
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("plan.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    const QString bad = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Just some prose\nwith no table in it\n");
    file.close();
    std::unique_ptr<PlanDocument> document = test::openDocument(plan);
    ImportWizard wizard(document.get(), {bad});
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), 0);
    QVERIFY(!wizard.job());
    const QList<QLabel *> labels = wizard.findChildren<QLabel *>();
    const bool said = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) { return label->text().contains(QStringLiteral("notes.txt")); });
    QVERIFY(said);
}

void TestImportWizard::wizard_unknownStageWaitsForTheUsersAnswerWhichIsKept()
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("plan.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    const QString deals = dir.filePath(QStringLiteral("deals.csv"));
    QFile file(deals);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Opportunity Name,Account Name,Stage,Amount,Close Date,Type\n"
               "Fleet renewal,Harbour & Quay Ltd,Verbal yes,50000,2027-03-31,Renewal uplift\n"
               "<b>Depot</b> sensors,Harbour & Quay Ltd,Verbal yes,12000,2027-04-30,Renewal uplift\n"
               "Driver app,Harbour & Quay Ltd,Closed Won,8000,2026-11-30,New Business\n");
    file.close();
    std::unique_ptr<PlanDocument> document = test::openDocument(plan);
    QVERIFY(document);
    document->setAsOf(QDate(2026, 12, 2));

    ImportWizard wizard(document.get(), {deals});
    wizard.show();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), 2);
    // What Keyplan does not know comes first, with how many opportunities use it.
    QTableWidget *table = wizard.dealTable();
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Stage: Verbal yes"));
    QCOMPARE(table->item(0, 1)->text(), QLocale().toString(2));
    auto *stage = qobject_cast<QComboBox *>(table->cellWidget(0, 2));
    QVERIFY(stage);
    QCOMPARE(stage->currentData().toInt(), -1);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Type: Renewal uplift")); // unknown, taken as an upsell
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Stage: Closed Won"));
    QCOMPARE(table->item(3, 0)->text(), QStringLiteral("Type: New Business"));
    QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(3, 2))->currentData().toInt(), int(ExpansionMotion::CrossSell));
    test::saveScreenshot(&wizard, "import-deals-unknown");
    // Left as it is, the two are left out, saying why.
    wizard.next();
    QCOMPARE(wizard.currentId(), 3);
    QVERIFY2(wizard.summaryLabel()->text().contains(QStringLiteral("2 left out")), qPrintable(wizard.summaryLabel()->text()));
    // The user says it is Commit, and that the type is a price increase.
    wizard.back();
    stage = qobject_cast<QComboBox *>(wizard.dealTable()->cellWidget(0, 2));
    stage->setCurrentIndex(stage->findData(int(OpportunityStage::Commit)));
    Q_EMIT stage->activated(stage->currentIndex());
    // The choice is taken where it is: no row moves, and the warning about unknown stages goes.
    QCOMPARE(wizard.dealTable()->item(0, 0)->text(), QStringLiteral("Stage: Verbal yes"));
    QCOMPARE(wizard.dealTable()->item(1, 0)->text(), QStringLiteral("Type: Renewal uplift"));
    QCOMPARE(wizard.dealsProblemLabel()->text(), QString());
    // Back to "Not known": left out again, and said so; then Commit after all.
    stage->setCurrentIndex(stage->findData(-1));
    Q_EMIT stage->activated(stage->currentIndex());
    QVERIFY(wizard.dealsProblemLabel()->text().contains(QStringLiteral("2 opportunities")));
    wizard.next();
    QVERIFY2(wizard.summaryLabel()->text().contains(QStringLiteral("2 left out")), qPrintable(wizard.summaryLabel()->text()));
    wizard.back();
    stage = qobject_cast<QComboBox *>(wizard.dealTable()->cellWidget(0, 2));
    stage->setCurrentIndex(stage->findData(int(OpportunityStage::Commit)));
    Q_EMIT stage->activated(stage->currentIndex());
    for (int row = 0; row < wizard.dealTable()->rowCount(); ++row)
        if (wizard.dealTable()->item(row, 0)->text() == QStringLiteral("Type: Renewal uplift")) {
            auto *type = qobject_cast<QComboBox *>(wizard.dealTable()->cellWidget(row, 2));
            type->setCurrentIndex(type->findData(int(ExpansionMotion::PriceIncrease)));
            Q_EMIT type->activated(type->currentIndex());
        }
    wizard.next();
    QVERIFY2(!wizard.summaryLabel()->text().contains(QStringLiteral("left out")), qPrintable(wizard.summaryLabel()->text()));
    // A name with markup in it is shown as typed, its tooltip too.
    const QList<QTreeWidgetItem *> marked
        = wizard.previewTree()->findItems(QStringLiteral("<b>Depot</b> sensors"), Qt::MatchStartsWith, 1);
    QCOMPARE(marked.size(), 1);
    QVERIFY2(marked.constFirst()->toolTip(1).contains(QStringLiteral("&lt;b&gt;Depot&lt;/b&gt;")),
        qPrintable(marked.constFirst()->toolTip(1)));
    ImportOutcome outcome;
    QString backup;
    QString error;
    QVERIFY2(ImportEditing::apply(document.get(), *wizard.job(), &outcome, &backup, &error), qPrintable(error));
    const QSqlDatabase db = document->database().connection();
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT stage || '/' || motion FROM opportunity WHERE title = 'Fleet renewal'")).toString(),
        QStringLiteral("commit/price_increase"));
    // The next import from the same source knows both.
    ImportRequest again;
    again.files = {deals};
    again.today = QDate(2026, 12, 2);
    ImportJob next(again);
    QVERIFY2(next.inspect(db, &error), qPrintable(error));
    QList<DealTerm> terms;
    QVERIFY2(next.dealTerms(db, &terms, &error), qPrintable(error));
    QCOMPARE(terms.size(), 4);
    for (const DealTerm &term : std::as_const(terms)) {
        QVERIFY2(term.known, qPrintable(term.text));
        if (term.text == QStringLiteral("Verbal yes"))
            QCOMPARE(term.stage, std::optional(OpportunityStage::Commit));
        if (term.text == QStringLiteral("Renewal uplift"))
            QCOMPARE(term.motion, ExpansionMotion::PriceIncrease);
    }
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
