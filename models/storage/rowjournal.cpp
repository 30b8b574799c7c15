#include "storage/rowjournal.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace keyplan {

std::optional<QSqlRecord> RowJournal::read(const QSqlDatabase &db, const QString &table, qint64 id, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The table name comes from the writer's code, never from data.
    if (!query.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        record.setValue(i, query.value(i));
    return record;
}

bool RowJournal::aboutToChange(const QSqlDatabase &db, const QString &table, qint64 id, QString *error)
{
    if (m_index.value(table).contains(id))
        return true;
    QString problem;
    std::optional<QSqlRecord> before = read(db, table, id, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_index[table].insert(id, m_entries.size());
    m_entries.append({table, id, std::move(before), std::nullopt});
    return true;
}

void RowJournal::inserted(const QString &table, qint64 id)
{
    if (m_index.value(table).contains(id))
        return;
    m_index[table].insert(id, m_entries.size());
    m_entries.append({table, id, std::nullopt, std::nullopt});
}

bool RowJournal::put(
    const QSqlDatabase &db, const QString &table, qint64 id, const std::optional<QSqlRecord> &row, QString *error)
{
    if (!row) {
        return sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}, error).isActive();
    }
    QStringList names;
    QStringList marks;
    QStringList assignments;
    for (int i = 0; i < row->count(); ++i) {
        names.append(row->fieldName(i));
        marks.append(QStringLiteral("?"));
        assignments.append(row->fieldName(i) + QStringLiteral(" = ?"));
    }
    const auto bindAll = [&row](QSqlQuery &query) {
        for (int i = 0; i < row->count(); ++i)
            query.addBindValue(row->value(i));
    };
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))))) {
        *error = update.lastError().text();
        return false;
    }
    bindAll(update);
    update.addBindValue(id);
    if (!update.exec()) {
        *error = update.lastError().text();
        return false;
    }
    if (update.numRowsAffected() == 1)
        return true;
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))))) {
        *error = insert.lastError().text();
        return false;
    }
    bindAll(insert);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    return true;
}

namespace {

// Rows go back one at a time, so a reference may point at a row that comes back after it: the
// constraints are checked when the caller's transaction commits.
bool deferConstraints(const QSqlDatabase &db, QString *error)
{
    return sql::deferForeignKeys(db, error);
}

} // namespace

bool RowJournal::undo(const QSqlDatabase &db, QString *error)
{
    if (!deferConstraints(db, error))
        return false;
    // What the write left, read before anything is put back (a cascade must not change it first).
    for (Entry &entry : m_entries) {
        QString problem;
        entry.after = read(db, entry.table, entry.id, &problem);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it)
        if (!put(db, it->table, it->id, it->before, error))
            return false;
    return true;
}

bool RowJournal::redo(const QSqlDatabase &db, QString *error)
{
    if (!deferConstraints(db, error))
        return false;
    for (const Entry &entry : std::as_const(m_entries))
        if (!put(db, entry.table, entry.id, entry.after, error))
            return false;
    return true;
}

QList<qint64> RowJournal::insertedIds(const QString &table) const
{
    QList<qint64> ids;
    for (const Entry &entry : m_entries)
        if (entry.table == table && !entry.before)
            ids.append(entry.id);
    return ids;
}

QList<QString> RowJournal::tables() const
{
    return m_index.keys();
}

} // namespace keyplan
