#include "storage/teamstore.h"

#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace keyplan {

QList<TeamMember> TeamStore::all(QString *error) const
{
    QList<TeamMember> members;
    QSqlQuery query = sql::run(
        m_db, QStringLiteral("SELECT id, name, email, role, left_on FROM team_member ORDER BY name, id"), {}, error);
    while (query.next())
        members.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), QDate::fromString(query.value(4).toString(), Qt::ISODate)});
    sql::readToEnd(query, error);
    return members;
}

std::optional<qint64> TeamStore::insert(const TeamMember &member, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO team_member (id, name, email, role, left_on) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {member.id > 0 ? QVariant(member.id) : QVariant(QMetaType::fromType<qint64>()), member.name,
            member.email, member.role, sql::nullableDate(member.leftOn)},
        error);
    if (!query.isActive())
        return std::nullopt;
    return sql::returnedId(query);
}

bool TeamStore::setLeftOn(qint64 id, const QDate &day, QString *error)
{
    const QSqlQuery query = sql::run(
        m_db, QStringLiteral("UPDATE team_member SET left_on = ? WHERE id = ?"), {sql::nullableDate(day), id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

bool TeamStore::remove(qint64 id, QString *error)
{
    const QSqlQuery query
        = sql::run(m_db, QStringLiteral("DELETE FROM team_member WHERE id = ?"), {id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

} // namespace keyplan
