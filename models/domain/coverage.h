#pragma once

#include "domain/stakeholder.h"
#include "domain/touchpoint.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

// How well the company covers an account's buying group (DOMAIN.md, "Stakeholder map").
//
// - A stakeholder is *relevant* while at the company and in the buying group (any layer but
//   "other").
// - A relationship is *active* when it is warm or strong and the person was contacted within
//   `activeWithinDays`; it is *owned by the company* when someone on our side owns it.
// - Coverage depth = relevant people with an active, company-owned relationship ÷ relevant people.
// - Company-owned share = relevant people whose relationship someone on our side owns ÷ relevant.
// - Single-threaded: at most `singleThreadedAtMost` active company-owned relationships carry the
//   account.
// - A required seat (a buying layer or a decision role, by key) that no current stakeholder fills
//   is an empty seat.
// - The map is stale when it was never reviewed or not within `staleAfterDays`.
namespace keyplan {

struct CoverageSettings
{
    int activeWithinDays = 90;
    int singleThreadedAtMost = 2;
    int staleAfterDays = 182; // six months
    double targetLow = 0.60;
    double targetHigh = 0.70;
    QStringList requiredSeats {QStringLiteral("executive_sponsor"), QStringLiteral("economic_buyer"),
        QStringLiteral("champion"), QStringLiteral("decision_maker")};

    bool operator==(const CoverageSettings &) const = default;
};

struct Coverage
{
    int relevant = 0;
    int active = 0; // active and owned by the company
    int companyOwned = 0; // owned by someone on our side, however warm
    bool singleThreaded = false;
    QStringList emptySeats; // keys, in the order of the required seats
    std::optional<int> daysSinceReview;
    bool stale = true;

    std::optional<double> depth() const;
    std::optional<double> companyOwnedShare() const;
};

// The latest touchpoint date per stakeholder.
QHash<StakeholderId, QDate> lastContacts(const QList<Touchpoint> &touchpoints);

// Days from the last contact to `today`; nothing when there was none.
std::optional<int> daysSinceContact(
    const QHash<StakeholderId, QDate> &contacts, StakeholderId id, const QDate &today);

bool isRelevant(const Stakeholder &stakeholder);
bool isActive(const Stakeholder &stakeholder, const QHash<StakeholderId, QDate> &contacts, const QDate &today,
    const CoverageSettings &settings);
// True when the stakeholder holds the seat (a buying layer or a decision role key).
bool fillsSeat(const Stakeholder &stakeholder, const QString &seat);

Coverage computeCoverage(const QList<Stakeholder> &stakeholders, const QList<Touchpoint> &touchpoints,
    const QDate &lastReview, const QDate &today, const CoverageSettings &settings = {});

// The translated name of a seat key ("champion" -> "Champion").
QString seatName(const QString &seat);

} // namespace keyplan
