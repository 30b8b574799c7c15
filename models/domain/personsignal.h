#pragma once

#include "domain/stakeholder.h"

#include <QDate>
#include <QString>

// What an import noticed about a person that the user should look at: a LinkedIn export that
// shows them at another company (they may have left). Open until the user decides.
namespace keyplan {

struct PersonSignal
{
    qint64 id = 0;
    StakeholderId person = 0;
    QString evidence; // "LinkedIn (Connections.csv, line 6) shows Erik Lindqvist at ..."
    QString source; // "linkedin"
    QDate noticedOn;

    bool operator==(const PersonSignal &) const = default;
};

} // namespace keyplan
