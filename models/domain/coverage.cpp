#include "domain/coverage.h"

namespace keyplan {

std::optional<double> Coverage::depth() const
{
    if (relevant == 0)
        return std::nullopt;
    return double(active) / double(relevant);
}

std::optional<double> Coverage::companyOwnedShare() const
{
    if (relevant == 0)
        return std::nullopt;
    return double(companyOwned) / double(relevant);
}

QHash<StakeholderId, QDate> lastContacts(const QList<Touchpoint> &touchpoints)
{
    QHash<StakeholderId, QDate> latest;
    for (const Touchpoint &touchpoint : touchpoints) {
        for (const StakeholderId id : touchpoint.stakeholders) {
            QDate &date = latest[id];
            if (!date.isValid() || touchpoint.on > date)
                date = touchpoint.on;
        }
    }
    return latest;
}

std::optional<int> daysSinceContact(
    const QHash<StakeholderId, QDate> &contacts, StakeholderId id, const QDate &today)
{
    const QDate last = contacts.value(id);
    if (!last.isValid())
        return std::nullopt;
    return int(last.daysTo(today));
}

bool isRelevant(const Stakeholder &stakeholder)
{
    return !stakeholder.hasLeft() && stakeholder.layer != BuyingLayer::Other;
}

bool isActive(const Stakeholder &stakeholder, const QHash<StakeholderId, QDate> &contacts, const QDate &today,
    const CoverageSettings &settings)
{
    if (stakeholder.hasLeft())
        return false;
    if (stakeholder.relationship != Relationship::Warm && stakeholder.relationship != Relationship::Strong)
        return false;
    const std::optional<int> days = daysSinceContact(contacts, stakeholder.id, today);
    return days && *days >= 0 && *days <= settings.activeWithinDays;
}

bool fillsSeat(const Stakeholder &stakeholder, const QString &seat)
{
    if (stakeholder.hasLeft())
        return false;
    return keyOf(stakeholder.layer) == seat || keyOf(stakeholder.role) == seat;
}

Coverage computeCoverage(const QList<Stakeholder> &stakeholders, const QList<Touchpoint> &touchpoints,
    const QDate &lastReview, const QDate &today, const CoverageSettings &settings)
{
    Coverage coverage;
    const QHash<StakeholderId, QDate> contacts = lastContacts(touchpoints);
    for (const Stakeholder &stakeholder : stakeholders) {
        if (!isRelevant(stakeholder))
            continue;
        ++coverage.relevant;
        const bool owned = stakeholder.ourOwnerId.has_value();
        coverage.companyOwned += owned ? 1 : 0;
        coverage.active += owned && isActive(stakeholder, contacts, today, settings) ? 1 : 0;
    }
    coverage.singleThreaded = coverage.active <= settings.singleThreadedAtMost;
    for (const QString &seat : settings.requiredSeats) {
        const bool filled = std::any_of(stakeholders.cbegin(), stakeholders.cend(),
            [&seat](const Stakeholder &stakeholder) { return fillsSeat(stakeholder, seat); });
        if (!filled)
            coverage.emptySeats.append(seat);
    }
    if (lastReview.isValid()) {
        coverage.daysSinceReview = int(lastReview.daysTo(today));
        coverage.stale = *coverage.daysSinceReview > settings.staleAfterDays;
    }
    return coverage;
}

QString seatName(const QString &seat)
{
    if (const std::optional<BuyingLayer> layer = buyingLayerFromKey(seat))
        return displayName(*layer);
    if (const std::optional<DecisionRole> role = decisionRoleFromKey(seat))
        return displayName(*role);
    return seat;
}

} // namespace keyplan
