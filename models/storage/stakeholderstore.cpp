#include "storage/stakeholderstore.h"

#include "storage/rowreader.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace keyplan {
namespace {

const QString selectStakeholders = QStringLiteral(
    "SELECT id, account_id, name, title, department, business_unit, reports_to, buying_layer, decision_role, "
    "support_level, influence, relationship, our_owner_id, desired_relationship, email, phone, notes, "
    "left_on, "
    "version, map_x, map_y, added_on FROM stakeholder");

using sql::newId;
using sql::nullableId;
using sql::optionalId;

// Read through RowReader: every person of every account is read for the report and the rules.
Stakeholder readStakeholder(const sql::RowReader &q)
{
    Stakeholder s;
    s.id = q.integer(0);
    s.accountId = q.integer(1);
    s.name = q.text(2);
    s.title = q.text(3);
    s.department = q.text(4);
    s.businessUnit = q.text(5);
    s.reportsTo = q.optionalInteger(6);
    s.layer = buyingLayerFromKey(q.text(7)).value_or(BuyingLayer::Other);
    s.role = decisionRoleFromKey(q.text(8)).value_or(DecisionRole::User);
    s.support = supportLevelFromKey(q.text(9)).value_or(SupportLevel::Neutral);
    s.influence = influenceFromKey(q.text(10)).value_or(Influence::Medium);
    s.relationship = relationshipFromKey(q.text(11)).value_or(Relationship::None);
    s.ourOwnerId = q.optionalInteger(12);
    s.desiredRelationship = relationshipFromKey(q.text(13)).value_or(Relationship::Warm);
    s.email = q.text(14);
    s.phone = q.text(15);
    s.notes = q.text(16);
    s.leftOn = q.day(17);
    s.version = q.integer(18);
    if (!q.isNull(19) && !q.isNull(20))
        s.mapPosition = QPointF(q.real(19), q.real(20));
    s.addedOn = q.day(21);
    return s;
}

// Touchpoints with their people, from a query of (id, account_id, happened_on, kind, notes,
// stakeholder_id, version) ordered by touchpoint: one row per person met.
QList<Touchpoint> readTouchpoints(sql::RowReader &q)
{
    QList<Touchpoint> touchpoints;
    while (q.next()) {
        const TouchpointId id = q.integer(0);
        if (touchpoints.isEmpty() || touchpoints.constLast().id != id) {
            Touchpoint t;
            t.id = id;
            t.accountId = q.integer(1);
            t.on = q.day(2);
            t.kind = touchpointKindFromKey(q.text(3)).value_or(TouchpointKind::Meeting);
            t.notes = q.text(4);
            t.version = q.integer(6);
            touchpoints.append(t);
        }
        if (!q.isNull(5))
            touchpoints.last().stakeholders.append(q.integer(5));
    }
    return touchpoints;
}

const QString selectTouchpoints = QStringLiteral(
    "SELECT t.id, t.account_id, t.happened_on, t.kind, t.notes, ts.stakeholder_id, t.version "
    "FROM touchpoint t LEFT JOIN touchpoint_stakeholder ts ON ts.touchpoint_id = t.id");

// Adds every one of ours at each meeting, from a query of (touchpoint_id, member_id).
void attachMembers(QList<Touchpoint> &touchpoints, sql::RowReader &q)
{
    QHash<TouchpointId, qsizetype> at;
    for (qsizetype i = 0; i < touchpoints.size(); ++i)
        at.insert(touchpoints.at(i).id, i);
    while (q.next()) {
        const auto found = at.constFind(q.integer(0));
        if (found != at.cend())
            touchpoints[*found].ourMembers.append(q.integer(1));
    }
}

} // namespace

QList<Stakeholder> StakeholderStore::forAccount(AccountId accountId, QString *error) const
{
    QList<Stakeholder> people;
    sql::RowReader rows(m_db, selectStakeholders + QStringLiteral(" WHERE account_id = ? ORDER BY id"), {accountId}, error);
    while (rows.next())
        people.append(readStakeholder(rows));
    return people;
}

QList<Stakeholder> StakeholderStore::all(QString *error) const
{
    QList<Stakeholder> people;
    sql::RowReader rows(m_db, selectStakeholders + QStringLiteral(" ORDER BY account_id, id"), {}, error);
    while (rows.next())
        people.append(readStakeholder(rows));
    return people;
}

StakeholderStore::StakeholderStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insert(QStringLiteral(
          "INSERT INTO stakeholder (id, account_id, name, title, department, business_unit, reports_to, "
          "buying_layer, decision_role, support_level, influence, relationship, our_owner_id, "
          "desired_relationship, email, phone, notes, left_on, version, map_x, map_y, added_on) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
    , m_update(QStringLiteral(
          "UPDATE stakeholder SET name = ?, title = ?, department = ?, business_unit = ?, reports_to = ?, "
          "buying_layer = ?, decision_role = ?, support_level = ?, influence = ?, relationship = ?, "
          "our_owner_id = ?, desired_relationship = ?, email = ?, phone = ?, notes = ?, left_on = ?, "
          "added_on = ?, version = ? WHERE id = ? AND version = ?"))
{
}

std::optional<StakeholderId> StakeholderStore::insert(const Stakeholder &s, QString *error)
{
    if (!m_insert.exec(m_db,
        {newId(s.id), s.accountId, s.name, s.title, s.department, s.businessUnit, nullableId(s.reportsTo),
            keyOf(s.layer), keyOf(s.role), keyOf(s.support), keyOf(s.influence), keyOf(s.relationship),
            nullableId(s.ourOwnerId), keyOf(s.desiredRelationship), s.email, s.phone, s.notes,
            sql::nullableDate(s.leftOn), s.version, s.mapPosition ? QVariant(s.mapPosition->x()) : QVariant(),
            s.mapPosition ? QVariant(s.mapPosition->y()) : QVariant(), sql::nullableDate(s.addedOn)},
        error))
        return std::nullopt;
    const std::optional<qint64> id = m_insert.next() ? std::optional<qint64>(m_insert.value(0).toLongLong()) : std::nullopt;
    m_insert.finish();
    return id;
}

QJsonObject StakeholderStore::columnsOf(const Stakeholder &s)
{
    const auto optional = [](std::optional<qint64> id) { return id ? QJsonValue(double(*id)) : QJsonValue(QJsonValue::Null); };
    const auto day = [](const QDate &date) {
        return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject {{QStringLiteral("id"), double(s.id)}, {QStringLiteral("account_id"), double(s.accountId)},
        {QStringLiteral("name"), s.name}, {QStringLiteral("title"), s.title},
        {QStringLiteral("department"), s.department}, {QStringLiteral("business_unit"), s.businessUnit},
        {QStringLiteral("reports_to"), optional(s.reportsTo)}, {QStringLiteral("buying_layer"), keyOf(s.layer)},
        {QStringLiteral("decision_role"), keyOf(s.role)}, {QStringLiteral("support_level"), keyOf(s.support)},
        {QStringLiteral("influence"), keyOf(s.influence)}, {QStringLiteral("relationship"), keyOf(s.relationship)},
        {QStringLiteral("our_owner_id"), optional(s.ourOwnerId)},
        {QStringLiteral("desired_relationship"), keyOf(s.desiredRelationship)}, {QStringLiteral("email"), s.email},
        {QStringLiteral("phone"), s.phone}, {QStringLiteral("notes"), s.notes},
        {QStringLiteral("left_on"), day(s.leftOn)}, {QStringLiteral("added_on"), day(s.addedOn)},
        {QStringLiteral("version"), double(s.version)}};
}

Stakeholder StakeholderStore::fromColumns(const QJsonObject &columns, Stakeholder s)
{
    const auto text = [&](const char *column, QString &field) {
        if (columns.contains(QLatin1String(column)))
            field = columns.value(QLatin1String(column)).toString();
    };
    const auto id = [&](const char *column, std::optional<qint64> &field) {
        if (columns.contains(QLatin1String(column))) {
            const QJsonValue value = columns.value(QLatin1String(column));
            field = value.isNull() ? std::nullopt : std::optional<qint64>(value.toInteger());
        }
    };
    const auto day = [&](const char *column, QDate &field) {
        if (columns.contains(QLatin1String(column)))
            field = QDate::fromString(columns.value(QLatin1String(column)).toString(), Qt::ISODate);
    };
    const auto key = [&](const char *column, auto &field, auto fromKey) {
        if (columns.contains(QLatin1String(column)))
            field = fromKey(columns.value(QLatin1String(column)).toString()).value_or(field);
    };
    text("name", s.name);
    text("title", s.title);
    text("department", s.department);
    text("business_unit", s.businessUnit);
    id("reports_to", s.reportsTo);
    key("buying_layer", s.layer, buyingLayerFromKey);
    key("decision_role", s.role, decisionRoleFromKey);
    key("support_level", s.support, supportLevelFromKey);
    key("influence", s.influence, influenceFromKey);
    key("relationship", s.relationship, relationshipFromKey);
    id("our_owner_id", s.ourOwnerId);
    key("desired_relationship", s.desiredRelationship, relationshipFromKey);
    text("email", s.email);
    text("phone", s.phone);
    text("notes", s.notes);
    day("left_on", s.leftOn);
    day("added_on", s.addedOn);
    return s;
}

bool StakeholderStore::update(const Stakeholder &s, QString *error)
{
    Stakeholder next = s;
    ++next.version;
    return update(next, s.version, error);
}

bool StakeholderStore::update(const Stakeholder &s, qint64 expectedVersion, QString *error)
{
    if (!m_update.exec(m_db,
        {s.name, s.title, s.department, s.businessUnit, nullableId(s.reportsTo), keyOf(s.layer),
            keyOf(s.role), keyOf(s.support), keyOf(s.influence), keyOf(s.relationship),
            nullableId(s.ourOwnerId), keyOf(s.desiredRelationship), s.email, s.phone, s.notes,
            sql::nullableDate(s.leftOn), sql::nullableDate(s.addedOn), s.version, s.id, expectedVersion},
        error))
        return false;
    if (m_update.rowsAffected() == 1)
        return true;
    *error = sql::staleRowError({QStringLiteral("stakeholder"), s.id, expectedVersion});
    return false;
}

bool StakeholderStore::remove(StakeholderId id, QString *error)
{
    const QSqlQuery query
        = sql::run(m_db, QStringLiteral("DELETE FROM stakeholder WHERE id = ?"), {id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

bool StakeholderStore::setPosition(StakeholderId id, std::optional<QPointF> position, QString *error)
{
    const QSqlQuery query
        = sql::run(m_db, QStringLiteral("UPDATE stakeholder SET map_x = ?, map_y = ? WHERE id = ?"),
            {position ? QVariant(position->x()) : QVariant(), position ? QVariant(position->y()) : QVariant(),
                id},
            error);
    return query.isActive() && query.numRowsAffected() == 1;
}

QHash<StakeholderId, QPointF> StakeholderStore::positions(AccountId accountId, QString *error) const
{
    QHash<StakeholderId, QPointF> result;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT id, map_x, map_y FROM stakeholder WHERE account_id = ? AND map_x IS NOT NULL"),
        {accountId}, error);
    while (query.next())
        result.insert(
            query.value(0).toLongLong(), QPointF(query.value(1).toDouble(), query.value(2).toDouble()));
    sql::readToEnd(query, error);
    return result;
}

bool StakeholderStore::lockPosition(StakeholderId id, std::optional<QPointF> *position, QString *error) const
{
    const QString lock = sql::isPostgres(m_db) ? QStringLiteral(" FOR NO KEY UPDATE") : QString();
    QSqlQuery query
        = sql::run(m_db, QStringLiteral("SELECT map_x, map_y FROM stakeholder WHERE id = ?%1").arg(lock), {id}, error);
    if (!query.next())
        return false;
    *position = query.isNull(0) || query.isNull(1)
        ? std::nullopt
        : std::optional(QPointF(query.value(0).toDouble(), query.value(1).toDouble()));
    sql::readToEnd(query, error);
    return true;
}

QList<StakeholderLink> StakeholderStore::links(AccountId accountId, QString *error) const
{
    QList<StakeholderLink> links;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT id, account_id, from_id, to_id, kind, label, version FROM stakeholder_link WHERE account_id = ? "
            "ORDER BY id"),
        {accountId}, error);
    while (query.next())
        links.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toLongLong(),
            linkKindFromKey(query.value(4).toString()).value_or(LinkKind::Influence),
            query.value(5).toString(), query.value(6).toLongLong()});
    sql::readToEnd(query, error);
    return links;
}

std::optional<StakeholderLinkId> StakeholderStore::insertLink(const StakeholderLink &link, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO stakeholder_link (id, account_id, from_id, to_id, kind, label) VALUES "
                       "(?, ?, ?, ?, ?, ?) RETURNING id"),
        {newId(link.id), link.accountId, link.from, link.to, keyOf(link.kind), link.label}, error);
    if (!query.isActive())
        return std::nullopt;
    return sql::returnedId(query);
}

bool StakeholderStore::removeLink(StakeholderLinkId id, QString *error)
{
    const QSqlQuery query
        = sql::run(m_db, QStringLiteral("DELETE FROM stakeholder_link WHERE id = ?"), {id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

QList<Touchpoint> StakeholderStore::touchpoints(AccountId accountId, QString *error) const
{
    sql::RowReader rows(m_db,
        selectTouchpoints + QStringLiteral(" WHERE t.account_id = ? ORDER BY t.happened_on, t.id, ts.stakeholder_id"),
        {accountId}, error);
    QList<Touchpoint> touchpoints = readTouchpoints(rows);
    sql::RowReader members(m_db,
        QStringLiteral("SELECT tm.touchpoint_id, tm.member_id FROM touchpoint_member tm JOIN touchpoint t ON "
                       "t.id = tm.touchpoint_id WHERE t.account_id = ? ORDER BY tm.touchpoint_id, tm.member_id"),
        {accountId}, error);
    attachMembers(touchpoints, members);
    return touchpoints;
}

QList<Touchpoint> StakeholderStore::allTouchpoints(QString *error) const
{
    sql::RowReader rows(m_db,
        selectTouchpoints + QStringLiteral(" ORDER BY t.account_id, t.happened_on, t.id, ts.stakeholder_id"), {}, error);
    QList<Touchpoint> touchpoints = readTouchpoints(rows);
    sql::RowReader members(m_db,
        QStringLiteral("SELECT touchpoint_id, member_id FROM touchpoint_member ORDER BY touchpoint_id, member_id"), {},
        error);
    attachMembers(touchpoints, members);
    return touchpoints;
}

std::optional<TouchpointId> StakeholderStore::insertTouchpoint(const Touchpoint &t, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO touchpoint (id, account_id, happened_on, kind, notes) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {newId(t.id), t.accountId, t.on.toString(Qt::ISODate), keyOf(t.kind), t.notes},
        error);
    if (!query.isActive())
        return std::nullopt;
    const TouchpointId id = sql::returnedId(query);
    for (const StakeholderId person : t.stakeholders) {
        if (!sql::run(m_db,
                QStringLiteral(
                    "INSERT INTO touchpoint_stakeholder (touchpoint_id, stakeholder_id) VALUES (?, ?)"),
                {id, person}, error)
                 .isActive())
            return std::nullopt;
    }
    for (const TeamMemberId member : t.ourMembers) {
        if (!sql::run(m_db, QStringLiteral("INSERT INTO touchpoint_member (touchpoint_id, member_id) VALUES (?, ?)"),
                {id, member}, error)
                 .isActive())
            return std::nullopt;
    }
    return id;
}

bool StakeholderStore::removeTouchpoint(TouchpointId id, QString *error)
{
    const QSqlQuery query
        = sql::run(m_db, QStringLiteral("DELETE FROM touchpoint WHERE id = ?"), {id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

QList<MapReview> StakeholderStore::reviews(AccountId accountId, QString *error) const
{
    QList<MapReview> reviews;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT id, account_id, reviewed_on, reviewer_id FROM map_review WHERE account_id = ? "
                       "ORDER BY reviewed_on, id"),
        {accountId}, error);
    while (query.next())
        reviews.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
            QDate::fromString(query.value(2).toString(), Qt::ISODate), optionalId(query.value(3))});
    sql::readToEnd(query, error);
    return reviews;
}

QHash<AccountId, QDate> StakeholderStore::latestReviews(QString *error) const
{
    QHash<AccountId, QDate> latest;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT account_id, MAX(reviewed_on) FROM map_review GROUP BY account_id"), {}, error);
    while (query.next())
        latest.insert(query.value(0).toLongLong(), QDate::fromString(query.value(1).toString(), Qt::ISODate));
    sql::readToEnd(query, error);
    return latest;
}

std::optional<qint64> StakeholderStore::insertReview(const MapReview &review, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO map_review (id, account_id, reviewed_on, reviewer_id) VALUES (?, ?, ?, ?) RETURNING id"),
        {newId(review.id), review.accountId, review.on.toString(Qt::ISODate), nullableId(review.reviewerId)},
        error);
    if (!query.isActive())
        return std::nullopt;
    return sql::returnedId(query);
}

bool StakeholderStore::removeReview(qint64 id, QString *error)
{
    const QSqlQuery query
        = sql::run(m_db, QStringLiteral("DELETE FROM map_review WHERE id = ?"), {id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

StakeholderStore::Removal StakeholderStore::removalOf(const Stakeholder &person, QString *error) const
{
    Removal removal;
    removal.person = person;
    const QList<StakeholderLink> all = links(person.accountId, error);
    for (const StakeholderLink &link : all) {
        if (link.from == person.id || link.to == person.id)
            removal.links.append(link);
    }
    QSqlQuery meetings = sql::run(m_db,
        QStringLiteral("SELECT touchpoint_id FROM touchpoint_stakeholder WHERE stakeholder_id = ? ORDER BY "
                       "touchpoint_id"),
        {person.id}, error);
    while (meetings.next())
        removal.touchpoints.append(meetings.value(0).toLongLong());
    sql::readToEnd(meetings, error);
    QSqlQuery reports = sql::run(m_db,
        QStringLiteral("SELECT id FROM stakeholder WHERE reports_to = ? ORDER BY id"), {person.id}, error);
    while (reports.next())
        removal.directReports.append(reports.value(0).toLongLong());
    sql::readToEnd(reports, error);
    return removal;
}

bool StakeholderStore::restore(const Removal &removal, QString *error)
{
    if (!insert(removal.person, error))
        return false;
    for (const StakeholderLink &link : removal.links) {
        if (!insertLink(link, error))
            return false;
    }
    for (const TouchpointId touchpoint : removal.touchpoints) {
        if (!sql::run(m_db,
                QStringLiteral(
                    "INSERT INTO touchpoint_stakeholder (touchpoint_id, stakeholder_id) VALUES (?, ?)"),
                {touchpoint, removal.person.id}, error)
                 .isActive())
            return false;
    }
    for (const StakeholderId report : removal.directReports) {
        if (!sql::run(m_db, QStringLiteral("UPDATE stakeholder SET reports_to = ? WHERE id = ?"),
                {removal.person.id, report}, error)
                 .isActive())
            return false;
    }
    return true;
}

bool StakeholderStore::insertMap(AccountId accountId, const AccountRecord &record, QString *error)
{
    if (record.stakeholders.isEmpty() && record.touchpoints.isEmpty() && record.reviews.isEmpty())
        return true;
    if (!sql::deferForeignKeys(m_db, error))
        return false;
    for (Stakeholder person : record.stakeholders) {
        person.accountId = accountId;
        if (!insert(person, error))
            return false;
    }
    for (StakeholderLink link : record.links) {
        link.accountId = accountId;
        if (!insertLink(link, error))
            return false;
    }
    for (Touchpoint touchpoint : record.touchpoints) {
        touchpoint.accountId = accountId;
        if (!insertTouchpoint(touchpoint, error))
            return false;
    }
    for (MapReview review : record.reviews) {
        review.accountId = accountId;
        if (!insertReview(review, error))
            return false;
    }
    return true;
}

std::optional<AccountId> StakeholderStore::accountOf(StakeholderId id) const
{
    const QVariant account = sql::scalar(m_db, QStringLiteral("SELECT account_id FROM stakeholder WHERE id = ?"), {id});
    return account.isValid() ? std::optional<AccountId>(account.toLongLong()) : std::nullopt;
}

} // namespace keyplan
