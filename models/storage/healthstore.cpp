#include "storage/healthstore.h"

#include "storage/rowreader.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace keyplan {
namespace {

const QString selectEntries
    = QStringLiteral("SELECT id, account_id, measure, entered_on, score, note, version FROM health_entry");
const QString entryOrder = QStringLiteral(" ORDER BY account_id, entered_on, id");

HealthEntry readEntry(const sql::RowReader &row)
{
    HealthEntry entry;
    entry.id = row.integer(0);
    entry.accountId = row.integer(1);
    entry.measure = healthMeasureFromKey(row.text(2)).value_or(HealthMeasure::Sentiment);
    entry.on = row.day(3);
    entry.score = int(row.integer(4));
    entry.note = row.text(5);
    entry.version = row.integer(6);
    return entry;
}

const QString selectOverrides
    = QStringLiteral("SELECT id, account_id, score, reason, set_on, expires_on, version FROM health_override");
const QString overrideOrder = QStringLiteral(" ORDER BY account_id, set_on, id");

HealthOverride readOverride(const sql::RowReader &row)
{
    HealthOverride override;
    override.id = row.integer(0);
    override.accountId = row.integer(1);
    override.score = int(row.integer(2));
    override.reason = row.text(3);
    override.setOn = row.day(4);
    override.expiresOn = row.day(5);
    override.version = row.integer(6);
    return override;
}

const QString selectSnapshots
    = QStringLiteral("SELECT id, account_id, taken_on, tenths, weights, overridden FROM health_snapshot");
const QString snapshotOrder = QStringLiteral(" ORDER BY account_id, taken_on");

HealthSnapshot readSnapshot(const sql::RowReader &row)
{
    HealthSnapshot snapshot;
    snapshot.id = row.integer(0);
    snapshot.accountId = row.integer(1);
    snapshot.on = row.day(2);
    snapshot.tenths = int(row.integer(3));
    snapshot.weights = row.text(4);
    snapshot.overridden = row.integer(5) != 0;
    return snapshot;
}

template<typename Row, typename Read>
QHash<AccountId, QList<Row>> byAccount(sql::RowReader &rows, Read read)
{
    QHash<AccountId, QList<Row>> result;
    while (rows.next()) {
        Row row = read(rows);
        result[row.accountId].append(std::move(row));
    }
    return result;
}

bool changedOne(const QSqlQuery &query)
{
    return query.isActive() && query.numRowsAffected() == 1;
}

} // namespace

QList<HealthEntry> HealthStore::entries(AccountId accountId, QString *error) const
{
    sql::RowReader rows(m_db, selectEntries + QStringLiteral(" WHERE account_id = ?") + entryOrder, {accountId}, error);
    return byAccount<HealthEntry>(rows, readEntry).value(accountId);
}

QHash<AccountId, QList<HealthEntry>> HealthStore::allEntries(QString *error) const
{
    sql::RowReader rows(m_db, selectEntries + entryOrder, {}, error);
    return byAccount<HealthEntry>(rows, readEntry);
}

std::optional<qint64> HealthStore::insertEntry(const HealthEntry &entry, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO health_entry (id, account_id, measure, entered_on, score, note, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::newId(entry.id), entry.accountId, keyOf(entry.measure), entry.on.toString(Qt::ISODate), entry.score,
            entry.note, entry.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    return entry.id > 0 ? entry.id : sql::returnedId(query);
}

bool HealthStore::updateEntry(const HealthEntry &entry, QString *error)
{
    return changedOne(sql::run(m_db,
        QStringLiteral("UPDATE health_entry SET measure = ?, entered_on = ?, score = ?, note = ?, version = version + 1 "
                       "WHERE id = ?"),
        {keyOf(entry.measure), entry.on.toString(Qt::ISODate), entry.score, entry.note, entry.id}, error));
}

bool HealthStore::removeEntry(qint64 id, QString *error)
{
    return changedOne(sql::run(m_db, QStringLiteral("DELETE FROM health_entry WHERE id = ?"), {id}, error));
}

QList<HealthOverride> HealthStore::overrides(AccountId accountId, QString *error) const
{
    sql::RowReader rows(
        m_db, selectOverrides + QStringLiteral(" WHERE account_id = ?") + overrideOrder, {accountId}, error);
    return byAccount<HealthOverride>(rows, readOverride).value(accountId);
}

QHash<AccountId, QList<HealthOverride>> HealthStore::allOverrides(QString *error) const
{
    sql::RowReader rows(m_db, selectOverrides + overrideOrder, {}, error);
    return byAccount<HealthOverride>(rows, readOverride);
}

std::optional<qint64> HealthStore::insertOverride(const HealthOverride &override, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO health_override (id, account_id, score, reason, set_on, expires_on, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::newId(override.id), override.accountId, override.score, override.reason,
            override.setOn.toString(Qt::ISODate), override.expiresOn.toString(Qt::ISODate), override.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    return override.id > 0 ? override.id : sql::returnedId(query);
}

bool HealthStore::updateOverride(const HealthOverride &override, QString *error)
{
    return changedOne(sql::run(m_db,
        QStringLiteral("UPDATE health_override SET score = ?, reason = ?, set_on = ?, expires_on = ?, "
                       "version = version + 1 WHERE id = ?"),
        {override.score, override.reason, override.setOn.toString(Qt::ISODate),
            override.expiresOn.toString(Qt::ISODate), override.id},
        error));
}

bool HealthStore::removeOverride(qint64 id, QString *error)
{
    return changedOne(sql::run(m_db, QStringLiteral("DELETE FROM health_override WHERE id = ?"), {id}, error));
}

QList<HealthSnapshot> HealthStore::history(AccountId accountId, QString *error) const
{
    sql::RowReader rows(
        m_db, selectSnapshots + QStringLiteral(" WHERE account_id = ?") + snapshotOrder, {accountId}, error);
    return byAccount<HealthSnapshot>(rows, readSnapshot).value(accountId);
}

QHash<AccountId, QList<HealthSnapshot>> HealthStore::allHistory(QString *error) const
{
    sql::RowReader rows(m_db, selectSnapshots + snapshotOrder, {}, error);
    return byAccount<HealthSnapshot>(rows, readSnapshot);
}

std::optional<qint64> HealthStore::putSnapshot(const HealthSnapshot &snapshot, QString *error)
{
    const QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO health_snapshot (account_id, taken_on, tenths, weights, overridden) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, taken_on) DO UPDATE SET "
                       "tenths = excluded.tenths, weights = excluded.weights, overridden = excluded.overridden, "
                       "version = health_snapshot.version + 1"),
        {snapshot.accountId, snapshot.on.toString(Qt::ISODate), snapshot.tenths, snapshot.weights,
            int(snapshot.overridden)},
        error);
    if (!query.isActive())
        return std::nullopt;
    const QVariant id = sql::scalar(m_db, QStringLiteral("SELECT id FROM health_snapshot WHERE account_id = ? AND taken_on = ?"),
        {snapshot.accountId, snapshot.on.toString(Qt::ISODate)}, error);
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

bool HealthStore::insertSnapshot(const HealthSnapshot &snapshot, QString *error)
{
    return sql::run(m_db,
        QStringLiteral("INSERT INTO health_snapshot (id, account_id, taken_on, tenths, weights, overridden) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::newId(snapshot.id), snapshot.accountId, snapshot.on.toString(Qt::ISODate), snapshot.tenths,
            snapshot.weights, int(snapshot.overridden)},
        error)
        .isActive();
}

QList<MetricSeries> HealthStore::readMetrics(
    const QString &where, std::initializer_list<QVariant> values, QString *error) const
{
    QList<MetricSeries> list;
    QHash<MetricSeriesId, qsizetype> at;
    {
        sql::RowReader rows(m_db,
            QStringLiteral("SELECT id, account_id, name, unit, good_at, poor_at, version FROM metric_series %1 "
                           "ORDER BY account_id, name, id")
                .arg(where),
            values, error);
        while (rows.next()) {
            MetricSeries series;
            series.id = rows.integer(0);
            series.accountId = rows.integer(1);
            series.name = rows.text(2);
            series.unit = rows.text(3);
            series.goodAt = rows.optionalReal(4);
            series.poorAt = rows.optionalReal(5);
            series.version = rows.integer(6);
            at.insert(series.id, list.size());
            list.append(std::move(series));
        }
    }
    if (list.isEmpty())
        return list;
    sql::RowReader points(m_db,
        QStringLiteral("SELECT p.series_id, p.measured_on, p.value FROM metric_point p JOIN metric_series s "
                       "ON s.id = p.series_id %1 ORDER BY p.series_id, p.measured_on")
            .arg(QString(where).replace(QStringLiteral("account_id"), QStringLiteral("s.account_id"))),
        values, error);
    while (points.next()) {
        const auto found = at.constFind(points.integer(0));
        if (found != at.cend())
            list[*found].points.append({points.day(1), points.real(2)});
    }
    return list;
}

QList<MetricSeries> HealthStore::metrics(AccountId accountId, QString *error) const
{
    return readMetrics(QStringLiteral("WHERE account_id = ?"), {accountId}, error);
}

QHash<AccountId, QList<MetricSeries>> HealthStore::allMetrics(QString *error) const
{
    QHash<AccountId, QList<MetricSeries>> result;
    for (MetricSeries &series : readMetrics({}, {}, error))
        result[series.accountId].append(std::move(series));
    return result;
}

bool HealthStore::insertPoints(MetricSeriesId id, const QList<MetricPoint> &points, QString *error)
{
    for (const MetricPoint &point : points) {
        if (!sql::run(m_db, QStringLiteral("INSERT INTO metric_point (series_id, measured_on, value) VALUES (?, ?, ?)"),
                {id, point.on.toString(Qt::ISODate), point.value}, error)
                 .isActive())
            return false;
    }
    return true;
}

std::optional<MetricSeriesId> HealthStore::insertSeries(const MetricSeries &series, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO metric_series (id, account_id, name, unit, good_at, poor_at, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::newId(series.id), series.accountId, series.name, series.unit, sql::nullableReal(series.goodAt),
            sql::nullableReal(series.poorAt), series.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    const MetricSeriesId id = series.id > 0 ? series.id : sql::returnedId(query);
    if (!insertPoints(id, series.points, error))
        return std::nullopt;
    return id;
}

bool HealthStore::updateSeries(const MetricSeries &series, QString *error)
{
    if (!changedOne(sql::run(m_db,
            QStringLiteral("UPDATE metric_series SET name = ?, unit = ?, good_at = ?, poor_at = ?, "
                           "version = version + 1 WHERE id = ?"),
            {series.name, series.unit, sql::nullableReal(series.goodAt), sql::nullableReal(series.poorAt), series.id},
            error)))
        return false;
    return sql::run(m_db, QStringLiteral("DELETE FROM metric_point WHERE series_id = ?"), {series.id}, error).isActive()
        && insertPoints(series.id, series.points, error);
}

bool HealthStore::removeSeries(MetricSeriesId id, QString *error)
{
    return changedOne(sql::run(m_db, QStringLiteral("DELETE FROM metric_series WHERE id = ?"), {id}, error));
}

} // namespace keyplan
