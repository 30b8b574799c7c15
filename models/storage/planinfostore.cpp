#include "storage/planinfostore.h"

#include "storage/sqlhelpers.h"

#include <QHash>
#include <QSqlQuery>

namespace keyplan {

QString PlanInfoStore::value(const QString &key, const QString &fallback, QString *error) const
{
    const QVariant value
        = sql::scalar(m_db, QStringLiteral("SELECT value FROM plan_info WHERE key = ?"), {key}, error);
    return value.isValid() ? value.toString() : fallback;
}

int PlanInfoStore::fiscalYearStart(QString *error) const
{
    bool ok = false;
    const int month = value(fiscalYearStartKey, QStringLiteral("1"), error).toInt(&ok);
    return ok && month >= 1 && month <= 12 ? month : 1;
}

CoverageSettings PlanInfoStore::coverageSettings(QString *error) const
{
    CoverageSettings settings;
    QHash<QString, QString> stored;
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT key, value FROM plan_info"), {}, error);
    while (query.next())
        stored.insert(query.value(0).toString(), query.value(1).toString());
    sql::readToEnd(query, error);

    if (stored.contains(requiredSeatsKey)) // present and empty: the plan requires no seats
        settings.requiredSeats = stored.value(requiredSeatsKey).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto readInt = [&](const QString &key, int &target, int low, int high) {
        bool ok = false;
        const int number = stored.value(key).toInt(&ok);
        if (ok && number >= low && number <= high)
            target = number;
    };
    readInt(activeWithinDaysKey, settings.activeWithinDays, 1, 3650);
    readInt(singleThreadedAtMostKey, settings.singleThreadedAtMost, 0, 100);
    readInt(staleAfterDaysKey, settings.staleAfterDays, 1, 3650);
    bool lowOk = false;
    bool highOk = false;
    const double low = stored.value(targetLowKey).toDouble(&lowOk);
    const double high = stored.value(targetHighKey).toDouble(&highOk);
    if (lowOk && highOk && low >= 0 && low <= high && high <= 1) {
        settings.targetLow = low;
        settings.targetHigh = high;
    }
    return settings;
}

bool PlanInfoStore::setCoverageSettings(const CoverageSettings &settings, QString *error)
{
    return setValue(requiredSeatsKey, settings.requiredSeats.join(QLatin1Char(',')), error)
        && setValue(activeWithinDaysKey, QString::number(settings.activeWithinDays), error)
        && setValue(singleThreadedAtMostKey, QString::number(settings.singleThreadedAtMost), error)
        && setValue(staleAfterDaysKey, QString::number(settings.staleAfterDays), error)
        && setValue(targetLowKey, QString::number(settings.targetLow), error)
        && setValue(targetHighKey, QString::number(settings.targetHigh), error);
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
