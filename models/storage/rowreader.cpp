#include "storage/rowreader.h"

#include "storage/sqlhelpers.h"

#include <QSqlError>

#include <sqlite3.h>

namespace keyplan::sql {
namespace {

// "2026-10-01" without the general parser: this runs once per row of the largest tables.
QDate isoDay(QByteArrayView text)
{
    if (text.size() != 10 || text.at(4) != '-' || text.at(7) != '-')
        return QDate::fromString(QString::fromUtf8(text), Qt::ISODate); // whatever it is, judged the slow way
    const auto number = [&text](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const char c = text.at(i);
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2)); // invalid for impossible days
}

// Binds as sql::run() does: a null QString as '' (an empty text field), a QVariant without a
// value as NULL.
int bind(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, position, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

RowReader::RowReader(
    const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values, QString *error)
    : m_error(error)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        m_query.emplace(run(db, statement, values, error));
        return;
    }
    const QByteArray text = statement.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
        fail(QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return;
    }
    int position = 1;
    for (const QVariant &value : values) {
        if (bind(m_statement, position++, value) != SQLITE_OK) {
            fail(QString::fromUtf8(sqlite3_errmsg(handle)));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            return;
        }
    }
}

RowReader::~RowReader()
{
    sqlite3_finalize(m_statement);
}

void RowReader::fail(const QString &message)
{
    if (m_error && m_error->isEmpty())
        *m_error = message;
}

bool RowReader::next()
{
    if (m_query) {
        if (m_query->next())
            return true;
        readToEnd(*m_query, m_error);
        return false;
    }
    if (!m_statement)
        return false;
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status != SQLITE_DONE)
        fail(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return false;
}

bool RowReader::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RowReader::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

std::optional<qint64> RowReader::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

double RowReader::real(int column) const
{
    if (m_query)
        return m_query->value(column).toDouble();
    return sqlite3_column_double(m_statement, column);
}

std::optional<double> RowReader::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

QString RowReader::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArrayView RowReader::bytes(int column) const
{
    if (m_query) {
        if (m_bytes.size() <= column)
            m_bytes.resize(column + 1);
        m_bytes[column] = m_query->value(column).toString().toUtf8();
        return m_bytes.at(column);
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QDate RowReader::day(int column) const
{
    if (isNull(column))
        return {};
    return isoDay(bytes(column));
}

} // namespace keyplan::sql
