#include "io/portfolioreport.h"

#include "domain/month.h"
#include "storage/accountstore.h"
#include "storage/planinfostore.h"
#include "storage/revenuestore.h"
#include "storage/teamstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
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

QJsonValue ratio(std::optional<double> value)
{
    // Four decimals are plenty for a ratio and keep the JSON free of binary noise.
    return value ? QJsonValue(std::round(*value * 10000.0) / 10000.0) : QJsonValue(QJsonValue::Null);
}

QJsonObject ratios(const QMap<QString, std::optional<double>> &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), ratio(it.value()));
    return object;
}

QString percent(std::optional<double> value)
{
    return value ? QLocale::c().toString(*value * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

} // namespace

PortfolioReport buildPortfolioReport(const QSqlDatabase &db, RetentionPeriod period)
{
    PortfolioReport report;
    const PlanInfoStore info(db);
    const RevenueStore revenue(db);
    report.planName = info.value(PlanInfoStore::nameKey);
    report.currency = info.currency();
    report.period = period.isValid() ? period : RetentionPeriod::trailingYear(revenue.latestMonth());

    QHash<qint64, QString> owners;
    const QList<TeamMember> team = TeamStore(db).all();
    for (const TeamMember &member : team)
        owners.insert(member.id, member.name);

    const QHash<AccountId, MinorUnits> start = revenue.atMonth(report.period.start);
    const QHash<AccountId, MinorUnits> end = revenue.atMonth(report.period.end);
    QMap<QString, Retention> bySegment;
    QMap<QString, Retention> byTier;
    QList<AccountRevenue> revenues;
    const QList<Account> accounts = AccountStore(db).all();
    for (const Account &account : accounts) {
        const MinorUnits startRevenue = start.value(account.id, 0);
        const MinorUnits endRevenue = end.value(account.id, 0);
        Retention own;
        own.add(startRevenue, endRevenue);
        bySegment[keyOf(account.segment)].add(startRevenue, endRevenue);
        byTier[keyOf(account.tier)].add(startRevenue, endRevenue);
        revenues.append({account.isKey, account.arr, startRevenue, endRevenue});
        report.accounts.append({account, account.ownerId ? owners.value(*account.ownerId) : QString(), own.nrr(), own.grr()});
    }
    report.summary = summarize(revenues);
    for (auto it = bySegment.cbegin(); it != bySegment.cend(); ++it) {
        report.nrrBySegment.insert(it.key(), it.value().nrr());
        report.grrBySegment.insert(it.key(), it.value().grr());
    }
    for (auto it = byTier.cbegin(); it != byTier.cend(); ++it) {
        report.nrrByTier.insert(it.key(), it.value().nrr());
        report.grrByTier.insert(it.key(), it.value().grr());
    }
    std::sort(report.accounts.begin(), report.accounts.end(), [](const AccountReportLine &a, const AccountReportLine &b) {
        return QString::compare(a.account.name, b.account.name, Qt::CaseInsensitive) < 0;
    });
    return report;
}

QJsonObject reportToJson(const PortfolioReport &report)
{
    QJsonObject portfolio;
    portfolio.insert(QStringLiteral("name"), report.planName);
    portfolio.insert(QStringLiteral("currency"), report.currency);
    portfolio.insert(QStringLiteral("accounts"), report.summary.accounts);
    portfolio.insert(QStringLiteral("key_accounts"), report.summary.keyAccounts);
    portfolio.insert(QStringLiteral("arr"), toMajorUnits(report.summary.arr));
    portfolio.insert(QStringLiteral("nrr"), ratio(report.summary.nrr));
    portfolio.insert(QStringLiteral("grr"), ratio(report.summary.grr));
    portfolio.insert(QStringLiteral("top3_share"), ratio(report.summary.top3Share));
    portfolio.insert(QStringLiteral("top10_share"), ratio(report.summary.top10Share));
    portfolio.insert(QStringLiteral("nrr_by_segment"), ratios(report.nrrBySegment));
    portfolio.insert(QStringLiteral("grr_by_segment"), ratios(report.grrBySegment));
    portfolio.insert(QStringLiteral("nrr_by_tier"), ratios(report.nrrByTier));
    portfolio.insert(QStringLiteral("grr_by_tier"), ratios(report.grrByTier));
    portfolio.insert(QStringLiteral("period_start"), monthKey(report.period.start));
    portfolio.insert(QStringLiteral("period_end"), monthKey(report.period.end));

    QJsonArray accounts;
    for (const AccountReportLine &line : report.accounts) {
        const Account &account = line.account;
        QJsonObject object;
        object.insert(QStringLiteral("name"), account.name);
        object.insert(QStringLiteral("key"), account.isKey);
        object.insert(QStringLiteral("segment"), keyOf(account.segment));
        object.insert(QStringLiteral("tier"), keyOf(account.tier));
        object.insert(QStringLiteral("stage"), keyOf(account.stage));
        object.insert(QStringLiteral("owner"), line.ownerName);
        object.insert(QStringLiteral("currency"), account.currency);
        object.insert(QStringLiteral("arr"), toMajorUnits(account.arr));
        object.insert(QStringLiteral("nrr"), ratio(line.nrr));
        object.insert(QStringLiteral("grr"), ratio(line.grr));
        object.insert(QStringLiteral("renewal_date"), account.renewalDate.isValid()
                                                          ? QJsonValue(account.renewalDate.toString(Qt::ISODate))
                                                          : QJsonValue(QJsonValue::Null));
        accounts.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("portfolio"), portfolio);
    root.insert(QStringLiteral("accounts"), accounts);
    return root;
}

QString reportToText(const PortfolioReport &report)
{
    const QLocale locale;
    QString text;
    const PortfolioSummary &s = report.summary;
    text += PortfolioReportText::tr("%1\n").arg(report.planName.isEmpty() ? PortfolioReportText::tr("Portfolio") : report.planName);
    text += PortfolioReportText::tr("Period: %1 to %2\n").arg(monthKey(report.period.start), monthKey(report.period.end));
    text += PortfolioReportText::tr("Key accounts: %1 of %2\n").arg(s.keyAccounts).arg(s.accounts);
    text += PortfolioReportText::tr("ARR: %1\n").arg(formatMoney(s.arr, report.currency, locale));
    text += PortfolioReportText::tr("NRR: %1   GRR: %2\n").arg(percent(s.nrr), percent(s.grr));
    text += PortfolioReportText::tr("Top 3 share of ARR: %1\n\n").arg(percent(s.top3Share));
    for (const AccountReportLine &line : report.accounts) {
        text += QStringLiteral("%1  %2  %3  %4  NRR %5  GRR %6\n")
                    .arg(line.account.name.leftJustified(32, QLatin1Char(' '), true),
                         displayName(line.account.stage).leftJustified(16),
                         line.ownerName.leftJustified(16, QLatin1Char(' '), true),
                         formatMoney(line.account.arr, line.account.currency, locale).rightJustified(12),
                         percent(line.nrr).rightJustified(7), percent(line.grr).rightJustified(7));
    }
    return text;
}

} // namespace keyplan
