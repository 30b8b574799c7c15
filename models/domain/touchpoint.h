#pragma once

#include "domain/stakeholder.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace keyplan {

using TouchpointId = qint64;

enum class TouchpointKind { Meeting, Call, Email, Qbr, Event };

// One contact with the customer: when, with whom, who on our side, how, and a line of notes.
// Last contact and "active" are computed from these, never typed.
struct Touchpoint
{
    TouchpointId id = 0;
    AccountId accountId = 0;
    QDate on;
    QList<StakeholderId> stakeholders;
    QList<TeamMemberId> ourMembers; // every one of ours who was there
    TouchpointKind kind = TouchpointKind::Meeting;
    QString notes;
    qint64 version = 1; // as read
};

// A review of an account's stakeholder map: a map not reviewed in six months is stale.
struct MapReview
{
    qint64 id = 0;
    AccountId accountId = 0;
    QDate on;
    std::optional<TeamMemberId> reviewerId;
};

QString keyOf(TouchpointKind kind);
QString displayName(TouchpointKind kind);
std::optional<TouchpointKind> touchpointKindFromKey(const QString &key);
inline constexpr TouchpointKind allTouchpointKinds[] = {TouchpointKind::Meeting, TouchpointKind::Call,
    TouchpointKind::Email, TouchpointKind::Qbr, TouchpointKind::Event};

} // namespace keyplan
