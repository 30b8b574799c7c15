#include "storage/writetransaction.h"

#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"

#include <QSqlDriver>

namespace keyplan {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // Unprepared: PostgreSQL cannot PREPARE a transaction's statements.
    m_active = sql::execute(m_db, sql::isPostgres(m_db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"), &m_error);
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        sql::execute(m_db, QStringLiteral("ROLLBACK"));
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!sql::execute(m_db, QStringLiteral("COMMIT"), &m_error))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

} // namespace keyplan
