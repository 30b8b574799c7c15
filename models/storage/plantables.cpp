#include "storage/plantables.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace keyplan {
namespace {

class PlanTablesText
{
    Q_DECLARE_TR_FUNCTIONS(PlanTables)
};

PlanColumn::Type typeOf(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QStringLiteral("INT")))
        return PlanColumn::Type::Integer;
    if (type.contains(QStringLiteral("REAL")) || type.contains(QStringLiteral("DOUBLE")) || type.contains(QStringLiteral("FLOA")))
        return PlanColumn::Type::Real;
    return PlanColumn::Type::Text;
}

// A DEFAULT as a value: 'text', a number; anything else (an expression) is no value.
QVariant literal(const QVariant &declared)
{
    if (declared.isNull())
        return {};
    const QString text = declared.toString().trimmed();
    if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\''))
        return text.mid(1, text.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    bool isInteger = false;
    const qlonglong integer = text.toLongLong(&isInteger);
    if (isInteger)
        return integer;
    bool isReal = false;
    const double real = text.toDouble(&isReal);
    return isReal ? QVariant(real) : QVariant();
}

} // namespace

QList<PlanTable> planTables(const QSqlDatabase &db, QString *error)
{
    QString failure;
    const QStringList names = sql::tableNames(db, &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return {};
    }
    // Parents first: a table comes after every table it refers to (a table referring to itself,
    // or a cycle, is broken by deferred constraints when rows are loaded).
    QHash<QString, QSet<QString>> parents;
    QHash<QString, QHash<QString, QString>> references; // table -> column -> parent table
    for (const QString &name : names) {
        for (const auto &[column, parent] : sql::foreignKeys(db, name, &failure)) {
            references[name].insert(column, parent);
            if (parent != name)
                parents[name].insert(parent);
        }
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < names.size()) {
        bool progress = false;
        for (const QString &name : names) {
            if (placed.contains(name))
                continue;
            const QSet<QString> &needs = parents.value(name);
            if (std::all_of(needs.cbegin(), needs.cend(), [&](const QString &p) { return placed.contains(p) || !names.contains(p); })) {
                ordered.append(name);
                placed.insert(name);
                progress = true;
            }
        }
        if (!progress) { // a cycle between tables: the rest in name order
            for (const QString &name : names)
                if (!placed.contains(name)) {
                    ordered.append(name);
                    placed.insert(name);
                }
        }
    }
    QList<PlanTable> result;
    for (const QString &name : std::as_const(ordered)) {
        PlanTable table {name, {}, {}};
        for (const sql::ColumnInfo &column : sql::tableColumns(db, name, &failure)) {
            table.columns.append({column.name, typeOf(column.type), references.value(name).value(column.name),
                literal(column.defaultValue)});
            if (column.primaryKey)
                table.key.append(column.name);
        }
        if (!failure.isEmpty()) {
            if (error)
                *error = failure;
            return {};
        }
        result.append(table);
    }
    return result;
}

bool readTableRows(const QSqlDatabase &db, const PlanTable &table, const std::function<void(const QVariantList &)> &each,
    QString *error)
{
    QStringList names;
    for (const PlanColumn &column : table.columns)
        names.append(u'"' + column.name + u'"');
    // In key order on both backends, so a plan file and its team copy read alike.
    QStringList key;
    for (const QString &column : table.key)
        key.append(u'"' + column + u'"');
    if (key.isEmpty())
        key = names;
    QSqlQuery query = sql::run(db,
        QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3").arg(names.join(QStringLiteral(", ")), table.name, key.join(QStringLiteral(", "))),
        {}, error);
    if (!query.isActive())
        return false;
    QVariantList row(table.columns.size());
    while (query.next()) {
        for (int i = 0; i < table.columns.size(); ++i)
            row[i] = query.value(i);
        each(row);
    }
    return sql::readToEnd(query, error);
}

struct TableInserter::Statement
{
    QSqlQuery query;
    QList<PlanColumn> columns;
    QString prepareError;
};

TableInserter::TableInserter(const QSqlDatabase &db, const PlanTable &table)
    : m_statement(std::make_unique<Statement>())
{
    QStringList names;
    QStringList marks;
    for (const PlanColumn &column : table.columns) {
        names.append(u'"' + column.name + u'"');
        marks.append(QStringLiteral("?"));
    }
    m_statement->columns = table.columns;
    m_statement->query = QSqlQuery(db);
    if (!m_statement->query.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                .arg(table.name, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        m_statement->prepareError = m_statement->query.lastError().text();
}

TableInserter::~TableInserter() = default;

bool TableInserter::insert(const QVariantList &values, QString *error)
{
    if (!m_statement->prepareError.isEmpty()) {
        *error = m_statement->prepareError;
        return false;
    }
    for (int i = 0; i < m_statement->columns.size(); ++i) {
        const QVariant value = values.value(i);
        if (!value.isValid() || value.isNull()) {
            m_statement->query.bindValue(i, QVariant(QMetaType::fromType<QString>()));
            continue;
        }
        switch (m_statement->columns.at(i).type) {
        case PlanColumn::Type::Integer:
            m_statement->query.bindValue(i, value.toLongLong());
            break;
        case PlanColumn::Type::Real:
            m_statement->query.bindValue(i, value.toDouble());
            break;
        case PlanColumn::Type::Text:
            m_statement->query.bindValue(i, value.toString().isNull() ? QStringLiteral("") : value.toString());
            break;
        }
    }
    if (!m_statement->query.exec()) {
        *error = m_statement->query.lastError().text();
        return false;
    }
    return true;
}

bool acceptsWholePlan(const QSqlDatabase &db, QString *reason, QString *error)
{
    const QVariant accounts = sql::scalar(db, QStringLiteral("SELECT count(*) FROM account"), {}, error);
    const QVariant rest = sql::scalar(db,
        QStringLiteral("SELECT (SELECT count(*) FROM offering) + (SELECT count(*) FROM exchange_rate) "
                       "+ (SELECT count(*) FROM playbook_step)"),
        {}, error);
    if (accounts.toLongLong() > 0)
        *reason = PlanTablesText::tr("this plan already holds accounts (%1)").arg(accounts.toLongLong());
    else if (rest.toLongLong() > 0)
        *reason = PlanTablesText::tr("this plan already has offerings, exchange rates or a playbook of its own");
    else
        return true;
    return false;
}

} // namespace keyplan
