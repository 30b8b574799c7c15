#include "domain/reportingperiod.h"

#include "domain/dayformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace keyplan {
namespace {

class PeriodText
{
    Q_DECLARE_TR_FUNCTIONS(ReportingPeriod)
};

int validStartMonth(int month)
{
    return month >= 1 && month <= 12 ? month : 1;
}

} // namespace

ReportingPeriod ReportingPeriod::trailingTwelveMonths(const QDate &today)
{
    if (!today.isValid())
        return {};
    return {Kind::TrailingTwelveMonths, today.addYears(-1).addDays(1), today};
}

ReportingPeriod ReportingPeriod::quarter(int fiscalYear, int quarter, int fiscalStartMonth)
{
    if (quarter < 1 || quarter > 4)
        return {};
    const QDate start = QDate(fiscalYear, validStartMonth(fiscalStartMonth), 1).addMonths(3 * (quarter - 1));
    return {Kind::Quarter, start, start.addMonths(3).addDays(-1)};
}

ReportingPeriod ReportingPeriod::calendarYear(int year)
{
    return {Kind::CalendarYear, QDate(year, 1, 1), QDate(year, 12, 31)};
}

ReportingPeriod ReportingPeriod::fiscalYear(int startYear, int fiscalStartMonth)
{
    const QDate start(startYear, validStartMonth(fiscalStartMonth), 1);
    return {Kind::FiscalYear, start, start.addYears(1).addDays(-1)};
}

ReportingPeriod ReportingPeriod::yearToDate(const QDate &today, int fiscalStartMonth)
{
    if (!today.isValid())
        return {};
    return {Kind::YearToDate, QDate(fiscalYearOf(today, fiscalStartMonth), validStartMonth(fiscalStartMonth), 1),
        today};
}

ReportingPeriod ReportingPeriod::custom(const QDate &first, const QDate &last)
{
    return {Kind::Custom, first, last};
}

int fiscalYearOf(const QDate &day, int fiscalStartMonth)
{
    return day.month() >= validStartMonth(fiscalStartMonth) ? day.year() : day.year() - 1;
}

int fiscalQuarterOf(const QDate &day, int fiscalStartMonth)
{
    const int monthsIn = (day.month() - validStartMonth(fiscalStartMonth) + 12) % 12;
    return monthsIn / 3 + 1;
}

QString fiscalYearName(int startYear, int fiscalStartMonth)
{
    if (validStartMonth(fiscalStartMonth) == 1)
        return PeriodText::tr("FY %1").arg(startYear);
    return PeriodText::tr("FY %1/%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString periodName(const ReportingPeriod &period, int fiscalStartMonth)
{
    if (!period.isValid())
        return PeriodText::tr("no period");
    const QString range = PeriodText::tr("%1 – %2").arg(formatDay(period.first), formatDay(period.last));
    switch (period.kind) {
    case ReportingPeriod::Kind::TrailingTwelveMonths:
        return PeriodText::tr("Trailing 12 months to %1").arg(formatDay(period.last));
    case ReportingPeriod::Kind::Quarter:
        return PeriodText::tr("Q%1 %2 (%3)")
            .arg(fiscalQuarterOf(period.first, fiscalStartMonth))
            .arg(fiscalYearName(fiscalYearOf(period.first, fiscalStartMonth), fiscalStartMonth), range);
    case ReportingPeriod::Kind::CalendarYear:
        return PeriodText::tr("Calendar year %1").arg(period.first.year());
    case ReportingPeriod::Kind::FiscalYear:
        return PeriodText::tr("%1 (%2)")
            .arg(fiscalYearName(fiscalYearOf(period.first, fiscalStartMonth), fiscalStartMonth), range);
    case ReportingPeriod::Kind::YearToDate:
        return PeriodText::tr("Year to date (%1)").arg(range);
    case ReportingPeriod::Kind::Custom:
        return range;
    }
    return range;
}

QString keyOf(ReportingPeriod::Kind kind)
{
    switch (kind) {
    case ReportingPeriod::Kind::TrailingTwelveMonths:
        return QStringLiteral("trailing_12_months");
    case ReportingPeriod::Kind::Quarter:
        return QStringLiteral("quarter");
    case ReportingPeriod::Kind::CalendarYear:
        return QStringLiteral("calendar_year");
    case ReportingPeriod::Kind::FiscalYear:
        return QStringLiteral("fiscal_year");
    case ReportingPeriod::Kind::YearToDate:
        return QStringLiteral("year_to_date");
    case ReportingPeriod::Kind::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<ReportingPeriod> parsePeriod(const QString &text, const QDate &today, int fiscalStartMonth)
{
    const QString input = text.trimmed();
    if (input.compare(QStringLiteral("ttm"), Qt::CaseInsensitive) == 0)
        return ReportingPeriod::trailingTwelveMonths(today);
    if (input.compare(QStringLiteral("ytd"), Qt::CaseInsensitive) == 0)
        return ReportingPeriod::yearToDate(today, fiscalStartMonth);
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression fiscal(QStringLiteral("^FY(\\d{4})$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quarter(
        QStringLiteral("^(?:FY)?(\\d{4})-Q([1-4])$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression range(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    QRegularExpressionMatch match;
    if ((match = year.match(input)).hasMatch())
        return ReportingPeriod::calendarYear(match.captured(1).toInt());
    if ((match = fiscal.match(input)).hasMatch())
        return ReportingPeriod::fiscalYear(match.captured(1).toInt(), fiscalStartMonth);
    if ((match = quarter.match(input)).hasMatch())
        return ReportingPeriod::quarter(match.captured(1).toInt(), match.captured(2).toInt(), fiscalStartMonth);
    if ((match = range.match(input)).hasMatch()) {
        const ReportingPeriod period = ReportingPeriod::custom(QDate::fromString(match.captured(1), Qt::ISODate),
            QDate::fromString(match.captured(2), Qt::ISODate));
        if (period.isValid())
            return period;
    }
    return std::nullopt;
}

} // namespace keyplan
