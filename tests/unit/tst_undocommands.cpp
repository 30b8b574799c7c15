#include "item/accountediting.h"
#include "item/accountcommands.h"
#include "item/goalediting.h"
#include "item/healthediting.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/playediting.h"
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
    void whitespace_cellToOpportunityAndBack();
    void pipeline_removalsRestoreWhatWentWithThem();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    AccountId m_first = 0;
};

void TestUndoCommands::init()
{
    const QString path
        = test::newPlanLocation(m_dir, QStringLiteral("u%1.keyplan").arg(QRandomGenerator::global()->generate()));
    QVERIFY(test::writeSamplePlan(path));
    QVERIFY(test::clearPipeline(path));
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
    AccountEditing::of(m_document.get())->editAccountField(m_first, AccountField::Notes, QStringLiteral("Call"));
    AccountEditing::of(m_document.get())->editAccountField(m_first, AccountField::Notes, QStringLiteral("Call the COO"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->account(m_first)->notes, QStringLiteral("Call the COO"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->account(m_first)->notes, original);
    // Typing back to the original value leaves nothing to undo.
    AccountEditing::of(m_document.get())->editAccountField(m_first, AccountField::Notes, QStringLiteral("x"));
    AccountEditing::of(m_document.get())->editAccountField(m_first, AccountField::Notes, original);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestUndoCommands::choiceEdits_staySeparateSteps()
{
    QVERIFY(m_document->account(m_first)->tier != Tier::Standard);
    AccountEditing::of(m_document.get())->editAccountField(m_first, AccountField::Tier, QStringLiteral("standard"));
    AccountEditing::of(m_document.get())->editAccountField(m_first, AccountField::Tier, QStringLiteral("at_risk"));
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
        AccountEditing::of(m_document.get()), doomed, AccountField::Region, QStringLiteral("a"), QStringLiteral("b"));
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
    AccountEditing::of(m_document.get())->addAccount(account, QStringLiteral("Inbound"));
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
    QVERIFY(!before.arrChanges.isEmpty());
    AccountEditing::of(m_document.get())->removeAccount(m_first);
    QVERIFY(!m_document->account(m_first));
    QVERIFY(m_document->accountRecord(m_first).arrChanges.isEmpty()); // cascaded
    m_document->undoStack()->undo();
    const AccountRecord after = m_document->accountRecord(m_first);
    QCOMPARE(after.account.name, before.account.name);
    QCOMPARE(after.account.ownerId, before.account.ownerId);
    QCOMPARE(after.stageChanges.size(), before.stageChanges.size());
    QCOMPARE(after.stageChanges.constLast().reason, before.stageChanges.constLast().reason);
    QCOMPARE(after.arrChanges, before.arrChanges); // the same rows, ids and kinds
    QCOMPARE(after.account.arr, before.account.arr);
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
    AccountEditing::of(m_document.get())->removeAccount(m_first);
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
    QCOMPARE(test::danglingReferences(db), QStringList());
}

void TestUndoCommands::addTeamMember_undoRemovesIt()
{
    const qsizetype before = m_document->team().size();
    QSignalSpy teamChanged(m_document.get(), &PlanDocument::teamChanged);
    AccountEditing::of(m_document.get())->addTeamMember(QStringLiteral("  Grace Hopper "));
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
    AccountEditing::of(m_document.get())->editAccountField(m_first, AccountField::Region, QStringLiteral("Wales"));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change region"));
    AccountEditing::of(m_document.get())->changeStage(m_first, Stage::UncouplingKam, QDate(2026, 11, 1), QStringLiteral("Budget cut"));
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
    AccountEditing::of(m_document.get())->setCoverageSettings(settings);
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
    AccountEditing::of(m_document.get())->setCoverageSettings(crossed);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(m_document->undoStack()->count(), steps);
    // No seats at all is a choice the plan keeps.
    settings.requiredSeats.clear();
    AccountEditing::of(m_document.get())->setCoverageSettings(settings);
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

namespace {

// A small matrix on the first account: two offerings by two units, one sold, the rest open.
struct Matrix
{
    OfferingId rostering = 0;
    OfferingId analytics = 0;
    BusinessUnitId north = 0;
    BusinessUnitId south = 0;
};

Matrix makeMatrix(PlanDocument &document, AccountId account)
{
    Matrix m;
    PipelineEditing::of(&document)->addOffering(Offering {0, QStringLiteral("Rostering"), OfferingKind::Product, {}, 960000, 1});
    PipelineEditing::of(&document)->addOffering(Offering {0, QStringLiteral("Analytics"), OfferingKind::Module, {}, 480000, 1});
    const QList<Offering> offerings = PipelineEditing::of(&document)->offerings();
    m.rostering = offerings.at(0).id;
    m.analytics = offerings.at(1).id;
    PipelineEditing::of(&document)->addBusinessUnit(BusinessUnit {0, account, QStringLiteral("North"), UnitKind::Region, 1});
    PipelineEditing::of(&document)->addBusinessUnit(BusinessUnit {0, account, QStringLiteral("South"), UnitKind::Region, 1});
    const QList<BusinessUnit> units = PipelineEditing::of(&document)->businessUnits(account);
    m.north = units.at(0).id;
    m.south = units.at(1).id;
    const auto set = [&](OfferingId o, BusinessUnitId u, CellState state, MinorUnits amount) {
        WhitespaceCell cell;
        cell.accountId = account;
        cell.offeringId = o;
        cell.businessUnitId = u;
        cell.state = state;
        (state == CellState::Sold ? cell.revenue : cell.potential) = amount;
        PipelineEditing::of(&document)->setWhitespaceCell(cell);
    };
    set(m.rostering, m.north, CellState::Sold, 2400000);
    set(m.rostering, m.south, CellState::Open, 1800000);
    set(m.analytics, m.north, CellState::Open, 600000);
    return m;
}

std::optional<WhitespaceCell> cellOf(
    PlanDocument &document, AccountId account, OfferingId o, BusinessUnitId u)
{
    for (const WhitespaceCell &cell : PipelineEditing::of(&document)->whitespaceCells(account)) {
        if (cell.offeringId == o && cell.businessUnitId == u)
            return cell;
    }
    return std::nullopt;
}

} // namespace

void TestUndoCommands::whitespace_cellToOpportunityAndBack()
{
    const Matrix m = makeMatrix(*m_document, m_first);
    QCOMPARE(whitespaceTotals(PipelineEditing::of(m_document.get())->whitespaceCells(m_first)).total.open, MinorUnits(2400000));
    QSignalSpy changed(m_document.get(), &PlanDocument::pipelineChanged);

    // Seat growth: Rostering is sold in the North already.
    const std::optional<OpportunityId> id
        = PipelineEditing::of(m_document.get())->convertToOpportunity(m_first, m.rostering, m.south, QDate(2027, 3, 31));
    QVERIFY(id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(
        m_document->undoStack()->undoText(), QStringLiteral("Turn Rostering for South into an opportunity"));
    const QList<Opportunity> pipeline = PipelineEditing::of(m_document.get())->opportunities(m_first);
    QCOMPARE(pipeline.size(), 1);
    QCOMPARE(pipeline.at(0).motion, ExpansionMotion::SeatGrowth);
    QCOMPARE(pipeline.at(0).amount, MinorUnits(1800000));
    std::optional<WhitespaceCell> cell = cellOf(*m_document, m_first, m.rostering, m.south);
    QCOMPARE(cell->state, CellState::InPipeline);
    QCOMPARE(cell->opportunityId, id);
    // The open total moved to the pipeline, to the cent.
    const WhitespaceTotals totals = whitespaceTotals(PipelineEditing::of(m_document.get())->whitespaceCells(m_first), {{*id, 1800000}});
    QCOMPARE(totals.total.open, MinorUnits(600000));
    QCOMPARE(totals.total.inPipeline, MinorUnits(1800000));
    QCOMPARE(pipelineTotals(pipeline).weighted, MinorUnits(180000));

    // Only open whitespace converts.
    QSignalSpy refused(m_document.get(), &PlanDocument::writeFailed);
    QVERIFY(!PipelineEditing::of(m_document.get())->convertToOpportunity(m_first, m.rostering, m.north, QDate(2027, 3, 31)));
    QCOMPARE(refused.count(), 1);

    m_document->undoStack()->undo();
    QVERIFY(PipelineEditing::of(m_document.get())->opportunities(m_first).isEmpty());
    cell = cellOf(*m_document, m_first, m.rostering, m.south);
    QCOMPARE(cell->state, CellState::Open);
    QCOMPARE(cell->potential, MinorUnits(1800000));
    QVERIFY(!cell->opportunityId);
    m_document->undoStack()->redo();
    QCOMPARE(PipelineEditing::of(m_document.get())->opportunities(m_first).constFirst().id, *id); // the same row again

    // Editing a cell and undoing it; a brand new cell undoes to no cell at all.
    WhitespaceCell edited = *cellOf(*m_document, m_first, m.analytics, m.north);
    edited.state = CellState::NotApplicable;
    PipelineEditing::of(m_document.get())->setWhitespaceCell(edited);
    QCOMPARE(cellOf(*m_document, m_first, m.analytics, m.north)->state, CellState::NotApplicable);
    m_document->undoStack()->undo();
    QCOMPARE(cellOf(*m_document, m_first, m.analytics, m.north)->state, CellState::Open);
    WhitespaceCell fresh;
    fresh.accountId = m_first;
    fresh.offeringId = m.analytics;
    fresh.businessUnitId = m.south;
    fresh.potential = 1;
    PipelineEditing::of(m_document.get())->setWhitespaceCell(fresh);
    QVERIFY(cellOf(*m_document, m_first, m.analytics, m.south));
    m_document->undoStack()->undo();
    QVERIFY(!cellOf(*m_document, m_first, m.analytics, m.south));
}

void TestUndoCommands::pipeline_removalsRestoreWhatWentWithThem()
{
    const Matrix m = makeMatrix(*m_document, m_first);
    const OpportunityId id
        = *PipelineEditing::of(m_document.get())->convertToOpportunity(m_first, m.analytics, m.north, QDate(2027, 6, 30));
    Opportunity opportunity = PipelineEditing::of(m_document.get())->opportunities(m_first).constFirst();
    opportunity.stage = OpportunityStage::Proposal;
    opportunity.probability = defaultProbability(OpportunityStage::Proposal);
    opportunity.checklist[std::size_t(DecisionCheck::BusinessCase)] = {true, QStringLiteral("Saves 2 FTE")};
    PipelineEditing::of(m_document.get())->editOpportunity(opportunity);
    QCOMPARE(PipelineEditing::of(m_document.get())->opportunities(m_first).constFirst().checklist, opportunity.checklist);

    // Removing the opportunity: its cell is open again, worth what was hoped; undo restores both.
    PipelineEditing::of(m_document.get())->removeOpportunity(id);
    QVERIFY(PipelineEditing::of(m_document.get())->opportunities(m_first).isEmpty());
    QCOMPARE(cellOf(*m_document, m_first, m.analytics, m.north)->state, CellState::Open);
    m_document->undoStack()->undo();
    QCOMPARE(PipelineEditing::of(m_document.get())->opportunities(m_first).constFirst().checklist, opportunity.checklist);
    QCOMPARE(
        cellOf(*m_document, m_first, m.analytics, m.north)->opportunityId, std::optional<OpportunityId>(id));

    // Removing a unit takes its cells; undo brings them and the opportunity's unit back.
    PipelineEditing::of(m_document.get())->removeBusinessUnit(m.north);
    QVERIFY(!cellOf(*m_document, m_first, m.rostering, m.north));
    QVERIFY(!PipelineEditing::of(m_document.get())->opportunities(m_first).constFirst().businessUnitId);
    m_document->undoStack()->undo();
    QCOMPARE(cellOf(*m_document, m_first, m.rostering, m.north)->revenue, MinorUnits(2400000));
    QCOMPARE(PipelineEditing::of(m_document.get())->opportunities(m_first).constFirst().businessUnitId,
        std::optional<BusinessUnitId>(m.north));
    QCOMPARE(PipelineEditing::of(m_document.get())->businessUnits(m_first).constFirst().id, m.north); // back in its column, not last

    // Deleting the whole account and undoing it restores its pipeline too.
    // With its living plan: a goal, a measure entered by hand and a play the user added.
    Goal goal;
    goal.accountId = m_first;
    goal.objective = QStringLiteral("Cut agency spend");
    GoalEditing::of(m_document.get())->addGoal(goal);
    HealthEntry entry;
    entry.accountId = m_first;
    entry.on = QDate(2026, 11, 1);
    entry.score = 4;
    entry.note = QStringLiteral("Outage");
    HealthEditing::of(m_document.get())->recordEntry(entry);
    Play play;
    play.accountId = m_first;
    play.title = QStringLiteral("Call the ops director");
    play.dueOn = QDate(2026, 12, 1);
    PlayEditing::of(m_document.get())->addPlay(play);
    const AccountRecord before = m_document->accountRecord(m_first);
    QVERIFY(std::any_of(before.goals.cbegin(), before.goals.cend(), [](const Goal &g) { return g.objective == u"Cut agency spend"; }));
    QVERIFY(std::any_of(before.healthEntries.cbegin(), before.healthEntries.cend(), [](const HealthEntry &e) { return e.note == u"Outage"; }));
    QVERIFY(std::any_of(before.plays.cbegin(), before.plays.cend(), [](const Play &p) { return p.title == u"Call the ops director"; }));
    const QList<WhitespaceCell> cells = PipelineEditing::of(m_document.get())->whitespaceCells(m_first);
    AccountEditing::of(m_document.get())->removeAccount(m_first);
    QVERIFY(PipelineEditing::of(m_document.get())->whitespaceCells(m_first).isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(PipelineEditing::of(m_document.get())->whitespaceCells(m_first).size(), cells.size());
    QCOMPARE(PipelineEditing::of(m_document.get())->opportunities(m_first).constFirst().checklist, opportunity.checklist);
    QCOMPARE(PipelineEditing::of(m_document.get())->businessUnits(m_first).size(), 2);
    const AccountRecord restored = m_document->accountRecord(m_first);
    QCOMPARE(restored.goals, before.goals);
    QCOMPARE(restored.healthEntries, before.healthEntries);
    QCOMPARE(restored.plays, before.plays);
    m_document->undoStack()->undo(); // the play
    m_document->undoStack()->undo(); // the measure
    const QList<HealthEntry> entries = HealthEditing::of(m_document.get())->entries(m_first);
    QVERIFY(std::none_of(entries.cbegin(), entries.cend(), [](const HealthEntry &e) { return e.note == u"Outage"; }));
}

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
