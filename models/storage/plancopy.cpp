#include "storage/plancopy.h"

#include "storage/changelog.h"
#include "storage/plantables.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>

namespace keyplan {
namespace {

class PlanCopyText
{
    Q_DECLARE_TR_FUNCTIONS(PlanCopy)
};

} // namespace

bool copyPlan(const QSqlDatabase &from, const QSqlDatabase &to, PlanCopyCount *count, QString *error)
{
    if (sql::schemaVersion(from) != sql::schemaVersion(to)) {
        *error = PlanCopyText::tr("the two plans are in different formats (%1 and %2)")
                     .arg(sql::schemaVersion(from))
                     .arg(sql::schemaVersion(to));
        return false;
    }
    QString reason;
    if (!acceptsWholePlan(to, &reason, error)) {
        if (error->isEmpty())
            *error = PlanCopyText::tr("a plan is copied into a new one only, and %1").arg(reason);
        return false;
    }
    const QList<PlanTable> tables = planTables(from, error);
    if (tables.isEmpty()) {
        if (error->isEmpty())
            *error = PlanCopyText::tr("the plan to copy has no tables");
        return false;
    }
    WriteTransaction transaction(to);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    if (!sql::deferForeignKeys(to, error))
        return false;
    // A whole plan arriving is one event, not a change log of every row it holds.
    if (sql::isPostgres(to) && !team::markBulk(to, error))
        return false;
    // What a new plan starts with (its identity, its settings, team members made with it) gives
    // way to the plan copied.
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (!sql::run(to, QStringLiteral("DELETE FROM \"%1\"").arg(it->name), {}, error).isActive())
            return false;
    }
    PlanCopyCount copied;
    for (const PlanTable &table : tables) {
        TableInserter inserter(to, table);
        QString failure;
        const bool read = readTableRows(from, table, [&](const QVariantList &row) {
            if (!failure.isEmpty())
                return;
            if (!inserter.insert(row, &failure))
                failure = PlanCopyText::tr("%1: %2").arg(table.name, failure);
            ++copied.rows;
        }, error);
        if (!failure.isEmpty()) {
            *error = failure;
            return false;
        }
        if (!read)
            return false;
        if (table.name == u"account")
            copied.accounts = sql::scalar(to, QStringLiteral("SELECT count(*) FROM account")).toLongLong();
    }
    if (!sql::resetIdentities(to, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    if (count)
        *count = copied;
    return true;
}

} // namespace keyplan
