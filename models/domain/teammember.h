#pragma once

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
};

} // namespace keyplan
