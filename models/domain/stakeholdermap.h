#pragma once

#include "domain/coverage.h"
#include "domain/personsignal.h"
#include "domain/stakeholder.h"
#include "domain/touchpoint.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// Everything one account's stakeholder map shows, read at once: on screen, on paper and by
// `keyplan export-map` alike.
namespace keyplan {

struct StakeholderMapData
{
    AccountId accountId = 0;
    QString accountName;
    QString planName; // who the map belongs to: "Shiftwise key accounts"
    QDate asOf; // the day recency and coverage are measured on
    QList<Stakeholder> people; // current and departed
    QList<StakeholderLink> links;
    QHash<StakeholderId, QDate> lastContacts;
    QHash<TeamMemberId, QString> team; // our people, by id
    Coverage coverage;
    CoverageSettings settings;
    QDate lastReview; // invalid: never reviewed
    // What an import noticed and the user has not settled yet: people who may have left.
    QHash<StakeholderId, PersonSignal> mayHaveLeft;

    const Stakeholder *person(StakeholderId id) const
    {
        for (const Stakeholder &p : people) {
            if (p.id == id)
                return &p;
        }
        return nullptr;
    }
};

// The layer of the map (0 = top) where a required seat's placeholder belongs when it is empty.
inline int seatLayer(const QString &seat)
{
    if (seat == QLatin1String("executive_sponsor"))
        return 0;
    if (seat == QLatin1String("economic_buyer") || seat == QLatin1String("decision_maker"))
        return 1;
    return 2;
}

} // namespace keyplan
