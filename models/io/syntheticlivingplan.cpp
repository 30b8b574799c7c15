#include "io/syntheticlivingplan.h"

#include "io/portfoliodata.h"
#include "io/syntheticportfolio.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace keyplan {
namespace {

constexpr std::array objectives {"Cut the time spent building rotas", "Reduce agency spend",
    "Bring overtime under budget", "Roll out self-service to every site", "Pass the working-time audit"};

} // namespace

void addSyntheticLivingPlan(PortfolioData &data, const QDate &asOf, quint32 seed)
{
    QRandomGenerator random(seed);
    HealthWeights earlier;
    earlier.points = {30, 10, 20, 10, 10, 10, 10};
    const QString earlierKey = earlier.key();
    const QString todayKey = HealthWeights().key();
    qint64 nextId = 1;
    for (PortfolioAccount &entry : data.accounts) {
        AccountRecord &record = entry.record;
        if (!record.account.isKey)
            continue;
        // A stakeholder map of 8 to 19 people with their meetings: what engagement, relationship
        // and most rules read.
        if (record.stakeholders.isEmpty()) {
            const AccountRecord map = syntheticStakeholderMap(8 + int(random.bounded(12)), asOf, nextId, seed + quint32(nextId));
            nextId += 1000;
            record.stakeholders = map.stakeholders;
            record.links = map.links;
            record.touchpoints = map.touchpoints;
            record.reviews = map.reviews;
        }
        const int goals = 2 + random.bounded(2);
        for (int g = 0; g < goals; ++g) {
            Goal goal;
            goal.objective = QString::fromLatin1(objectives.at(random.bounded(int(objectives.size()))));
            goal.measure = QStringLiteral("From the customer's monthly report");
            goal.unit = QStringLiteral("hours a week");
            goal.baseline = 40 + random.bounded(40);
            goal.target = *goal.baseline / 2;
            goal.dueOn = asOf.addDays(-60 + random.bounded(300));
            goal.status = allGoalStatuses[random.bounded(4)];
            record.goals.append(goal);
        }
        for (const HealthMeasure measure : {HealthMeasure::Support, HealthMeasure::Sentiment, HealthMeasure::Payment}) {
            HealthEntry healthEntry;
            healthEntry.measure = measure;
            healthEntry.on = asOf.addDays(-random.bounded(200));
            healthEntry.score = 2 + random.bounded(9);
            healthEntry.note = QStringLiteral("Generated");
            record.healthEntries.append(healthEntry);
        }
        MetricSeries users;
        users.name = QStringLiteral("Weekly active users");
        users.unit = QStringLiteral("users");
        users.goodAt = 500;
        users.poorAt = 100;
        double value = 150 + random.bounded(400);
        const bool falling = random.bounded(5) == 0;
        for (int week = 8; week >= 0; --week) {
            users.points.append({asOf.addDays(-7 * week), value});
            value = std::max(10.0, value + (falling ? -20.0 : -10.0 + random.bounded(30)));
        }
        record.metrics.append(users);
        int tenths = 30 + random.bounded(60);
        for (int month = 12; month >= 1; --month) {
            HealthSnapshot snapshot;
            snapshot.on = asOf.addMonths(-month);
            snapshot.tenths = tenths;
            snapshot.weights = month > 6 ? earlierKey : todayKey;
            record.healthHistory.append(snapshot);
            tenths = std::clamp(tenths - 8 + random.bounded(17), 10, 100);
        }
    }
}

} // namespace keyplan
