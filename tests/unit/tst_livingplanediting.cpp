#include "domain/playrules.h"
#include "item/accountediting.h"
#include "item/goalediting.h"
#include "item/healthediting.h"
#include "item/livingplanediting.h"
#include "item/plandocument.h"
#include "item/playediting.h"
#include "item/playevaluator.h"
#include "item/peopleediting.h"
#include "storage/healthstore.h"
#include "storage/plandatabase.h"
#include "storage/qbrstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

using namespace keyplan;

// The living plan as the window edits it: goals, the scorecard, plays, and the evaluator that
// keeps plays and the health history in step with every edit.
class TestLivingPlanEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void goals_editUndoablyAndUnlinkWhatServedThem();
    void health_entriesOverridesAndMetricsAreUndoable();
    void metricCsv_appliesWholeOrNotAtAll();
    void evaluator_opensThePlaysTheSampleCallsFor();
    void evaluator_resolvesAPlayWhenItsConditionClears();
    void snoozedAndDismissedPlays_stayQuietUntilTheyShould();
    void ownerChange_firesAHandoverAndUndoLeavesNone();
    void healthHistory_takesASnapshotWhenTheScoreChanges();
    void readOnlyPlan_isNotWritten();
    void trackRecord_countsTheSamplesMonthsBelowAndAbove6();

private:
    AccountId accountNamed(const QString &name) const { return test::accountNamed(*m_document, name); }
    QList<Play> alive(AccountId id) const
    {
        QList<Play> plays = PlayEditing::of(m_document.get())->plays(id);
        plays.removeIf([](const Play &play) { return !play.isAlive(); });
        return plays;
    }
    std::optional<Play> aliveOf(AccountId id, const QString &rule, const QString &subject = {}) const
    {
        for (const Play &play : alive(id)) {
            if (play.rule == rule && (subject.isNull() || play.subject == subject))
                return play;
        }
        return std::nullopt;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDocument> m_document;
};

void TestLivingPlanEditing::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    m_path = test::newPlanLocation(m_dir, QStringLiteral("living%1.keyplan").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(test::writeSamplePlan(m_path));
    m_document = test::openDocument(m_path);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
}

void TestLivingPlanEditing::cleanup()
{
    m_document.reset();
}

void TestLivingPlanEditing::goals_editUndoablyAndUnlinkWhatServedThem()
{
    GoalEditing *goals = GoalEditing::of(m_document.get());
    const AccountId northgate = accountNamed(QStringLiteral("Northgate Logistics"));
    const QList<Goal> before = goals->goals(northgate);
    QVERIFY(!before.isEmpty());
    QSignalSpy changed(goals, &GoalEditing::goalsChanged);

    Goal goal;
    goal.accountId = northgate;
    goal.objective = QStringLiteral("  Fill <b>every</b> Sunday shift  ");
    goal.baseline = 70;
    goal.target = 95;
    goal.unit = QStringLiteral("%");
    goals->addGoal(goal);
    QCOMPARE(changed.size(), 1);
    QList<Goal> after = goals->goals(northgate);
    QCOMPARE(after.size(), before.size() + 1);
    const auto added = std::find_if(after.cbegin(), after.cend(), [](const Goal &g) { return g.target == 95.0; });
    QVERIFY(added != after.cend());
    QCOMPARE(added->objective, QStringLiteral("Fill <b>every</b> Sunday shift")); // data, trimmed, kept as typed

    // Refused: no objective, or a target that is not a number. Nothing is pushed.
    const int steps = m_document->undoStack()->count();
    QSignalSpy refused(m_document.get(), &PlanDocument::writeFailed);
    Goal empty = goal;
    empty.objective = QStringLiteral("  ");
    goals->addGoal(empty);
    Goal infinite = goal;
    infinite.target = std::numeric_limits<double>::infinity();
    goals->addGoal(infinite);
    QCOMPARE(refused.size(), 2);
    QCOMPARE(m_document->undoStack()->count(), steps);

    Goal edited = *added;
    edited.status = GoalStatus::AtRisk;
    goals->editGoal(edited);
    QCOMPARE(goals->goal(edited.id)->status, GoalStatus::AtRisk);
    m_document->undoStack()->undo();
    QCOMPARE(goals->goal(edited.id)->status, GoalStatus::OnTrack);

    // The sample links Northgate's first value outcome and first open opportunity to its goals.
    const GoalId linked = *QbrStore(m_document->database().connection()).valueOutcomes(northgate).constFirst().goalId;
    QSignalSpy reviews(m_document.get(), &PlanDocument::reviewsChanged);
    goals->removeGoal(linked);
    QVERIFY(!goals->goal(linked));
    QVERIFY(!QbrStore(m_document->database().connection()).valueOutcomes(northgate).constFirst().goalId);
    QCOMPARE(reviews.size(), 1);
    m_document->undoStack()->undo();
    QVERIFY(goals->goal(linked));
    QCOMPARE(QbrStore(m_document->database().connection()).valueOutcomes(northgate).constFirst().goalId,
        std::optional<qint64>(linked));
}

void TestLivingPlanEditing::health_entriesOverridesAndMetricsAreUndoable()
{
    HealthEditing *health = HealthEditing::of(m_document.get());
    const AccountId northgate = accountNamed(QStringLiteral("Northgate Logistics"));
    const AccountHealth start = health->health(northgate);
    QVERIFY(start.score());
    QVERIFY(!start.card.override);

    // A poor sentiment entered today moves the score down.
    HealthEntry entry;
    entry.accountId = northgate;
    entry.measure = HealthMeasure::Sentiment;
    entry.on = test::sampleAsOf;
    entry.score = 2;
    entry.note = QStringLiteral("Ops director <angry>");
    health->recordEntry(entry);
    const AccountHealth poorer = health->health(northgate);
    QCOMPARE(*poorer.card.measure(HealthMeasure::Sentiment).score, 2.0);
    QVERIFY(*poorer.score() < *start.score());
    // A computed measure cannot be entered by hand.
    QSignalSpy refused(m_document.get(), &PlanDocument::writeFailed);
    entry.measure = HealthMeasure::Engagement;
    health->recordEntry(entry);
    QCOMPARE(refused.size(), 1);

    // An override holds until its day and says why; a second replaces it; clearing ends it.
    health->setOverride(northgate, 3, QStringLiteral("Lost the Leeds depot"), test::sampleAsOf.addDays(14));
    QCOMPARE(*health->health(northgate).score(), 3.0);
    health->setOverride(northgate, 4, QStringLiteral("Leeds back in talks"), test::sampleAsOf.addDays(7));
    QCOMPARE(*health->health(northgate).score(), 4.0);
    QCOMPARE(HealthStore(m_document->database().connection()).overrides(northgate).size(), 1);
    m_document->setAsOf(test::sampleAsOf.addDays(8)); // expired: the computed score returns
    QVERIFY(!health->health(northgate).card.override);
    m_document->setAsOf(test::sampleAsOf);
    health->clearOverride(northgate);
    QVERIFY(!health->health(northgate).card.override);
    m_document->undoStack()->undo(); // the clearing
    QCOMPARE(*health->health(northgate).score(), 4.0);
    m_document->undoStack()->undo(); // the second override: the first is back
    QCOMPARE(*health->health(northgate).score(), 3.0);
    m_document->undoStack()->undo();
    QVERIFY(!health->health(northgate).card.override);
    // Refused: an override without a reason, or one that would have expired already.
    health->setOverride(northgate, 5, QStringLiteral(" "), test::sampleAsOf.addDays(7));
    health->setOverride(northgate, 5, QStringLiteral("Why"), test::sampleAsOf.addDays(-1));
    QCOMPARE(refused.size(), 3);

    // A metric with thresholds scores usage from its latest value.
    MetricSeries adoption;
    adoption.accountId = northgate;
    adoption.name = QStringLiteral("Features adopted");
    adoption.goodAt = 10;
    adoption.poorAt = 2;
    adoption.points = {{QDate(2026, 10, 1), 4}, {QDate(2026, 11, 1), 6}};
    const qsizetype series = health->metrics(northgate).size();
    health->addMetric(adoption);
    QCOMPARE(health->metrics(northgate).size(), series + 1);
    MetricSeries unordered = adoption;
    unordered.name = QStringLiteral("Backwards");
    unordered.points = {{QDate(2026, 11, 1), 6}, {QDate(2026, 10, 1), 4}};
    health->addMetric(unordered);
    QCOMPARE(health->metrics(northgate).size(), series + 1);
    m_document->undoStack()->undo();
    QCOMPARE(health->metrics(northgate).size(), series);
}

void TestLivingPlanEditing::metricCsv_appliesWholeOrNotAtAll()
{
    HealthEditing *health = HealthEditing::of(m_document.get());
    const AccountId kestrel = accountNamed(QStringLiteral("Kestrel Aviation Services"));
    const AccountId meridian = accountNamed(QStringLiteral("Meridian Retail Group"));
    const QList<MetricSeries> kestrelBefore = health->metrics(kestrel);

    // One bad row refuses the whole paste, naming every problem with its line.
    HealthEditing::MetricImport bad = health->readMetricCsv(QStringLiteral(
        "account,date,metric,value\n"
        "kestrel aviation services,2026-11-30,Weekly active users,480\n"
        "Nobody Ltd,2026-11-30,Weekly active users,10\n"
        "Meridian Retail Group,30/11/2026,Stores live,300\n"
        "Meridian Retail Group,2026-11-30,Stores live,lots\n"));
    QCOMPARE(bad.problems.size(), 3);
    QVERIFY(bad.problems.at(0).startsWith(QStringLiteral("Line 3:")));
    QVERIFY(bad.problems.at(1).contains(QStringLiteral("30/11/2026")));
    QVERIFY(bad.problems.at(2).startsWith(QStringLiteral("Line 5:")));
    const int steps = m_document->undoStack()->count();
    health->applyMetricImport(bad);
    QCOMPARE(m_document->undoStack()->count(), steps);
    QCOMPARE(health->metrics(kestrel), kestrelBefore);

    // A good one: a point added to an existing series (matched without case), a new series,
    // quoted fields with commas, a day given twice (the later wins). One undo step.
    HealthEditing::MetricImport good = health->readMetricCsv(QStringLiteral(
        "Kestrel Aviation Services,2026-11-30,weekly ACTIVE users,480\r\n"
        "\"Meridian Retail Group\",2026-11-30,\"Stores live, all regions\",300\r\n"
        "Meridian Retail Group,2026-11-30,\"Stores live, all regions\",310\r\n"
        "Meridian Retail Group,2026-10-31,\"Stores live, all regions\",290\r\n"));
    QVERIFY2(good.problems.isEmpty(), qPrintable(good.problems.join(u'\n')));
    QCOMPARE(good.points, 4);
    QCOMPARE(good.changed.size(), 1);
    QCOMPARE(good.added.size(), 1);
    health->applyMetricImport(good);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    const QList<MetricSeries> kestrelAfter = health->metrics(kestrel);
    QCOMPARE(kestrelAfter.constFirst().points.size(), kestrelBefore.constFirst().points.size() + 1);
    QCOMPARE(kestrelAfter.constFirst().points.constLast().value, 480.0);
    bool found = false;
    for (const MetricSeries &series : health->metrics(meridian)) {
        if (series.name == u"Stores live, all regions") {
            found = true;
            QCOMPARE(series.points.size(), 2);
            QCOMPARE(series.points.at(0).on, QDate(2026, 10, 31)); // oldest first
            QCOMPARE(series.points.at(1).value, 310.0);
        }
    }
    QVERIFY(found);
    m_document->undoStack()->undo();
    QCOMPARE(health->metrics(kestrel).constFirst().points, kestrelBefore.constFirst().points);
    for (const MetricSeries &series : health->metrics(meridian))
        QVERIFY(series.name != u"Stores live, all regions");
}

void TestLivingPlanEditing::evaluator_opensThePlaysTheSampleCallsFor()
{
    PlayEvaluator *evaluator = PlayEvaluator::of(m_document.get());
    evaluator->evaluateAll();
    // Kestrel: its champion left, its health is below 6 and it renews within 90 days.
    const AccountId kestrel = accountNamed(QStringLiteral("Kestrel Aviation Services"));
    const std::optional<Play> rethread = aliveOf(kestrel, QStringLiteral("champion_left"));
    QVERIFY(rethread);
    QCOMPARE(rethread->title, QStringLiteral("Re-thread the account"));
    QVERIFY2(rethread->why.startsWith(QStringLiteral("Helen Marsh, Champion, left on")), qPrintable(rethread->why));
    QCOMPARE(rethread->ownerId, m_document->account(kestrel)->ownerId);
    QCOMPARE(rethread->createdOn, test::sampleAsOf);
    QVERIFY(!rethread->steps.isEmpty());
    QVERIFY(aliveOf(kestrel, QStringLiteral("renewal_at_risk")));
    QVERIFY(evaluator->health(kestrel));
    QVERIFY(*evaluator->health(kestrel)->score() < 6.0);
    QCOMPARE(evaluator->alivePlays(kestrel).size(), alive(kestrel).size());

    // Evaluating again changes nothing: one play per account, rule and subject.
    const QHash<AccountId, QList<Play>> first = PlayEditing::of(m_document.get())->allPlays();
    QSignalSpy plays(PlayEditing::of(m_document.get()), &PlayEditing::playsChanged);
    evaluator->evaluateAll();
    QCOMPARE(plays.size(), 0);
    QCOMPARE(PlayEditing::of(m_document.get())->allPlays(), first);

    // The sample's plays in every state are kept as they were.
    QSet<PlayStatus> states;
    for (const QList<Play> &list : first) {
        for (const Play &play : list)
            states.insert(play.status);
    }
    for (const PlayStatus status : allPlayStatuses)
        QVERIFY2(states.contains(status), qPrintable(keyOf(status)));
}

void TestLivingPlanEditing::evaluator_resolvesAPlayWhenItsConditionClears()
{
    PlayEvaluator *evaluator = PlayEvaluator::of(m_document.get());
    evaluator->evaluateAll();
    const AccountId kestrel = accountNamed(QStringLiteral("Kestrel Aviation Services"));
    // Someone at Kestrel is due a touchpoint: meeting them clears the play, which resolves itself.
    std::optional<Play> quiet;
    for (const Play &play : alive(kestrel)) {
        if (play.rule == u"stakeholder_quiet")
            quiet = play;
    }
    QVERIFY(quiet);
    Touchpoint met;
    met.accountId = kestrel;
    met.on = test::sampleAsOf;
    met.stakeholders = {quiet->subject.section(u':', 1).toLongLong()};
    met.kind = TouchpointKind::Call;
    QSignalSpy evaluated(evaluator, &PlayEvaluator::evaluated);
    PeopleEditing::of(m_document.get())->recordTouchpoint(met);
    QVERIFY(evaluated.wait(2000)); // after the edit, once control is back in the event loop
    const std::optional<Play> resolved = PlayEditing::of(m_document.get())->play(quiet->id);
    QCOMPARE(resolved->status, PlayStatus::Resolved);
    QCOMPARE(resolved->closedOn, test::sampleAsOf);
    // Undoing the touchpoint brings the condition back: a new play opens for the same person.
    m_document->undoStack()->undo();
    QVERIFY(evaluated.wait(2000));
    const std::optional<Play> again = aliveOf(kestrel, QStringLiteral("stakeholder_quiet"), quiet->subject);
    QVERIFY(again);
    QVERIFY(again->id != quiet->id);
}

void TestLivingPlanEditing::snoozedAndDismissedPlays_stayQuietUntilTheyShould()
{
    PlayEvaluator *evaluator = PlayEvaluator::of(m_document.get());
    PlayEditing *plays = PlayEditing::of(m_document.get());
    evaluator->evaluateAll();
    const AccountId kestrel = accountNamed(QStringLiteral("Kestrel Aviation Services"));
    const Play renewal = *aliveOf(kestrel, QStringLiteral("renewal_at_risk"));
    const Play rethread = *aliveOf(kestrel, QStringLiteral("champion_left"));

    // Snoozed: still alive, not actionable until its day, and no second play opens meanwhile.
    plays->snooze(renewal.id, test::sampleAsOf.addDays(7), QStringLiteral("CFO back from leave on the 30th"));
    Play snoozed = *plays->play(renewal.id);
    QCOMPARE(snoozed.status, PlayStatus::Snoozed);
    QCOMPARE(snoozed.reason, QStringLiteral("CFO back from leave on the 30th"));
    QVERIFY(!snoozed.isActionable(test::sampleAsOf));
    QVERIFY(snoozed.isActionable(test::sampleAsOf.addDays(7)));
    evaluator->evaluateAll();
    const QList<Play> aliveNow = alive(kestrel);
    QCOMPARE(aliveNow.count(), evaluator->alivePlays(kestrel).count());
    QCOMPARE(std::count_if(aliveNow.cbegin(), aliveNow.cend(), [](const Play &p) { return p.rule == u"renewal_at_risk"; }), 1);
    m_document->undoStack()->undo();
    QCOMPARE(plays->play(renewal.id)->status, PlayStatus::Open);

    // Dismissed needs a reason; it stays quiet while the condition holds.
    QSignalSpy refused(m_document.get(), &PlanDocument::writeFailed);
    plays->dismiss(rethread.id, QString());
    QCOMPARE(refused.size(), 1);
    plays->dismiss(rethread.id, QStringLiteral("Dominic already sponsors the renewal"));
    QCOMPARE(plays->play(rethread.id)->status, PlayStatus::Dismissed);
    evaluator->evaluateAll();
    QVERIFY(!aliveOf(kestrel, QStringLiteral("champion_left")));

    // Done: closed with the day; undo reopens it as it was.
    plays->markDone(renewal.id);
    QCOMPARE(plays->play(renewal.id)->status, PlayStatus::Done);
    QCOMPARE(plays->play(renewal.id)->closedOn, test::sampleAsOf);
    evaluator->evaluateAll();
    QVERIFY(!aliveOf(kestrel, QStringLiteral("renewal_at_risk"))); // its condition never cleared
    m_document->undoStack()->undo();
    QCOMPARE(plays->play(renewal.id)->status, PlayStatus::Open);

    // The user's own play: added, its steps ticked, removed, all undoable.
    Play own;
    own.accountId = kestrel;
    own.title = QStringLiteral("Lunch with <b>Dominic</b>");
    own.dueOn = test::sampleAsOf.addDays(3);
    own.steps = {{QStringLiteral("Book the table"), false}};
    plays->addPlay(own);
    const QList<Play> withMine = alive(kestrel);
    const auto mine = std::find_if(withMine.cbegin(), withMine.cend(), [](const Play &p) { return p.isManual(); });
    QVERIFY(mine != withMine.cend());
    const PlayId ownId = mine->id;
    plays->setStepDone(ownId, 0, true);
    QVERIFY(plays->play(ownId)->steps.at(0).done);
    evaluator->evaluateAll(); // the rules never touch it
    QCOMPARE(plays->play(ownId)->status, PlayStatus::Open);
    plays->removePlay(ownId);
    QVERIFY(!plays->play(ownId));
    m_document->undoStack()->undo();
    QVERIFY(plays->play(ownId)->steps.at(0).done);
}

void TestLivingPlanEditing::ownerChange_firesAHandoverAndUndoLeavesNone()
{
    PlayEvaluator *evaluator = PlayEvaluator::of(m_document.get());
    evaluator->evaluateAll();
    const AccountId northgate = accountNamed(QStringLiteral("Northgate Logistics"));
    const Account account = *m_document->account(northgate);
    std::optional<TeamMemberId> other;
    for (const TeamMember &member : m_document->team()) {
        if (member.id != account.ownerId)
            other = member.id;
    }
    QVERIFY(!aliveOf(northgate, QStringLiteral("owner_changed")));
    AccountEditing::of(m_document.get())->editAccountField(northgate, AccountField::Owner, QVariant(*other));
    evaluator->flush();
    const std::optional<Play> handover = aliveOf(northgate, QStringLiteral("owner_changed"));
    QVERIFY(handover);
    QCOMPARE(handover->ownerId, other); // the new owner runs the handover
    // Undone the same day: no handover is left, the play resolves.
    m_document->undoStack()->undo();
    evaluator->flush();
    QVERIFY(!aliveOf(northgate, QStringLiteral("owner_changed")));
    QCOMPARE(PlayEditing::of(m_document.get())->play(handover->id)->status, PlayStatus::Resolved);
}

void TestLivingPlanEditing::healthHistory_takesASnapshotWhenTheScoreChanges()
{
    PlayEvaluator *evaluator = PlayEvaluator::of(m_document.get());
    const AccountId summit = accountNamed(QStringLiteral("Summit Fitness Clubs"));
    const QList<HealthSnapshot> sample = HealthEditing::of(m_document.get())->history(summit);
    QCOMPARE(sample.size(), 12); // a year, monthly
    evaluator->evaluateAll();
    QList<HealthSnapshot> history = HealthEditing::of(m_document.get())->history(summit);
    QCOMPARE(history.size(), 13); // today's score, with today's weights
    QCOMPARE(history.constLast().on, test::sampleAsOf);
    QCOMPARE(history.constLast().weights, HealthWeights().key());
    QCOMPARE(history.constLast().tenths, inTenths(*evaluator->health(summit)->score()));
    // Nothing new: nothing written.
    evaluator->evaluateAll();
    QCOMPARE(HealthEditing::of(m_document.get())->history(summit).size(), 13);
    // A new weighting is news for every account: today's snapshot is replaced, tagged with it.
    LivingPlanSettings settings = LivingPlanEditing::of(m_document.get())->settings();
    settings.health.weights.points = {40, 10, 10, 10, 10, 10, 10};
    LivingPlanEditing::of(m_document.get())->setSettings(settings);
    evaluator->flush();
    history = HealthEditing::of(m_document.get())->history(summit);
    QCOMPARE(history.size(), 13); // one a day
    QCOMPARE(history.constLast().weights, settings.health.weights.key());
    // The trend compares with 30 and 90 days ago, from the history.
    const HealthTrend trend = evaluator->health(summit)->trend;
    QVERIFY(trend.since30);
    QCOMPARE(*trend.since30, history.constLast().tenths - *tenthsOn(history, test::sampleAsOf.addDays(-30)));
}

void TestLivingPlanEditing::readOnlyPlan_isNotWritten()
{
    m_document.reset();
    const QByteArray before = test::planState(m_path);
    PlanOpenResult result;
    auto database = PlanDatabase::open(m_path, PlanOpenMode::ReadOnly, &result);
    QVERIFY(database);
    PlanDocument document(std::move(database));
    document.setAsOf(test::sampleAsOf);
    PlayEvaluator::of(&document)->evaluateAll();
    // The cards are computed for the window all the same.
    QVERIFY(PlayEvaluator::of(&document)->health(test::accountNamed(document, QStringLiteral("Kestrel Aviation Services"))));
    QCOMPARE(test::planState(m_path), before);
}

void TestLivingPlanEditing::trackRecord_countsTheSamplesMonthsBelowAndAbove6()
{
    // The sample keeps a year of monthly scores for its 25 key accounts: the six months old enough
    // to have a six-month outcome are counted, each account-month once, below 6 or not.
    const TrackRecord record = HealthEditing::of(m_document.get())->trackRecord();
    QVERIFY(record.below > 0);
    QVERIFY(record.atOrAbove > 0);
    QVERIFY(record.belowLost <= record.below && record.atOrAboveLost <= record.atOrAbove);
    const QHash<AccountId, QList<HealthSnapshot>> histories
        = HealthStore(m_document->database().connection()).allHistory();
    int old = 0;
    for (const QList<HealthSnapshot> &history : histories) {
        for (const HealthSnapshot &snapshot : history)
            old += snapshot.on.addMonths(6) <= test::sampleAsOf ? 1 : 0;
    }
    QVERIFY2(record.below + record.atOrAbove <= old, qPrintable(QStringLiteral("%1 + %2 > %3").arg(record.below).arg(record.atOrAbove).arg(old)));
    // Pennine's falling months are among those below 6 that lost revenue.
    QVERIFY(record.belowLost > 0);
}

QTEST_MAIN(TestLivingPlanEditing)
#include "tst_livingplanediting.moc"
