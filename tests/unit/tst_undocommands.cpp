#include "item/accountcommands.h"
#include "item/plandocument.h"
#include "storage/plandatabase.h"
#include "storage/planinfostore.h"
#include "storage/sqlhelpers.h"
#include "storage/stakeholderstore.h"
#include "storage/writetransaction.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

class TestUndoCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void textEdits_ofOneField_mergeIntoOneStep();
    void choiceEdits_staySeparateSteps();
    void failedWrite_leavesNoUndoStep();
    void addAccount_undoRedo_keepsTheSameId();
    void removeAccount_undo_restoresItsHistory();
    void removeAccount_undo_restoresItsStakeholderMap();
    void addTeamMember_undoRemovesIt();
    void commandTexts_nameWhatChanged();
    void coverageSettings_areKeptInThePlanAndUndoable();
    void coverageSettings_outOfRangeFallBackToDefaults();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    AccountId m_first = 0;
};

void TestUndoCommands::init()
{
    const QString path
        = m_dir.filePath(QStringLiteral("u%1.keyplan").arg(QRandomGenerator::global()->generate()));
    QVERIFY(test::writeSamplePlan(path));
    m_document = test::openDocument(path);
    QVERIFY(m_document);
    m_first = m_document->accounts().constFirst().id;
}

void TestUndoCommands::cleanup()
{
    m_document.reset();
}

void TestUndoCommands::textEdits_ofOneField_mergeIntoOneStep()
{
    const QString original = m_document->account(m_first)->notes;
    m_document->editAccountField(m_first, AccountField::Notes, QStringLiteral("Call"));
    m_document->editAccountField(m_first, AccountField::Notes, QStringLiteral("Call the COO"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->account(m_first)->notes, QStringLiteral("Call the COO"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->account(m_first)->notes, original);
    // Typing back to the original value leaves nothing to undo.
    m_document->editAccountField(m_first, AccountField::Notes, QStringLiteral("x"));
    m_document->editAccountField(m_first, AccountField::Notes, original);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestUndoCommands::choiceEdits_staySeparateSteps()
{
    QVERIFY(m_document->account(m_first)->tier != Tier::Standard);
    m_document->editAccountField(m_first, AccountField::Tier, QStringLiteral("standard"));
    m_document->editAccountField(m_first, AccountField::Tier, QStringLiteral("at_risk"));
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->account(m_first)->tier, Tier::Standard);
}

void TestUndoCommands::failedWrite_leavesNoUndoStep()
{
    QSignalSpy failures(m_document.get(), &PlanDocument::writeFailed);
    // Another path changed the plan underneath: the row is gone, so the write affects nothing.
    const AccountId doomed = m_document->accounts().constLast().id;
    SetAccountFieldCommand *command = new SetAccountFieldCommand(
        m_document.get(), doomed, AccountField::Region, QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(sql::run(
        m_document->database().connection(), QStringLiteral("DELETE FROM account WHERE id = ?"), {doomed})
                .isActive());
    m_document->undoStack()->push(command);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(failures.count(), 1);
}

void TestUndoCommands::addAccount_undoRedo_keepsTheSameId()
{
    Account account;
    account.name = QStringLiteral("Harlow Buses");
    account.arr = 1200000;
    account.stage = Stage::PreKam;
    QSignalSpy inserted(m_document.get(), &PlanDocument::accountInserted);
    m_document->addAccount(account, QStringLiteral("Inbound"));
    QCOMPARE(inserted.count(), 1);
    const AccountId id = inserted.at(0).at(0).value<AccountId>();
    QCOMPARE(m_document->stageChanges(id).size(), 1);
    QCOMPARE(m_document->stageChanges(id).constFirst().reason, QStringLiteral("Inbound"));
    m_document->undoStack()->undo();
    QVERIFY(!m_document->account(id));
    m_document->undoStack()->redo();
    QCOMPARE(m_document->account(id)->name, QStringLiteral("Harlow Buses"));
    QCOMPARE(m_document->stageChanges(id).size(), 1);
}

void TestUndoCommands::removeAccount_undo_restoresItsHistory()
{
    const AccountRecord before = m_document->accountRecord(m_first);
    QVERIFY(!before.revenue.isEmpty());
    m_document->removeAccount(m_first);
    QVERIFY(!m_document->account(m_first));
    QVERIFY(m_document->revenue(m_first).isEmpty()); // cascaded
    m_document->undoStack()->undo();
    const AccountRecord after = m_document->accountRecord(m_first);
    QCOMPARE(after.account.name, before.account.name);
    QCOMPARE(after.account.ownerId, before.account.ownerId);
    QCOMPARE(after.stageChanges.size(), before.stageChanges.size());
    QCOMPARE(after.stageChanges.constLast().reason, before.stageChanges.constLast().reason);
    QCOMPARE(after.revenue.size(), before.revenue.size());
    QCOMPARE(after.revenue.constLast().recurring, before.revenue.constLast().recurring);
}

void TestUndoCommands::removeAccount_undo_restoresItsStakeholderMap()
{
    const QSqlDatabase db = m_document->database().connection();
    StakeholderStore people(db);
    Stakeholder boss;
    boss.accountId = m_first;
    boss.name = QStringLiteral("Karen <i>Doyle</i>");
    boss.layer = BuyingLayer::ExecutiveSponsor;
    boss.role = DecisionRole::DecisionMaker;
    boss.relationship = Relationship::Warm;
    boss.ourOwnerId = m_document->team().constFirst().id;
    boss.mapPosition = QPointF(120.5, -40);
    Stakeholder report;
    report.accountId = m_first;
    report.name = QStringLiteral("Sam Patel");
    report.role = DecisionRole::Champion;
    report.leftOn = QDate(2026, 10, 1);
    {
        WriteTransaction transaction(db);
        const std::optional<StakeholderId> bossId = people.insert(boss);
        QVERIFY(bossId);
        boss.id = *bossId;
        report.reportsTo = boss.id;
        const std::optional<StakeholderId> reportId = people.insert(report);
        QVERIFY(reportId);
        report.id = *reportId;
        QVERIFY(people.insertLink(
            {0, m_first, report.id, boss.id, LinkKind::DottedLine, QStringLiteral("projects")}));
        Touchpoint meeting;
        meeting.accountId = m_first;
        meeting.on = QDate(2026, 11, 2);
        meeting.stakeholders = {boss.id, report.id};
        meeting.kind = TouchpointKind::Qbr;
        meeting.notes = QStringLiteral("QBR");
        QVERIFY(people.insertTouchpoint(meeting));
        QVERIFY(people.insertReview({0, m_first, QDate(2026, 8, 14), std::nullopt}));
        QVERIFY(transaction.commit());
    }
    const AccountRecord before = m_document->accountRecord(m_first);
    m_document->removeAccount(m_first);
    QVERIFY(people.forAccount(m_first).isEmpty());
    QVERIFY(people.touchpoints(m_first).isEmpty());
    m_document->undoStack()->undo();

    const AccountRecord after = m_document->accountRecord(m_first);
    QCOMPARE(after.stakeholders.size(), before.stakeholders.size());
    QCOMPARE(after.links.size(), before.links.size());
    QCOMPARE(after.touchpoints.size(), before.touchpoints.size());
    QCOMPARE(after.reviews.size(), before.reviews.size());
    const auto personWithId = [&after](StakeholderId id) {
        for (const Stakeholder &person : after.stakeholders) {
            if (person.id == id)
                return person;
        }
        return Stakeholder {};
    };
    const Stakeholder restoredBoss = personWithId(boss.id);
    QCOMPARE(restoredBoss.name, boss.name);
    QCOMPARE(restoredBoss.ourOwnerId, boss.ourOwnerId);
    QCOMPARE(restoredBoss.mapPosition.value_or(QPointF()), QPointF(120.5, -40));
    const Stakeholder restoredReport = personWithId(report.id);
    QCOMPARE(restoredReport.reportsTo, std::optional<StakeholderId>(boss.id));
    QCOMPARE(restoredReport.leftOn, QDate(2026, 10, 1));
    QCOMPARE(restoredReport.role, DecisionRole::Champion);
    bool linkFound = false;
    for (const StakeholderLink &link : after.links)
        linkFound |= link.label == u"projects" && link.kind == LinkKind::DottedLine && link.from == report.id;
    QVERIFY(linkFound);
    bool qbrFound = false;
    for (const Touchpoint &touchpoint : after.touchpoints) {
        if (touchpoint.kind == TouchpointKind::Qbr) {
            qbrFound = true;
            QCOMPARE(touchpoint.stakeholders, (QList<StakeholderId> {boss.id, report.id}));
        }
    }
    QVERIFY(qbrFound);
    QVERIFY(!sql::scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isValid());
}

void TestUndoCommands::addTeamMember_undoRemovesIt()
{
    const qsizetype before = m_document->team().size();
    QSignalSpy teamChanged(m_document.get(), &PlanDocument::teamChanged);
    m_document->addTeamMember(QStringLiteral("  Grace Hopper "));
    QCOMPARE(m_document->team().size(), before + 1);
    QCOMPARE(teamChanged.count(), 1);
    bool found = false;
    for (const TeamMember &member : m_document->team())
        found |= member.name == u"Grace Hopper";
    QVERIFY(found);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->team().size(), before);
}

void TestUndoCommands::commandTexts_nameWhatChanged()
{
    m_document->editAccountField(m_first, AccountField::Arr, qint64(100));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change ARR"));
    m_document->changeStage(m_first, Stage::UncouplingKam, QDate(2026, 11, 1), QStringLiteral("Budget cut"));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Move to Uncoupling KAM"));
}

void TestUndoCommands::coverageSettings_areKeptInThePlanAndUndoable()
{
    m_document->setAsOf(test::sampleAsOf);
    const auto brightwater = [this] {
        for (const Account &account : m_document->accounts()) {
            if (account.name == u"Brightwater Utilities")
                return account.id;
        }
        return AccountId(0);
    }();
    QVERIFY(m_document->coverage(brightwater).emptySeats.contains(QStringLiteral("economic_buyer")));
    const Coverage before = m_document->coverage(brightwater);
    CoverageSettings settings = m_document->coverageSettings();
    QCOMPARE(settings, CoverageSettings {});
    settings.requiredSeats = {QStringLiteral("champion")};
    settings.activeWithinDays = 3650; // everyone warm counts as active
    settings.targetLow = 0.5;
    settings.targetHigh = 0.8;
    QSignalSpy changed(m_document.get(), &PlanDocument::coverageSettingsChanged);
    m_document->setCoverageSettings(settings);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_document->coverageSettings(), settings);
    const Coverage after = m_document->coverage(brightwater);
    QVERIFY(after.emptySeats.isEmpty()); // the economic buyer is no longer required
    QVERIFY(after.active >= before.active);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change the coverage settings"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->coverageSettings(), CoverageSettings {});
    QCOMPARE(m_document->coverage(brightwater).emptySeats, before.emptySeats);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->coverageSettings(), settings);
    // Settings that contradict themselves are refused and leave no step.
    const int steps = m_document->undoStack()->count();
    QSignalSpy refused(m_document.get(), &PlanDocument::writeFailed);
    CoverageSettings crossed = settings;
    crossed.targetLow = 0.9;
    crossed.targetHigh = 0.2;
    m_document->setCoverageSettings(crossed);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(m_document->undoStack()->count(), steps);
    // No seats at all is a choice the plan keeps.
    settings.requiredSeats.clear();
    m_document->setCoverageSettings(settings);
    QVERIFY(m_document->coverageSettings().requiredSeats.isEmpty());
}

void TestUndoCommands::coverageSettings_outOfRangeFallBackToDefaults()
{
    const QSqlDatabase db = m_document->database().connection();
    WriteTransaction transaction(db);
    PlanInfoStore info(db);
    QVERIFY(info.setValue(PlanInfoStore::activeWithinDaysKey, QStringLiteral("-4")));
    QVERIFY(info.setValue(PlanInfoStore::staleAfterDaysKey, QStringLiteral("soon")));
    QVERIFY(info.setValue(PlanInfoStore::singleThreadedAtMostKey, QStringLiteral("3")));
    QVERIFY(info.setValue(PlanInfoStore::targetLowKey, QStringLiteral("0.8")));
    QVERIFY(info.setValue(PlanInfoStore::targetHighKey, QStringLiteral("0.7")));
    QVERIFY(transaction.commit());
    const CoverageSettings settings = m_document->coverageSettings();
    QCOMPARE(settings.activeWithinDays, CoverageSettings {}.activeWithinDays);
    QCOMPARE(settings.staleAfterDays, CoverageSettings {}.staleAfterDays);
    QCOMPARE(settings.singleThreadedAtMost, 3);
    QCOMPARE(settings.targetLow, CoverageSettings {}.targetLow);
    QCOMPARE(settings.targetHigh, CoverageSettings {}.targetHigh);
}

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
