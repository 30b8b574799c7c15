#include "io/portfolioreport.h"

#include "domain/month.h"
#include "storage/accountstore.h"
#include "storage/planinfostore.h"
#include "storage/revenuestore.h"
#include "storage/stakeholderstore.h"
#include "storage/teamstore.h"

#include "domain/byaccount.h"
#include "io/jsonwriter.h"
#include "storage/pipelinestore.h"
#include <QCoreApplication>
#include <QHash>

#include <QLocale>

#include <cmath>

#include <algorithm>

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
    return value ? QLocale::c().toString(*value * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

} // namespace

std::optional<PortfolioReport> buildPortfolioReport(
    const QSqlDatabase &db, RetentionPeriod period, QString *error, const QDate &today)
{
    PortfolioReport report;
    QString problem; // the first read error, if any
    const PlanInfoStore info(db);
    const RevenueStore revenue(db);
    report.planName = info.value(PlanInfoStore::nameKey, {}, &problem);
    report.currency = info.currency(&problem);
    report.period = period.isValid() ? period : RetentionPeriod::trailingYear(revenue.latestMonth(&problem));

    QHash<qint64, QString> owners;
    const QList<TeamMember> team = TeamStore(db).all(&problem);
    for (const TeamMember &member : team)
        owners.insert(member.id, member.name);

    const QHash<AccountId, MinorUnits> start = revenue.atMonth(report.period.start, &problem);
    const QHash<AccountId, MinorUnits> end = revenue.atMonth(report.period.end, &problem);
    // The stakeholder maps of every account, read once.
    const StakeholderStore people(db);
    const QHash<AccountId, QList<Stakeholder>> maps = groupByAccount(people.all(&problem));
    const QHash<AccountId, QList<Touchpoint>> contacts = groupByAccount(people.allTouchpoints(&problem));
    const QHash<AccountId, QDate> reviews = people.latestReviews(&problem);
    const CoverageSettings settings = info.coverageSettings(&problem);
    report.coverageSettings = settings;
    // Whitespace and pipeline of every account, read once.
    const PipelineStore pipelineStore(db);
    const QHash<AccountId, PipelineTotals> pipelines = pipelineStore.openPipelineByAccount(&problem);
    const QHash<AccountId, MinorUnits> whitespace = pipelineStore.openWhitespaceByAccount(&problem);
    const QHash<AccountId, HealthMark> health = pipelineStore.latestHealth(&problem);

    QList<AccountRevenue> revenues;
    const QList<Account> accounts = AccountStore(db).all(&problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    MoneySum unweighted;
    MoneySum weighted;
    MoneySum whitespaceOpen;
    for (const Account &account : accounts) {
        const MinorUnits startRevenue = start.value(account.id, 0);
        const MinorUnits endRevenue = end.value(account.id, 0);
        Retention own;
        own.add(startRevenue, endRevenue);
        revenues.append({keyOf(account.segment), keyOf(account.tier), account.isKey, account.arr,
            startRevenue, endRevenue});
        AccountReportLine line {account, account.ownerId ? owners.value(*account.ownerId) : QString(),
            own.nrr(), own.grr(),
            computeCoverage(maps.value(account.id), contacts.value(account.id), reviews.value(account.id),
                today, settings),
            pipelines.value(account.id), whitespace.value(account.id, 0),
            health.contains(account.id) ? std::optional(health.value(account.id)) : std::nullopt};
        report.pipeline.count += line.pipeline.count;
        unweighted += line.pipeline.unweighted;
        weighted += line.pipeline.weighted;
        whitespaceOpen += line.whitespaceOpen;
        report.accounts.append(std::move(line));
    }
    report.pipeline.unweighted = unweighted.value();
    report.pipeline.weighted = weighted.value();
    report.whitespaceOpen = whitespaceOpen.value();
    report.summary = summarize(revenues);
    if (!report.summary.amountsAddUp || !unweighted.isValid() || !weighted.isValid() || !whitespaceOpen.isValid()) {
        if (error)
            *error = PortfolioReportText::tr("the plan's amounts are too large to add up (beyond what Keyplan "
                                             "can total exactly)");
        return std::nullopt;
    }
    const RetentionBreakdown groups = breakdown(revenues);
    for (auto it = groups.bySegment.cbegin(); it != groups.bySegment.cend(); ++it) {
        report.nrrBySegment.insert(it.key(), it.value().nrr());
        report.grrBySegment.insert(it.key(), it.value().grr());
    }
    for (auto it = groups.byTier.cbegin(); it != groups.byTier.cend(); ++it) {
        report.nrrByTier.insert(it.key(), it.value().nrr());
        report.grrByTier.insert(it.key(), it.value().grr());
    }
    // Sort by name, folding case once per account rather than in every comparison.
    QList<std::pair<QString, qsizetype>> order;
    order.reserve(report.accounts.size());
    for (qsizetype i = 0; i < report.accounts.size(); ++i)
        order.append({report.accounts.at(i).account.name.toCaseFolded(), i});
    std::sort(order.begin(), order.end());
    QList<AccountReportLine> sorted;
    sorted.reserve(order.size());
    for (const auto &entry : std::as_const(order))
        sorted.append(std::move(report.accounts[entry.second]));
    report.accounts = std::move(sorted);
    return std::optional<PortfolioReport>(std::move(report));
}

QByteArray reportToJson(const PortfolioReport &report)
{
    JsonWriter json;
    json.reserve(1024 + 640 * report.accounts.size());
    const auto ratios = [&json](const QString &name, const QMap<QString, std::optional<double>> &values) {
        json.key(name);
        json.beginObject();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            json.field(it.key(), rounded(it.value()));
        json.endObject();
    };
    const PortfolioSummary &summary = report.summary;
    json.beginObject();
    json.key("portfolio");
    json.beginObject();
    json.field("name", report.planName);
    json.field("currency", report.currency);
    json.field("accounts", summary.accounts);
    json.field("key_accounts", summary.keyAccounts);
    json.field("arr", toMajorUnits(summary.arr));
    json.field("nrr", rounded(summary.nrr));
    json.field("grr", rounded(summary.grr));
    json.field("top3_share", rounded(summary.top3Share));
    json.field("top10_share", rounded(summary.top10Share));
    ratios(QStringLiteral("nrr_by_segment"), report.nrrBySegment);
    ratios(QStringLiteral("grr_by_segment"), report.grrBySegment);
    ratios(QStringLiteral("nrr_by_tier"), report.nrrByTier);
    ratios(QStringLiteral("grr_by_tier"), report.grrByTier);
    json.field("pipeline_total", toMajorUnits(report.pipeline.unweighted));
    json.field("pipeline_weighted", toMajorUnits(report.pipeline.weighted));
    json.field("whitespace_open", toMajorUnits(report.whitespaceOpen));
    json.field("period_start", monthKey(report.period.start));
    json.field("period_end", monthKey(report.period.end));
    json.endObject();

    json.key("accounts");
    json.beginArray();
    for (const AccountReportLine &line : report.accounts) {
        const Account &account = line.account;
        json.beginObject();
        json.field("name", account.name);
        json.field("key", account.isKey);
        json.field("segment", keyOf(account.segment));
        json.field("tier", keyOf(account.tier));
        json.field("stage", keyOf(account.stage));
        json.field("owner", line.ownerName);
        json.field("currency", account.currency);
        json.field("arr", toMajorUnits(account.arr));
        json.field("nrr", rounded(line.nrr));
        json.field("grr", rounded(line.grr));
        json.field("coverage", rounded(line.coverage.depth()));
        json.field("company_owned_share", rounded(line.coverage.companyOwnedShare()));
        json.field("single_threaded", line.coverage.singleThreaded);
        json.key("empty_seats");
        json.beginArray();
        for (const QString &seat : line.coverage.emptySeats)
            json.value(seat);
        json.endArray();
        json.field("map_stale", line.coverage.stale);
        json.key("health");
        if (line.health)
            json.value(line.health->score);
        else
            json.null();
        json.field("whitespace_open", toMajorUnits(line.whitespaceOpen));
        json.field("pipeline_total", toMajorUnits(line.pipeline.unweighted));
        json.field("pipeline_weighted", toMajorUnits(line.pipeline.weighted));
        json.key("renewal_date");
        if (account.renewalDate.isValid())
            json.value(account.renewalDate.toString(Qt::ISODate));
        else
            json.null();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take();
}

QString reportToText(const PortfolioReport &report)
{
    const QLocale locale;
    QString text;
    const PortfolioSummary &s = report.summary;
    text += PortfolioReportText::tr("%1\n").arg(
        report.planName.isEmpty() ? PortfolioReportText::tr("Portfolio") : report.planName);
    text += PortfolioReportText::tr("Period: %1 to %2\n")
                .arg(monthKey(report.period.start), monthKey(report.period.end));
    text += PortfolioReportText::tr("Key accounts: %1 of %2\n").arg(s.keyAccounts).arg(s.accounts);
    text += PortfolioReportText::tr("ARR: %1\n").arg(formatMoney(s.arr, report.currency, locale));
    text += PortfolioReportText::tr("NRR: %1   GRR: %2\n").arg(percent(s.nrr), percent(s.grr));
    text += PortfolioReportText::tr("Top 3 share of ARR: %1\n").arg(percent(s.top3Share));
    text += PortfolioReportText::tr("Expansion pipeline: %1 (weighted %2); open whitespace: %3\n\n")
                .arg(formatMoney(report.pipeline.unweighted, report.currency, locale),
                    formatMoney(report.pipeline.weighted, report.currency, locale),
                    formatMoney(report.whitespaceOpen, report.currency, locale));
    for (const AccountReportLine &line : report.accounts) {
        text += QStringLiteral("%1  %2  %3  %4  NRR %5  GRR %6\n")
                    .arg(cell(line.account.name).leftJustified(32, QLatin1Char(' '), true),
                        displayName(line.account.stage).leftJustified(16),
                        (line.ownerName.isEmpty() ? QString() : cell(line.ownerName)).leftJustified(16, QLatin1Char(' '), true),
                        formatMoney(line.account.arr, line.account.currency, locale).rightJustified(12),
                        percent(line.nrr).rightJustified(7), percent(line.grr).rightJustified(7));
    }
    return text;
}

} // namespace keyplan
