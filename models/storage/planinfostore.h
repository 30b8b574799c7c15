#pragma once

#include "domain/coverage.h"

#include <QSqlDatabase>
#include <QString>

namespace keyplan {

// Plan-wide settings kept in the plan itself: its name and its currency.
class PlanInfoStore
{
public:
    static inline const QString nameKey = QStringLiteral("name");
    static inline const QString currencyKey = QStringLiteral("currency");
    // Comma-separated seat keys every account's buying group should fill (layers or roles).
    static inline const QString requiredSeatsKey = QStringLiteral("required_seats");

    explicit PlanInfoStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    QString value(const QString &key, const QString &fallback = {}, QString *error = nullptr) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

    // The coverage settings the plan uses: the defaults, with the plan's own required seats if set.
    CoverageSettings coverageSettings(QString *error = nullptr) const;

    QString currency(QString *error = nullptr) const
    {
        return value(currencyKey, QStringLiteral("GBP"), error);
    }

private:
    QSqlDatabase m_db;
};

} // namespace keyplan
