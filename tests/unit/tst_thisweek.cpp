#include "domain/thisweek.h"

#include <QtTest>

using namespace keyplan;

namespace {

const QDate today(2026, 11, 23);

WeekOptions on(QDate day, int horizon = 7)
{
    WeekOptions options;
    options.today = day;
    options.horizonDays = horizon;
    return options;
}

AccountRecord account(AccountId id, const QString &name, TeamMemberId owner)
{
    AccountRecord record;
    record.account.id = id;
    record.account.name = name;
    record.account.isKey = true;
    record.account.tier = Tier::Growth;
    record.account.ownerId = owner;
    record.account.renewalDate = QDate(2028, 1, 1);
    Qbr held;
    held.id = id;
    held.accountId = id;
    held.heldOn = today.addDays(-20);
    record.qbrs = {held};
    return record;
}

Play play(PlayId id, AccountId account, QDate due, PlayStatus status = PlayStatus::Open)
{
    Play p;
    p.id = id;
    p.accountId = account;
    p.rule = QStringLiteral("champion_left");
    p.title = QStringLiteral("Re-thread the account");
    p.why = QStringLiteral("Helen Marsh, Champion, left on 12 Nov 2026");
    p.dueOn = due;
    p.status = status;
    return p;
}

QStringList kinds(const WeekAccount &entry)
{
    static const char *names[] {"play", "renewal", "next step", "qbr", "touchpoint"};
    QStringList list;
    for (const WeekItem &item : entry.items)
        list.append(QLatin1StringView(names[int(item.kind)]));
    return list;
}

} // namespace

class TestThisWeek : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void week_groupsByAccountMostUrgentAndMostAtStakeFirst();
    void week_leavesOutWhatIsNotDueAndFiltersByOwner();
};

void TestThisWeek::week_groupsByAccountMostUrgentAndMostAtStakeFirst()
{
    AccountRecord kestrel = account(1, QStringLiteral("Kestrel Aviation"), 1);
    kestrel.account.renewalDate = today.addDays(45);
    Stakeholder champion;
    champion.id = 10;
    champion.accountId = 1;
    champion.name = QStringLiteral("Ravi Patel");
    champion.role = DecisionRole::Champion;
    kestrel.stakeholders = {champion};
    Touchpoint recent;
    recent.accountId = 1;
    recent.on = today.addDays(-2);
    recent.stakeholders = {10};
    kestrel.touchpoints = {recent};
    kestrel.nextSteps = {{1, 1, QStringLiteral("Send the pilot results"), QStringLiteral("Ravi"), today.addDays(3), false, 1}};
    AccountRecord albion = account(2, QStringLiteral("Albion Health"), 2);
    albion.qbrs.clear(); // never held: due now
    albion.nextSteps = {{2, 2, QStringLiteral("Confirm the rollout plan"), {}, today.addDays(-1), false, 1}};
    AccountRecord marlow = account(3, QStringLiteral("Marlow Events"), 1); // nothing due
    AccountRecord smb = account(4, QStringLiteral("Hillcrest Dental"), 1);
    smb.account.isKey = false;
    smb.nextSteps = {{3, 4, QStringLiteral("Call back"), {}, today.addDays(-5), false, 1}};

    const QList<WeekAccountInput> inputs {{&kestrel, {play(1, 1, today.addDays(-2))}, 30000000},
        {&albion, {}, 48000000}, {&marlow, {play(2, 3, {}, PlayStatus::Snoozed)}, 50000000}, {&smb, {}, 100}};
    // Marlow's play is snoozed until next week.
    QList<WeekAccountInput> snoozed = inputs;
    snoozed[2].plays[0].snoozedUntil = today.addDays(10);
    const QList<WeekAccount> week = buildThisWeek(snoozed, CadenceSettings {}, on(today));
    QCOMPARE(week.size(), 2);
    // Both have something overdue: the larger account comes first.
    QCOMPARE(week.at(0).name, QStringLiteral("Albion Health"));
    QCOMPARE(week.at(1).name, QStringLiteral("Kestrel Aviation"));
    QCOMPARE(kinds(week.at(0)), QStringList({QStringLiteral("qbr"), QStringLiteral("next step")}));
    QCOMPARE(week.at(0).items.at(0).detail, QStringLiteral("None held yet"));
    QCOMPARE(week.at(0).items.at(0).urgency(today), Urgency::Overdue);
    QCOMPARE(kinds(week.at(1)), QStringList({QStringLiteral("play"), QStringLiteral("next step"), QStringLiteral("renewal")}));
    const WeekItem &renewal = week.at(1).items.at(2);
    QCOMPARE(renewal.detail, QStringLiteral("Renews on 7 Jan 2027 (in 45 days)"));
    QCOMPARE(renewal.urgency(today), Urgency::Coming);
    QCOMPARE(week.at(1).items.at(0).reference, PlayId(1));
    QCOMPARE(week.at(1).items.at(0).detail, QStringLiteral("Helen Marsh, Champion, left on 12 Nov 2026"));
    QCOMPARE(week.at(1).items.at(1).urgency(today), Urgency::ThisWeek);
    // The snooze over, Marlow's play is back, due since the day it woke.
    QList<WeekAccountInput> woken = snoozed;
    woken[2].plays[0].snoozedUntil = today;
    const QList<WeekAccount> later = buildThisWeek(woken, CadenceSettings {}, on(today));
    QCOMPARE(later.size(), 3);
    QCOMPARE(later.at(2).name, QStringLiteral("Marlow Events")); // due today: after the overdue ones
    QCOMPARE(later.at(2).items.at(0).urgency(today), Urgency::Today);
}

void TestThisWeek::week_leavesOutWhatIsNotDueAndFiltersByOwner()
{
    AccountRecord kestrel = account(1, QStringLiteral("Kestrel Aviation"), 1);
    AccountRecord albion = account(2, QStringLiteral("Albion Health"), 2);
    albion.nextSteps = {{2, 2, QStringLiteral("Confirm the rollout plan"), {}, today, false, 1},
        {3, 2, QStringLiteral("Done already"), {}, today.addDays(-3), true, 1},
        {4, 2, QStringLiteral("Next month"), {}, today.addDays(30), false, 1}};
    Play mine = play(1, 2, today.addDays(1));
    mine.ownerId = 1; // Priya runs this play on Tom's account
    const QList<WeekAccountInput> inputs {{&kestrel,
                                              {play(2, 1, today.addDays(20)), play(3, 1, today, PlayStatus::Done),
                                                  play(4, 1, today, PlayStatus::Dismissed), play(5, 1, today, PlayStatus::Resolved)},
                                              std::nullopt},
        {&albion, {mine}, 100}};
    QList<WeekAccount> week = buildThisWeek(inputs, CadenceSettings {}, on(today));
    QCOMPARE(week.size(), 1); // Kestrel: a play due in 20 days and closed ones only
    QCOMPARE(kinds(week.at(0)), QStringList({QStringLiteral("next step"), QStringLiteral("play")}));
    // Mine: Priya's play on Albion, not Albion's own next step.
    WeekOptions options = on(today);
    options.owner = 1;
    week = buildThisWeek(inputs, CadenceSettings {}, options);
    QCOMPARE(week.size(), 1);
    QCOMPARE(kinds(week.at(0)), QStringList({QStringLiteral("play")}));
    options.owner = 2;
    QCOMPARE(kinds(buildThisWeek(inputs, CadenceSettings {}, options).at(0)), QStringList({QStringLiteral("next step")}));
    // A longer horizon takes in the play due in 20 days; a strategic cadence the QBR held 20 days ago.
    const WeekOptions month = on(today, 21);
    QVERIFY(kinds(buildThisWeek(inputs, CadenceSettings {}, month).at(1)).contains(QStringLiteral("play")));
    kestrel.account.tier = Tier::Strategic; // a review every 30 days: due in 10
    QVERIFY(kinds(buildThisWeek(inputs, CadenceSettings {}, month).at(1)).contains(QStringLiteral("qbr")));
}

QTEST_GUILESS_MAIN(TestThisWeek)
#include "tst_thisweek.moc"
