#include "storage/planinfostore.h"

#include "storage/sqlhelpers.h"

namespace keyplan {

QString PlanInfoStore::value(const QString &key, const QString &fallback, QString *error) const
{
    const QVariant value
        = sql::scalar(m_db, QStringLiteral("SELECT value FROM plan_info WHERE key = ?"), {key}, error);
    return value.isValid() ? value.toString() : fallback;
}

CoverageSettings PlanInfoStore::coverageSettings(QString *error) const
{
    CoverageSettings settings;
    const QString seats = value(requiredSeatsKey, {}, error);
    if (!seats.isEmpty())
        settings.requiredSeats = seats.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return settings;
}

bool PlanInfoStore::setValue(const QString &key, const QString &value, QString *error)
{
    return sql::run(m_db,
        QStringLiteral("INSERT INTO plan_info (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {key, value}, error)
        .isActive();
}

} // namespace keyplan
