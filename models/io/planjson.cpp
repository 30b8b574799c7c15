#include "io/planjson.h"

#include "io/jsonwriter.h"
#include "storage/planchecker.h"
#include "storage/plandatabase.h"
#include "storage/plantables.h"
#include "storage/rowjournal.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace keyplan {
namespace {

class PlanJsonText
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)
};

const QString formatName = QStringLiteral("keyplan-plan");

} // namespace

QByteArray planToJson(const QSqlDatabase &db, QString *error)
{
    const QList<PlanTable> tables = planTables(db, error);
    if (tables.isEmpty())
        return {};
    JsonWriter out;
    out.beginObject();
    out.field("format", formatName);
    out.field("format_version", planJsonFormatVersion);
    out.field("schema_version", sql::schemaVersion(db));
    out.key("tables");
    out.beginObject();
    for (const PlanTable &table : tables) {
        out.key(table.name);
        out.beginArray();
        const bool read = readTableRows(
            db, table,
            [&out, &table](const QVariantList &row) {
                out.beginObject();
                for (qsizetype i = 0; i < row.size(); ++i) {
                    out.key(table.columns.at(i).name);
                    const QVariant &value = row.at(i);
                    if (value.isNull())
                        out.null();
                    else if (table.columns.at(i).type == PlanColumn::Type::Integer)
                        out.integer(value.toLongLong());
                    else if (table.columns.at(i).type == PlanColumn::Type::Real)
                        out.value(value.toDouble());
                    else
                        out.value(value.toString());
                }
                out.endObject();
            },
            error);
        if (!read)
            return {};
        out.endArray();
    }
    out.endObject();
    out.endObject();
    QByteArray json = out.take();
    json += '\n';
    return json;
}

bool isPlanJson(const QByteArray &head)
{
    return head.left(200).contains("\"format\"") && head.left(200).contains("\"keyplan-plan\"");
}

bool loadPlanJson(const QSqlDatabase &db, const QByteArray &json, PlanJsonLoad *load, QString *error, RowJournal *journal)
{
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(json, &problem);
    if (problem.error != QJsonParseError::NoError || !document.isObject()) {
        *error = PlanJsonText::tr("not a Keyplan plan document (%1 at byte %2)").arg(problem.errorString()).arg(problem.offset);
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName) {
        *error = PlanJsonText::tr("not a Keyplan plan document (no \"format\": \"keyplan-plan\")");
        return false;
    }
    const int formatVersion = root.value(QStringLiteral("format_version")).toInt();
    const int schema = root.value(QStringLiteral("schema_version")).toInt();
    const int current = PlanDatabase::currentSchemaVersion();
    if (formatVersion > planJsonFormatVersion || schema > current) {
        *error = PlanJsonText::tr("the document was written by a newer Keyplan (plan format %1; this Keyplan reads up to %2); "
                                  "update Keyplan to import it")
                     .arg(schema)
                     .arg(current);
        return false;
    }
    if (formatVersion < 1 || schema != current) {
        *error = PlanJsonText::tr("the document is in plan format %1, which this Keyplan (plan format %2) does not import")
                     .arg(schema)
                     .arg(current);
        return false;
    }
    QString reason;
    if (!acceptsWholePlan(db, &reason, error)) {
        if (error->isEmpty())
            *error = PlanJsonText::tr("a whole plan goes into a new or empty plan, and %1; import it into a new plan").arg(reason);
        return false;
    }
    const QList<PlanTable> tables = planTables(db, error);
    if (tables.isEmpty())
        return false;
    const QJsonObject data = root.value(QStringLiteral("tables")).toObject();
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (std::none_of(tables.cbegin(), tables.cend(), [&it](const PlanTable &t) { return t.name == it.key(); })) {
            *error = PlanJsonText::tr("the document has a table “%1” this Keyplan does not know").arg(it.key());
            return false;
        }
    }
    if (!sql::deferForeignKeys(db, error))
        return false;

    // Our people already in the plan are matched by name; the rest keep their ids when free.
    QHash<qint64, qint64> team; // the document's id -> the plan's
    QSet<qint64> matched; // the document's ids of people the plan already has
    {
        QHash<QString, qint64> byName;
        qint64 nextId = 1;
        QSqlQuery existing = sql::run(db, QStringLiteral("SELECT id, name FROM team_member"), {}, error);
        QSet<qint64> taken;
        while (existing.next()) {
            byName.insert(existing.value(1).toString().trimmed().toCaseFolded(), existing.value(0).toLongLong());
            taken.insert(existing.value(0).toLongLong());
            nextId = std::max(nextId, existing.value(0).toLongLong() + 1);
        }
        for (const QJsonValue &value : data.value(QStringLiteral("team_member")).toArray()) {
            const QJsonObject member = value.toObject();
            const qint64 id = member.value(QStringLiteral("id")).toInteger();
            const auto found = byName.constFind(member.value(QStringLiteral("name")).toString().trimmed().toCaseFolded());
            if (found != byName.cend()) {
                team.insert(id, *found);
                matched.insert(id);
                ++load->teamMatched;
            } else {
                team.insert(id, taken.contains(id) ? nextId++ : id);
            }
        }
    }

    for (const PlanTable &table : tables) {
        const QJsonArray rows = data.value(table.name).toArray();
        if (rows.isEmpty())
            continue;
        if (table.name == u"plan_info") {
            for (const QJsonValue &value : rows) {
                const QJsonObject row = value.toObject();
                if (!sql::run(db,
                        QStringLiteral("INSERT INTO plan_info (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        {row.value(QStringLiteral("key")).toString(), row.value(QStringLiteral("value")).toString()}, error)
                         .isActive())
                    return false;
                ++load->rows;
            }
            continue;
        }
        TableInserter inserter(db, table);
        qint64 index = 0;
        qsizetype idColumn = -1;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            if (table.columns.at(c).name == u"id" && table.columns.at(c).type == PlanColumn::Type::Integer)
                idColumn = c;
        for (const QJsonValue &value : rows) {
            ++index;
            const QJsonObject row = value.toObject();
            for (auto key = row.constBegin(); key != row.constEnd(); ++key) {
                if (std::none_of(table.columns.cbegin(), table.columns.cend(), [&key](const PlanColumn &c) { return c.name == key.key(); })) {
                    *error = PlanJsonText::tr("%1, row %2: “%3” is not a column Keyplan knows").arg(table.name).arg(index).arg(key.key());
                    return false;
                }
            }
            if (table.name == u"team_member" && matched.contains(row.value(QStringLiteral("id")).toInteger()))
                continue; // one of ours the plan already has
            QVariantList values;
            values.reserve(table.columns.size());
            for (const PlanColumn &column : table.columns) {
                const QJsonValue cell = row.value(column.name);
                if (cell.isUndefined()) { // left out: what the plan puts there by default
                    values.append(column.defaultValue);
                    continue;
                }
                if (cell.isNull()) {
                    values.append(QVariant());
                    continue;
                }
                if (cell.isObject() || cell.isArray() || (column.type != PlanColumn::Type::Text && !cell.isDouble())
                    || (column.type == PlanColumn::Type::Text && !cell.isString())) {
                    *error = PlanJsonText::tr("%1, row %2: “%3” has a value of the wrong kind").arg(table.name).arg(index).arg(column.name);
                    return false;
                }
                if (column.type == PlanColumn::Type::Integer) {
                    qint64 number = cell.toInteger();
                    if (column.references == u"team_member" || (table.name == u"team_member" && column.name == u"id"))
                        number = team.value(number, number);
                    values.append(number);
                } else if (column.type == PlanColumn::Type::Real) {
                    values.append(cell.toDouble());
                } else {
                    values.append(cell.toString());
                }
            }
            QString problemText;
            if (!inserter.insert(values, &problemText)) {
                *error = PlanJsonText::tr("%1, row %2: the plan refused it (%3)").arg(table.name).arg(index).arg(problemText);
                return false;
            }
            if (journal && idColumn >= 0)
                journal->inserted(table.name, values.at(idColumn).toLongLong());
            ++load->rows;
        }
        if (table.name == u"account")
            load->accounts += rows.size();
        else if (table.name == u"stakeholder")
            load->people += rows.size();
        else if (table.name == u"opportunity")
            load->opportunities += rows.size();
    }
    // Every reference must hold before the document counts as loaded.
    if (sql::isPostgres(db)) {
        QString refused;
        if (!sql::execute(db, QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE"), &refused)) {
            *error = PlanJsonText::tr("a row refers to one the document does not have (%1)").arg(refused);
            return false;
        }
        // New rows after the loaded ones: the identities follow the highest id loaded.
        if (!sql::resetIdentities(db, error))
            return false;
    } else {
        QSqlQuery check = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"), {}, error);
        if (!check.isActive())
            return false;
        if (check.next()) {
            *error = PlanJsonText::tr("%1, row id %2: it refers to a %3 the document does not have")
                         .arg(check.value(0).toString(), check.value(1).toString(), check.value(2).toString());
            return false;
        }
    }
    // And the plan's own rules, which the schema cannot hold: a date that is not a date, a stage
    // history that ends in another stage than the account's. `keyplan check` would call the plan
    // damaged; it is refused here instead.
    for (const CheckFinding &finding : checkPlanRules(db)) {
        if (finding.severity == CheckFinding::Severity::Error) {
            *error = PlanJsonText::tr("the plan it makes would not be sound: %1").arg(finding.message);
            return false;
        }
    }
    return true;
}

} // namespace keyplan
