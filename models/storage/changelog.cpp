#include "storage/changelog.h"

#include "storage/migrator.h"
#include "storage/serverlocation.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"
#include "storage/teamschema.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace keyplan::team {
namespace {

// The log, readable by both roles and written only by the trigger function below (which runs as
// the plan's owner): an editor's own INSERT, UPDATE or DELETE on it is refused.
const QString logTable = QStringLiteral(
    "CREATE TABLE IF NOT EXISTS change_log ("
    " id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
    " changed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),"
    " changed_by TEXT NOT NULL DEFAULT session_user,"
    " client TEXT,"
    " table_name TEXT NOT NULL,"
    " row_id BIGINT,"
    " account_id BIGINT,"
    " action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),"
    " before JSONB,"
    " after JSONB,"
    " transaction_id BIGINT DEFAULT pg_current_xact_id()::text::bigint)");

// One function for every table. It names the row's account (its own column, or its parent's: a
// person's meeting belongs to the person's account), refuses an undo or redo that would overwrite
// a later change by another client, logs the change and announces it. Writes by the plan's owner
// marked as bulk (a whole plan copied in) are neither logged nor announced row by row; nor is an
// update that changed nothing but the row's version.
const QString trackFunction = QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION keyplan_track() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    any_row jsonb;
    changed_row bigint;
    owning_account bigint;
    me text := current_setting('keyplan.client', true);
    mine bigint;
    theirs bigint;
BEGIN
    IF current_setting('keyplan.bulk', true) = 'on'
        AND pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
    IF TG_OP = 'UPDATE' AND old_row - 'version' = new_row - 'version' THEN
        RETURN NULL;
    END IF;
    any_row := coalesce(new_row, old_row);
    changed_row := (any_row->>'id')::bigint;

    IF TG_OP <> 'INSERT' AND current_setting('keyplan.replay', true) = 'on' THEN
        SELECT max(id) INTO mine FROM change_log
            WHERE table_name = TG_TABLE_NAME AND row_id IS NOT DISTINCT FROM changed_row AND client = me
              AND changed_by = session_user;
        SELECT max(id) INTO theirs FROM change_log
            WHERE table_name = TG_TABLE_NAME AND row_id IS NOT DISTINCT FROM changed_row
              AND id > coalesce(mine, 0) AND (client IS DISTINCT FROM me OR changed_by <> session_user);
        IF theirs IS NOT NULL THEN
            RAISE EXCEPTION 'keyplan-conflict % (% %)', theirs, TG_TABLE_NAME, changed_row
                USING ERRCODE = 'KP409';
        END IF;
    END IF;

    IF TG_TABLE_NAME = 'account' THEN
        owning_account := changed_row;
    ELSIF (any_row -> 'account_id') IS NOT NULL THEN
        owning_account := (any_row->>'account_id')::bigint;
    ELSIF (any_row -> 'stakeholder_id') IS NOT NULL THEN
        SELECT account_id INTO owning_account FROM stakeholder WHERE id = (any_row->>'stakeholder_id')::bigint;
    ELSIF TG_TABLE_NAME = 'stakeholder_link' THEN
        SELECT account_id INTO owning_account FROM stakeholder WHERE id = (any_row->>'from_id')::bigint;
    ELSIF (any_row -> 'touchpoint_id') IS NOT NULL THEN
        SELECT account_id INTO owning_account FROM touchpoint WHERE id = (any_row->>'touchpoint_id')::bigint;
    ELSIF (any_row -> 'opportunity_id') IS NOT NULL THEN
        SELECT account_id INTO owning_account FROM opportunity WHERE id = (any_row->>'opportunity_id')::bigint;
    ELSIF (any_row -> 'qbr_id') IS NOT NULL THEN
        SELECT account_id INTO owning_account FROM qbr WHERE id = (any_row->>'qbr_id')::bigint;
    ELSIF (any_row -> 'play_id') IS NOT NULL THEN
        SELECT account_id INTO owning_account FROM play WHERE id = (any_row->>'play_id')::bigint;
    ELSIF (any_row -> 'series_id') IS NOT NULL THEN
        SELECT account_id INTO owning_account FROM metric_series WHERE id = (any_row->>'series_id')::bigint;
    END IF;

    INSERT INTO change_log (client, table_name, row_id, account_id, action, before, after)
        VALUES (me, TG_TABLE_NAME, changed_row, owning_account, lower(TG_OP), old_row, new_row);
    PERFORM pg_notify('keyplan', TG_TABLE_NAME || coalesce(' ' || changed_row::text, ''));
    RETURN NULL;
END $$)SQL");

// Every change to a row's values counts its version up, whichever statement made it (a cascade
// that clears a reference, an undo that puts old values and an old version back, an older
// Keyplan): so one version never names two different rows, and an edit made over a version read
// earlier is always caught. Where the row sits on the map is not part of it.
const QString versionFunction = QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION keyplan_count_version() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF (to_jsonb(NEW) - 'version' - 'map_x' - 'map_y') IS DISTINCT FROM (to_jsonb(OLD) - 'version' - 'map_x' - 'map_y')
        AND NEW.version <= OLD.version THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END $$)SQL");

ChangeEntry::Action actionFrom(const QString &text)
{
    if (text == QLatin1String("insert"))
        return ChangeEntry::Action::Insert;
    if (text == QLatin1String("delete"))
        return ChangeEntry::Action::Delete;
    return ChangeEntry::Action::Update;
}

QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

const QString entryColumns = QStringLiteral(
    "id, changed_at, changed_by, client, table_name, row_id, account_id, action, before::text, after::text, "
    "transaction_id");

ChangeEntry entryFrom(const QSqlQuery &query)
{
    ChangeEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = query.value(1).toDateTime().toUTC();
    entry.who = query.value(2).toString();
    entry.client = query.value(3).toString();
    entry.table = query.value(4).toString();
    entry.rowId = sql::optionalId(query.value(5));
    entry.accountId = sql::optionalId(query.value(6));
    entry.action = actionFrom(query.value(7).toString());
    entry.before = objectFrom(query.value(8));
    entry.after = objectFrom(query.value(9));
    entry.transaction = query.value(10).toLongLong();
    return entry;
}

QList<ChangeEntry> entries(QSqlQuery &query, QString *error)
{
    QList<ChangeEntry> found;
    if (!query.isActive())
        return found;
    while (query.next())
        found.append(entryFrom(query));
    sql::readToEnd(query, error);
    return found;
}

} // namespace

QStringList ChangeEntry::changedColumns() const
{
    QStringList columns;
    const QJsonObject &shape = after.isEmpty() ? before : after;
    for (auto it = shape.begin(); it != shape.end(); ++it) {
        if (it.key() == QLatin1String("version"))
            continue;
        if (action != Action::Update || before.value(it.key()) != after.value(it.key()))
            columns.append(it.key());
    }
    return columns;
}

namespace {

// The log's indexes: a row's history, an account's, and what live refresh reads by (the
// transactions committed since it last looked).
const QStringList logIndexes = {
    QStringLiteral("CREATE INDEX IF NOT EXISTS change_log_row ON change_log (table_name, row_id, id)"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS change_log_account ON change_log (account_id, id)"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS change_log_transaction ON change_log (transaction_id)"),
};

} // namespace

bool hasLogIndexes(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_indexes WHERE schemaname = current_schema() "
                                          "AND tablename = 'change_log' AND indexname IN "
                                          "('change_log_row', 'change_log_account', 'change_log_transaction')"))
               .toInt()
        == logIndexes.size();
}

bool addLogIndexes(const QSqlDatabase &db, QString *error)
{
    for (const QString &statement : logIndexes) {
        if (!sql::execute(db, statement, error))
            return false;
    }
    return true;
}

bool installChangeLog(const QSqlDatabase &db, QString *error)
{
    QStringList statements = {
        logTable,
        // A log made before it knew transactions: its earlier entries have none (added without a
        // default, which would give them all this transaction's), later ones their own.
        QStringLiteral("ALTER TABLE change_log ADD COLUMN IF NOT EXISTS transaction_id BIGINT"),
        QStringLiteral("ALTER TABLE change_log ALTER COLUMN transaction_id SET DEFAULT pg_current_xact_id()::text::bigint"),
    };
    statements.append(logIndexes);
    statements += QStringList {
        QStringLiteral("REVOKE ALL ON change_log FROM PUBLIC"),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON change_log FROM keyplan_editor"),
        QStringLiteral("GRANT SELECT ON change_log TO keyplan_reader, keyplan_editor"),
        QStringLiteral("REVOKE ALL ON SEQUENCE change_log_id_seq FROM keyplan_editor"),
        trackFunction,
        QStringLiteral("REVOKE ALL ON FUNCTION keyplan_track() FROM PUBLIC"),
    };
    statements.append(versionFunction);
    statements.append(QStringLiteral("REVOKE ALL ON FUNCTION keyplan_count_version() FROM PUBLIC"));
    // Keyplan's own tables only, by the names its migrations give them (never the catalogue's).
    const QStringList versioned = versionedTableNames();
    for (const QString &name : planTableNames()) {
        const QString table = quotedIdentifier(name);
        statements.append(QStringLiteral("DROP TRIGGER IF EXISTS keyplan_change_log ON %1").arg(table));
        statements.append(QStringLiteral("CREATE TRIGGER keyplan_change_log AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                         "FOR EACH ROW EXECUTE FUNCTION keyplan_track()")
                              .arg(table));
        statements.append(QStringLiteral("DROP TRIGGER IF EXISTS keyplan_version ON %1").arg(table));
        if (versioned.contains(name))
            statements.append(QStringLiteral("CREATE TRIGGER keyplan_version BEFORE UPDATE ON %1 "
                                             "FOR EACH ROW EXECUTE FUNCTION keyplan_count_version()")
                                  .arg(table));
    }
    // Under the migrations' lock: two owners' clients remaking the function at once would collide.
    if (!sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(Migrator::migrationLockKey)}, error)
             .isActive())
        return false;
    for (const QString &statement : std::as_const(statements)) {
        if (!sql::execute(db, statement, error))
            return false;
    }
    return true;
}

bool hasChangeLog(const QSqlDatabase &db)
{
    return sql::tableExists(db, QStringLiteral("change_log"))
        && sql::scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                          "current_schema() AND table_name = 'change_log' AND column_name = 'transaction_id'"))
                   .toInt()
            == 1
        && sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c "
                                          "ON c.oid = t.tgrelid WHERE t.tgname IN ('keyplan_change_log', 'keyplan_version') "
                                          "AND c.relnamespace = current_schema()::regnamespace"))
                   .toInt()
            == planTableNames().size() + versionedTableNames().size();
}

bool identifyClient(const QSqlDatabase &db, const QString &client, QString *error)
{
    return sql::run(db, QStringLiteral("SELECT set_config('keyplan.client', ?, false)"), {client}, error).isActive();
}

bool markAutomatic(const QSqlDatabase &db, const QString &client, QString *error)
{
    return sql::run(db, QStringLiteral("SELECT set_config('keyplan.client', ?, true)"), {client + automaticSuffix}, error)
        .isActive();
}

bool markReplay(const QSqlDatabase &db, QString *error)
{
    return sql::run(db, QStringLiteral("SELECT set_config('keyplan.replay', 'on', true)"), {}, error).isActive();
}

bool markBulk(const QSqlDatabase &db, QString *error)
{
    return sql::run(db, QStringLiteral("SELECT set_config('keyplan.bulk', 'on', true)"), {}, error).isActive();
}

QList<ChangeEntry> accountHistory(const QSqlDatabase &db, qint64 accountId, int limit, QString *error)
{
    QSqlQuery query = sql::run(db,
        QStringLiteral("SELECT %1 FROM change_log WHERE account_id = ? ORDER BY id DESC LIMIT ?").arg(entryColumns),
        {accountId, limit}, error);
    return entries(query, error);
}

QList<ChangeEntry> rowChanges(const QSqlDatabase &db, const QString &table, qint64 rowId, qint64 afterId, QString *error)
{
    QSqlQuery query = sql::run(db,
        QStringLiteral("SELECT %1 FROM change_log WHERE table_name = ? AND row_id = ? AND id > ? ORDER BY id")
            .arg(entryColumns),
        {table, rowId, afterId}, error);
    return entries(query, error);
}

QList<ChangeEntry> changesSinceVersion(const QSqlDatabase &db, const QString &table, qint64 rowId, qint64 version,
    QString *error)
{
    QSqlQuery query = sql::run(db,
        QStringLiteral("SELECT %1 FROM change_log WHERE table_name = ? AND row_id = ? AND action <> 'insert' "
                       "AND (before->>'version')::bigint >= ? ORDER BY id")
            .arg(entryColumns),
        {table, rowId, version}, error);
    return entries(query, error);
}

std::optional<qint64> replayConflict(const QString &error)
{
    static const QRegularExpression conflict(QStringLiteral("keyplan-conflict (\\d+)"));
    const QRegularExpressionMatch match = conflict.match(error);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

QJsonObject currentRow(const QSqlDatabase &db, const QString &table, qint64 id, QString *error)
{
    // The table name comes from Keyplan's own code (a store's stale-row report), never from data.
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id}, error);
    QJsonObject row;
    if (!query.isActive() || !query.next())
        return row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        const QVariant value = query.value(i);
        if (value.isNull())
            row.insert(record.fieldName(i), QJsonValue::Null);
        else if (value.typeId() == QMetaType::QString)
            row.insert(record.fieldName(i), value.toString());
        else
            row.insert(record.fieldName(i), value.toDouble());
    }
    return row;
}

std::optional<ChangeEntry> changeEntry(const QSqlDatabase &db, qint64 id, QString *error)
{
    QSqlQuery query
        = sql::run(db, QStringLiteral("SELECT %1 FROM change_log WHERE id = ?").arg(entryColumns), {id}, error);
    const QList<ChangeEntry> found = entries(query, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

namespace {

// pg_current_snapshot()'s text, "xmin:xmax:running,running".
std::optional<CommitMark> markFrom(const QString &snapshot)
{
    const QStringList parts = snapshot.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    CommitMark mark;
    bool ok = false;
    mark.xmax = parts.at(1).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    for (const QString &running : parts.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        mark.running.append(running.toLongLong(&ok));
        if (!ok)
            return std::nullopt;
    }
    return mark;
}

QString arrayLiteral(const QList<qint64> &values)
{
    QStringList texts;
    for (qint64 value : values)
        texts.append(QString::number(value));
    return QLatin1Char('{') + texts.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

std::optional<CommittedChanges> changesCommittedSince(const QSqlDatabase &db, const CommitMark &since,
    const QString &client, QString *error)
{
    // One statement, one snapshot: the entries it sees and the mark it returns agree. A transaction
    // is new to this reader when the last mark counted it as running or not yet begun; the log's
    // transaction index finds its entries however old their ids.
    QSqlQuery query = sql::run(db,
        QStringLiteral("WITH c AS (SELECT id, table_name, action, row_id, account_id FROM change_log "
                       "WHERE (transaction_id >= ? OR transaction_id = ANY (?::bigint[])) AND client IS DISTINCT FROM ? "
                       "AND client IS DISTINCT FROM ?) "
                       "SELECT pg_current_snapshot()::text, c.id, c.table_name, c.action, c.row_id, c.account_id "
                       "FROM (SELECT 1) AS one LEFT JOIN c ON true ORDER BY c.id"),
        {since.xmax, arrayLiteral(since.running), client, client + automaticSuffix}, error);
    if (!query.isActive())
        return std::nullopt;
    CommittedChanges changes;
    std::optional<CommitMark> mark;
    while (query.next()) {
        if (!mark)
            mark = markFrom(query.value(0).toString());
        if (query.isNull(1))
            continue;
        ChangeEntry entry;
        entry.id = query.value(1).toLongLong();
        entry.table = query.value(2).toString();
        entry.action = actionFrom(query.value(3).toString());
        entry.rowId = sql::optionalId(query.value(4));
        entry.accountId = sql::optionalId(query.value(5));
        changes.entries.append(entry);
    }
    if (!sql::readToEnd(query, error))
        return std::nullopt;
    if (!mark) {
        if (error)
            *error = QStringLiteral("The server's snapshot could not be read.");
        return std::nullopt;
    }
    changes.mark = *mark;
    return changes;
}

bool ping(const QSqlDatabase &db, QString *error)
{
    return sql::run(db, QStringLiteral("SELECT 1"), {}, error).isActive();
}

std::optional<CommitMark> commitMark(const QSqlDatabase &db, QString *error)
{
    const QVariant snapshot = sql::scalar(db, QStringLiteral("SELECT pg_current_snapshot()::text"), {}, error);
    if (!snapshot.isValid())
        return std::nullopt;
    std::optional<CommitMark> mark = markFrom(snapshot.toString());
    if (!mark && error)
        *error = QStringLiteral("The server's snapshot could not be read.");
    return mark;
}

} // namespace keyplan::team
