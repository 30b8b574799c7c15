#pragma once

#include <QList>
#include <QString>

// The ISO 4217 currencies an account or a plan may use: chosen from this list, never typed free.
namespace keyplan {

struct CurrencyInfo
{
    const char *code; // "GBP"
    const char *name; // source text for QCoreApplication::translate("Currency", ...)
};

QList<CurrencyInfo> isoCurrencies(); // by code
bool isCurrencyCode(const QString &code);
// "GBP — Pound sterling"
QString currencyLabel(const QString &code);

} // namespace keyplan
