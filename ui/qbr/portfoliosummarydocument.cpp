#include "ui/qbr/portfoliosummarydocument.h"

#include "domain/accountflags.h"
#include "domain/dayformat.h"
#include "domain/percent.h"
#include "domain/portfoliofigures.h"
#include "ui/printing/documentcomposer.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>

namespace keyplan {

namespace {

class SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioSummary)
};

QString percent(std::optional<double> ratio, const QLocale &locale)
{
    return formatPercent(ratio, locale);
}



} // namespace

void writePortfolioSummary(QTextDocument *document, const PortfolioReport &report, const QDate &printedOn)
{
    // Every figure here is for the report's scope (the key accounts), in the reporting currency.
    const QLocale locale;
    DocumentComposer out(document);
    const QString currency = report.reportingCurrency();
    const auto money = [&](MinorUnits amount) { return formatMoney(amount, currency, locale); };
    out.cursor().insertText(report.planName.isEmpty() ? SummaryText::tr("Key accounts") : report.planName,
        DocumentComposer::format(TextStyle::Title));
    QList<const AccountReportLine *> keyAccounts;
    MinorUnits whitespace = 0;
    MinorUnits weighted = 0;
    for (const AccountReportLine &line : report.accounts) {
        keyAccounts.append(&line);
        whitespace += line.whitespaceOpenReporting.value_or(0);
        weighted += line.pipelineReporting ? line.pipelineReporting->weighted : 0;
    }
    const GroupRevenueFigures &total = report.revenue.total;
    const MinorUnits arr = total.arr.value_or(0);
    out.paragraph(SummaryText::tr("%1 · portfolio summary · %2")
                      .arg(report.scopeText(), locale.toString(printedOn, QLocale::LongFormat)),
        TextStyle::Subtitle);
    out.runs({{SummaryText::tr("%1 key accounts").arg(keyAccounts.size()), TextStyle::Strong},
        {SummaryText::tr("   ·   ARR today %1").arg(money(arr)), TextStyle::Body},
        {SummaryText::tr("   ·   NRR %1, GRR %2 (%3)")
                .arg(percent(total.nrr, locale), percent(total.grr, locale),
                    periodName(report.options.period, report.fiscalYearStart)),
            TextStyle::Body},
        {SummaryText::tr("   ·   top 3 hold %1 of ARR").arg(percent(report.revenue.top3Share, locale)),
            isConcentrationRisk(report.revenue.top3Share, report.options.thresholds) ? TextStyle::Warning
                                                                                     : TextStyle::Body},
        {SummaryText::tr(" (limit %1)").arg(percent(report.options.thresholds.concentrationWarning, locale)),
            TextStyle::Muted}});
    if (total.bridge) {
        const ArrBridge &b = *total.bridge;
        out.paragraph(SummaryText::tr("ARR bridge: %1 at the start + %2 new + %3 expansion − %4 contraction − %5 churn "
                                      "+ %6 reactivation = %7 at the end.")
                          .arg(money(b.start), money(b.newBusiness), money(b.expansionTotal()), money(b.contraction),
                              money(b.churn), money(b.reactivation), money(b.end)),
            TextStyle::Small);
    }

    QTextTable *table
        = out.table({SummaryText::tr("Account"), SummaryText::tr("Owner"), SummaryText::tr("Stage"),
                        SummaryText::tr("ARR (%1)").arg(currency), SummaryText::tr("NRR"), SummaryText::tr("Coverage"),
                        SummaryText::tr("Open whitespace"), SummaryText::tr("Weighted pipeline"),
                        SummaryText::tr("Renewal"), SummaryText::tr("Flags")},
            {18, 10, 11, 7, 5, 6, 7, 7, 6, 23}, int(keyAccounts.size()) + 1,
            {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
                Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft},
            DocumentComposer::Density::Compact);
    int row = 1;
    for (const AccountReportLine *line : std::as_const(keyAccounts)) {
        const Account &account = line->account;
        out.cell(table, row, 0, account.name, TextStyle::Strong);
        out.cell(table, row, 1, line->ownerName, TextStyle::Muted);
        out.cell(table, row, 2, displayName(account.stage),
            account.stage == Stage::UncouplingKam ? TextStyle::Warning : TextStyle::Body);
        out.cell(table, row, 3, money(line->revenue.arrReporting.value_or(0)));
        out.cell(table, row, 4, percent(line->revenue.nrr, locale),
            line->revenue.nrr && *line->revenue.nrr < 1.0 ? TextStyle::Warning : TextStyle::Body);
        out.cell(table, row, 5, formatPercent(line->coverage.depth(), locale, 0));
        out.cell(table, row, 6, money(line->whitespaceOpenReporting.value_or(0)));
        out.cell(table, row, 7, money(line->pipelineReporting ? line->pipelineReporting->weighted : 0));
        out.cell(table, row, 8,
            account.renewalDate.isValid() ? locale.toString(account.renewalDate, QStringLiteral("d MMM yy"))
                                          : QStringLiteral("–"),
            TextStyle::Muted);
        const QStringList flags
            = accountFlags(line->account, line->coverage, line->health ? line->health->score() : std::nullopt, report.coverageSettings, printedOn);
        out.cell(table, row, 9, flags.join(QStringLiteral(" · ")),
            flags.isEmpty() ? TextStyle::Body : TextStyle::Alert);
        if (row % 2 == 0)
            out.shadeRow(table, row, QColor(0xf7, 0xf8, 0xfa));
        ++row;
    }
    out.cell(table, row, 0, SummaryText::tr("Total"), TextStyle::Strong);
    out.cell(table, row, 3, money(arr), TextStyle::Strong);
    out.cell(table, row, 6, money(whitespace), TextStyle::Strong);
    out.cell(table, row, 7, money(weighted), TextStyle::Strong);
    QString notes = SummaryText::tr("Coverage: people in the buying group with an active, company-owned relationship; "
                                    "low below the %1 target. Fix first: uncoupling, or health below 6 of 10. Renewals "
                                    "flagged within %2 days.")
                        .arg(formatPercent(report.coverageSettings.targetLow, locale, 0))
                        .arg(renewalSoonDays);
    if (!report.revenue.ratesUsed.isEmpty()) {
        QStringList rates;
        for (const RateUsed &rate : report.revenue.ratesUsed)
            rates.append(SummaryText::tr("1 %1 = %2 %3 (%4)")
                             .arg(rate.from, formatRate(rate.rate, locale), rate.to,
                                 formatDay(rate.on, locale)));
        notes += QLatin1Char(' ')
            + SummaryText::tr("Other currencies in %1 at %2; retention at constant currency.")
                  .arg(currency, rates.join(QStringLiteral(", ")));
    }
    out.paragraph(notes, TextStyle::Small);
}

} // namespace keyplan
