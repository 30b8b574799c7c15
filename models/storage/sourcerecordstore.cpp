#include "storage/sourcerecordstore.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace keyplan {
namespace {

QString columnFor(const QString &kind)
{
    if (kind == u"account")
        return QStringLiteral("account_id");
    if (kind == u"person")
        return QStringLiteral("stakeholder_id");
    if (kind == u"opportunity")
        return QStringLiteral("opportunity_id");
    return QStringLiteral("business_unit_id");
}

} // namespace

SourceRecordStore::SourceRecordStore(QSqlDatabase db)
    : m_db(std::move(db))
    // The account each kind belongs to, read in the same statement.
    , m_find(QStringLiteral("SELECT r.id, coalesce(r.account_id, r.stakeholder_id, r.opportunity_id, r.business_unit_id), "
                            "coalesce(r.account_id, s.account_id, o.account_id, u.account_id), r.details, r.seen_on "
                            "FROM source_record r "
                            "LEFT JOIN stakeholder s ON s.id = r.stakeholder_id "
                            "LEFT JOIN opportunity o ON o.id = r.opportunity_id "
                            "LEFT JOIN business_unit u ON u.id = r.business_unit_id "
                            "WHERE r.source = ? AND r.kind = ? AND r.source_id = ?"))
    , m_link(QStringLiteral("INSERT INTO source_record (source, kind, source_id, account_id, stakeholder_id, opportunity_id, "
                            "business_unit_id, seen_on, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
    , m_touch(QStringLiteral("UPDATE source_record SET seen_on = ?, details = ?, version = version + 1 WHERE id = ?"))
{
}

std::optional<SourceRecordStore::Found> SourceRecordStore::find(
    const QString &source, const QString &kind, const QString &sourceId, QString *error) const
{
    if (!m_find.exec(m_db, {source, kind, sourceId}, error) || !m_find.next())
        return std::nullopt;
    Found found {m_find.value(0).toLongLong(), m_find.value(1).toLongLong(), m_find.value(2).toLongLong(),
        m_find.value(3).toString(), QDate::fromString(m_find.value(4).toString(), Qt::ISODate)};
    m_find.finish();
    return found;
}

std::optional<qint64> SourceRecordStore::link(const QString &source, const QString &kind, const QString &sourceId,
    qint64 recordId, const QDate &day, const QString &details, QString *error)
{
    const QString column = columnFor(kind);
    const auto idIf = [&](const char *name) { return column == QLatin1String(name) ? QVariant(recordId) : QVariant(); };
    if (!m_link.exec(m_db,
            {source, kind, sourceId, idIf("account_id"), idIf("stakeholder_id"), idIf("opportunity_id"),
                idIf("business_unit_id"), day.toString(Qt::ISODate), details},
            error))
        return std::nullopt;
    const std::optional<qint64> id = m_link.next() ? std::optional<qint64>(m_link.value(0).toLongLong()) : std::nullopt;
    m_link.finish();
    return id;
}

bool SourceRecordStore::touch(qint64 rowId, const QDate &day, const QString &details, QString *error)
{
    return m_touch.exec(m_db, {day.toString(Qt::ISODate), details, rowId}, error);
}

QHash<QString, QString> SourceRecordStore::sourceIdsOf(const QString &kind, qint64 recordId, QString *error) const
{
    QHash<QString, QString> ids;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT source, source_id FROM source_record WHERE kind = ? AND %1 = ? ORDER BY id").arg(columnFor(kind)),
        {kind, recordId}, error);
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toString());
    sql::readToEnd(query, error);
    return ids;
}

QHash<qint64, QHash<QString, QString>> SourceRecordStore::sourceIds(const QString &kind, QString *error) const
{
    QHash<qint64, QHash<QString, QString>> ids;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT %1, source, source_id FROM source_record WHERE kind = ? ORDER BY id").arg(columnFor(kind)), {kind},
        error);
    while (query.next())
        ids[query.value(0).toLongLong()].insert(query.value(1).toString(), query.value(2).toString());
    sql::readToEnd(query, error);
    return ids;
}

QHash<QString, QString> SourceRecordStore::settings(const QString &source, QString *error) const
{
    QHash<QString, QString> values;
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT name, value FROM import_setting WHERE source = ?"), {source}, error);
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    sql::readToEnd(query, error);
    return values;
}

bool SourceRecordStore::setSetting(const QString &source, const QString &name, const QString &value, QString *error)
{
    return sql::run(m_db,
        QStringLiteral("INSERT INTO import_setting (source, name, value) VALUES (?, ?, ?) "
                       "ON CONFLICT (source, name) DO UPDATE SET value = excluded.value"),
        {source, name, value}, error)
        .isActive();
}

std::optional<qint64> SourceRecordStore::raiseMayHaveLeft(
    qint64 stakeholderId, const QString &evidence, const QString &source, const QDate &day, QString *error)
{
    const QVariant open = sql::scalar(m_db,
        QStringLiteral("SELECT id FROM stakeholder_signal WHERE stakeholder_id = ? AND kind = 'may_have_left' "
                       "AND cleared_on IS NULL"),
        {stakeholderId}, error);
    if (open.isValid()) {
        if (!sql::run(m_db,
                QStringLiteral("UPDATE stakeholder_signal SET evidence = ?, source = ?, version = version + 1 WHERE id = ?"),
                {evidence, source, open}, error)
                 .isActive())
            return std::nullopt;
        return open.toLongLong();
    }
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO stakeholder_signal (stakeholder_id, kind, evidence, source, noticed_on) "
                       "VALUES (?, 'may_have_left', ?, ?, ?) RETURNING id"),
        {stakeholderId, evidence, source, day.toString(Qt::ISODate)}, error);
    if (!query.isActive())
        return std::nullopt;
    return sql::returnedId(query);
}

namespace {

const QString signalColumns = QStringLiteral(
    "SELECT g.id, g.stakeholder_id, g.evidence, g.source, g.noticed_on, s.account_id FROM stakeholder_signal g "
    "JOIN stakeholder s ON s.id = g.stakeholder_id WHERE g.cleared_on IS NULL");

PersonSignal signalFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toString(),
        QDate::fromString(query.value(4).toString(), Qt::ISODate)};
}

} // namespace

QHash<qint64, PersonSignal> SourceRecordStore::openSignals(QString *error) const
{
    QHash<qint64, PersonSignal> found;
    QSqlQuery query = sql::run(m_db, signalColumns + QStringLiteral(" ORDER BY g.id"), {}, error);
    while (query.next()) {
        const PersonSignal signal = signalFrom(query);
        found.insert(signal.person, signal);
    }
    sql::readToEnd(query, error);
    return found;
}

QList<PersonSignal> SourceRecordStore::openSignals(AccountId account, QString *error) const
{
    QList<PersonSignal> found;
    QSqlQuery query = sql::run(m_db, signalColumns + QStringLiteral(" AND s.account_id = ? ORDER BY g.id"), {account}, error);
    while (query.next())
        found.append(signalFrom(query));
    sql::readToEnd(query, error);
    return found;
}

QHash<AccountId, QList<PersonSignal>> SourceRecordStore::openSignalsByAccount(QString *error) const
{
    QHash<AccountId, QList<PersonSignal>> found;
    QSqlQuery query = sql::run(m_db, signalColumns + QStringLiteral(" ORDER BY g.id"), {}, error);
    while (query.next())
        found[query.value(5).toLongLong()].append(signalFrom(query));
    sql::readToEnd(query, error);
    return found;
}

bool SourceRecordStore::insertSignal(const PersonSignal &signal, QString *error)
{
    return sql::run(m_db,
        QStringLiteral("INSERT INTO stakeholder_signal (id, stakeholder_id, kind, evidence, source, noticed_on) "
                       "VALUES (?, ?, 'may_have_left', ?, ?, ?)"),
        {sql::newId(signal.id), signal.person, signal.evidence, signal.source, signal.noticedOn.toString(Qt::ISODate)}, error)
        .isActive();
}

bool SourceRecordStore::clearSignal(qint64 id, const QDate &day, QString *error)
{
    return sql::run(m_db,
        QStringLiteral("UPDATE stakeholder_signal SET cleared_on = ?, version = version + 1 WHERE id = ?"),
        {day.toString(Qt::ISODate), id}, error)
        .isActive();
}

bool SourceRecordStore::reopenSignal(qint64 id, QString *error)
{
    return sql::run(m_db,
        QStringLiteral("UPDATE stakeholder_signal SET cleared_on = NULL, version = version + 1 WHERE id = ?"), {id}, error)
        .isActive();
}

} // namespace keyplan
