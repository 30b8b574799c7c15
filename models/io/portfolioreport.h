#pragma once

#include "domain/account.h"
#include "domain/coverage.h"
#include "domain/healthmark.h"
#include "domain/opportunity.h"
#include "domain/portfoliofigures.h"
#include "domain/retention.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

#include <optional>

// `keyplan report`: the portfolio and per-account figures, computed by the same domain code
// that feeds the portfolio header, as JSON or as plain text.
namespace keyplan {

struct AccountReportLine
{
    Account account;
    QString ownerName;
    std::optional<double> nrr;
    std::optional<double> grr;
    Coverage coverage;
    PipelineTotals pipeline; // open expansion opportunities
    MinorUnits whitespaceOpen = 0; // potential of the open whitespace cells
    std::optional<HealthMark> health; // the latest mark
};

struct PortfolioReport
{
    QString planName;
    QString currency;
    RetentionPeriod period;
    PortfolioSummary summary;
    QMap<QString, std::optional<double>> nrrBySegment; // by segment key
    QMap<QString, std::optional<double>> grrBySegment;
    QMap<QString, std::optional<double>> nrrByTier;
    QMap<QString, std::optional<double>> grrByTier;
    CoverageSettings coverageSettings; // the plan's, which coverage was measured with
    QList<AccountReportLine> accounts; // by name
    PipelineTotals pipeline; // over every account
    MinorUnits whitespaceOpen = 0;
};

// The period defaults to the year to the latest month with revenue. Nothing, with the reason in
// `error`, when the plan could not be read whole (a damaged page): never a partial report.
// Coverage is measured as of `today`.
std::optional<PortfolioReport> buildPortfolioReport(const QSqlDatabase &db, RetentionPeriod period = {},
    QString *error = nullptr, const QDate &today = QDate::currentDate());

// JSON as DESIGN.md lays it out: {"portfolio": {...}, "accounts": [...]}, UTF-8.
QByteArray reportToJson(const PortfolioReport &report);
QString reportToText(const PortfolioReport &report);

} // namespace keyplan
