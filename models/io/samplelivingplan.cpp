#include "io/samplelivingplan.h"

#include "domain/playrules.h"
#include "io/portfoliodata.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace keyplan {
namespace {

QJsonObject readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

struct Mark
{
    QDate on;
    int score = 7;
    QString note;
};

// The judgements the sample recorded before the scorecard, oldest first.
QList<Mark> marksOf(const QJsonObject &pipeline, const QString &account, const QDate &asOf)
{
    QList<Mark> marks;
    const QJsonObject plan = pipeline.value(QStringLiteral("accounts")).toObject().value(account).toObject();
    for (const QJsonValue &value : plan.value(QStringLiteral("health")).toArray()) {
        const QJsonArray row = value.toArray();
        marks.append({asOf.addDays(-row.at(0).toInt()), row.at(1).toInt(), row.at(2).toString()});
    }
    std::sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) { return a.on < b.on; });
    return marks;
}

std::optional<double> optionalNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

// What a unit of a goal's measure is worth to the customer, by unit: {"hours a week": [32, "week"]}.
Goal goalFrom(const QJsonArray &row, const QDate &asOf, const QJsonObject &unitValues)
{
    Goal goal;
    goal.objective = row.at(0).toString();
    goal.measure = row.at(1).toString();
    goal.unit = row.at(2).toString();
    goal.baseline = optionalNumber(row.at(3));
    goal.target = optionalNumber(row.at(4));
    if (row.size() > 5)
        goal.dueOn = asOf.addDays(row.at(5).toInt());
    if (row.size() > 6)
        goal.status = goalStatusFromKey(row.at(6).toString()).value_or(GoalStatus::OnTrack);
    const QJsonArray worth = unitValues.value(goal.unit).toArray();
    if (worth.size() == 2) {
        goal.unitValue = qRound64(worth.at(0).toDouble() * 100);
        goal.valuePer = valuePeriodFromKey(worth.at(1).toString()).value_or(ValuePeriod::Year);
    }
    return goal;
}

std::optional<StakeholderId> customerOwner(const AccountRecord &record)
{
    for (const DecisionRole role : {DecisionRole::Champion, DecisionRole::DecisionMaker, DecisionRole::EconomicBuyer}) {
        for (const Stakeholder &person : record.stakeholders) {
            if (!person.hasLeft() && person.role == role)
                return person.id;
        }
    }
    return std::nullopt;
}

// Whether a result and a goal share a word of five letters or more ("hours", "overtime"), other
// than "share" (a labour cost as a share of sales is not overtime as a share of hours).
bool sameSubject(const Goal &goal, const ValueOutcome &outcome)
{
    static const QRegularExpression word(QStringLiteral("\\w{5,}"));
    const QString about = (goal.objective + u' ' + goal.measure).toLower();
    for (const QRegularExpressionMatch &match : word.globalMatch(outcome.metric.toLower())) {
        if (match.captured() != u"share" && about.contains(match.captured()))
            return true;
    }
    return false;
}

void addGoals(AccountRecord &record, const QJsonObject &spec, const QJsonArray &templates, const QJsonObject &unitValues,
    int index, std::optional<TeamMemberId> owner, const QDate &asOf, GoalId &nextId)
{
    QList<Goal> goals;
    if (spec.contains(QStringLiteral("goals"))) {
        for (const QJsonValue &value : spec.value(QStringLiteral("goals")).toArray())
            goals.append(goalFrom(value.toArray(), asOf, unitValues));
    } else if (!templates.isEmpty()) {
        Goal first = goalFrom(templates.at(index % templates.size()).toArray(), asOf, unitValues);
        first.dueOn = asOf.addDays(60 + 30 * (index % 6));
        Goal second = goalFrom(templates.at((index + 2) % templates.size()).toArray(), asOf, unitValues);
        second.dueOn = asOf.addDays(200 + 10 * (index % 5));
        second.status = index % 3 == 0 ? GoalStatus::AtRisk : GoalStatus::OnTrack;
        goals = {first, second};
    }
    for (Goal &goal : goals) {
        goal.id = nextId++; // explicit: the value delivered and the opportunities point at them
        goal.ownerId = owner;
        goal.customerOwnerId = customerOwner(record);
        record.goals.append(goal);
    }
    // A result delivered serves the goal measured in its unit ("hours a week") and named in the same
    // words ("hours"): a service level in % does not serve a cut in overtime in %. The first open
    // opportunity serves the first goal still to reach.
    for (ValueOutcome &outcome : record.valueOutcomes) {
        for (const Goal &goal : std::as_const(record.goals)) {
            if (goal.unit.compare(outcome.unit.trimmed(), Qt::CaseInsensitive) == 0 && sameSubject(goal, outcome)) {
                outcome.goalId = goal.id;
                break;
            }
        }
    }
    for (Opportunity &opportunity : record.opportunities) {
        if (!opportunity.isOpen())
            continue;
        for (const Goal &goal : std::as_const(record.goals)) {
            if (goal.status != GoalStatus::Dropped && goal.status != GoalStatus::Achieved) {
                opportunity.goalId = goal.id;
                break;
            }
        }
        break;
    }
}

void addEntries(AccountRecord &record, const QJsonObject &spec, const QList<Mark> &marks, const QDate &asOf)
{
    if (spec.contains(QStringLiteral("entries"))) {
        for (const QJsonValue &value : spec.value(QStringLiteral("entries")).toArray()) {
            const QJsonArray row = value.toArray();
            HealthEntry entry;
            entry.measure = healthMeasureFromKey(row.at(0).toString()).value_or(HealthMeasure::Sentiment);
            entry.on = asOf.addDays(-row.at(1).toInt());
            entry.score = row.at(2).toInt();
            entry.note = row.at(3).toString();
            record.healthEntries.append(entry);
        }
        return;
    }
    // From the last judgement: how the customer feels, and a support load to match.
    const Mark latest = marks.isEmpty() ? Mark {asOf.addDays(-60), 7, {}} : marks.constLast();
    record.healthEntries.append({0, 0, HealthMeasure::Sentiment, latest.on, latest.score, latest.note, 1});
    record.healthEntries.append({0, 0, HealthMeasure::Support, asOf.addDays(-30), std::min(10, latest.score + 1),
        QStringLiteral("Ticket volume as usual"), 1});
    record.healthEntries.append({0, 0, HealthMeasure::Payment, asOf.addDays(-30), 9, QStringLiteral("Pays on time"), 1});
}

void addUsage(AccountRecord &record, const QJsonObject &spec, const QList<Mark> &marks, const QDate &asOf)
{
    MetricSeries users;
    users.name = QStringLiteral("Weekly active users");
    users.unit = QStringLiteral("users");
    QList<double> values;
    if (spec.contains(QStringLiteral("usage"))) {
        const QJsonArray usage = spec.value(QStringLiteral("usage")).toArray();
        users.goodAt = usage.at(0).toDouble();
        users.poorAt = usage.at(1).toDouble();
        for (const QJsonValue &value : usage.at(2).toArray())
            values.append(value.toDouble());
    } else {
        // Rising towards the last judgement's level, against thresholds of 20 and 100 users.
        const int score = marks.isEmpty() ? 7 : marks.constLast().score;
        users.goodAt = 100;
        users.poorAt = 20;
        for (int week = 0; week < 8; ++week)
            values.append(20 + score * 8 + week);
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        users.points.append({asOf.addDays(-7 * (values.size() - 1 - i)), values.at(i)});
    record.metrics.append(users);
}

void addHistory(AccountRecord &record, const QList<Mark> &marks, int index, const QString &earlierWeights,
    int reweightedMonthsAgo, const QDate &asOf)
{
    const QString todayWeights = HealthWeights().key();
    for (int month = 12; month >= 1; --month) {
        const QDate day = asOf.addMonths(-month);
        int score = marks.isEmpty() ? 7 : marks.constFirst().score;
        for (const Mark &mark : marks) {
            if (mark.on <= day)
                score = mark.score;
        }
        HealthSnapshot snapshot;
        snapshot.on = day;
        snapshot.tenths = std::clamp(score * 10 + ((index + month) % 5 - 2) * 2, 10, 100);
        snapshot.weights = month > reweightedMonthsAgo ? earlierWeights : todayWeights;
        record.healthHistory.append(snapshot);
    }
}

Play playFrom(const QJsonObject &spec, const AccountRecord &record, std::optional<TeamMemberId> owner, const QDate &asOf)
{
    Play play;
    play.rule = spec.value(QStringLiteral("rule")).toString();
    const std::optional<PlayRule> rule = playRuleFromKey(play.rule);
    if (spec.value(QStringLiteral("subject")).toString() == u"renewal")
        play.subject = QStringLiteral("renewal:") + record.account.renewalDate.toString(Qt::ISODate);
    play.title = spec.value(QStringLiteral("title")).toString();
    if (play.title.isEmpty() && rule)
        play.title = QCoreApplication::translate("PlayRule", definitionOf(*rule).title);
    play.why = spec.value(QStringLiteral("why")).toString();
    play.ownerId = owner;
    play.createdOn = asOf.addDays(-spec.value(QStringLiteral("created")).toInt());
    play.dueOn = spec.contains(QStringLiteral("due"))
        ? asOf.addDays(-spec.value(QStringLiteral("due")).toInt())
        : play.createdOn.addDays(rule ? definitionOf(*rule).dueInDays : 14);
    play.status = playStatusFromKey(spec.value(QStringLiteral("status")).toString()).value_or(PlayStatus::Open);
    if (spec.contains(QStringLiteral("until")))
        play.snoozedUntil = asOf.addDays(-spec.value(QStringLiteral("until")).toInt());
    play.reason = spec.value(QStringLiteral("reason")).toString();
    if (spec.contains(QStringLiteral("closed")))
        play.closedOn = asOf.addDays(-spec.value(QStringLiteral("closed")).toInt());
    QStringList steps;
    for (const QJsonValue &step : spec.value(QStringLiteral("steps")).toArray())
        steps.append(step.toString());
    if (steps.isEmpty() && rule) {
        for (const char *step : definitionOf(*rule).playbook)
            steps.append(QCoreApplication::translate("PlayRule", step));
    }
    const bool finished = play.status == PlayStatus::Done;
    for (const QString &step : std::as_const(steps))
        play.steps.append({step, finished});
    return play;
}

} // namespace

void addSampleLivingPlan(PortfolioData &data, const QDate &asOf)
{
    const QJsonObject sample = readResource(QStringLiteral(":/sample/livingplan.json"));
    const QJsonObject pipeline = readResource(QStringLiteral(":/sample/pipeline.json"));
    const QJsonObject accounts = sample.value(QStringLiteral("accounts")).toObject();
    const QJsonArray templates = sample.value(QStringLiteral("goal_templates")).toArray();
    const QJsonObject unitValues = sample.value(QStringLiteral("unit_values")).toObject();
    const QString earlierWeights = sample.value(QStringLiteral("earlier_weights")).toString();
    const int reweighted = sample.value(QStringLiteral("reweighted_months_ago")).toInt(5);
    int index = 0;
    GoalId nextGoal = 1;
    for (PortfolioAccount &entry : data.accounts) {
        AccountRecord &record = entry.record;
        if (!record.account.isKey)
            continue;
        const QString &name = record.account.name;
        const QJsonObject spec = accounts.value(name).toObject();
        const QList<Mark> marks = marksOf(pipeline, name, asOf);
        const std::optional<TeamMemberId> owner = teamMemberNamed(data.team, entry.ownerName);
        addGoals(record, spec, templates, unitValues, index, owner, asOf, nextGoal);
        addEntries(record, spec, marks, asOf);
        addUsage(record, spec, marks, asOf);
        addHistory(record, marks, index, earlierWeights, reweighted, asOf);
        ++index;
    }
    for (const QJsonValue &value : sample.value(QStringLiteral("plays")).toArray()) {
        const QJsonObject spec = value.toObject();
        for (PortfolioAccount &entry : data.accounts) {
            if (entry.record.account.name == spec.value(QStringLiteral("account")).toString())
                entry.record.plays.append(
                    playFrom(spec, entry.record, teamMemberNamed(data.team, entry.ownerName), asOf));
        }
    }
}

} // namespace keyplan
