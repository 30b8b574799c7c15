#include "storage/planschema.h"

#include "domain/money.h"
#include "storage/migrator.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace keyplan {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class PlanSchemaText
{
    Q_DECLARE_TR_FUNCTIONS(PlanSchema)
};

struct SchemaObject
{
    QString type; // table, index, trigger, view
    QString table; // the table an index or trigger belongs to
    QString sql; // normalised; empty for SQLite's own automatic indexes
};
using Schema = QMap<QString, SchemaObject>; // by name

// The fingerprint of the schema the migrations make for today's format. A new schema step
// changes it: tst_plandatabase's currentSchemaFingerprint_isWhatTheMigrationsMake prints the value.
const SchemaFingerprint currentSchema{8, QByteArrayLiteral("7d69f3390a3dcf511c28ca1ee8106994403c1d0e19dc8c1fcc4a0e8140b1f102")};

// The SQL text as a comparison sees it: no comments, one space where there was any white space,
// none beside punctuation. Migrated and freshly made plans store the same statements, but a
// plan made by an earlier Keyplan may differ from today's migration files in layout only.
QString normalised(const QString &sql)
{
    QString result;
    result.reserve(sql.size());
    bool pendingSpace = false;
    const auto isPunctuation = [](QChar c) { return c == u'(' || c == u')' || c == u','; };
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') { // a literal or quoted name, kept as it is
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? sql.size() : end + 1;
            if (pendingSpace && !result.isEmpty())
                result += u' ';
            pendingSpace = false;
            result += sql.mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == u'-' && i + 1 < sql.size() && sql.at(i + 1) == u'-') {
            const qsizetype end = sql.indexOf(u'\n', i);
            i = end < 0 ? sql.size() : end;
            pendingSpace = true;
            continue;
        }
        if (c == u'/' && i + 1 < sql.size() && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 1;
            pendingSpace = true;
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !result.isEmpty() && !isPunctuation(c) && !isPunctuation(result.back()))
            result += u' ';
        pendingSpace = false;
        result += c.toLower();
    }
    return result;
}

bool isSqliteStatistics(const QString &name)
{
    return name.startsWith(QStringLiteral("sqlite_stat"));
}

Schema readSchema(const QSqlDatabase &db, QString *error)
{
    Schema schema;
    QSqlQuery query = sql::run(db,
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"), {}, error);
    while (query.next()) {
        const QString name = query.value(1).toString();
        if (isSqliteStatistics(name))
            continue; // SQLite's own statistics (ANALYZE): harmless, and not part of the design
        schema.insert(name,
            {query.value(0).toString(), query.value(2).toString(), normalised(query.value(3).toString())});
    }
    sql::readToEnd(query, error);
    return schema;
}

// What this Keyplan's migrations make at `version`, built once per version in memory.
Schema expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> built;
    const QMutexLocker locker(&mutex);
    if (const auto found = built.constFind(version); found != built.cend())
        return *found;
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("keyplan-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    Schema schema;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (memory.open()) {
            QList<MigrationStep> steps = Migrator::builtInSteps();
            steps.removeIf([version](const MigrationStep &step) { return step.version > version; });
            Migrator migrator(steps);
            QString error;
            if (migrator.migrate(memory, 0))
                schema = readSchema(memory, &error);
            memory.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    built.insert(version, schema);
    return schema;
}

// The schema's content in one value: each object's name, type, table and normalised SQL, by name.
QByteArray fingerprint(const Schema &schema)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = schema.cbegin(); it != schema.cend(); ++it) {
        for (const QString &part : {it.key(), it->type, it->table, it->sql}) {
            hash.addData(part.toUtf8());
            hash.addData(QByteArrayView("\0", 1)); // no two different schemas run together alike
        }
    }
    return hash.result().toHex();
}

QString typeName(const QString &type)
{
    if (type == u"table")
        return PlanSchemaText::tr("table");
    if (type == u"index")
        return PlanSchemaText::tr("index");
    if (type == u"trigger")
        return PlanSchemaText::tr("trigger");
    if (type == u"view")
        return PlanSchemaText::tr("view");
    return type;
}

} // namespace

SchemaFingerprint currentSchemaFingerprint()
{
    return currentSchema;
}

QByteArray schemaFingerprint(const QSqlDatabase &db, QString *error)
{
    return fingerprint(readSchema(db, error));
}

namespace {

struct MoneyColumn
{
    const char *table;
    const char *column;
};

// Every column that holds an amount of money, in minor units.
constexpr MoneyColumn moneyColumns[] = {
    {"account", "arr_minor"}, // schemas 1–4
    {"revenue_snapshot", "recurring_minor"}, // schemas 1–4
    {"arr_change", "arr_minor"},
    {"offering", "list_price"},
    {"opportunity", "amount"},
    {"whitespace_cell", "revenue"},
    {"whitespace_cell", "potential"},
    {"whitespace_cell", "competitor_spend"},
};

} // namespace

QStringList schemaDifferences(const QSqlDatabase &db, int version)
{
    QString error;
    const Schema actual = readSchema(db, &error);
    if (!error.isEmpty())
        return {PlanSchemaText::tr("The plan's list of tables could not be read: %1").arg(error)};
    // Every open asks this: a plan of today's format whose schema has today's fingerprint needs no
    // schema built from the migrations (which takes longer than reading a large plan's figures).
    if (version == currentSchema.version && fingerprint(actual) == currentSchema.fingerprint)
        return {};
    const Schema expected = expectedSchema(version);
    if (expected.isEmpty())
        return {PlanSchemaText::tr("This Keyplan cannot tell which tables a plan of format %1 has.").arg(version)};

    QStringList differences;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend()) {
            differences.append(PlanSchemaText::tr("The %1 %2 is missing.").arg(typeName(it->type), it.key()));
        } else if (found->type != it->type) {
            differences.append(PlanSchemaText::tr("%1 should be a %2 but is a %3.")
                                   .arg(it.key(), typeName(it->type), typeName(found->type)));
        } else if (found->table != it->table || found->sql != it->sql) {
            differences.append(PlanSchemaText::tr("The %1 %2 was changed outside Keyplan (its columns, rules or "
                                                  "indexed columns differ from Keyplan's).")
                                   .arg(typeName(it->type), it.key()));
        }
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            differences.append(
                PlanSchemaText::tr("The %1 %2 was not made by Keyplan.").arg(typeName(it->type), it.key()));
    }
    return differences;
}

QStringList moneyOutOfRange(const QSqlDatabase &db)
{
    QStringList problems;
    // The money columns this plan has, grouped by table: an older plan may not have a column yet,
    // a newer one no more (its schema was compared before).
    QString error;
    const QSet<std::pair<QString, QString>> columns = sql::presentColumns(db, &error);
    if (!error.isEmpty())
        return {PlanSchemaText::tr("The plan is damaged: its columns could not be read (%1).").arg(error)};
    QMap<QString, QStringList> byTable;
    for (const MoneyColumn &money : moneyColumns) {
        if (columns.contains({QLatin1StringView(money.table), QLatin1StringView(money.column)}))
            byTable[QLatin1StringView(money.table)].append(QLatin1StringView(money.column));
    }
    // Names and bounds below are our own constants, never user text. Text and blobs sort after
    // every number, so the range catches them; what is left is a fraction, which is no integer.
    // (Cheaper than typeof(), which costs a function call per row.)
    // A team plan's columns are typed (BIGINT): only the range can be wrong there.
    const bool typed = sql::isPostgres(db);
    const auto outOfRange = [typed](const QString &column) {
        return (typed ? QStringLiteral("(%1 NOT BETWEEN %2 AND %3)") : QStringLiteral("(%1 NOT BETWEEN %2 AND %3 OR CAST(%1 AS INTEGER) <> %1)"))
            .arg(column)
            .arg(-maxMoney)
            .arg(maxMoney);
    };
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        // A sound table (every one, nearly always) is answered by one scan that stops at nothing.
        QStringList conditions;
        for (const QString &column : it.value())
            conditions.append(outOfRange(column));
        const QVariant any = sql::scalar(db,
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2)")
                .arg(it.key(), conditions.join(QStringLiteral(" OR "))),
            {}, &error);
        if (any.isValid() && !any.toBool())
            continue;
        QStringList counts;
        for (const QString &column : it.value())
            counts.append((typed ? QStringLiteral("count(*) FILTER (WHERE %1)") : QStringLiteral("sum(%1)")).arg(outOfRange(column)));
        QSqlQuery query = sql::run(
            db, QStringLiteral("SELECT %1 FROM %2").arg(counts.join(QStringLiteral(", ")), it.key()), {}, &error);
        const bool read = query.isActive() && query.next();
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            const QString &column = it.value().at(i);
            if (!read) {
                problems.append(PlanSchemaText::tr("The plan is damaged: the amounts in %1.%2 could not be read (%3).")
                                    .arg(it.key(), column, error.isEmpty() ? query.lastError().text() : error));
                continue;
            }
            const qint64 count = query.value(int(i)).toLongLong();
            if (count > 0)
                problems.append(PlanSchemaText::tr("%n amount(s) in %1.%2 are not whole amounts within ±10^15 "
                                                   "minor units (ten trillion pounds, dollars or euros).",
                    nullptr, int(count))
                                    .arg(it.key(), column));
        }
    }
    return problems;
}

} // namespace keyplan
