#include "domain/reportingconverter.h"

namespace keyplan {

ReportingConverter::ReportingConverter(
    RateTable rates, QString reportingCurrency, QDate day, QHash<AccountId, QString> accountCurrencies)
    : m_rates(std::move(rates))
    , m_currency(std::move(reportingCurrency))
    , m_day(day)
    , m_accountCurrencies(std::move(accountCurrencies))
{
}

std::optional<RateUsed> ReportingConverter::rateFor(const QString &currency) const
{
    const auto cached = m_cache.constFind(currency);
    if (cached != m_cache.cend())
        return *cached;
    const std::optional<RateUsed> rate = m_rates.rate(currency, m_currency, m_day);
    m_cache.insert(currency, rate);
    if (!rate)
        m_missing.append(QStringLiteral("%1→%2").arg(currency, m_currency));
    return rate;
}

std::optional<RateUsed> ReportingConverter::rateOf(AccountId account) const
{
    return rateFor(m_accountCurrencies.value(account, m_currency));
}

std::optional<MinorUnits> ReportingConverter::convert(AccountId account, MinorUnits amount) const
{
    const std::optional<RateUsed> rate = rateOf(account);
    if (!rate)
        return std::nullopt;
    return convertAt(amount, rate->rate);
}

QList<Opportunity> ReportingConverter::opportunities(const QList<Opportunity> &opportunities) const
{
    QList<Opportunity> converted;
    converted.reserve(opportunities.size());
    for (Opportunity opportunity : opportunities) {
        const std::optional<MinorUnits> amount = convert(opportunity.accountId, opportunity.amount);
        if (!amount)
            continue;
        opportunity.amount = *amount;
        converted.append(std::move(opportunity));
    }
    return converted;
}

QList<WhitespaceCell> ReportingConverter::cells(const QList<WhitespaceCell> &cells) const
{
    QList<WhitespaceCell> converted;
    converted.reserve(cells.size());
    for (WhitespaceCell cell : cells) {
        const std::optional<RateUsed> rate = rateOf(cell.accountId);
        if (!rate)
            continue;
        cell.revenue = convertAt(cell.revenue, rate->rate).value_or(0);
        cell.potential = convertAt(cell.potential, rate->rate).value_or(0);
        if (cell.competitorSpend)
            cell.competitorSpend = convertAt(*cell.competitorSpend, rate->rate).value_or(0);
        converted.append(std::move(cell));
    }
    return converted;
}

} // namespace keyplan
