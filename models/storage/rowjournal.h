#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QString>

#include <optional>

// The rows one large write touched (an import), so that it can be undone and redone as one step
// without the write knowing how: a row it inserted is deleted on undo, a row it changed gets its
// earlier values back. Rows are named by table and id; every table the journal serves has an
// integer `id` primary key. What a row looked like after the write is read when it is undone, so
// a journal holds only the ids it created and the rows it changed until then.
namespace keyplan {

class RowJournal
{
public:
    // Call before the write changes or deletes an existing row (only its first call counts).
    bool aboutToChange(const QSqlDatabase &db, const QString &table, qint64 id, QString *error);
    // Call after the write inserted a row.
    void inserted(const QString &table, qint64 id);

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }

    // Puts every row back as it was before the write; callers own the transaction.
    bool undo(const QSqlDatabase &db, QString *error);
    // Puts every row back as it was after the write (after an undo).
    bool redo(const QSqlDatabase &db, QString *error);

    // The tables the journal names, for the change signals.
    QList<QString> tables() const;
    // The ids of the rows of `table` the write inserted.
    QList<qint64> insertedIds(const QString &table) const;

private:
    struct Entry
    {
        QString table;
        qint64 id = 0;
        std::optional<QSqlRecord> before; // nothing: the write inserted it
        std::optional<QSqlRecord> after; // read on undo; nothing: the write deleted it
    };
    static std::optional<QSqlRecord> read(const QSqlDatabase &db, const QString &table, qint64 id, QString *error);
    static bool put(const QSqlDatabase &db, const QString &table, qint64 id, const std::optional<QSqlRecord> &row,
        QString *error);

    QList<Entry> m_entries; // in the order first touched
    QHash<QString, QHash<qint64, qsizetype>> m_index;
};

} // namespace keyplan
