#include "storage/sqlhelpers.h"

#include "storage/sqldialect.h"

#include <QDate>
#include <QSqlDriver>
#include <QRegularExpression>
#include <QSqlError>

#include <sqlite3.h>

#include <cerrno>

namespace keyplan::sql {

namespace {

template<typename Values> bool bindAndExec(QSqlQuery &query, const Values &values, QString *error)
{
    int position = 0;
    for (const QVariant &value : values) {
        // Qt binds a null QString as SQL NULL; an empty text field is '' in the plan. A value meant
        // to be NULL is a QVariant without a value (see nullableDate), which stays NULL.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(position++, QStringLiteral(""));
        else
            query.bindValue(position++, value);
    }
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// Prepares, binds and runs: both run() overloads.
template<typename Values>
QSqlQuery prepareAndRun(const QSqlDatabase &db, const QString &statement, const Values &values, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(isPostgres(db) ? serverStatement(statement) : statement)) {
        if (error)
            *error = query.lastError().text();
        return query;
    }
    bindAndExec(query, values, error);
    return query;
}

} // namespace

QSqlQuery run(
    const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values, QString *error)
{
    return prepareAndRun(db, statement, values, error);
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values, QString *error)
{
    return prepareAndRun(db, statement, values, error);
}

Statement::Statement(QString text)
    : m_text(std::move(text))
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_sqlite); // nothing for a null one
}

bool Statement::prepare(const QSqlDatabase &db, QString *error)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        const int status = sqlite3_prepare16_v3(handle, m_text.utf16(), int(m_text.size() * sizeof(char16_t)),
            SQLITE_PREPARE_PERSISTENT, &m_sqlite, nullptr);
        if (status != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(m_sqlite);
            m_sqlite = nullptr;
            return false;
        }
        m_handle = handle;
        return true;
    }
    m_query.emplace(db);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(isPostgres(db) ? serverStatement(m_text) : m_text)) {
        if (error)
            *error = m_query->lastError().text();
        m_query.reset();
        return false;
    }
    return true;
}

bool Statement::exec(const QSqlDatabase &db, std::initializer_list<QVariant> values, QString *error)
{
    m_rowWaiting = m_rowsLeft = false;
    m_rowsAffected = 0;
    if (!m_sqlite && !m_query && !prepare(db, error))
        return false;
    if (m_query) {
        if (!bindAndExec(*m_query, values, error))
            return false;
        // Never QSqlQuery::lastInsertId(): on PostgreSQL it runs `SELECT lastval()`, which fails
        // after any statement that drew no sequence value and so aborts the whole transaction.
        // An insert whose id is wanted says RETURNING id.
        m_rowsAffected = m_query->numRowsAffected();
        m_rowsLeft = m_query->isSelect();
        return true;
    }
    sqlite3_reset(m_sqlite);
    sqlite3_clear_bindings(m_sqlite);
    int position = 0;
    int status = SQLITE_OK;
    for (const QVariant &value : values) {
        ++position;
        // As run(): a QVariant without a value is NULL, a QString without text is ''.
        if (status != SQLITE_OK)
            break;
        if (!value.isValid() || value.isNull()) {
            status = sqlite3_bind_null(m_sqlite, position);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            status = sqlite3_bind_int64(m_sqlite, position, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            status = sqlite3_bind_double(m_sqlite, position, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            status = sqlite3_bind_blob(m_sqlite, position, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QString text = value.toString();
            status = sqlite3_bind_text16(m_sqlite, position, text.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(text.utf16()),
                int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
            break;
        }
        }
    }
    if (status == SQLITE_OK) {
        status = sqlite3_step(m_sqlite);
        if (status == SQLITE_ROW) {
            m_rowWaiting = m_rowsLeft = true;
        } else if (status == SQLITE_DONE) {
            m_rowsAffected = sqlite3_changes(m_handle);
        }
    }
    if (status == SQLITE_ROW || status == SQLITE_DONE)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_sqlite);
    return false;
}

bool Statement::next()
{
    if (!m_rowsLeft)
        return false;
    if (m_query) {
        m_rowsLeft = m_query->next();
        return m_rowsLeft;
    }
    if (m_rowWaiting) {
        m_rowWaiting = false;
        return true;
    }
    m_rowsLeft = sqlite3_step(m_sqlite) == SQLITE_ROW;
    return m_rowsLeft;
}

QVariant Statement::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    switch (sqlite3_column_type(m_sqlite, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_sqlite, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_sqlite, column);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_sqlite, column)), sqlite3_column_bytes(m_sqlite, column));
    case SQLITE_TEXT:
        return QString(reinterpret_cast<const QChar *>(sqlite3_column_text16(m_sqlite, column)),
            sqlite3_column_bytes16(m_sqlite, column) / int(sizeof(QChar)));
    default:
        return {};
    }
}

void Statement::finish()
{
    m_rowWaiting = m_rowsLeft = false;
    if (m_query)
        m_query->finish();
    else if (m_sqlite)
        sqlite3_reset(m_sqlite);
}

QVariant scalar(
    const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values, QString *error)
{
    QSqlQuery query = run(db, statement, values, error);
    if (query.isActive() && query.next())
        return query.value(0);
    return {};
}

bool readToEnd(const QSqlQuery &query, QString *error)
{
    const QSqlError problem = query.lastError();
    if (problem.type() == QSqlError::NoError)
        return true;
    if (error && error->isEmpty())
        *error = problem.text();
    return false;
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant();
}

QVariant nullableReal(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant newId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

qint64 returnedId(QSqlQuery &query)
{
    return query.isActive() && query.next() ? query.value(0).toLongLong() : 0;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

int lastSystemError(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return 0;
    // SQLite keeps the errno of failed opens and I/O errors only; a full disk is its own code.
    if ((sqlite3_extended_errcode(handle) & 0xff) == SQLITE_FULL)
        return ENOSPC;
    return sqlite3_system_errno(handle);
}

QString staleRowError(const StaleRow &row)
{
    // Not translated: the editing layer turns it into the user's message; the words are for a log.
    return QStringLiteral("keyplan-stale %1 %2 %3: changed by someone else since it was read")
        .arg(row.table)
        .arg(row.id)
        .arg(row.versionRead);
}

std::optional<StaleRow> staleRow(const QString &error)
{
    static const QRegularExpression stale(QStringLiteral("keyplan-stale (\\w+) (\\d+) (-?\\d+)"));
    const QRegularExpressionMatch match = stale.match(error);
    if (!match.hasMatch())
        return std::nullopt;
    return StaleRow {match.captured(1), match.captured(2).toLongLong(), match.captured(3).toLongLong()};
}

} // namespace keyplan::sql
