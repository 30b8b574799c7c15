#pragma once

#include "domain/teammember.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace keyplan {

// The SQL for the people on our side. Callers own the transaction.
class TeamStore
{
public:
    explicit TeamStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    QList<TeamMember> all(QString *error = nullptr) const; // by name
    std::optional<qint64> insert(const TeamMember &member, QString *error = nullptr);
    // The day they left the team (invalid: back on it).
    bool setLeftOn(qint64 id, const QDate &day, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace keyplan
