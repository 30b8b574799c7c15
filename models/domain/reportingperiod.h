#pragma once

#include <QDate>
#include <QString>

#include <optional>

// The period a retention figure or an ARR bridge is measured over: whole days, `first` to `last`
// inclusive. ARR at the start is ARR as the first day began (before any change dated that day);
// ARR at the end is ARR as the last day ended.
namespace keyplan {

struct ReportingPeriod
{
    enum class Kind { TrailingTwelveMonths, Quarter, CalendarYear, FiscalYear, YearToDate, Custom };

    Kind kind = Kind::TrailingTwelveMonths;
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    bool operator==(const ReportingPeriod &) const = default;

    // The twelve months ending with `today`: from the day after the same date a year before.
    static ReportingPeriod trailingTwelveMonths(const QDate &today);
    // Quarter 1–4 of the fiscal year that starts in `fiscalYear` (its start month; 1 = calendar).
    static ReportingPeriod quarter(int fiscalYear, int quarter, int fiscalStartMonth);
    static ReportingPeriod calendarYear(int year);
    // The fiscal year that starts in `startYear`, in month `fiscalStartMonth`.
    static ReportingPeriod fiscalYear(int startYear, int fiscalStartMonth);
    // From the start of the fiscal year that holds `today` (the calendar year when it starts in
    // January) to `today`.
    static ReportingPeriod yearToDate(const QDate &today, int fiscalStartMonth);
    static ReportingPeriod custom(const QDate &first, const QDate &last);
};

// The year in which the fiscal year holding `day` starts.
int fiscalYearOf(const QDate &day, int fiscalStartMonth);
// The fiscal quarter (1–4) that holds `day`.
int fiscalQuarterOf(const QDate &day, int fiscalStartMonth);

// "FY 2026/27" (or "FY 2026" when the fiscal year is the calendar year).
QString fiscalYearName(int startYear, int fiscalStartMonth);
// "Trailing 12 months to 2 Dec 2026", "Q3 FY 2026/27 (1 Oct – 31 Dec 2026)", "2025", ...
QString periodName(const ReportingPeriod &period, int fiscalStartMonth);
// The same for machines: "ttm", "2026-Q3" style keys are for input; this is the stable kind key.
QString keyOf(ReportingPeriod::Kind kind);

// Reads what `report --period` accepts: "ttm", "ytd", "2025" (calendar year), "FY2026" (the
// fiscal year starting in 2026), "FY2026-Q3" or "2026-Q3" (a fiscal quarter), or
// "2025-04-01..2026-03-31". `today` anchors ttm and ytd.
std::optional<ReportingPeriod> parsePeriod(const QString &text, const QDate &today, int fiscalStartMonth);

} // namespace keyplan
