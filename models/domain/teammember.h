#pragma once

#include <QDate>
#include <QString>

#include <QtGlobal>

namespace keyplan {

// A person on our side: owns accounts and, later, stakeholder relationships.
struct TeamMember
{
    qint64 id = 0;
    QString name;
    QString email;
    QString role;
    QDate leftOn; // invalid while they are on the team

    bool hasLeft() const { return leftOn.isValid(); }
};

} // namespace keyplan
