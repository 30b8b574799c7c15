#include "domain/playrules.h"

#include <QtTest>

using namespace keyplan;

namespace {

const QDate today(2026, 11, 23);

Stakeholder person(StakeholderId id, const QString &name, DecisionRole role, BuyingLayer layer = BuyingLayer::UsersAndAdmins)
{
    Stakeholder s;
    s.id = id;
    s.accountId = 1;
    s.name = name;
    s.role = role;
    s.layer = layer;
    s.relationship = Relationship::Warm;
    s.ourOwnerId = 1;
    return s;
}

Touchpoint contact(StakeholderId id, QDate on)
{
    Touchpoint t;
    t.id = id * 1000 + on.dayOfYear();
    t.accountId = 1;
    t.on = on;
    t.stakeholders = {id};
    return t;
}

// Kestrel as the issue tells it: strategic, renewing in 45 days, its champion gone.
AccountRecord healthyRecord()
{
    AccountRecord record;
    record.account.id = 1;
    record.account.name = QStringLiteral("Kestrel Aviation Services");
    record.account.tier = Tier::Growth;
    record.account.stage = Stage::MidKam;
    record.account.isKey = true;
    record.account.ownerId = 1;
    record.account.renewalDate = QDate(2027, 9, 1);
    record.stakeholders = {person(1, QStringLiteral("Helen Marsh"), DecisionRole::Champion),
        person(2, QStringLiteral("Ravi Patel"), DecisionRole::EconomicBuyer, BuyingLayer::EconomicBuyer),
        person(3, QStringLiteral("Jo Byrne"), DecisionRole::DecisionMaker, BuyingLayer::ExecutiveSponsor),
        person(4, QStringLiteral("Sam Lee"), DecisionRole::User)};
    for (StakeholderId id = 1; id <= 4; ++id)
        record.touchpoints.append(contact(id, QDate(2026, 11, 10)));
    record.reviews = {{1, 1, QDate(2026, 10, 1), 1}};
    Qbr held;
    held.id = 1;
    held.accountId = 1;
    held.heldOn = QDate(2026, 10, 15);
    record.qbrs = {held};
    return record;
}

QStringList rulesFired(const QList<Signal> &fired)
{
    QStringList rules;
    for (const Signal &signal : fired)
        rules.append(signal.rule + (signal.subject.isEmpty() ? QString() : u' ' + signal.subject));
    return rules;
}

QList<Signal> evaluate(const AccountRecord &record, PlayContext context = {}, const RuleSettings &settings = {})
{
    context.record = &record;
    return evaluateAccount(context, settings, CadenceSettings {}, CoverageSettings {}, today);
}

Play playFrom(const Signal &signal, PlayId id, PlayStatus status)
{
    Play play;
    play.id = id;
    play.accountId = signal.accountId;
    play.rule = signal.rule;
    play.subject = signal.subject;
    play.title = signal.title;
    play.why = signal.why;
    play.status = status;
    return play;
}

} // namespace

class TestPlayRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHealthyKeyAccount_firesNothing();
    void championLeft_firesWithItsEvidenceUntilTheSeatIsHeldAgain();
    void championMayHaveLeft_firesWithTheImportsEvidence();
    void coverageCadenceMapAndReviews_fire();
    void renewals_fireOnHealthAndMissingQbr();
    void stageNewExecutiveUsageHealthAndOwners_fire();
    void opportunitiesAndEffort_fire();
    void rules_canBeSwitchedOffAndTuned();
    void ownerOverload_isAPortfolioPlay();
    void reconcile_onePlayPerAccountRuleAndSubject();
    void reconcile_resolvesSnoozesAndDismisses();
};

void TestPlayRules::aHealthyKeyAccount_firesNothing()
{
    const AccountRecord record = healthyRecord();
    PlayContext context;
    context.health = 7.5;
    QCOMPARE(rulesFired(evaluate(record, context)), QStringList());
    AccountRecord other = record;
    other.account.isKey = false;
    other.stakeholders.clear(); // would fire: but only key accounts get plays
    QVERIFY(evaluate(other).isEmpty());
}

void TestPlayRules::championLeft_firesWithItsEvidenceUntilTheSeatIsHeldAgain()
{
    AccountRecord record = healthyRecord();
    record.stakeholders[0].leftOn = QDate(2026, 11, 12);
    QList<Signal> fired = evaluate(record);
    QVERIFY2(rulesFired(fired).contains(QStringLiteral("champion_left stakeholder:1")), qPrintable(rulesFired(fired).join(u'|')));
    const Signal signal = *std::find_if(fired.cbegin(), fired.cend(), [](const Signal &s) { return s.rule == u"champion_left"; });
    QCOMPARE(signal.title, QStringLiteral("Re-thread the account"));
    QCOMPARE(signal.why, QStringLiteral("Helen Marsh, Champion, left on 12 Nov 2026"));
    QCOMPARE(signal.dueInDays, 7);
    QCOMPARE(signal.accountId, AccountId(1));
    // Someone else becomes the champion: the condition clears.
    record.stakeholders[3].role = DecisionRole::Champion;
    QVERIFY(!rulesFired(evaluate(record)).contains(QStringLiteral("champion_left stakeholder:1")));
    // A departure long ago no longer fires.
    record.stakeholders[3].role = DecisionRole::User;
    record.stakeholders[0].leftOn = QDate(2025, 1, 1);
    QVERIFY(!rulesFired(evaluate(record)).contains(QStringLiteral("champion_left stakeholder:1")));
}

void TestPlayRules::championMayHaveLeft_firesWithTheImportsEvidence()
{
    // Helen is still on the map, but LinkedIn shows her at another company.
    AccountRecord record = healthyRecord();
    record.personSignals = {{7, 1, QStringLiteral("LinkedIn (Connections.csv, line 6) shows Helen Marsh at Rival Ltd as CTO, "
                                                  "not at Northgate Logistics."),
        QStringLiteral("linkedin"), QDate(2026, 11, 20)}};
    QList<Signal> fired = evaluate(record);
    QVERIFY2(rulesFired(fired).contains(QStringLiteral("champion_left stakeholder:1")), qPrintable(rulesFired(fired).join(u'|')));
    const Signal signal = *std::find_if(fired.cbegin(), fired.cend(), [](const Signal &s) { return s.rule == u"champion_left"; });
    QCOMPARE(signal.why,
        QStringLiteral("Helen Marsh, Champion, may have left: LinkedIn (Connections.csv, line 6) shows Helen Marsh at Rival Ltd "
                       "as CTO, not at Northgate Logistics."));
    // A signal about someone who holds no seat fires nothing; nor one on a champion whose seat
    // another holds.
    record.personSignals[0].person = 4;
    QVERIFY(!rulesFired(evaluate(record)).contains(QStringLiteral("champion_left stakeholder:4")));
    record.personSignals[0].person = 1;
    record.stakeholders[3].role = DecisionRole::Champion;
    QVERIFY(!rulesFired(evaluate(record)).contains(QStringLiteral("champion_left stakeholder:1")));
    // Marked as left by the user, the usual evidence speaks instead.
    record.stakeholders[3].role = DecisionRole::User;
    record.stakeholders[0].leftOn = QDate(2026, 11, 25);
    fired = evaluate(record);
    const Signal left = *std::find_if(fired.cbegin(), fired.cend(), [](const Signal &s) { return s.rule == u"champion_left"; });
    QCOMPARE(left.why, QStringLiteral("Helen Marsh, Champion, left on 25 Nov 2026"));
}

void TestPlayRules::coverageCadenceMapAndReviews_fire()
{
    AccountRecord record = healthyRecord();
    // Only Helen is warm: single-threaded, 25% coverage.
    for (int i = 1; i < 4; ++i)
        record.stakeholders[i].relationship = Relationship::Cold;
    record.touchpoints = {contact(1, QDate(2026, 11, 20)), contact(2, QDate(2026, 8, 1))};
    record.reviews = {{1, 1, QDate(2026, 3, 1), 1}};
    record.qbrs[0].heldOn = QDate(2026, 6, 1);
    const QList<Signal> fired = evaluate(record);
    const QStringList rules = rulesFired(fired);
    QVERIFY2(rules.contains(QStringLiteral("thin_coverage")), qPrintable(rules.join(u'|')));
    // Ravi (84 days, a growth account's key people every 30) and Jo (never) are due a contact.
    QVERIFY(rules.contains(QStringLiteral("stakeholder_quiet stakeholder:2")));
    QVERIFY(rules.contains(QStringLiteral("stakeholder_quiet stakeholder:3")));
    QVERIFY(!rules.contains(QStringLiteral("stakeholder_quiet stakeholder:1")));
    QVERIFY(!rules.contains(QStringLiteral("stakeholder_quiet stakeholder:4"))); // a user: not key
    QVERIFY(rules.contains(QStringLiteral("map_stale")));
    QVERIFY(rules.contains(QStringLiteral("qbr_overdue")));
    for (const Signal &signal : fired) {
        if (signal.rule == u"thin_coverage")
            QCOMPARE(signal.why, QStringLiteral("Coverage 25% (target 60–70%); single-threaded"));
        if (signal.subject == u"stakeholder:2") {
            QCOMPARE(signal.title, QStringLiteral("Get back in touch with Ravi Patel"));
            QCOMPARE(signal.why, QStringLiteral("Last contact 114 days ago; the growth tier sees key people every 30 days"));
        }
        if (signal.subject == u"stakeholder:3")
            QCOMPARE(signal.why, QStringLiteral("No contact yet; the growth tier sees key people every 30 days"));
        if (signal.rule == u"map_stale")
            QCOMPARE(signal.why, QStringLiteral("Last reviewed on 1 Mar 2026, 267 days ago"));
        if (signal.rule == u"qbr_overdue")
            QCOMPARE(signal.why,
                QStringLiteral("Last QBR held on 1 Jun 2026, 175 days ago; the growth tier holds a review every 91 days"));
    }
    record.reviews.clear();
    record.qbrs.clear();
    for (const Signal &signal : evaluate(record)) {
        if (signal.rule == u"map_stale")
            QCOMPARE(signal.why, QStringLiteral("Never reviewed"));
        if (signal.rule == u"qbr_overdue")
            QCOMPARE(signal.why, QStringLiteral("No QBR held yet; the growth tier holds a review every 91 days"));
    }
}

void TestPlayRules::renewals_fireOnHealthAndMissingQbr()
{
    AccountRecord record = healthyRecord();
    record.account.renewalDate = QDate(2027, 1, 7); // in 45 days
    record.qbrs[0].heldOn = QDate(2026, 9, 20); // last quarter
    PlayContext context;
    context.health = 4.6;
    QList<Signal> fired = evaluate(record, context);
    QStringList rules = rulesFired(fired);
    QVERIFY2(rules.contains(QStringLiteral("renewal_at_risk renewal:2027-01-07")), qPrintable(rules.join(u'|')));
    QVERIFY(rules.contains(QStringLiteral("health_low")));
    QVERIFY(rules.contains(QStringLiteral("renewal_without_qbr renewal:2027-01-07")));
    for (const Signal &signal : fired) {
        if (signal.rule == u"renewal_at_risk")
            QCOMPARE(signal.why, QStringLiteral("Renews on 7 Jan 2027 (in 45 days) with health 4.6"));
        if (signal.rule == u"health_low")
            QCOMPARE(signal.why, QStringLiteral("Health 4.6, below 6"));
        if (signal.rule == u"renewal_without_qbr")
            QCOMPARE(signal.why, QStringLiteral("Renews on 7 Jan 2027 (in 45 days); the last QBR was held on 20 Sep 2026"));
    }
    // A QBR held this quarter (from 1 October) answers the second; health 6 the first two.
    context.health = 6.0;
    record.qbrs[0].heldOn = QDate(2026, 11, 2);
    rules = rulesFired(evaluate(record, context));
    QVERIFY(!rules.contains(QStringLiteral("renewal_at_risk renewal:2027-01-07")));
    QVERIFY(!rules.contains(QStringLiteral("health_low")));
    QVERIFY(!rules.contains(QStringLiteral("renewal_without_qbr renewal:2027-01-07")));
    // No score at all is no data, not poor health.
    context.health.reset();
    QVERIFY(!rulesFired(evaluate(record, context)).contains(QStringLiteral("health_low")));
}

void TestPlayRules::stageNewExecutiveUsageHealthAndOwners_fire()
{
    AccountRecord record = healthyRecord();
    record.stageChanges = {{10, 1, std::nullopt, Stage::EarlyKam, QDate(2024, 1, 1), {}},
        {11, 1, Stage::EarlyKam, Stage::MidKam, QDate(2025, 6, 1), {}},
        {12, 1, Stage::MidKam, Stage::UncouplingKam, QDate(2026, 11, 3), QStringLiteral("New COO")}};
    Stakeholder coo = person(5, QStringLiteral("Dana Frost"), DecisionRole::DecisionMaker, BuyingLayer::ExecutiveSponsor);
    coo.title = QStringLiteral("COO");
    coo.addedOn = QDate(2026, 11, 1);
    record.stakeholders.append(coo);
    PlayContext context;
    MetricSeries users;
    users.id = 3;
    users.name = QStringLiteral("Weekly active users");
    users.points = {{QDate(2026, 9, 1), 900}, {QDate(2026, 10, 1), 800}, {QDate(2026, 11, 1), 600}};
    record.metrics = {users};
    context.team = {{1, QStringLiteral("Priya Shah")}, {2, QStringLiteral("Tom Whitaker")}};
    record.ownerChanges = {{7, 1, QDate(2026, 11, 15), 2, 1, 1}};
    context.leftTeam.insert(1, QDate(2026, 11, 20)); // Priya owns every relationship here
    const QList<Signal> fired = evaluate(record, context);
    const QStringList rules = rulesFired(fired);
    QVERIFY2(rules.contains(QStringLiteral("stage_regression stage:12")), qPrintable(rules.join(u'|')));
    QVERIFY(rules.contains(QStringLiteral("new_executive stakeholder:5")));
    QVERIFY(rules.contains(QStringLiteral("usage_down metric:3")));
    QVERIFY(rules.contains(QStringLiteral("owner_changed owner:7")));
    QVERIFY(rules.contains(QStringLiteral("owner_left_team member:1")));
    for (const Signal &signal : fired) {
        if (signal.rule == u"stage_regression")
            QCOMPARE(signal.why, QStringLiteral("Mid KAM → Uncoupling KAM on 3 Nov 2026: New COO"));
        if (signal.rule == u"new_executive") {
            QCOMPARE(signal.title, QStringLiteral("Get introduced to Dana Frost early"));
            QCOMPARE(signal.why, QStringLiteral("Dana Frost, COO, on the map since 1 Nov 2026; no contact yet"));
        }
        if (signal.rule == u"usage_down") {
            QCOMPARE(signal.title, QStringLiteral("Find out why Weekly active users is falling"));
            QCOMPARE(signal.why, QStringLiteral("Weekly active users: 900 → 800 → 600 (to 1 Nov 2026)"));
        }
        if (signal.rule == u"owner_changed")
            QCOMPARE(signal.why, QStringLiteral("From Tom Whitaker to Priya Shah on 15 Nov 2026"));
        if (signal.rule == u"owner_left_team") {
            QCOMPARE(signal.title, QStringLiteral("Re-own Priya Shah's relationships"));
            QCOMPARE(signal.why, QStringLiteral("Priya Shah left our team on 20 Nov 2026; relationships here still theirs: 5"));
        }
    }
    // Contacted, the new executive no longer fires; a move forward is no regression.
    record.touchpoints.append(contact(5, QDate(2026, 11, 21)));
    record.stageChanges.append({13, 1, Stage::UncouplingKam, Stage::MidKam, QDate(2026, 11, 22), {}});
    const QStringList after = rulesFired(evaluate(record, context));
    QVERIFY(!after.contains(QStringLiteral("new_executive stakeholder:5")));
    QVERIFY(!after.contains(QStringLiteral("stage_regression stage:12")));
    QVERIFY(!after.contains(QStringLiteral("stage_regression stage:13")));
}

void TestPlayRules::opportunitiesAndEffort_fire()
{
    AccountRecord record = healthyRecord();
    Opportunity late;
    late.id = 7;
    late.accountId = 1;
    late.title = QStringLiteral("Payroll connector");
    late.stage = OpportunityStage::Proposal;
    late.expectedClose = QDate(2026, 9, 30);
    Opportunity won = late;
    won.id = 8;
    won.stage = OpportunityStage::Won;
    record.opportunities = {late, won};
    record.account.tier = Tier::Strategic;
    record.account.stage = Stage::EarlyKam;
    const QList<Signal> fired = evaluate(record);
    const QStringList rules = rulesFired(fired);
    QVERIFY2(rules.contains(QStringLiteral("opportunity_overdue opportunity:7")), qPrintable(rules.join(u'|')));
    QVERIFY(!rules.contains(QStringLiteral("opportunity_overdue opportunity:8")));
    QVERIFY(rules.contains(QStringLiteral("effort_mismatch")));
    for (const Signal &signal : fired) {
        if (signal.rule == u"opportunity_overdue") {
            QCOMPARE(signal.title, QStringLiteral("Update or close Payroll connector"));
            QCOMPARE(signal.why, QStringLiteral("Expected to close on 30 Sep 2026; still at Proposal"));
        }
        if (signal.rule == u"effort_mismatch")
            QCOMPARE(signal.why, QStringLiteral("At Early KAM, on the strategic tier's cadence (touchpoints every 7 days)"));
    }
    record.account.tier = Tier::Standard;
    record.account.stage = Stage::PartnershipKam;
    QVERIFY(rulesFired(evaluate(record)).contains(QStringLiteral("effort_mismatch")));
    record.account.tier = Tier::Growth;
    QVERIFY(!rulesFired(evaluate(record)).contains(QStringLiteral("effort_mismatch")));
}

void TestPlayRules::rules_canBeSwitchedOffAndTuned()
{
    AccountRecord record = healthyRecord();
    record.reviews = {{1, 1, QDate(2026, 3, 1), 1}}; // 267 days
    QVERIFY(rulesFired(evaluate(record)).contains(QStringLiteral("map_stale")));
    // When a map is stale is the coverage settings' to say.
    CoverageSettings yearly;
    yearly.staleAfterDays = 365;
    PlayContext context;
    context.record = &record;
    QVERIFY(!rulesFired(evaluateAccount(context, {}, CadenceSettings {}, yearly, today)).contains(QStringLiteral("map_stale")));
    // Parameters: the user's, else the default.
    record.account.renewalDate = QDate(2027, 2, 1); // in 70 days
    context.health = 5.0;
    QVERIFY(rulesFired(evaluate(record, context)).contains(QStringLiteral("renewal_at_risk renewal:2027-02-01")));
    RuleSettings settings;
    QCOMPARE(settings.parameter(PlayRule::RenewalAtRisk, "within_days"), 90);
    settings.parameters.insert(QStringLiteral("renewal_at_risk.within_days"), 60);
    QCOMPARE(settings.parameter(PlayRule::RenewalAtRisk, "within_days"), 60);
    QVERIFY(!rulesFired(evaluate(record, context, settings)).contains(QStringLiteral("renewal_at_risk renewal:2027-02-01")));
    settings.parameters.clear();
    settings.enabled.insert(QStringLiteral("map_stale"), false);
    QVERIFY(!rulesFired(evaluate(record, {}, settings)).contains(QStringLiteral("map_stale")));
    QVERIFY(!accountRulesEvaluated(settings).contains(QStringLiteral("map_stale")));
    QCOMPARE(accountRulesEvaluated({}).size(), qsizetype(playRuleCount - 1));
    QCOMPARE(ruleDefinitions().size(), qsizetype(playRuleCount));
    for (const RuleDefinition &definition : ruleDefinitions()) {
        QCOMPARE(playRuleFromKey(QLatin1StringView(definition.key)), std::optional(definition.rule));
        QVERIFY(!definition.playbook.isEmpty());
    }
}

void TestPlayRules::ownerOverload_isAPortfolioPlay()
{
    const QList<OwnerLoad> loads {{1, QStringLiteral("Priya Shah"), 12, 3}, {2, QStringLiteral("Tom Whitaker"), 4, 21},
        {3, QStringLiteral("Aisha Okafor"), 10, 20}};
    const QList<Signal> fired = evaluatePortfolio(loads, {});
    QCOMPARE(fired.size(), 2);
    QCOMPARE(fired.at(0).accountId, AccountId(0));
    QCOMPARE(fired.at(0).subject, QStringLiteral("member:1"));
    QCOMPARE(fired.at(0).title, QStringLiteral("Rebalance Priya Shah's key accounts"));
    QCOMPARE(fired.at(0).why, QStringLiteral("12 enterprise key accounts (guideline up to 10)"));
    QCOMPARE(fired.at(1).why, QStringLiteral("21 mid-market key accounts (guideline up to 20)"));
    RuleSettings settings;
    settings.parameters.insert(QStringLiteral("owner_overloaded.enterprise_max"), 15);
    QCOMPARE(evaluatePortfolio(loads, settings).size(), 1);
    settings.enabled.insert(QStringLiteral("owner_overloaded"), false);
    QVERIFY(evaluatePortfolio(loads, settings).isEmpty());
    QVERIFY(portfolioRulesEvaluated(settings).isEmpty());
}

void TestPlayRules::reconcile_onePlayPerAccountRuleAndSubject()
{
    const Signal rethread {1, QStringLiteral("champion_left"), QStringLiteral("stakeholder:1"),
        QStringLiteral("Re-thread the account"), QStringLiteral("Helen Marsh, Champion, left on 12 Nov 2026"), 7};
    const QStringList rules = accountRulesEvaluated({});
    // Fired twice in one evaluation: one play.
    PlayChanges changes = reconcilePlays({}, {rethread, rethread}, rules);
    QCOMPARE(changes.toOpen.size(), 1);
    // Its play open: nothing new; evaluated again with the same evidence: nothing at all.
    const Play open = playFrom(rethread, 1, PlayStatus::Open);
    QVERIFY(reconcilePlays({open}, {rethread}, rules).isEmpty());
    // Other evidence for the same subject refreshes the why.
    Signal later = rethread;
    later.why = QStringLiteral("Helen Marsh, Champion, left on 13 Nov 2026");
    changes = reconcilePlays({open}, {later}, rules);
    QVERIFY(changes.toOpen.isEmpty());
    QCOMPARE(changes.newWording, (QList<PlayWording> {{1, rethread.title, later.why}}));
    // The same finding worded in the language the user reads now: the play takes its words.
    Signal german = rethread;
    german.title = QStringLiteral("Den Account neu vernetzen");
    changes = reconcilePlays({open}, {german}, rules);
    QVERIFY(changes.toOpen.isEmpty());
    QCOMPARE(changes.newWording, (QList<PlayWording> {{1, german.title, rethread.why}}));
    // Another subject, another account: plays of their own.
    Signal other = rethread;
    other.subject = QStringLiteral("stakeholder:2");
    Signal elsewhere = rethread;
    elsewhere.accountId = 2;
    QCOMPARE(reconcilePlays({open}, {rethread, other, elsewhere}, rules).toOpen.size(), 2);
    // Manual plays are never resolved or matched.
    Play manual;
    manual.id = 9;
    manual.accountId = 1;
    manual.title = QStringLiteral("Send the roadmap");
    QVERIFY(reconcilePlays({manual}, {}, rules).isEmpty());
}

void TestPlayRules::reconcile_resolvesSnoozesAndDismisses()
{
    const Signal renewal {1, QStringLiteral("renewal_at_risk"), QStringLiteral("renewal:2027-01-07"),
        QStringLiteral("Risk review before the renewal"), QStringLiteral("Renews on 7 Jan 2027 (in 45 days) with health 4.6"), 7};
    const QStringList rules = accountRulesEvaluated({});
    // The condition clears: the open play resolves itself.
    QCOMPARE(reconcilePlays({playFrom(renewal, 1, PlayStatus::Open)}, {}, rules).toResolve, QList<PlayId>({1}));
    // Snoozed, it stays the one play (it does not fire again) and resolves when the condition clears.
    Play snoozed = playFrom(renewal, 2, PlayStatus::Snoozed);
    snoozed.snoozedUntil = QDate(2026, 12, 1);
    QVERIFY(reconcilePlays({snoozed}, {renewal}, rules).toOpen.isEmpty());
    QVERIFY(!snoozed.isActionable(today));
    QVERIFY(snoozed.isActionable(QDate(2026, 12, 1)));
    QCOMPARE(reconcilePlays({snoozed}, {}, rules).toResolve, QList<PlayId>({2}));
    // Dismissed: quiet while the condition holds; once it clears, it is marked; then it may fire anew.
    Play dismissed = playFrom(renewal, 3, PlayStatus::Dismissed);
    dismissed.reason = QStringLiteral("Renewal already signed");
    QVERIFY(reconcilePlays({dismissed}, {renewal}, rules).isEmpty());
    QCOMPARE(reconcilePlays({dismissed}, {}, rules).toMarkCleared, QList<PlayId>({3}));
    dismissed.clearedOn = today;
    QVERIFY(reconcilePlays({dismissed}, {}, rules).isEmpty());
    QCOMPARE(reconcilePlays({dismissed}, {renewal}, rules).toOpen.size(), 1);
    // Done behaves alike; a resolved play's rule fires a new one.
    Play done = playFrom(renewal, 4, PlayStatus::Done);
    QVERIFY(reconcilePlays({done}, {renewal}, rules).isEmpty());
    QCOMPARE(reconcilePlays({playFrom(renewal, 5, PlayStatus::Resolved)}, {renewal}, rules).toOpen.size(), 1);
    // The newest play of an identity decides: an old resolved one beside an open one changes nothing.
    QVERIFY(reconcilePlays({playFrom(renewal, 5, PlayStatus::Resolved), playFrom(renewal, 6, PlayStatus::Open)},
        {renewal}, rules)
                .isEmpty());
    // A rule switched off leaves its plays alone.
    RuleSettings off;
    off.enabled.insert(QStringLiteral("renewal_at_risk"), false);
    QVERIFY(reconcilePlays({playFrom(renewal, 1, PlayStatus::Open)}, {}, accountRulesEvaluated(off)).isEmpty());
}

QTEST_GUILESS_MAIN(TestPlayRules)
#include "tst_playrules.moc"
