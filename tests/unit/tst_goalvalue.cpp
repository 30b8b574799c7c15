#include "domain/goalvalue.h"
#include "domain/percent.h"

#include <QtTest>

using namespace keyplan;

// The value of a customer's goal in money, and the return on what they pay (domain/goalvalue.h).
class TestGoalValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goalValue_countsTheImprovementTowardsTheTargetInMoney();
    void goalValue_followsTheNextResultAndTheDirectionOfTheGoal();
    void valueReturn_setsAYearOfValueAgainstWhatTheyPay();
};

namespace {

Goal valuedGoal(GoalId id, double baseline, double target, MinorUnits unitValue, ValuePeriod per)
{
    Goal goal;
    goal.id = id;
    goal.objective = QStringLiteral("Cut the time spent building rotas");
    goal.unit = QStringLiteral("hours a week");
    goal.baseline = baseline;
    goal.target = target;
    goal.unitValue = unitValue;
    goal.valuePer = per;
    return goal;
}

ValueOutcome result(ValueOutcomeId id, std::optional<GoalId> goal, QDate on, double before, double after)
{
    ValueOutcome outcome;
    outcome.id = id;
    outcome.goalId = goal;
    outcome.achievedOn = on;
    outcome.before = before;
    outcome.after = after;
    outcome.unit = QStringLiteral("hours a week");
    return outcome;
}

} // namespace

void TestGoalValue::goalValue_countsTheImprovementTowardsTheTargetInMoney()
{
    // From 30 hours a week to 12 (the latest result), at £32 an hour, every week: 18 × 32 × 52.
    const Goal goal = valuedGoal(7, 30, 10, 3200, ValuePeriod::Week);
    const QList<ValueOutcome> outcomes {result(1, 7, QDate(2026, 10, 14), 20, 12), result(2, 7, QDate(2026, 8, 1), 38, 20),
        result(3, std::nullopt, QDate(2026, 11, 1), 100, 0), result(4, 8, QDate(2026, 11, 2), 100, 0)};
    std::optional<GoalValue> worth = goalValue(goal, outcomes);
    QVERIFY(worth);
    QCOMPARE(worth->start, 30.0);
    QCOMPARE(worth->now, 12.0);
    QCOMPARE(worth->improvement, 18.0);
    QCOMPARE(worth->value, MinorUnits(18 * 3200 * 52));
    QVERIFY(worth->recurring);
    QCOMPARE(formatMoney(worth->value, QStringLiteral("GBP"), QLocale(QLocale::English, QLocale::UnitedKingdom)),
        QStringLiteral("£29,952"));

    // Without a baseline the start is where the first result began (38).
    Goal noBaseline = goal;
    noBaseline.baseline.reset();
    QCOMPARE(goalValue(noBaseline, outcomes)->improvement, 26.0);
    // The same saving counted once, a month, a quarter or a year.
    Goal once = goal;
    once.valuePer = ValuePeriod::Once;
    QCOMPARE(goalValue(once, outcomes)->value, MinorUnits(18 * 3200));
    QVERIFY(!goalValue(once, outcomes)->recurring);
    for (const auto &[per, times] : {std::pair {ValuePeriod::Month, 12}, {ValuePeriod::Quarter, 4}, {ValuePeriod::Year, 1}}) {
        Goal other = goal;
        other.valuePer = per;
        QCOMPARE(goalValue(other, outcomes)->value, MinorUnits(18 * 3200 * times));
    }
    // No money without a unit value, without a target to say which way is better, or without a result.
    Goal unvalued = goal;
    unvalued.unitValue.reset();
    QVERIFY(!goalValue(unvalued, outcomes));
    Goal aimless = goal;
    aimless.target.reset();
    QVERIFY(!goalValue(aimless, outcomes));
    QVERIFY(!goalValue(goal, {outcomes.at(2), outcomes.at(3)}));
}

void TestGoalValue::goalValue_followsTheNextResultAndTheDirectionOfTheGoal()
{
    const Goal goal = valuedGoal(7, 30, 10, 3200, ValuePeriod::Week);
    QList<ValueOutcome> outcomes {result(1, 7, QDate(2026, 8, 1), 30, 20)};
    QCOMPARE(goalValue(goal, outcomes)->value, MinorUnits(10 * 3200 * 52));
    // The next quarter's result slips back to 26: the value follows it down, never below nothing.
    outcomes.append(result(2, 7, QDate(2026, 11, 1), 20, 26));
    QCOMPARE(goalValue(goal, outcomes)->value, MinorUnits(4 * 3200 * 52));
    outcomes.append(result(3, 7, QDate(2026, 11, 20), 26, 33));
    QCOMPARE(goalValue(goal, outcomes)->improvement, 0.0);
    QCOMPARE(goalValue(goal, outcomes)->value, MinorUnits(0));
    // A goal to grow (2 sites to 12) counts the rise.
    Goal sites = valuedGoal(9, 2, 12, 50000, ValuePeriod::Year);
    QCOMPARE(goalValue(sites, {result(5, 9, QDate(2026, 9, 1), 2, 5)})->value, MinorUnits(3 * 50000));
    // A unit value that would take the sum beyond the range of money is no figure, not a wrapped one.
    Goal huge = valuedGoal(9, 0, 1e12, maxMoney, ValuePeriod::Week);
    QVERIFY(!goalValue(huge, {result(5, 9, QDate(2026, 9, 1), 0, 1e11)}));
}

void TestGoalValue::valueReturn_setsAYearOfValueAgainstWhatTheyPay()
{
    const QList<Goal> goals {valuedGoal(1, 30, 10, 3200, ValuePeriod::Week), valuedGoal(2, 10, 0, 100000, ValuePeriod::Once),
        valuedGoal(3, 10, 0, 100000, ValuePeriod::Month)};
    QList<Goal> withDropped = goals;
    withDropped[2].status = GoalStatus::Dropped;
    const QList<ValueOutcome> outcomes {result(1, 1, QDate(2026, 10, 1), 30, 20), result(2, 2, QDate(2026, 10, 1), 10, 5),
        result(3, 3, QDate(2026, 10, 1), 10, 8)};
    // 10 × £32 × 52 = £16,640 a year plus 2 × £1,000 × 12 = £24,000 a year; £5,000 once.
    const ValueReturn all = valueReturn(goals, outcomes, 2000000);
    QCOMPARE(all.goalsValued, 3);
    QCOMPARE(all.perYear, MinorUnits(1664000 + 2400000));
    QCOMPARE(all.oneOff, MinorUnits(500000));
    QCOMPARE(all.timesWhatTheyPay, std::optional<double>(double(1664000 + 2400000) / 2000000));
    QCOMPARE(formatMultiple(all.timesWhatTheyPay, QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("2.0×"));
    // A dropped goal is not counted; without ARR there is no return to tell.
    const ValueReturn dropped = valueReturn(withDropped, outcomes, 0);
    QCOMPARE(dropped.goalsValued, 2);
    QCOMPARE(dropped.perYear, MinorUnits(1664000));
    QVERIFY(!dropped.timesWhatTheyPay);
}

QTEST_GUILESS_MAIN(TestGoalValue)
#include "tst_goalvalue.moc"
