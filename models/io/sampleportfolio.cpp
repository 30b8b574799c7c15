#include "io/sampleportfolio.h"

#include "domain/accountrecord.h"
#include "domain/month.h"
#include "domain/teammember.h"
#include "io/syntheticportfolio.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyplan {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class SamplePortfolioText
{
    Q_DECLARE_TR_FUNCTIONS(SamplePortfolio)
};

QJsonObject loadSample()
{
    QFile file(QStringLiteral(":/sample/portfolio.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Monthly snapshots from step changes: [monthsAgo, arr] means "from that month on, this ARR".
QList<RevenueSnapshot> expandRevenue(const QJsonArray &steps, const QDate &lastMonth)
{
    QList<RevenueSnapshot> snapshots;
    if (steps.isEmpty())
        return snapshots;
    const int firstAgo = steps.first().toArray().at(0).toInt();
    for (int ago = firstAgo; ago >= 0; --ago) {
        MinorUnits value = 0;
        for (const QJsonValue &step : steps) {
            if (step.toArray().at(0).toInt() >= ago)
                value = MinorUnits(step.toArray().at(1).toInteger()) * 100;
        }
        snapshots.append({0, lastMonth.addMonths(-ago), value});
    }
    // A churned account has no revenue after its last paying month.
    while (!snapshots.isEmpty() && snapshots.constLast().recurring == 0 && snapshots.size() > 1
        && snapshots.at(snapshots.size() - 2).recurring == 0)
        snapshots.removeLast();
    return snapshots;
}

PortfolioData sampleData(const QDate &asOf)
{
    PortfolioData data;
    const QJsonObject sample = loadSample();
    data.name = sample.value(QStringLiteral("name")).toString();
    data.currency = sample.value(QStringLiteral("currency")).toString();
    const QDate lastMonth = firstOfMonth(asOf).addMonths(-1);
    const QJsonArray team = sample.value(QStringLiteral("team")).toArray();
    for (const QJsonValue &value : team) {
        const QJsonObject member = value.toObject();
        data.team.append({0, member.value(QStringLiteral("name")).toString(),
            member.value(QStringLiteral("email")).toString(),
            member.value(QStringLiteral("role")).toString()});
    }
    const QJsonArray accounts = sample.value(QStringLiteral("accounts")).toArray();
    for (const QJsonValue &value : accounts) {
        const QJsonObject object = value.toObject();
        PortfolioAccount entry;
        Account &account = entry.record.account;
        account.name = object.value(QStringLiteral("name")).toString();
        account.segment
            = segmentFromKey(object.value(QStringLiteral("segment")).toString()).value_or(Segment::MidMarket);
        account.tier = tierFromKey(object.value(QStringLiteral("tier")).toString()).value_or(Tier::Standard);
        account.isKey = object.value(QStringLiteral("key")).toBool();
        account.industry = object.value(QStringLiteral("industry")).toString();
        account.region = object.value(QStringLiteral("region")).toString();
        account.employees = object.value(QStringLiteral("employees")).toInt();
        account.currency = data.currency;
        account.notes = object.value(QStringLiteral("notes")).toString();
        const QJsonValue renewal = object.value(QStringLiteral("renewal"));
        if (!renewal.isNull())
            account.renewalDate = firstOfMonth(asOf).addMonths(renewal.toInt()).addDays(14);
        entry.ownerName = object.value(QStringLiteral("owner")).toString();

        std::optional<Stage> previous;
        const QJsonArray stages = object.value(QStringLiteral("stages")).toArray();
        for (const QJsonValue &stageValue : stages) {
            const QJsonArray step = stageValue.toArray();
            const Stage to = stageFromKey(step.at(1).toString()).value_or(Stage::PreKam);
            const QDate on = lastMonth.addMonths(-step.at(0).toInt()).addDays(9);
            entry.record.stageChanges.append({0, 0, previous, to, on, step.at(2).toString()});
            previous = to;
        }
        account.stage = previous.value_or(Stage::PreKam);
        entry.record.revenue = expandRevenue(object.value(QStringLiteral("revenue")).toArray(), lastMonth);
        account.arr = entry.record.revenue.isEmpty() || entry.record.revenue.constLast().month != lastMonth
            ? 0
            : entry.record.revenue.constLast().recurring;
        data.accounts.append(entry);
    }
    return data;
}

} // namespace

int sampleAccountCount()
{
    return int(loadSample().value(QStringLiteral("accounts")).toArray().size());
}

bool writeSamplePortfolio(PlanDatabase &plan, const SampleOptions &options, QString *error)
{
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const PortfolioData data = options.accounts > sampleAccountCount()
        ? syntheticPortfolio(options.accounts, asOf)
        : sampleData(asOf);
    if (data.accounts.isEmpty()) {
        if (error)
            *error = SamplePortfolioText::tr("the sample portfolio could not be read");
        return false;
    }
    return writePortfolio(plan, data, error);
}

} // namespace keyplan
