#pragma once

#include "domain/healthscore.h"
#include "domain/metricseries.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace keyplan {

// The SQL for the health scorecard: measures entered by hand, overrides, the history of scores and
// usage metrics with their points. Callers own the transaction. Each list comes for one account or,
// in one query, for every account.
class HealthStore
{
public:
    explicit HealthStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Measures entered by hand, oldest first.
    QList<HealthEntry> entries(AccountId accountId, QString *error = nullptr) const;
    QHash<AccountId, QList<HealthEntry>> allEntries(QString *error = nullptr) const;
    std::optional<qint64> insertEntry(const HealthEntry &entry, QString *error = nullptr);
    bool updateEntry(const HealthEntry &entry, QString *error = nullptr);
    bool removeEntry(qint64 id, QString *error = nullptr);

    // Overrides, oldest first.
    QList<HealthOverride> overrides(AccountId accountId, QString *error = nullptr) const;
    QHash<AccountId, QList<HealthOverride>> allOverrides(QString *error = nullptr) const;
    std::optional<qint64> insertOverride(const HealthOverride &override, QString *error = nullptr);
    bool updateOverride(const HealthOverride &override, QString *error = nullptr);
    bool removeOverride(qint64 id, QString *error = nullptr);

    // The history, oldest first. One snapshot per account and day: a second score on a day
    // replaces the first (putSnapshot).
    QList<HealthSnapshot> history(AccountId accountId, QString *error = nullptr) const;
    QHash<AccountId, QList<HealthSnapshot>> allHistory(QString *error = nullptr) const;
    std::optional<qint64> putSnapshot(const HealthSnapshot &snapshot, QString *error = nullptr);
    bool insertSnapshot(const HealthSnapshot &snapshot, QString *error = nullptr); // with its own id

    // Usage metrics with their points (oldest first), by name.
    QList<MetricSeries> metrics(AccountId accountId, QString *error = nullptr) const;
    QHash<AccountId, QList<MetricSeries>> allMetrics(QString *error = nullptr) const;
    std::optional<MetricSeriesId> insertSeries(const MetricSeries &series, QString *error = nullptr); // with points
    // The name, unit, thresholds and the whole list of points.
    bool updateSeries(const MetricSeries &series, QString *error = nullptr);
    bool removeSeries(MetricSeriesId id, QString *error = nullptr);

private:
    bool insertPoints(MetricSeriesId id, const QList<MetricPoint> &points, QString *error);
    QList<MetricSeries> readMetrics(const QString &where, std::initializer_list<QVariant> values, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace keyplan
