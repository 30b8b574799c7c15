#pragma once

#include "domain/accounthealth.h"
#include "domain/account.h"
#include "domain/coverage.h"
#include "domain/opportunity.h"
#include "domain/portfoliofigures.h"
#include "domain/revenuefigures.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// `keyplan report` and the printed portfolio summary: the portfolio's and each account's
// figures, computed by the same domain code that feeds the portfolio header, as JSON or text.
// Every figure is for one scope (every account or the key accounts, optionally one owner's book)
// and one period, in the plan's reporting currency.
namespace keyplan {

struct ReportScope
{
    bool keyOnly = false;
    QString owner; // one owner's book, by name; empty: everyone's
};

struct ReportOptions
{
    ReportingPeriod period; // invalid: the trailing twelve months to `today`
    ReportScope scope;
    QDate today = QDate::currentDate();
    PortfolioThresholds thresholds; // the user's, from Preferences: what the printed summary flags
};

struct AccountReportLine
{
    Account account;
    QString ownerName;
    AccountRevenueFigures revenue;
    Coverage coverage;
    PipelineTotals pipeline; // open expansion opportunities, in the account's currency
    MinorUnits whitespaceOpen = 0; // potential of the open whitespace cells, the account's currency
    std::optional<AccountHealth> health; // the scorecard today, with its trend; key accounts only
    QList<Play> playsOpen; // open or snoozed, the rules' and the user's
    QList<Goal> goals; // the customer's, as the success plan lists them
    std::optional<RateUsed> rate; // from the account's currency to the reporting one, today
    // The same two in the reporting currency, each item converted at `rate` (as the totals are);
    // nothing without a rate.
    std::optional<PipelineTotals> pipelineReporting;
    std::optional<MinorUnits> whitespaceOpenReporting;
};

struct PortfolioReport
{
    QString planName;
    int fiscalYearStart = 1;
    ReportOptions options; // with the period resolved
    int accountsInPlan = 0;
    RevenueFigures revenue; // the scope's figures
    CoverageSettings coverageSettings; // the plan's, which coverage was measured with
    QHash<qint64, QString> team; // our people's names, by id
    QList<AccountReportLine> accounts; // the scope's, by name
    // Totals in the reporting currency at today's rates; nothing when a rate is missing.
    std::optional<PipelineTotals> pipeline;
    std::optional<MinorUnits> whitespaceOpen;

    QString reportingCurrency() const { return revenue.reportingCurrency; }
    // "Key accounts (25)", "All accounts of Tom Whitaker (6)": what every figure covers.
    QString scopeText() const;
    // The rates the plan lacks for this scope ("USD→GBP"); the report is refused while any is.
    QStringList missingRates() const { return revenue.total.missingRates; }
};

// Nothing, with the reason in `error`, when the plan could not be read whole (a damaged page):
// never a partial report. Coverage is measured as of the options' `today`.
std::optional<PortfolioReport> buildPortfolioReport(
    const QSqlDatabase &db, const ReportOptions &options = {}, QString *error = nullptr);

// JSON as DESIGN.md lays it out: {"portfolio": {...}, "accounts": [...]}, UTF-8.
QByteArray reportToJson(const PortfolioReport &report);
QString reportToText(const PortfolioReport &report);

} // namespace keyplan
