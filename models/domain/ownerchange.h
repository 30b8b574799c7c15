#pragma once

#include "domain/account.h"

#include <QDate>

#include <optional>

namespace keyplan {

// The day an account changed hands on our side: the handover play starts from it.
struct OwnerChange
{
    qint64 id = 0;
    AccountId accountId = 0;
    QDate on;
    std::optional<TeamMemberId> from;
    std::optional<TeamMemberId> to;
    qint64 version = 1;

    bool operator==(const OwnerChange &) const = default;
};

} // namespace keyplan
