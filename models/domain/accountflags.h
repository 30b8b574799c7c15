#pragma once

#include "domain/account.h"
#include "domain/coverage.h"

#include <QDate>
#include <QStringList>

#include <optional>

// The short flags an account carries in the portfolio table and the printed summary: "Fix first",
// "Single-threaded", "Renews in 22 d", "Low coverage", "2 empty seats", "Stale map".
namespace keyplan {

inline constexpr int renewalSoonDays = 90;

QStringList accountFlags(const Account &account, const Coverage &coverage, std::optional<double> health,
    const CoverageSettings &settings, const QDate &today);

} // namespace keyplan
