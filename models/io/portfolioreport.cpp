#include "io/portfolioreport.h"

#include "domain/byaccount.h"
#include "domain/dayformat.h"
#include "domain/percent.h"
#include "domain/reportingconverter.h"
#include "io/jsonwriter.h"
#include "storage/accountstore.h"
#include "storage/goalstore.h"
#include "storage/healthstore.h"
#include "storage/livingplansettingsstore.h"
#include "storage/playstore.h"
#include "storage/pipelinestore.h"
#include "storage/planinfostore.h"
#include "storage/planrevenue.h"
#include "storage/stakeholderstore.h"
#include "storage/teamstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace keyplan {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class PortfolioReportText
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioReport)
};

// Four decimals are plenty for a ratio and keep the JSON free of binary noise.
std::optional<double> rounded(std::optional<double> value)
{
    if (!value)
        return std::nullopt;
    return std::round(*value * 10000.0) / 10000.0;
}

// A name as one cell of a text table: line breaks and tabs shown as symbols (␤, ␉), so that a
// name never splits its row; a blank name says so.
QString cell(QString text)
{
    text.replace(QLatin1Char('\n'), QChar(0x2424)).replace(QLatin1Char('\r'), QChar(0x240D));
    text.replace(QLatin1Char('\t'), QChar(0x2409));
    return text.trimmed().isEmpty() ? PortfolioReportText::tr("(no name)") : text;
}

QString percent(std::optional<double> value)
{
    return formatPercent(value, QLocale::c());
}

void writeMoney(JsonWriter &json, std::optional<MinorUnits> amount)
{
    if (amount)
        json.money(*amount);
    else
        json.null();
}

// pipeline_total, pipeline_weighted and whitespace_open: null when a rate is missing.
void writeExpansion(JsonWriter &json, const std::optional<PipelineTotals> &pipeline, std::optional<MinorUnits> whitespace)
{
    json.key("pipeline_total");
    writeMoney(json, pipeline ? std::optional(pipeline->unweighted) : std::nullopt);
    json.key("pipeline_weighted");
    writeMoney(json, pipeline ? std::optional(pipeline->weighted) : std::nullopt);
    json.key("whitespace_open");
    writeMoney(json, whitespace);
}

template<std::size_t N> void moneyField(JsonWriter &json, const char (&name)[N], MinorUnits amount)
{
    json.key(name);
    json.money(amount);
}

// "health": {score, trend: {since_30_days, since_90_days}, overridden, measures: {usage: ... or
// null}, without_data: [...]}; a score is one decimal, a trend in points of 10.
void writeHealth(JsonWriter &json, const std::optional<AccountHealth> &keyHealth)
{
    if (!keyHealth) { // not a key account: no scorecard is kept
        json.key("health");
        json.null();
        return;
    }
    const AccountHealth &health = *keyHealth;
    const auto tenths = [](std::optional<int> value) {
        return value ? std::optional<double>(*value / 10.0) : std::nullopt;
    };
    const auto oneDecimal = [](std::optional<double> value) {
        return value ? std::optional<double>(inTenths(*value) / 10.0) : std::nullopt;
    };
    json.key("health");
    json.beginObject();
    json.field("score", oneDecimal(health.score()));
    json.key("trend");
    json.beginObject();
    json.field("since_30_days", tenths(health.trend.since30));
    json.field("since_90_days", tenths(health.trend.since90));
    json.endObject();
    json.field("overridden", health.card.override.has_value());
    json.field("risk_review", health.card.needsRiskReview());
    json.key("measures");
    json.beginObject();
    for (const HealthMeasure measure : allHealthMeasures)
        json.field(keyOf(measure), oneDecimal(health.card.measure(measure).score));
    json.endObject();
    json.key("without_data");
    json.beginArray();
    for (const HealthMeasure measure : health.card.withoutData)
        json.value(keyOf(measure));
    json.endArray();
    json.endObject();
}

void writePlays(JsonWriter &json, const QList<Play> &plays, const QHash<TeamMemberId, QString> &team)
{
    json.key("plays_open");
    json.beginArray();
    for (const Play &play : plays) {
        json.beginObject();
        json.field("rule", play.rule);
        json.field("subject", play.subject);
        json.field("title", play.title);
        json.field("why", play.why);
        json.key("owner");
        if (play.ownerId)
            json.value(team.value(*play.ownerId));
        else
            json.null();
        json.key("due");
        json.date(play.dueOn);
        json.field("status", keyOf(play.status));
        json.key("snoozed_until");
        json.date(play.snoozedUntil);
        json.endObject();
    }
    json.endArray();
}

void writeGoals(JsonWriter &json, const QList<Goal> &goals)
{
    json.key("goals");
    json.beginArray();
    for (const Goal &goal : goals) {
        json.beginObject();
        json.field("objective", goal.objective);
        json.field("measure", goal.measure);
        json.field("unit", goal.unit);
        json.field("baseline", goal.baseline);
        json.field("target", goal.target);
        json.key("due");
        json.date(goal.dueOn);
        json.field("status", keyOf(goal.status));
        json.key("unit_value"); // in the account's currency; null when the goal is not valued in money
        goal.unitValue ? json.money(*goal.unitValue) : json.null();
        json.field("value_per", keyOf(goal.valuePer));
        json.endObject();
    }
    json.endArray();
}

void writeBridge(JsonWriter &json, const ArrBridge &bridge)
{
    json.beginObject();
    moneyField(json, "start", bridge.start);
    moneyField(json, "new", bridge.newBusiness);
    json.key("expansion");
    json.beginObject();
    // The keys of bridgeMotionKey(), written as ASCII: this runs once per account.
    moneyField(json, "upsell", bridge.expansion[int(ExpansionMotion::Upsell)]);
    moneyField(json, "cross_sell", bridge.expansion[int(ExpansionMotion::CrossSell)]);
    moneyField(json, "seat_growth", bridge.expansion[int(ExpansionMotion::SeatGrowth)]);
    moneyField(json, "usage_growth", bridge.expansion[int(ExpansionMotion::UsageGrowth)]);
    moneyField(json, "price_increase", bridge.expansion[int(ExpansionMotion::PriceIncrease)]);
    moneyField(json, "not_recorded", bridge.expansion[notRecordedMotion]);
    json.endObject();
    moneyField(json, "expansion_total", bridge.expansionTotal());
    moneyField(json, "contraction", bridge.contraction);
    moneyField(json, "churn", bridge.churn);
    moneyField(json, "reactivation", bridge.reactivation);
    moneyField(json, "end", bridge.end);
    json.endObject();
}

void writeGroups(JsonWriter &json, const QMap<QString, GroupRevenueFigures> &groups)
{
    json.beginObject();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        json.key(it.key());
        json.beginObject();
        json.field("accounts", it->accounts);
        json.key("arr");
        writeMoney(json, it->arr);
        json.field("nrr", rounded(it->nrr));
        json.field("grr", rounded(it->grr));
        json.field("cohort", it->cohort);
        json.key("bridge");
        if (it->bridge)
            writeBridge(json, *it->bridge);
        else
            json.null();
        json.endObject();
    }
    json.endObject();
}

void writeRatios(JsonWriter &json, const QMap<QString, GroupRevenueFigures> &groups, bool net)
{
    json.beginObject();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        json.field(it.key(), rounded(net ? it->nrr : it->grr));
    json.endObject();
}

} // namespace

QString PortfolioReport::scopeText() const
{
    const int count = revenue.total.accounts;
    const ReportScope &scope = options.scope;
    if (scope.owner.isEmpty())
        return scope.keyOnly ? PortfolioReportText::tr("Key accounts (%1)").arg(count)
                             : PortfolioReportText::tr("All accounts (%1)").arg(count);
    return scope.keyOnly ? PortfolioReportText::tr("Key accounts of %1 (%2)").arg(scope.owner).arg(count)
                         : PortfolioReportText::tr("All accounts of %1 (%2)").arg(scope.owner).arg(count);
}

std::optional<PortfolioReport> buildPortfolioReport(
    const QSqlDatabase &db, const ReportOptions &options, QString *error)
{
    PortfolioReport report;
    report.options = options;
    if (!report.options.today.isValid())
        report.options.today = QDate::currentDate();
    const QDate today = report.options.today;
    QString problem; // the first read error, if any
    const PlanInfoStore info(db);
    report.planName = info.value(PlanInfoStore::nameKey, {}, &problem);
    PlanRevenue revenue = readPlanRevenue(db, &problem);
    report.fiscalYearStart = revenue.fiscalYearStart;
    if (!report.options.period.isValid())
        report.options.period = ReportingPeriod::trailingTwelveMonths(today);

    QHash<qint64, QString> owners;
    const QList<TeamMember> team = TeamStore(db).all(&problem);
    for (const TeamMember &member : team)
        owners.insert(member.id, member.name);

    // The stakeholder maps of every account, read once.
    const StakeholderStore people(db);
    const QHash<AccountId, QList<Stakeholder>> maps = groupByAccount(people.all(&problem));
    const QHash<AccountId, QList<Touchpoint>> contacts = groupByAccount(people.allTouchpoints(&problem));
    const QHash<AccountId, QDate> reviews = people.latestReviews(&problem);
    const CoverageSettings settings = info.coverageSettings(&problem);
    report.coverageSettings = settings;
    // Whitespace and pipeline of every account, read once.
    const PipelineStore pipelineStore(db);
    const QList<Opportunity> openOpportunities = pipelineStore.openOpportunityAmounts(&problem);
    const QList<WhitespaceCell> openCells = pipelineStore.openCellPotentials(&problem);
    // The living plan of every account, read once: what each health card is computed from.
    const LivingPlanSettings livingPlan = readLivingPlanSettings(db, &problem);
    QHash<AccountId, QList<Goal>> goals = GoalStore(db).all(&problem);
    const HealthStore healthStore(db);
    QHash<AccountId, QList<HealthEntry>> healthEntries = healthStore.allEntries(&problem);
    QHash<AccountId, QList<HealthOverride>> healthOverrides = healthStore.allOverrides(&problem);
    QHash<AccountId, QList<HealthSnapshot>> healthHistory = healthStore.allHistory(&problem);
    QHash<AccountId, QList<MetricSeries>> metrics = healthStore.allMetrics(&problem);
    QHash<AccountId, QList<Play>> plays = PlayStore(db).alive(&problem);

    // ARR comes from the timelines read above: the accounts are read without it.
    QList<Account> accounts = AccountStore(db).all(&problem, {}, AccountStore::Arr::Skip);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    report.accountsInPlan = int(accounts.size());
    report.team = owners;

    // The scope's accounts, by name (case folded once per account, not in every comparison).
    QList<std::pair<QString, Account *>> order;
    order.reserve(accounts.size());
    for (Account &account : accounts) {
        const QString owner = account.ownerId ? owners.value(*account.ownerId) : QString();
        if (report.options.scope.keyOnly && !account.isKey)
            continue;
        if (!report.options.scope.owner.isEmpty() && owner != report.options.scope.owner)
            continue;
        order.append({account.name.toCaseFolded(), &account});
    }
    std::sort(order.begin(), order.end(),
        [](const auto &a, const auto &b) { return a.first != b.first ? a.first < b.first : a.second->id < b.second->id; });

    QList<RevenueInput> inputs;
    inputs.reserve(order.size());
    for (const auto &entry : std::as_const(order)) {
        const Account &account = *entry.second;
        const QString owner = account.ownerId ? owners.value(*account.ownerId) : QString();
        inputs.append(revenueInput(account, owner, revenue.timelines.take(account.id)));
    }
    report.revenue = computeRevenueFigures(
        inputs, revenue.rates, revenue.reportingCurrency, report.options.period, today);
    if (!report.revenue.amountsAddUp) {
        if (error)
            *error = PortfolioReportText::tr("the plan's amounts are too large to add up (beyond what Keyplan "
                                             "can total exactly)");
        return std::nullopt;
    }

    // Pipeline and whitespace totals: each amount converted from its account's currency at
    // today's rate, then added (the window's portfolio pipeline and whitespace views do the same).
    QHash<AccountId, QString> currencies;
    for (const auto &entry : std::as_const(order))
        currencies.insert(entry.second->id, entry.second->currency);
    const ReportingConverter converter(revenue.rates, revenue.reportingCurrency, today, currencies);
    // One pass over each list: per account in its own currency and converted, and in all.
    QHash<AccountId, PipelineTotals> pipelines;
    QHash<AccountId, PipelineTotals> convertedPipelines;
    PipelineTotals convertedPipeline;
    for (const Opportunity &open : openOpportunities) {
        if (!currencies.contains(open.accountId))
            continue;
        pipelines[open.accountId].add(open);
        const std::optional<MinorUnits> amount = converter.convert(open.accountId, open.amount);
        if (!amount)
            continue;
        Opportunity converted = open;
        converted.amount = *amount;
        convertedPipelines[open.accountId].add(converted);
        convertedPipeline.add(converted);
    }
    QHash<AccountId, MinorUnits> whitespace;
    QHash<AccountId, MinorUnits> convertedWhitespace;
    MoneySum whitespaceOpen;
    for (const WhitespaceCell &cell : openCells) {
        if (!currencies.contains(cell.accountId))
            continue;
        whitespace[cell.accountId] += cell.potential;
        const std::optional<RateUsed> rate = converter.rateOf(cell.accountId);
        if (!rate)
            continue;
        const MinorUnits potential = convertAt(cell.potential, rate->rate).value_or(0);
        convertedWhitespace[cell.accountId] += potential;
        whitespaceOpen += potential;
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    if (!whitespaceOpen.isValid()) {
        if (error)
            *error = PortfolioReportText::tr("the plan's amounts are too large to add up (beyond what Keyplan "
                                             "can total exactly)");
        return std::nullopt;
    }
    if (converter.missingRates().isEmpty()) {
        report.pipeline = convertedPipeline;
        report.whitespaceOpen = whitespaceOpen.value();
    }
    report.accounts.reserve(order.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        Account account = std::move(*order.at(i).second); // each line takes its account
        account.arr = report.revenue.accounts.at(i).arr; // ARR today, from the timeline
        const AccountId id = account.id;
        const std::optional<RateUsed> rate = converter.rateOf(id);
        // The living plan, as the window keeps it: for key accounts.
        AccountRecord record; // what the health card is computed from
        std::optional<AccountHealth> health;
        QList<Play> alive;
        if (account.isKey) {
            record.account.tier = account.tier;
            record.stakeholders = maps.value(id);
            record.touchpoints = contacts.value(id);
            if (reviews.contains(id))
                record.reviews.append({0, id, reviews.value(id), std::nullopt});
            record.goals = goals.take(id);
            record.healthEntries = healthEntries.take(id);
            record.healthOverrides = healthOverrides.take(id);
            record.healthHistory = healthHistory.take(id);
            record.metrics = metrics.take(id);
            health = accountHealth(record, livingPlan, settings, today);
            alive = plays.take(id);
        }
        AccountReportLine line {std::move(account), inputs.at(i).owner, report.revenue.accounts.at(i),
            computeCoverage(maps.value(id), contacts.value(id), reviews.value(id), today, settings),
            pipelines.value(id), whitespace.value(id, 0), std::move(health), std::move(alive), std::move(record.goals), rate,
            rate ? std::optional(convertedPipelines.value(id)) : std::nullopt,
            rate ? std::optional(convertedWhitespace.value(id, 0)) : std::nullopt};
        report.accounts.append(std::move(line));
    }
    return std::optional<PortfolioReport>(std::move(report));
}

QByteArray reportToJson(const PortfolioReport &report)
{
    JsonWriter json;
    json.reserve(4096 + 1600 * report.accounts.size());
    const RevenueFigures &figures = report.revenue;
    const GroupRevenueFigures &total = figures.total;
    const ReportingPeriod &period = report.options.period;
    json.beginObject();
    json.key("portfolio");
    json.beginObject();
    json.field("name", report.planName);
    json.key("scope");
    json.beginObject();
    json.field("accounts", report.options.scope.keyOnly ? QStringLiteral("key") : QStringLiteral("all"));
    json.key("owner");
    if (report.options.scope.owner.isEmpty())
        json.null();
    else
        json.value(report.options.scope.owner);
    json.field("count", total.accounts);
    json.field("of_plan", report.accountsInPlan);
    json.field("description", report.scopeText());
    json.endObject();
    json.key("period");
    json.beginObject();
    json.field("kind", keyOf(period.kind));
    json.key("first");
    json.date(period.first);
    json.key("last");
    json.date(period.last);
    json.field("name", periodName(period, report.fiscalYearStart));
    json.endObject();
    json.key("period_start");
    json.date(period.first);
    json.key("period_end");
    json.date(period.last);
    json.key("as_of");
    json.date(report.options.today);
    json.field("fiscal_year_start_month", report.fiscalYearStart);
    json.field("reporting_currency", figures.reportingCurrency);
    json.field("currency", figures.reportingCurrency);
    json.key("rates_used");
    json.beginArray();
    for (const RateUsed &rate : figures.ratesUsed) {
        json.beginObject();
        json.field("from", rate.from);
        json.field("to", rate.to);
        json.field("rate", static_cast<double>(rate.rate) / static_cast<double>(rateScale));
        json.key("dated");
        json.date(rate.on);
        json.field("inverted", rate.inverted);
        json.endObject();
    }
    json.endArray();
    json.key("missing_rates");
    json.beginArray();
    for (const QString &missing : total.missingRates)
        json.value(missing);
    json.endArray();
    json.field("accounts", total.accounts);
    json.field("key_accounts", total.keyAccounts);
    json.key("arr");
    writeMoney(json, total.arr);
    json.field("nrr", rounded(total.nrr));
    json.field("grr", rounded(total.grr));
    json.field("cohort", total.cohort);
    json.field("top3_share", rounded(figures.top3Share));
    json.field("top10_share", rounded(figures.top10Share));
    json.key("nrr_by_segment");
    writeRatios(json, figures.bySegment, true);
    json.key("grr_by_segment");
    writeRatios(json, figures.bySegment, false);
    json.key("nrr_by_tier");
    writeRatios(json, figures.byTier, true);
    json.key("grr_by_tier");
    writeRatios(json, figures.byTier, false);
    json.key("bridge");
    if (total.bridge)
        writeBridge(json, *total.bridge);
    else
        json.null();
    json.key("by_segment");
    writeGroups(json, figures.bySegment);
    json.key("by_tier");
    writeGroups(json, figures.byTier);
    json.key("by_owner");
    writeGroups(json, figures.byOwner);
    writeExpansion(json, report.pipeline, report.whitespaceOpen);
    json.endObject();

    json.key("accounts");
    json.beginArray();
    for (const AccountReportLine &line : report.accounts) {
        const Account &account = line.account;
        const AccountRevenueFigures &revenue = line.revenue;
        json.beginObject();
        json.field("name", account.name);
        json.field("key", account.isKey);
        json.field("segment", keyOf(account.segment));
        json.field("tier", keyOf(account.tier));
        json.field("stage", keyOf(account.stage));
        json.field("owner", line.ownerName);
        json.field("currency", account.currency);
        json.key("arr");
        writeMoney(json, revenue.arrReporting);
        moneyField(json, "arr_in_account_currency", revenue.arr);
        json.field("nrr", rounded(revenue.nrr));
        json.field("grr", rounded(revenue.grr));
        json.key("bridge");
        if (revenue.bridgeReporting)
            writeBridge(json, *revenue.bridgeReporting);
        else
            json.null();
        json.field("coverage", rounded(line.coverage.depth()));
        json.field("company_owned_share", rounded(line.coverage.companyOwnedShare()));
        json.field("single_threaded", line.coverage.singleThreaded);
        json.key("empty_seats");
        json.beginArray();
        for (const QString &seat : line.coverage.emptySeats)
            json.value(seat);
        json.endArray();
        json.field("map_stale", line.coverage.stale);
        writeHealth(json, line.health);
        writePlays(json, line.playsOpen, report.team);
        writeGoals(json, line.goals);
        // In the reporting currency, each item converted as the portfolio totals convert them.
        writeExpansion(json, line.pipelineReporting, line.whitespaceOpenReporting);
        json.key("renewal_date");
        json.date(account.renewalDate);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take();
}

QString reportToText(const PortfolioReport &report)
{
    const QLocale locale;
    const RevenueFigures &figures = report.revenue;
    const GroupRevenueFigures &total = figures.total;
    const QString currency = figures.reportingCurrency;
    const auto money = [&](std::optional<MinorUnits> amount) {
        return amount ? formatMoney(*amount, currency, locale) : PortfolioReportText::tr("-");
    };
    QString text;
    text += PortfolioReportText::tr("%1\n").arg(
        report.planName.isEmpty() ? PortfolioReportText::tr("Portfolio") : cell(report.planName));
    text += PortfolioReportText::tr("Scope: %1 of the plan's %2\n").arg(report.scopeText()).arg(report.accountsInPlan);
    text += PortfolioReportText::tr("Period: %1\n").arg(periodName(report.options.period, report.fiscalYearStart));
    text += PortfolioReportText::tr("Reporting currency: %1").arg(currency);
    if (!figures.ratesUsed.isEmpty()) {
        QStringList rates;
        for (const RateUsed &rate : figures.ratesUsed)
            rates.append(PortfolioReportText::tr("1 %1 = %2 %3 (%4)")
                             .arg(rate.from, formatRate(rate.rate, locale), rate.to,
                                 formatDay(rate.on, locale)));
        text += PortfolioReportText::tr("; rates used: %1").arg(rates.join(QStringLiteral(", ")));
    }
    text += QLatin1Char('\n');
    text += PortfolioReportText::tr("Key accounts: %1 of %2\n").arg(total.keyAccounts).arg(total.accounts);
    text += PortfolioReportText::tr("ARR today: %1\n").arg(money(total.arr));
    text += PortfolioReportText::tr("NRR: %1   GRR: %2   (accounts with ARR at the start: %3)\n")
                .arg(percent(total.nrr), percent(total.grr))
                .arg(total.cohort);
    text += PortfolioReportText::tr("Top 3 share of ARR: %1\n").arg(percent(figures.top3Share));
    if (total.bridge) {
        const ArrBridge &b = *total.bridge;
        text += PortfolioReportText::tr("ARR bridge: start %1, new %2, expansion %3, contraction %4, churn %5, "
                                        "reactivation %6, end %7\n")
                    .arg(money(b.start), formatMoneyChange(b.newBusiness, currency, locale),
                        formatMoneyChange(b.expansionTotal(), currency, locale),
                        formatMoneyChange(-b.contraction, currency, locale),
                        formatMoneyChange(-b.churn, currency, locale),
                        formatMoneyChange(b.reactivation, currency, locale), money(b.end));
    }
    text += PortfolioReportText::tr("Expansion pipeline: %1 (weighted %2); open whitespace: %3\n\n")
                .arg(money(report.pipeline ? std::optional(report.pipeline->unweighted) : std::nullopt),
                    money(report.pipeline ? std::optional(report.pipeline->weighted) : std::nullopt),
                    money(report.whitespaceOpen));
    for (const AccountReportLine &line : report.accounts) {
        text += QStringLiteral("%1  %2  %3  %4  NRR %5  GRR %6\n")
                    .arg(cell(line.account.name).leftJustified(32, QLatin1Char(' '), true),
                        displayName(line.account.stage).leftJustified(16),
                        (line.ownerName.isEmpty() ? QString() : cell(line.ownerName)).leftJustified(16, QLatin1Char(' '), true),
                        formatMoney(line.revenue.arr, line.account.currency, locale).rightJustified(12),
                        percent(line.revenue.nrr).rightJustified(7), percent(line.revenue.grr).rightJustified(7));
    }
    return text;
}

} // namespace keyplan
