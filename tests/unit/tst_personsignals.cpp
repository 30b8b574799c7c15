// "May have left": a LinkedIn export shows someone at another company; the map, the people table
// and a re-thread play ask, and the user settles it (still there, or left) as one undo step.
#include "io/importer.h"
#include "item/importediting.h"
#include "item/personsignalediting.h"
#include "item/playediting.h"
#include "item/playevaluator.h"
#include "item/plandocument.h"
#include "item/stakeholdermodel.h"
#include "item/peopleediting.h"
#include "storage/plandatabase.h"
#include "testscreenshot.h"
#include "testsupport.h"
#include "ui/map/mapnodeitem.h"
#include "ui/map/stakeholdermappage.h"
#include "ui/map/stakeholdermapscene.h"
#include "ui/map/stakeholdermapview.h"
#include "ui/stakeholderdialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

namespace {

const QString evidenceCompany = QStringLiteral("<b>Rival</b> Water plc");

// Answers the next modal dialog of type T with `answer`, once it is shown.
template<typename T, typename Answer> void answerDialog(Answer answer)
{
    QTimer::singleShot(0, [answer] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        answer(dialog);
    });
}

} // namespace

class TestPersonSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importedSignal_showsOnTheMapTheTableAndAsAPlay();
    void stillThere_closesTheQuestionAndUndoOpensIt();
    void hasLeft_marksThemAndClosesTheQuestionInOneStep();
    void personWhoLeft_isNotAskedAbout();
    void longEvidence_keepsTheDialogOnA700PixelScreen();

private:
    void importConnections(const QByteArray &rows);
    AccountId accountNamed(const QString &name) const;
    StakeholderId personNamed(AccountId account, const QString &name) const;
    std::optional<Play> rethreadPlay() const;
    void openMap(StakeholderMapPage &page, StakeholderModel &model);
    void doubleClick(StakeholderMapPage &page, StakeholderId person);

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    AccountId m_brightwater = 0;
    StakeholderId m_morag = 0;
};

void TestPersonSignals::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("KEYPLAN_BACKUP_DIR", m_dir.filePath(QStringLiteral("backups")).toUtf8());
}

void TestPersonSignals::init()
{
    const QString plan = test::newPlanLocation(m_dir, QStringLiteral("%1.keyplan").arg(QTest::currentTestFunction()));
    QFile::remove(plan);
    QVERIFY(test::writeSamplePlan(plan));
    m_document = test::openDocument(plan);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
    m_brightwater = accountNamed(QStringLiteral("Brightwater Utilities"));
    m_morag = personNamed(m_brightwater, QStringLiteral("Morag Campbell")); // Brightwater's champion
    QVERIFY(m_morag);

    // June's LinkedIn export links her profile (at Brightwater); today's shows her at another
    // company, a name with markup in it.
    importConnections("Morag,Campbell,https://www.linkedin.com/in/morag-campbell,,Brightwater Utilities,"
                      "Head of Customer Contact,07 Dec 2025\n");
    QVERIFY(!PersonSignalEditing::openSignal(m_document.get(), m_morag));
    importConnections("Morag,Campbell,https://www.linkedin.com/in/morag-campbell,,\"<b>Rival</b> Water plc\","
                      "Head of Customer Experience,07 Dec 2025\n");
    QVERIFY(PersonSignalEditing::openSignal(m_document.get(), m_morag));
}

void TestPersonSignals::importConnections(const QByteArray &rows)
{
    const QString connections = m_dir.filePath(QStringLiteral("Connections.csv"));
    QFile file(connections);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + rows);
    file.close();
    ImportRequest request;
    request.files = {connections};
    request.today = test::sampleAsOf;
    ImportJob job(request);
    QString error;
    QVERIFY2(job.inspect(m_document->database().connection(), &error), qPrintable(error));
    ImportOutcome outcome;
    QString backup;
    QVERIFY2(ImportEditing::apply(m_document.get(), job, &outcome, &backup, &error), qPrintable(error));
}

void TestPersonSignals::cleanup()
{
    m_document.reset();
}

AccountId TestPersonSignals::accountNamed(const QString &name) const
{
    for (const Account &account : m_document->accounts()) {
        if (account.name == name)
            return account.id;
    }
    return 0;
}

StakeholderId TestPersonSignals::personNamed(AccountId account, const QString &name) const
{
    for (const Stakeholder &person : m_document->stakeholders(account)) {
        if (person.name == name)
            return person.id;
    }
    return 0;
}

std::optional<Play> TestPersonSignals::rethreadPlay() const
{
    PlayEvaluator *evaluator = PlayEvaluator::of(m_document.get());
    evaluator->flush();
    for (const Play &play : evaluator->alivePlays(m_brightwater)) {
        if (play.rule == u"champion_left" && play.why.contains(QStringLiteral("Morag Campbell")))
            return play;
    }
    return std::nullopt;
}

void TestPersonSignals::openMap(StakeholderMapPage &page, StakeholderModel &model)
{
    page.resize(1400, 900);
    page.setDocument(m_document.get(), &model);
    page.setAccount(m_brightwater);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.view()->setZoom(0.5);
}

void TestPersonSignals::doubleClick(StakeholderMapPage &page, StakeholderId person)
{
    MapNodeItem *node = page.scene()->node(person);
    QVERIFY(node);
    page.view()->centerOn(node);
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, page.view()->mapFromScene(node->nodeRect().center()));
}

void TestPersonSignals::importedSignal_showsOnTheMapTheTableAndAsAPlay()
{
    PlayEvaluator::of(m_document.get())->evaluateAll();
    const std::optional<Play> play = rethreadPlay();
    QVERIFY(play);
    QVERIFY2(play->why.contains(QStringLiteral("may have left")) && play->why.contains(evidenceCompany), qPrintable(play->why));

    StakeholderModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccount(m_brightwater);
    const QModelIndex left = model.index(model.rowOf(m_morag), StakeholderModel::Left);
    QCOMPARE(left.data().toString(), QStringLiteral("May have left?"));
    // The evidence is the user's (LinkedIn's) text: shown as typed, never as markup.
    const QString tip = left.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;Rival&lt;/b&gt; Water plc")), qPrintable(tip));
    // Everyone else's Left cell stays empty.
    for (int row = 0; row < model.rowCount(); ++row) {
        if (row != model.rowOf(m_morag) && !model.index(row, StakeholderModel::Left).data(Qt::EditRole).toDate().isValid())
            QCOMPARE(model.index(row, StakeholderModel::Left).data().toString(), QString());
    }

    StakeholderMapPage page;
    openMap(page, model);
    MapNodeItem *node = page.scene()->node(m_morag);
    QVERIFY(node);
    QVERIFY(node->mayHaveLeft());
    QVERIFY2(node->toolTip().contains(QStringLiteral("&lt;b&gt;Rival&lt;/b&gt; Water plc")), qPrintable(node->toolTip()));
    int asking = 0;
    for (MapNodeItem *item : page.scene()->nodeItems())
        asking += item->mayHaveLeft() ? 1 : 0;
    QCOMPARE(asking, 1);
    page.view()->centerOn(node);
    test::saveScreenshot(&page, "map-may-have-left");
}

void TestPersonSignals::stillThere_closesTheQuestionAndUndoOpensIt()
{
    PlayEvaluator::of(m_document.get())->evaluateAll();
    QVERIFY(rethreadPlay());
    StakeholderModel model(m_document.get());
    StakeholderMapPage page;
    openMap(page, model);
    const Stakeholder before = *m_document->stakeholder(m_morag);
    const int steps = m_document->undoStack()->count();

    QString shownEvidence;
    Qt::TextFormat evidenceFormat = Qt::RichText;
    answerDialog<StakeholderDialog>([&](StakeholderDialog *dialog) {
        auto *evidence = dialog->findChild<QLabel *>(QStringLiteral("mayHaveLeftEvidence"));
        QVERIFY(evidence);
        shownEvidence = evidence->text();
        test::saveScreenshot(dialog, "person-may-have-left");
        evidenceFormat = evidence->textFormat();
        QVERIFY(!dialog->settlesSignal());
        dialog->findChild<QPushButton *>(QStringLiteral("stillThereButton"))->click();
        QVERIFY(dialog->settlesSignal());
        dialog->accept();
    });
    doubleClick(page, m_morag);
    QVERIFY2(shownEvidence.contains(evidenceCompany), qPrintable(shownEvidence));
    QCOMPARE(evidenceFormat, Qt::PlainText);

    // Settled: no question on the map or in the table, the play resolved, Morag unchanged.
    QVERIFY(!PersonSignalEditing::openSignal(m_document.get(), m_morag));
    QVERIFY(!page.scene()->node(m_morag)->mayHaveLeft());
    QCOMPARE(model.index(model.rowOf(m_morag), StakeholderModel::Left).data().toString(), QString());
    QVERIFY(!rethreadPlay());
    QCOMPARE(*m_document->stakeholder(m_morag), before);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Morag Campbell is still there"));

    // Undo asks the question again; the play comes back.
    m_document->undoStack()->undo();
    QVERIFY(PersonSignalEditing::openSignal(m_document.get(), m_morag));
    QVERIFY(page.scene()->node(m_morag)->mayHaveLeft());
    QCOMPARE(model.index(model.rowOf(m_morag), StakeholderModel::Left).data().toString(), QStringLiteral("May have left?"));
    QVERIFY(rethreadPlay());
    m_document->undoStack()->redo();
    QVERIFY(!PersonSignalEditing::openSignal(m_document.get(), m_morag));

    // Cancel leaves the question open.
    m_document->undoStack()->undo();
    answerDialog<StakeholderDialog>([](StakeholderDialog *dialog) {
        dialog->findChild<QPushButton *>(QStringLiteral("stillThereButton"))->click();
        dialog->reject();
    });
    doubleClick(page, m_morag);
    QVERIFY(PersonSignalEditing::openSignal(m_document.get(), m_morag));
}

void TestPersonSignals::hasLeft_marksThemAndClosesTheQuestionInOneStep()
{
    StakeholderModel model(m_document.get());
    StakeholderMapPage page;
    openMap(page, model);
    const int steps = m_document->undoStack()->count();
    const QDate leftOn(2026, 11, 2);
    answerDialog<StakeholderDialog>([&](StakeholderDialog *dialog) {
        dialog->findChild<QPushButton *>(QStringLiteral("hasLeftButton"))->click();
        auto *left = dialog->findChild<QCheckBox *>();
        QVERIFY(left && left->isChecked());
        dialog->findChild<QDateEdit *>()->setDate(leftOn);
        QVERIFY(dialog->settlesSignal());
        dialog->accept();
    });
    doubleClick(page, m_morag);
    QCOMPARE(m_document->stakeholder(m_morag)->leftOn, leftOn);
    QVERIFY(!PersonSignalEditing::openSignal(m_document.get(), m_morag));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Morag Campbell has left"));
    QCOMPARE(model.index(model.rowOf(m_morag), StakeholderModel::Left).data(Qt::EditRole).toDate(), leftOn);

    // One undo: still at Brightwater, and the question open again.
    m_document->undoStack()->undo();
    QVERIFY(!m_document->stakeholder(m_morag)->hasLeft());
    QVERIFY(PersonSignalEditing::openSignal(m_document.get(), m_morag));

    // Ticking "Left the company on" by hand settles it as well.
    answerDialog<StakeholderDialog>([](StakeholderDialog *dialog) {
        dialog->findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(dialog->settlesSignal());
        dialog->accept();
    });
    doubleClick(page, m_morag);
    QVERIFY(m_document->stakeholder(m_morag)->hasLeft());
    QVERIFY(!PersonSignalEditing::openSignal(m_document.get(), m_morag));
}

void TestPersonSignals::personWhoLeft_isNotAskedAbout()
{
    // Marked as left elsewhere (the table), the open question no longer shows anywhere.
    Stakeholder morag = *m_document->stakeholder(m_morag);
    morag.leftOn = QDate(2026, 11, 1);
    PeopleEditing::of(m_document.get())->editStakeholder(morag);
    StakeholderModel model(m_document.get());
    StakeholderMapPage page;
    openMap(page, model);
    QVERIFY(!page.scene()->node(m_morag)->mayHaveLeft());
    QVERIFY(!page.scene()->node(m_morag)->toolTip().contains(QStringLiteral("May have left")));
    QCOMPARE(model.index(model.rowOf(m_morag), StakeholderModel::Left).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Left the company on %1").arg(QLocale().toString(morag.leftOn, QLocale::LongFormat)));
    bool panelShown = true;
    answerDialog<StakeholderDialog>([&](StakeholderDialog *dialog) {
        panelShown = dialog->findChild<QWidget *>(QStringLiteral("mayHaveLeftPanel")) != nullptr;
        dialog->reject();
    });
    doubleClick(page, m_morag);
    QVERIFY(!panelShown);
}

void TestPersonSignals::longEvidence_keepsTheDialogOnA700PixelScreen()
{
    PersonSignal signal = *PersonSignalEditing::openSignal(m_document.get(), m_morag);
    signal.evidence = QStringLiteral("LinkedIn shows Morag Campbell at ") + QString(10000, u'W') + QStringLiteral(".");
    const Stakeholder morag = *m_document->stakeholder(m_morag);
    StakeholderDialog dialog(morag, m_document->stakeholders(m_brightwater), m_document->team(), nullptr, signal);
    auto *evidence = dialog.findChild<QLabel *>(QStringLiteral("mayHaveLeftEvidence"));
    QVERIFY(evidence);
    QVERIFY(evidence->text().size() <= 400);
    QVERIFY(evidence->text().endsWith(QChar(0x2026)));
    QVERIFY(evidence->toolTip().contains(QStringLiteral("WWWW")));
    QVERIFY2(dialog.sizeHint().height() < 700, qPrintable(QString::number(dialog.sizeHint().height())));
}

QTEST_MAIN(TestPersonSignals)
#include "tst_personsignals.moc"
