#include "domain/coverage.h"

#include <QtTest>

using namespace keyplan;

namespace {

const QDate today(2026, 11, 23);

Stakeholder person(StakeholderId id, BuyingLayer layer, DecisionRole role, Relationship relationship,
    std::optional<TeamMemberId> owner = 1)
{
    Stakeholder s;
    s.id = id;
    s.accountId = 7;
    s.name = QStringLiteral("Person %1").arg(id);
    s.layer = layer;
    s.role = role;
    s.relationship = relationship;
    s.ourOwnerId = owner;
    return s;
}

Touchpoint contact(const QDate &on, QList<StakeholderId> who)
{
    Touchpoint t;
    t.accountId = 7;
    t.on = on;
    t.stakeholders = std::move(who);
    return t;
}

} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellCoveredMap_isWithinTarget();
    void singleThreadedAccount_isFlagged();
    void warmButNotContactedRecently_isNotActive();
    void peopleWhoLeft_andOtherLayer_areNotRelevant();
    void emptySeats_areTheRequiredSeatsNobodyFills();
    void freshness_followsTheLastReview();
    void lastContacts_takeTheLatestTouchpoint();
    void emptyMap_hasNoRatios();
};

void TestCoverage::wellCoveredMap_isWithinTarget()
{
    // 10 relevant people, 6 warm or strong, owned and contacted last month: 60% (the target band).
    QList<Stakeholder> map;
    QList<Touchpoint> touchpoints;
    for (int i = 1; i <= 10; ++i) {
        const bool warm = i <= 6;
        map.append(person(i, BuyingLayer::UsersAndAdmins, DecisionRole::User,
            warm ? (i % 2 ? Relationship::Warm : Relationship::Strong) : Relationship::Neutral));
        touchpoints.append(contact(today.addDays(-30), {i}));
    }
    map[0].layer = BuyingLayer::ExecutiveSponsor;
    map[1].layer = BuyingLayer::EconomicBuyer;
    map[2].role = DecisionRole::Champion;
    map[3].role = DecisionRole::DecisionMaker;
    const Coverage coverage = computeCoverage(map, touchpoints, today.addDays(-20), today);
    QCOMPARE(coverage.relevant, 10);
    QCOMPARE(coverage.active, 6);
    QCOMPARE(*coverage.depth(), 0.6);
    QCOMPARE(*coverage.companyOwnedShare(), 1.0);
    QVERIFY(!coverage.singleThreaded);
    QVERIFY(coverage.emptySeats.isEmpty());
    QCOMPARE(*coverage.daysSinceReview, 20);
    QVERIFY(!coverage.stale);
}

void TestCoverage::singleThreadedAccount_isFlagged()
{
    const QList<Stakeholder> map {
        person(1, BuyingLayer::UsersAndAdmins, DecisionRole::Champion, Relationship::Strong),
        person(2, BuyingLayer::EconomicBuyer, DecisionRole::EconomicBuyer, Relationship::Cold),
        person(3, BuyingLayer::UsersAndAdmins, DecisionRole::User, Relationship::Warm, std::nullopt)};
    const QList<Touchpoint> touchpoints {contact(today.addDays(-3), {1, 2, 3})};
    const Coverage coverage = computeCoverage(map, touchpoints, {}, today);
    QCOMPARE(coverage.active, 1); // person 3 is warm but nobody on our side owns the relationship
    QCOMPARE(coverage.companyOwned, 2);
    QVERIFY(coverage.singleThreaded);
    CoverageSettings strict;
    strict.singleThreadedAtMost = 0;
    QVERIFY(!computeCoverage(map, touchpoints, {}, today, strict).singleThreaded);
}

void TestCoverage::warmButNotContactedRecently_isNotActive()
{
    const Stakeholder warm = person(1, BuyingLayer::UsersAndAdmins, DecisionRole::User, Relationship::Warm);
    const QHash<StakeholderId, QDate> recent {{1, today.addDays(-90)}};
    const QHash<StakeholderId, QDate> old {{1, today.addDays(-91)}};
    QVERIFY(isActive(warm, recent, today, {}));
    QVERIFY(!isActive(warm, old, today, {}));
    QVERIFY(!isActive(warm, {}, today, {})); // never contacted
    CoverageSettings lenient;
    lenient.activeWithinDays = 180;
    QVERIFY(isActive(warm, old, today, lenient));
}

void TestCoverage::peopleWhoLeft_andOtherLayer_areNotRelevant()
{
    Stakeholder gone = person(1, BuyingLayer::UsersAndAdmins, DecisionRole::Champion, Relationship::Strong);
    gone.leftOn = today.addDays(-10);
    const Stakeholder outsider
        = person(2, BuyingLayer::Other, DecisionRole::Influencer, Relationship::Strong);
    const Stakeholder stays = person(3, BuyingLayer::UsersAndAdmins, DecisionRole::User, Relationship::Cold);
    const Coverage coverage
        = computeCoverage({gone, outsider, stays}, {contact(today, {1, 2, 3})}, {}, today);
    QCOMPARE(coverage.relevant, 1);
    QCOMPARE(coverage.active, 0);
    QCOMPARE(*coverage.depth(), 0.0);
    // The champion who left no longer fills the champion seat.
    QVERIFY(coverage.emptySeats.contains(QStringLiteral("champion")));
}

void TestCoverage::emptySeats_areTheRequiredSeatsNobodyFills()
{
    const QList<Stakeholder> map {
        person(1, BuyingLayer::ExecutiveSponsor, DecisionRole::DecisionMaker, Relationship::Warm),
        person(2, BuyingLayer::UsersAndAdmins, DecisionRole::Champion, Relationship::Warm)};
    const Coverage coverage = computeCoverage(map, {}, {}, today);
    QCOMPARE(coverage.emptySeats, QStringList {QStringLiteral("economic_buyer")});
    CoverageSettings custom;
    custom.requiredSeats = {QStringLiteral("technical_evaluator"), QStringLiteral("champion")};
    QCOMPARE(computeCoverage(map, {}, {}, today, custom).emptySeats,
        QStringList {QStringLiteral("technical_evaluator")});
    QCOMPARE(seatName(QStringLiteral("economic_buyer")), QStringLiteral("Economic buyer"));
    QCOMPARE(seatName(QStringLiteral("champion")), QStringLiteral("Champion"));
}

void TestCoverage::freshness_followsTheLastReview()
{
    QVERIFY(computeCoverage({}, {}, {}, today).stale); // never reviewed
    QVERIFY(!computeCoverage({}, {}, today.addDays(-182), today).stale);
    QVERIFY(computeCoverage({}, {}, today.addDays(-183), today).stale);
}

void TestCoverage::lastContacts_takeTheLatestTouchpoint()
{
    const QList<Touchpoint> touchpoints {
        contact(QDate(2026, 1, 5), {1, 2}), contact(QDate(2026, 6, 1), {2}), contact(QDate(2026, 3, 1), {1})};
    const QHash<StakeholderId, QDate> latest = lastContacts(touchpoints);
    QCOMPARE(latest.value(1), QDate(2026, 3, 1));
    QCOMPARE(latest.value(2), QDate(2026, 6, 1));
    QCOMPARE(*daysSinceContact(latest, 2, QDate(2026, 6, 11)), 10);
    QVERIFY(!daysSinceContact(latest, 3, today));
}

void TestCoverage::emptyMap_hasNoRatios()
{
    const Coverage coverage = computeCoverage({}, {}, {}, today);
    QVERIFY(!coverage.depth());
    QVERIFY(!coverage.companyOwnedShare());
    QVERIFY(coverage.singleThreaded);
    QCOMPARE(coverage.emptySeats.size(), 4);
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
