#pragma once

#include "domain/exchangerates.h"
#include "domain/opportunity.h"
#include "domain/whitespace.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace keyplan {

// Brings amounts of many accounts, each in its own currency, into the plan's reporting currency
// at the rates in force on one day, so that portfolio totals (pipeline, whitespace) add converted
// amounts only. Each amount is converted once, item by item, and every view sums the same
// converted items: the list, the charts and `keyplan report` agree to the cent. An account whose
// currency has no rate is left out of the converted lists, and missingRates() says which rate.
class ReportingConverter
{
public:
    ReportingConverter() = default;
    ReportingConverter(RateTable rates, QString reportingCurrency, QDate day, QHash<AccountId, QString> accountCurrencies);

    QString currency() const { return m_currency; }
    // The account's amounts in the reporting currency; nothing when its currency has no rate.
    std::optional<MinorUnits> convert(AccountId account, MinorUnits amount) const;
    std::optional<RateUsed> rateOf(AccountId account) const;

    // The same items with their amounts converted; those of accounts without a rate left out.
    QList<Opportunity> opportunities(const QList<Opportunity> &opportunities) const;
    QList<WhitespaceCell> cells(const QList<WhitespaceCell> &cells) const;

    // "USD→GBP" for every currency asked about that has no rate, in the order met.
    QStringList missingRates() const { return m_missing; }

private:
    std::optional<RateUsed> rateFor(const QString &currency) const;

    RateTable m_rates;
    QString m_currency;
    QDate m_day;
    QHash<AccountId, QString> m_accountCurrencies;
    mutable QHash<QString, std::optional<RateUsed>> m_cache;
    mutable QStringList m_missing;
};

} // namespace keyplan
