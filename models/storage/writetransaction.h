#pragma once

#include <QSqlDatabase>
#include <QString>

namespace keyplan {

// A write transaction that takes the write lock up front (BEGIN IMMEDIATE on SQLite), so a read
// never has to upgrade to a write half-way. Commit explicitly; anything not committed is rolled
// back when the guard goes out of scope.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool isActive() const { return m_active; }
    bool commit();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace keyplan
