#include "storage/writetransaction.h"

#include "storage/sqlhelpers.h"

#include <QSqlDriver>

namespace keyplan {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    const bool sqlite = m_db.driverName() == u"QSQLITE";
    const QSqlQuery begin
        = sql::run(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), {}, &m_error);
    m_active = begin.isActive();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        sql::run(m_db, QStringLiteral("ROLLBACK"));
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    const QSqlQuery done = sql::run(m_db, QStringLiteral("COMMIT"), {}, &m_error);
    if (!done.isActive())
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

} // namespace keyplan
