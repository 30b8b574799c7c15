#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <memory>

// Every table of a plan read and written generically, row by row: what the whole-plan JSON export
// writes and its import reads back, so that a plan goes out and comes back whole, every column of
// every table, whatever later schema steps add.
namespace keyplan {

struct PlanColumn
{
    enum class Type { Integer, Real, Text };
    QString name;
    Type type = Type::Text;
    QString references; // the table a foreign key points into, if any
    QVariant defaultValue; // the column's literal DEFAULT; null without one
};

struct PlanTable
{
    QString name;
    QList<PlanColumn> columns;
    QStringList key; // the primary key's columns: rows are read in its order
};

// The plan's tables, parents before the tables that refer to them, each with its columns in order.
QList<PlanTable> planTables(const QSqlDatabase &db, QString *error);

// Calls `each` with every row of `table` (values in the order of its columns), oldest first.
bool readTableRows(const QSqlDatabase &db, const PlanTable &table, const std::function<void(const QVariantList &)> &each,
    QString *error);

// Inserts rows into one table through one prepared statement; callers own the transaction.
class TableInserter
{
public:
    TableInserter(const QSqlDatabase &db, const PlanTable &table);
    ~TableInserter();
    Q_DISABLE_COPY_MOVE(TableInserter)

    bool insert(const QVariantList &values, QString *error);

private:
    struct Statement;
    std::unique_ptr<Statement> m_statement;
};

// Whether a whole exported plan can be loaded into this one: it holds no account, offering,
// exchange rate or playbook of its own (its team and settings may be there already). False, with
// why in `reason`.
bool acceptsWholePlan(const QSqlDatabase &db, QString *reason, QString *error);

} // namespace keyplan
