#include "domain/healthscore.h"

#include <QtTest>

using namespace keyplan;

namespace {

const QDate today(2026, 11, 23);

Stakeholder person(StakeholderId id, DecisionRole role, Relationship relationship = Relationship::Warm,
    std::optional<TeamMemberId> owner = 1)
{
    Stakeholder s;
    s.id = id;
    s.accountId = 1;
    s.name = QStringLiteral("Person %1").arg(id);
    s.role = role;
    s.layer = BuyingLayer::UsersAndAdmins;
    s.relationship = relationship;
    s.ourOwnerId = owner;
    return s;
}

Touchpoint contact(StakeholderId id, QDate on)
{
    Touchpoint t;
    t.id = id * 100 + on.day();
    t.accountId = 1;
    t.on = on;
    t.stakeholders = {id};
    return t;
}

HealthEntry entry(HealthMeasure measure, QDate on, int score, qint64 id = 0)
{
    return {id, 1, measure, on, score, QStringLiteral("note %1").arg(score), 1};
}

HealthSettings only(std::initializer_list<std::pair<HealthMeasure, int>> weights)
{
    HealthSettings settings;
    settings.weights.points.fill(0);
    for (const auto &[measure, points] : weights)
        settings.weights.points.at(std::size_t(measure)) = points;
    return settings;
}

HealthCard card(const HealthInputs &inputs, const HealthSettings &settings = {})
{
    return computeHealthCard(inputs, settings, CadenceSettings {}, CoverageSettings {}, today);
}

} // namespace

class TestHealthScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void score_isTheWeightedMeanOfMeasuresWithData();
    void measureWithoutData_dropsOutAndIsNamed();
    void manualEntries_latestRecentOneCounts();
    void override_holdsUntilItsDayThenTheComputedScoreReturns();
    void engagement_followsTheTiersCadence();
    void relationship_singleThreadingAndEmptySeatsCost();
    void goals_scoreByStatusAndDueDay();
    void usage_fromMetricsAgainstTheirThresholds();
    void weights_roundTripThroughTheirKey();
    void history_snapshotsTrendsAndBands();
    void trackRecord_countsRevenueLostAfterLowScores();
};

void TestHealthScore::score_isTheWeightedMeanOfMeasuresWithData()
{
    HealthInputs inputs;
    inputs.entries = {entry(HealthMeasure::Support, QDate(2026, 11, 1), 8),
        entry(HealthMeasure::Sentiment, QDate(2026, 10, 1), 4)};
    const HealthCard weighted = card(inputs, only({{HealthMeasure::Support, 10}, {HealthMeasure::Sentiment, 30}}));
    QCOMPARE(*weighted.computed, (10 * 8 + 30 * 4) / 40.0); // 5.0
    QCOMPARE(*weighted.score(), 5.0);
    QVERIFY(weighted.needsRiskReview());
    QVERIFY(weighted.withoutData.isEmpty()); // measures weighted 0 are not asked for
    QCOMPARE(weighted.measure(HealthMeasure::Sentiment).on, QDate(2026, 10, 1));
    QCOMPARE(weighted.measure(HealthMeasure::Sentiment).basis, QStringLiteral("note 4"));
    // Equal weights: the plain mean, and 6 is no longer below the line.
    inputs.entries.append(entry(HealthMeasure::Payment, QDate(2026, 11, 20), 6));
    const HealthCard equal = card(inputs,
        only({{HealthMeasure::Support, 1}, {HealthMeasure::Sentiment, 1}, {HealthMeasure::Payment, 1}}));
    QCOMPARE(*equal.computed, 6.0);
    QVERIFY(!equal.needsRiskReview());
}

void TestHealthScore::measureWithoutData_dropsOutAndIsNamed()
{
    HealthInputs inputs;
    inputs.entries = {entry(HealthMeasure::Payment, QDate(2026, 11, 1), 9)};
    const HealthCard one = card(inputs); // default weights: everything asked for
    QCOMPARE(*one.computed, 9.0); // not (9 × 10) ÷ 100 as if the others were zero
    QCOMPARE(one.withoutData,
        QList<HealthMeasure>({HealthMeasure::Usage, HealthMeasure::Support, HealthMeasure::Sentiment,
            HealthMeasure::Engagement, HealthMeasure::Relationship, HealthMeasure::Goals}));
    QCOMPARE(one.measure(HealthMeasure::Relationship).basis, QStringLiteral("Nobody in the buying group on the map"));
    // Nothing at all: no score, not a low one.
    const HealthCard none = card(HealthInputs {});
    QVERIFY(!none.computed);
    QVERIFY(!none.score());
    QVERIFY(!none.needsRiskReview());
}

void TestHealthScore::manualEntries_latestRecentOneCounts()
{
    HealthInputs inputs;
    inputs.entries = {entry(HealthMeasure::Sentiment, QDate(2026, 6, 1), 9, 1),
        entry(HealthMeasure::Sentiment, QDate(2026, 9, 1), 3, 2),
        entry(HealthMeasure::Sentiment, QDate(2026, 9, 1), 4, 3), // the same day, recorded later
        entry(HealthMeasure::Sentiment, QDate(2026, 12, 1), 10, 4)}; // not yet
    const HealthSettings settings = only({{HealthMeasure::Sentiment, 1}});
    QCOMPARE(*card(inputs, settings).computed, 4.0);
    // A year on, an entry no longer speaks for the measure.
    inputs.entries = {entry(HealthMeasure::Sentiment, QDate(2025, 11, 22), 9)};
    QVERIFY(!card(inputs, settings).computed);
    inputs.entries = {entry(HealthMeasure::Sentiment, QDate(2025, 11, 23), 9)};
    QCOMPARE(*card(inputs, settings).computed, 9.0);
}

void TestHealthScore::override_holdsUntilItsDayThenTheComputedScoreReturns()
{
    HealthInputs inputs;
    inputs.entries = {entry(HealthMeasure::Support, QDate(2026, 11, 1), 8)};
    inputs.overrides = {{1, 1, 3, QStringLiteral("CFO asked for exit terms"), QDate(2026, 11, 10), QDate(2026, 12, 31), 1},
        {2, 1, 5, QStringLiteral("Older view"), QDate(2026, 11, 1), QDate(2026, 12, 31), 1}};
    const HealthSettings settings = only({{HealthMeasure::Support, 1}});
    const HealthCard held = card(inputs, settings);
    QCOMPARE(*held.computed, 8.0);
    QCOMPARE(*held.score(), 3.0); // the latest override
    QCOMPARE(held.override->reason, QStringLiteral("CFO asked for exit terms"));
    QVERIFY(held.needsRiskReview());
    const HealthCard after
        = computeHealthCard(inputs, settings, CadenceSettings {}, CoverageSettings {}, QDate(2027, 1, 1));
    QVERIFY(!after.override);
    QCOMPARE(*after.score(), 8.0);
}

void TestHealthScore::engagement_followsTheTiersCadence()
{
    HealthInputs inputs;
    inputs.stakeholders = {person(1, DecisionRole::Champion), person(2, DecisionRole::EconomicBuyer),
        person(3, DecisionRole::User), person(4, DecisionRole::DecisionMaker)};
    inputs.stakeholders[2].influence = Influence::High; // a user with high influence is key too
    Stakeholder gone = person(5, DecisionRole::Champion);
    gone.leftOn = QDate(2026, 10, 1); // not key: no longer there
    inputs.stakeholders.append(gone);
    inputs.touchpoints = {contact(1, QDate(2026, 11, 20)), contact(2, QDate(2026, 11, 1)),
        contact(3, QDate(2026, 9, 1))};
    const HealthSettings settings = only({{HealthMeasure::Engagement, 1}});
    inputs.tier = Tier::Strategic; // weekly: only the champion
    HealthCard strategic = card(inputs, settings);
    QCOMPARE(*strategic.computed, 1.0 + 9.0 * 1 / 4);
    QCOMPARE(strategic.measure(HealthMeasure::Engagement).basis,
        QStringLiteral("Key stakeholders contacted within 7 days: 1 of 4"));
    inputs.tier = Tier::Growth; // monthly: the champion and the economic buyer
    QCOMPARE(*card(inputs, settings).computed, 1.0 + 9.0 * 2 / 4);
    inputs.tier = Tier::Standard; // quarterly: three of them
    QCOMPARE(*card(inputs, settings).computed, 1.0 + 9.0 * 3 / 4);
    CadenceSettings often;
    often.byTier.at(std::size_t(Tier::Standard)).touchpointDays = 2;
    QCOMPARE(*computeHealthCard(inputs, settings, often, CoverageSettings {}, today).computed, 1.0);
}

void TestHealthScore::relationship_singleThreadingAndEmptySeatsCost()
{
    HealthInputs inputs;
    inputs.lastMapReview = QDate(2026, 10, 1);
    // Five in the buying group, four warm and contacted: coverage 80%, every seat filled.
    for (StakeholderId id = 1; id <= 5; ++id) {
        Stakeholder s = person(id, DecisionRole::Influencer, id <= 4 ? Relationship::Warm : Relationship::Cold);
        inputs.stakeholders.append(s);
        inputs.touchpoints.append(contact(id, QDate(2026, 11, 1)));
    }
    inputs.stakeholders[0].layer = BuyingLayer::ExecutiveSponsor;
    inputs.stakeholders[1].layer = BuyingLayer::EconomicBuyer;
    inputs.stakeholders[2].role = DecisionRole::Champion;
    inputs.stakeholders[3].role = DecisionRole::DecisionMaker;
    const HealthSettings settings = only({{HealthMeasure::Relationship, 1}});
    QCOMPARE(*card(inputs, settings).computed, 10.0);
    // Two of five active (40% of a 60% target), and two seats empty: 6.67 − 2.
    inputs.stakeholders[2].relationship = Relationship::Cold;
    inputs.stakeholders[3].relationship = Relationship::Cold;
    inputs.stakeholders[2].role = DecisionRole::User;
    inputs.stakeholders[3].role = DecisionRole::User;
    CoverageSettings coverage;
    coverage.singleThreadedAtMost = 1;
    const HealthCard thin = computeHealthCard(inputs, settings, CadenceSettings {}, coverage, today);
    QCOMPARE(*thin.computed, 10.0 * 0.4 / 0.6 - 2);
    QCOMPARE(thin.measure(HealthMeasure::Relationship).basis, QStringLiteral("coverage 40.0%, empty seats: 2"));
    // Single-threaded (the default: two or fewer carry the account) caps it at 4, then the seats.
    QCOMPARE(*card(inputs, settings).computed, 2.0);
    // Never below 1.
    for (Stakeholder &s : inputs.stakeholders)
        s.relationship = Relationship::Cold;
    QCOMPARE(*card(inputs, settings).computed, 1.0);
}

void TestHealthScore::goals_scoreByStatusAndDueDay()
{
    const auto goal = [](GoalStatus status, QDate due) {
        Goal g;
        g.status = status;
        g.dueOn = due;
        return g;
    };
    const QDate later(2027, 3, 31);
    const QDate past(2026, 9, 30);
    QCOMPARE(goalProgressScore({}, today), std::nullopt);
    QCOMPARE(goalProgressScore({goal(GoalStatus::Dropped, later)}, today), std::nullopt);
    QCOMPARE(*goalProgressScore({goal(GoalStatus::Achieved, past), goal(GoalStatus::OnTrack, later)}, today), 9.0);
    QCOMPARE(*goalProgressScore({goal(GoalStatus::OnTrack, past), goal(GoalStatus::AtRisk, later),
                                    goal(GoalStatus::AtRisk, past), goal(GoalStatus::Dropped, past)},
                 today),
        (5 + 3 + 2) / 3.0);
    QVERIFY(goal(GoalStatus::OnTrack, past).isOverdue(today));
    QVERIFY(!goal(GoalStatus::Achieved, past).isOverdue(today));
    QVERIFY(!goal(GoalStatus::OnTrack, QDate()).isOverdue(today));
    HealthInputs inputs;
    inputs.goals = {goal(GoalStatus::AtRisk, later), goal(GoalStatus::Dropped, later)};
    const HealthCard goals = card(inputs, only({{HealthMeasure::Goals, 1}}));
    QCOMPARE(*goals.computed, 3.0);
    QCOMPARE(goals.measure(HealthMeasure::Goals).basis, QStringLiteral("Goals of the success plan counted: 1"));
}

void TestHealthScore::usage_fromMetricsAgainstTheirThresholds()
{
    MetricSeries users;
    users.name = QStringLiteral("Weekly active users");
    users.goodAt = 1000;
    users.poorAt = 200;
    users.points = {{QDate(2026, 9, 1), 900}, {QDate(2026, 10, 1), 800}, {QDate(2026, 11, 1), 600}};
    QCOMPARE(*metricScore(users), 1.0 + 9.0 * 0.5);
    QVERIFY(fellTwoPeriodsRunning(users));
    MetricSeries tickets; // fewer is better
    tickets.goodAt = 5;
    tickets.poorAt = 45;
    tickets.points = {{QDate(2026, 10, 1), 60}, {QDate(2026, 11, 1), 50}};
    QCOMPARE(*metricScore(tickets), 1.0); // beyond poor: 1, never below
    QVERIFY(!fellTwoPeriodsRunning(tickets));
    tickets.points.append({QDate(2026, 11, 15), 2});
    QCOMPARE(*metricScore(tickets), 10.0);
    MetricSeries untargeted; // no thresholds: shown, not scored
    untargeted.points = {{QDate(2026, 11, 1), 5}};
    QVERIFY(!metricScore(untargeted));
    QCOMPARE(*usageFromMetrics({users, tickets, untargeted}), (5.5 + 10.0) / 2);
    // The metrics outrank a hand-entered usage score; without them the entry counts.
    HealthInputs inputs;
    inputs.entries = {entry(HealthMeasure::Usage, QDate(2026, 11, 1), 2)};
    const HealthSettings settings = only({{HealthMeasure::Usage, 1}});
    QCOMPARE(*card(inputs, settings).computed, 2.0);
    inputs.metrics = {users};
    QCOMPARE(*card(inputs, settings).computed, 5.5);
}

void TestHealthScore::weights_roundTripThroughTheirKey()
{
    HealthWeights weights;
    weights.points = {30, 0, 10, 5, 20, 25, 10};
    QCOMPARE(weights.key(),
        QStringLiteral("usage=30,support=0,sentiment=10,payment=5,engagement=20,relationship=25,goals=10"));
    QCOMPARE(HealthWeights::fromKey(weights.key()), std::optional(weights));
    QVERIFY(!HealthWeights::fromKey(QStringLiteral("usage=30")));
    QVERIFY(!HealthWeights::fromKey(weights.key().replace(QStringLiteral("goals=10"), QStringLiteral("goals=x"))));
    QVERIFY(!HealthWeights::fromKey(weights.key() + QStringLiteral(",usage=1")));
    QVERIFY(!HealthWeights::fromKey(weights.key().replace(QStringLiteral("support=0"), QStringLiteral("support=-1"))));
}

void TestHealthScore::history_snapshotsTrendsAndBands()
{
    const QString weights = HealthWeights {}.key();
    const QList<HealthSnapshot> history {{1, 1, QDate(2026, 7, 1), 72, weights, false},
        {2, 1, QDate(2026, 9, 10), 64, weights, false}, {3, 1, QDate(2026, 11, 1), 58, weights, false}};
    QCOMPARE(tenthsOn(history, QDate(2026, 6, 30)), std::nullopt);
    QCOMPARE(tenthsOn(history, QDate(2026, 9, 10)), std::optional(64));
    QVERIFY(!isNewSnapshot(history, 58, weights, false));
    QVERIFY(isNewSnapshot(history, 57, weights, false));
    QVERIFY(isNewSnapshot(history, 58, QStringLiteral("usage=100,support=0,sentiment=0,payment=0,engagement=0,"
                                                      "relationship=0,goals=0"),
        false)); // the same score under other weights is marked as such
    QVERIFY(isNewSnapshot(history, 58, weights, true));
    QVERIFY(isNewSnapshot({}, 58, weights, false));
    const HealthTrend trend = healthTrend(history, 55, today); // 24 Oct: 6.4; 25 Aug: 7.2
    QCOMPARE(trend.since30, std::optional(55 - 64));
    QCOMPARE(trend.since90, std::optional(55 - 72));
    QCOMPARE(healthTrend(history, 55, QDate(2026, 7, 20)).since30, std::nullopt); // nothing before 1 July
    QCOMPARE(inTenths(6.449), 64);
    QCOMPARE(inTenths(5.95), 60); // shown as 6.0, and not below the line
    QCOMPARE(healthBand(3.9), HealthBand::Critical);
    QCOMPARE(healthBand(5.99), HealthBand::AtRisk);
    QCOMPARE(healthBand(6.0), HealthBand::Fair);
    QCOMPARE(healthBand(8.0), HealthBand::Healthy);
}

void TestHealthScore::trackRecord_countsRevenueLostAfterLowScores()
{
    const QString weights = HealthWeights {}.key();
    // Anchor scored 4 from mid-January 2025 and went from £10,000 to £5,000 on 1 May 2025.
    // Beacon scored 8 throughout and kept its £20,000. Corran scored 9 and churned on 1 March 2025.
    QHash<AccountId, QList<HealthSnapshot>> histories;
    histories.insert(1, {{1, 1, QDate(2025, 1, 15), 40, weights, false}});
    histories.insert(2, {{2, 2, QDate(2025, 1, 15), 80, weights, false}});
    histories.insert(3, {{3, 3, QDate(2025, 1, 15), 90, weights, false}});
    QHash<AccountId, QList<ArrChange>> timelines;
    timelines.insert(1, {{1, 1, QDate(2024, 1, 1), ArrChangeKind::New, 1000000, {}, {}, 1},
                            {2, 1, QDate(2025, 5, 1), ArrChangeKind::Contraction, 500000, {}, {}, 1}});
    timelines.insert(2, {{3, 2, QDate(2024, 1, 1), ArrChangeKind::New, 2000000, {}, {}, 1}});
    timelines.insert(3, {{4, 3, QDate(2024, 1, 1), ArrChangeKind::New, 1500000, {}, {}, 1},
                            {5, 3, QDate(2025, 3, 1), ArrChangeKind::Churn, 0, {}, {}, 1}});
    // By 1 Aug 2025 only 1 Feb has had its six months (to 1 Aug): one observation each.
    const TrackRecord record = computeTrackRecord(histories, timelines, QDate(2025, 8, 1));
    QCOMPARE(record.below, 1); // Anchor: £10,000 on 1 Feb, £5,000 on 1 Aug
    QCOMPARE(record.belowLost, 1);
    // Beacon kept everything; Corran had lost it all.
    QCOMPARE(record.atOrAbove, 2);
    QCOMPARE(record.atOrAboveLost, 1);
    const TrackRecord year = computeTrackRecord(histories, timelines, QDate(2026, 1, 1));
    // By 1 Jan 2026, February to July 2025: Anchor was worth less six months after each of
    // February, March and April, not after May (already £5,000) and later.
    QCOMPARE(year.below, 6);
    QCOMPARE(year.belowLost, 3);
    // Beacon 6 months, none lost; Corran only Feb (it churned in March: nothing to lose after).
    QCOMPARE(year.atOrAbove, 7);
    QCOMPARE(year.atOrAboveLost, 1);
    QCOMPARE(*year.belowRate(), 0.5);
    QCOMPARE(*year.atOrAboveRate(), 1.0 / 7);
    QVERIFY(!TrackRecord {}.belowRate());
}

QTEST_GUILESS_MAIN(TestHealthScore)
#include "tst_healthscore.moc"
