#pragma once

#include "domain/coverage.h"

#include <QSqlDatabase>
#include <QString>

namespace keyplan {

// Plan-wide settings kept in the plan itself: its name, its currency, its coverage settings.
class PlanInfoStore
{
public:
    static inline const QString nameKey = QStringLiteral("name");
    static inline const QString currencyKey = QStringLiteral("currency"); // the reporting currency
    // "1" in a plan made from the sample (its title says "Sample").
    static inline const QString sampleKey = QStringLiteral("sample");
    // The month (1–12) the plan's fiscal year starts in; 1 (January) when unset.
    static inline const QString fiscalYearStartKey = QStringLiteral("fiscal_year_start");
    // Comma-separated seat keys every account's buying group should fill (layers or roles).
    static inline const QString requiredSeatsKey = QStringLiteral("required_seats");
    // Coverage thresholds (DOMAIN.md defaults unless the plan sets its own).
    static inline const QString activeWithinDaysKey = QStringLiteral("coverage_active_within_days");
    static inline const QString singleThreadedAtMostKey = QStringLiteral("coverage_single_threaded_at_most");
    static inline const QString staleAfterDaysKey = QStringLiteral("map_stale_after_days");
    static inline const QString targetLowKey = QStringLiteral("coverage_target_low");
    static inline const QString targetHighKey = QStringLiteral("coverage_target_high");

    explicit PlanInfoStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    QString value(const QString &key, const QString &fallback = {}, QString *error = nullptr) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

    // The coverage settings the plan uses: the defaults, with the plan's own values where it has
    // valid ones (a value out of range or unreadable falls back to the default).
    CoverageSettings coverageSettings(QString *error = nullptr) const;
    bool setCoverageSettings(const CoverageSettings &settings, QString *error = nullptr);

    QString currency(QString *error = nullptr) const
    {
        return value(currencyKey, QStringLiteral("GBP"), error);
    }

    int fiscalYearStart(QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace keyplan
