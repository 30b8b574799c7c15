#include "item/healthediting.h"

#include "domain/csv.h"
#include "item/livingplanediting.h"
#include "item/plandocument.h"
#include "item/writecommand.h"
#include "storage/accountstore.h"
#include "storage/arrchangestore.h"
#include "storage/plandatabase.h"

#include <QHash>
#include <QSet>
#include <QUndoStack>

#include <cmath>

namespace keyplan {

HealthEditing::HealthEditing(PlanDocument *document)
    : QObject(document)
    , m_document(document)
{
    setObjectName(QStringLiteral("healthEditing"));
}

HealthEditing *HealthEditing::of(PlanDocument *document)
{
    if (auto *existing = document->findChild<HealthEditing *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new HealthEditing(document);
}

AccountHealth HealthEditing::health(AccountId id) const
{
    return accountHealth(m_document->accountRecord(id), LivingPlanEditing::of(m_document)->settings(),
        m_document->coverageSettings(), m_document->asOf());
}

QList<HealthSnapshot> HealthEditing::history(AccountId id) const
{
    return HealthStore(m_document->database().connection()).history(id);
}

QList<HealthEntry> HealthEditing::entries(AccountId id) const
{
    return HealthStore(m_document->database().connection()).entries(id);
}

QList<MetricSeries> HealthEditing::metrics(AccountId id) const
{
    return HealthStore(m_document->database().connection()).metrics(id);
}

TrackRecord HealthEditing::trackRecord() const
{
    const QSqlDatabase db = m_document->database().connection();
    return computeTrackRecord(HealthStore(db).allHistory(), ArrChangeStore(db).allForFigures(), m_document->asOf());
}

bool HealthEditing::write(
    AccountId account, const QString &what, const std::function<bool(HealthStore &store, QString *error)> &change)
{
    const bool written = m_document->writeInTransaction(what, [&](const QSqlDatabase &db, QString *error) {
        HealthStore store(db);
        return change(store, error);
    });
    if (written)
        Q_EMIT healthChanged(account);
    return written;
}

void HealthEditing::recordEntry(const HealthEntry &entry)
{
    if (m_document->refuseWhenReadOnly())
        return;
    if (isAlwaysComputed(entry.measure) || !entry.on.isValid() || entry.score < 1 || entry.score > 10
        || !m_document->account(entry.accountId)) {
        Q_EMIT m_document->writeFailed(tr("A measure entered by hand needs a day and a score from 1 to 10."));
        return;
    }
    HealthEntry added = entry;
    added.id = 0;
    const AccountId account = added.accountId;
    m_document->undoStack()->push(rowCommand(tr("Record %1 %2").arg(displayName(added.measure).toLower()).arg(added.score),
        added, [this, account](const auto &change) { return write(account, tr("The health measure"), change); },
        &HealthStore::insertEntry, &HealthStore::removeEntry));
}

void HealthEditing::removeEntry(const HealthEntry &entry)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const AccountId account = entry.accountId;
    m_document->pushRemoval(rowCommand(tr("Remove the %1 entry").arg(displayName(entry.measure).toLower()), entry,
                             [this, account](const auto &change) { return write(account, tr("The health measure"), change); },
                             &HealthStore::insertEntry, &HealthStore::removeEntry, true),
        {QStringLiteral("health_entry"), entry.id, entry.version},
        tr("the %1 entry").arg(displayName(entry.measure).toLower()));
}

void HealthEditing::setOverride(AccountId id, int score, const QString &reason, const QDate &expiresOn)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const QDate today = m_document->asOf();
    if (score < 1 || score > 10 || reason.trimmed().isEmpty() || !expiresOn.isValid() || expiresOn < today
        || !m_document->account(id)) {
        Q_EMIT m_document->writeFailed(
            tr("An override needs a score from 1 to 10, a reason, and an expiry date from today on."));
        return;
    }
    std::optional<HealthOverride> holding;
    for (const HealthOverride &override : HealthStore(m_document->database().connection()).overrides(id)) {
        if (override.holdsOn(today))
            holding = override;
    }
    auto added = std::make_shared<HealthOverride>();
    added->accountId = id;
    added->score = score;
    added->reason = reason.trimmed();
    added->setOn = today;
    added->expiresOn = expiresOn;
    m_document->undoStack()->push(new WriteCommand(tr("Override health with %1").arg(score),
        [this, id, added, holding] {
            return write(id, tr("The override"), [&](HealthStore &store, QString *error) {
                if (holding && !store.removeOverride(holding->id, error))
                    return false;
                const std::optional<qint64> newId = store.insertOverride(*added, error);
                if (newId)
                    added->id = *newId;
                return newId.has_value();
            });
        },
        [this, id, added, holding] {
            return write(id, tr("The override"), [&](HealthStore &store, QString *error) {
                return store.removeOverride(added->id, error) && (!holding || store.insertOverride(*holding, error));
            });
        }));
}

void HealthEditing::clearOverride(AccountId id)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const QDate today = m_document->asOf();
    for (const HealthOverride &override : HealthStore(m_document->database().connection()).overrides(id)) {
        if (!override.holdsOn(today))
            continue;
        m_document->undoStack()->push(rowCommand(tr("End the health override"), override,
            [this, id](const auto &change) { return write(id, tr("The override"), change); },
            &HealthStore::insertOverride, &HealthStore::removeOverride, true));
        return;
    }
}

namespace {

bool isSoundSeries(const MetricSeries &series)
{
    const auto finite = [](std::optional<double> value) { return !value || std::isfinite(*value); };
    if (series.name.trimmed().isEmpty() || !finite(series.goodAt) || !finite(series.poorAt))
        return false;
    QDate previous;
    for (const MetricPoint &point : series.points) {
        if (!point.on.isValid() || !std::isfinite(point.value) || (previous.isValid() && point.on <= previous))
            return false;
        previous = point.on;
    }
    return true;
}

} // namespace

void HealthEditing::addMetric(const MetricSeries &series)
{
    if (m_document->refuseWhenReadOnly())
        return;
    if (!isSoundSeries(series) || !m_document->account(series.accountId)) {
        Q_EMIT m_document->writeFailed(tr("A metric needs a name, numbers for its thresholds and values, and one "
                                          "value a day, oldest first."));
        return;
    }
    MetricSeries added = series;
    added.id = 0;
    added.name = series.name.trimmed();
    const AccountId account = added.accountId;
    m_document->undoStack()->push(rowCommand(tr("Add the metric “%1”").arg(added.name), added,
        [this, account](const auto &change) { return write(account, tr("The metric"), change); },
        &HealthStore::insertSeries, &HealthStore::removeSeries));
}

void HealthEditing::editMetric(const MetricSeries &series)
{
    if (m_document->refuseWhenReadOnly())
        return;
    std::optional<MetricSeries> before;
    for (const MetricSeries &existing : metrics(series.accountId)) {
        if (existing.id == series.id)
            before = existing;
    }
    if (!before)
        return;
    if (!isSoundSeries(series)) {
        Q_EMIT m_document->writeFailed(tr("A metric needs a name, numbers for its thresholds and values, and one "
                                          "value a day, oldest first."));
        return;
    }
    MetricSeries after = series;
    after.name = series.name.trimmed();
    after.version = before->version;
    if (after == *before)
        return;
    const AccountId account = after.accountId;
    const auto update = [this, account](const MetricSeries &row) {
        return write(account, tr("The metric"),
            [row](HealthStore &store, QString *error) { return store.updateSeries(row, error); });
    };
    m_document->pushEdit(new WriteCommand(tr("Edit the metric “%1”").arg(after.name),
                             [update, after] { return update(after); },
                             [update, before = *before] { return update(before); }),
        {QStringLiteral("metric_series"), series.id, series.version}, tr("the metric “%1”").arg(before->name),
        false /* its values are rows of their own */);
}

void HealthEditing::removeMetric(MetricSeriesId id, std::optional<qint64> readVersion)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const QHash<AccountId, QList<MetricSeries>> all = HealthStore(m_document->database().connection()).allMetrics();
    for (const QList<MetricSeries> &list : all) {
        for (const MetricSeries &series : list) {
            if (series.id != id)
                continue;
            const AccountId account = series.accountId;
            m_document->pushRemoval(rowCommand(tr("Remove the metric “%1”").arg(series.name), series,
                                     [this, account](const auto &change) { return write(account, tr("The metric"), change); },
                                     &HealthStore::insertSeries, &HealthStore::removeSeries, true),
                {QStringLiteral("metric_series"), id, readVersion.value_or(series.version)},
                tr("the metric “%1”").arg(series.name));
            return;
        }
    }
}

HealthEditing::MetricImport HealthEditing::readMetricCsv(const QString &text) const
{
    MetricImport import;
    const QSqlDatabase db = m_document->database().connection();
    QHash<QString, AccountId> accounts; // by case-folded name
    const QHash<AccountId, QString> names = AccountStore(db).names();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        accounts.insert(it.value().trimmed().toCaseFolded(), it.key());
    const QHash<AccountId, QList<MetricSeries>> existing = HealthStore(db).allMetrics();

    // The series each row lands in, by account and case-folded name: existing ones first.
    QHash<std::pair<AccountId, QString>, MetricSeries> touched;
    QHash<std::pair<AccountId, QString>, MetricSeries> originals;
    const QList<CsvRow> rows = parseCsv(text);
    for (const CsvRow &row : rows) {
        if (row.fields.size() != 4) {
            import.problems.append(tr("Line %1: expected 4 fields (account, date, metric, value), found %2.")
                                       .arg(row.line)
                                       .arg(row.fields.size()));
            continue;
        }
        const QString accountName = row.fields.at(0);
        const QDate day = QDate::fromString(row.fields.at(1), Qt::ISODate);
        const QString metric = row.fields.at(2).trimmed();
        bool isNumber = false;
        const double value = row.fields.at(3).toDouble(&isNumber);
        if (&row == &rows.constFirst() && !day.isValid() && !isNumber)
            continue; // the header
        const auto account = accounts.constFind(accountName.trimmed().toCaseFolded());
        if (account == accounts.cend()) {
            import.problems.append(tr("Line %1: no account is named “%2”.").arg(row.line).arg(accountName));
            continue;
        }
        if (!day.isValid() || row.fields.at(1).size() != 10) {
            import.problems.append(tr("Line %1: “%2” is not a date (YYYY-MM-DD).").arg(row.line).arg(row.fields.at(1)));
            continue;
        }
        if (metric.isEmpty()) {
            import.problems.append(tr("Line %1: the metric has no name.").arg(row.line));
            continue;
        }
        if (!isNumber || !std::isfinite(value)) {
            import.problems.append(tr("Line %1: “%2” is not a number.").arg(row.line).arg(row.fields.at(3)));
            continue;
        }
        const std::pair<AccountId, QString> key {*account, metric.toCaseFolded()};
        if (!touched.contains(key)) {
            MetricSeries series;
            series.accountId = *account;
            series.name = metric;
            for (const MetricSeries &known : existing.value(*account)) {
                if (known.name.trimmed().toCaseFolded() == key.second) {
                    series = known;
                    originals.insert(key, known);
                }
            }
            touched.insert(key, series);
        }
        MetricSeries &series = touched[key];
        const auto at = std::find_if(
            series.points.begin(), series.points.end(), [&](const MetricPoint &point) { return point.on == day; });
        if (at != series.points.end())
            at->value = value;
        else
            series.points.append({day, value});
        ++import.points;
    }
    if (!import.problems.isEmpty())
        return import;
    for (auto it = touched.begin(); it != touched.end(); ++it) {
        std::sort(it->points.begin(), it->points.end(),
            [](const MetricPoint &a, const MetricPoint &b) { return a.on < b.on; });
        if (originals.contains(it.key()))
            import.changed.append({originals.value(it.key()), *it});
        else
            import.added.append(*it);
    }
    if (import.points == 0)
        import.problems.append(tr("There are no rows of account, date, metric and value."));
    return import;
}

void HealthEditing::applyMetricImport(const MetricImport &import)
{
    if (m_document->refuseWhenReadOnly() || !import.problems.isEmpty() || (import.added.isEmpty() && import.changed.isEmpty()))
        return;
    auto added = std::make_shared<QList<MetricSeries>>(import.added);
    const QList<std::pair<MetricSeries, MetricSeries>> changed = import.changed;
    QSet<AccountId> accounts;
    for (const MetricSeries &series : import.added)
        accounts.insert(series.accountId);
    for (const auto &[before, after] : changed)
        accounts.insert(after.accountId);
    const auto writeAll = [this, accounts](const std::function<bool(HealthStore &, QString *)> &change) {
        const bool written = m_document->writeInTransaction(tr("The metrics"), [&](const QSqlDatabase &db, QString *error) {
            HealthStore store(db);
            return change(store, error);
        });
        if (written) {
            for (const AccountId account : accounts)
                Q_EMIT healthChanged(account);
        }
        return written;
    };
    m_document->undoStack()->push(new WriteCommand(tr("Import %n metric value(s)", nullptr, import.points),
        [writeAll, added, changed] {
            return writeAll([&](HealthStore &store, QString *error) {
                for (MetricSeries &series : *added) {
                    const std::optional<MetricSeriesId> id = store.insertSeries(series, error);
                    if (!id)
                        return false;
                    series.id = *id;
                }
                for (const auto &[before, after] : changed) {
                    if (!store.updateSeries(after, error))
                        return false;
                }
                return true;
            });
        },
        [writeAll, added, changed] {
            return writeAll([&](HealthStore &store, QString *error) {
                for (const MetricSeries &series : std::as_const(*added)) {
                    if (!store.removeSeries(series.id, error))
                        return false;
                }
                for (const auto &[before, after] : changed) {
                    if (!store.updateSeries(before, error))
                        return false;
                }
                return true;
            });
        }));
}

} // namespace keyplan
