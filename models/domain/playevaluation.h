#pragma once

#include "domain/accounthealth.h"
#include "domain/accountrecord.h"
#include "domain/livingplansettings.h"
#include "domain/play.h"
#include "domain/teammember.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

// One pass of the living plan over an account or the portfolio: its health card, the signals its
// rules fire and what they do to its plays. Pure: the window applies the result to the plan (the
// play evaluator), `keyplan plays` to the plays it lists.
namespace keyplan {

struct AccountEvaluation
{
    AccountId accountId = 0;
    AccountHealth health;
    PlayChanges changes; // against record.plays
};

// The account's health and plays (its record's, with its living plan). Only key accounts fire
// rules; any other account's alive rule plays resolve (it left the key accounts).
AccountEvaluation evaluateAccountPlays(const AccountRecord &record, const LivingPlanSettings &settings,
    const CoverageSettings &coverage, const QList<TeamMember> &team, const QDate &today);

// The portfolio's rules (an owner's load of key accounts) against the plays about the portfolio.
PlayChanges evaluatePortfolioPlays(const QList<Account> &accounts, const QList<Play> &portfolioPlays,
    const LivingPlanSettings &settings, const QList<TeamMember> &team);

// The rows `changes` makes of `plays`: new plays (id 0) owned by `owner`, due their rule's days
// from today, with the steps `playbook` gives; resolved, cleared and re-evidenced ones updated.
// Only the plays that change are returned.
QList<Play> playsAfter(const QList<Play> &plays, const PlayChanges &changes, AccountId account,
    std::optional<TeamMemberId> owner, const QDate &today, const std::function<QStringList(const QString &rule)> &playbook);

} // namespace keyplan
