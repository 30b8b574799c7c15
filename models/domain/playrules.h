#pragma once

#include "domain/accountrecord.h"
#include "domain/cadence.h"
#include "domain/coverage.h"
#include "domain/goal.h"
#include "domain/metricseries.h"
#include "domain/play.h"
#include "domain/teammember.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The built-in rules that turn what a plan shows into plays (DOMAIN.md, "Health and signals").
// Each can be switched off and has parameters the user sets; each names its evidence.
namespace keyplan {

enum class PlayRule {
    ChampionLeft, // champion or sponsor left the company -> re-thread the account
    ThinCoverage, // single-threaded or coverage under target -> fill the empty seats
    KeyStakeholderQuiet, // a key stakeholder not contacted within the tier's cadence
    MapStale, // map not reviewed in six months
    RenewalAtRisk, // renewal within 90 days with health below 6
    RenewalWithoutQbr, // renewal within 120 days and no QBR held this quarter
    QbrOverdue, // no QBR within the tier's cadence
    StageRegression, // the stage went back
    NewExecutive, // a new executive on the map -> get introduced early
    UsageDown, // a usage metric down two periods running
    HealthLow, // health below 6 -> risk review
    OwnerChanged, // the account changed hands -> handover
    OwnerLeftTeam, // one of ours who owns relationships left the team -> re-own them
    OpportunityOverdue, // an open opportunity past its close date
    EffortMismatch, // effort out of proportion to the stage
    OwnerOverloaded, // more key accounts than the segment's guideline -> rebalance
};
inline constexpr std::size_t playRuleCount = 16;

struct RuleParameter
{
    const char *key;
    const char *label; // source text for QCoreApplication::translate("PlayRule", ...)
    int value;
};

struct RuleDefinition
{
    PlayRule rule;
    const char *key;
    const char *name; // translatable
    const char *title; // the play's title, translatable; %1: the subject's name where it has one
    int dueInDays;
    QList<RuleParameter> parameters;
    QList<const char *> playbook; // default steps, translatable source texts
};

const QList<RuleDefinition> &ruleDefinitions();
const RuleDefinition &definitionOf(PlayRule rule);
QString keyOf(PlayRule rule);
QString displayName(PlayRule rule);
std::optional<PlayRule> playRuleFromKey(const QString &key);

// The user's choices: which rules run, and their parameters (by key; missing ones default).
struct RuleSettings
{
    QHash<QString, bool> enabled; // by rule key; missing: on
    QHash<QString, int> parameters; // "rule.parameter" -> value

    bool isEnabled(PlayRule rule) const;
    int parameter(PlayRule rule, const char *key) const;
    // Only what differs from the defaults: two settings that behave alike compare equal.
    RuleSettings normalised() const;
    bool operator==(const RuleSettings &) const = default;
};

// What the rules look at for one account, beyond its record.
struct PlayContext
{
    const AccountRecord *record = nullptr; // with its goals, metrics and owner changes
    std::optional<double> health; // the scorecard's score today
    QHash<TeamMemberId, QString> team; // names of our people
    QHash<TeamMemberId, QDate> leftTeam; // those of ours who left, and when
};

// Every enabled rule on one account. Only key accounts are evaluated.
QList<Signal> evaluateAccount(const PlayContext &context, const RuleSettings &settings,
    const CadenceSettings &cadence, const CoverageSettings &coverage, const QDate &today);

// Portfolio rules (an owner's load), over every account.
struct OwnerLoad
{
    TeamMemberId owner = 0;
    QString name;
    int enterprise = 0; // key accounts by segment
    int midMarket = 0;
};
QList<Signal> evaluatePortfolio(const QList<OwnerLoad> &loads, const RuleSettings &settings);

// The rules evaluateAccount() asks, and evaluatePortfolio(): a switched-off rule's plays are left
// as they are.
QStringList accountRulesEvaluated(const RuleSettings &settings);
QStringList portfolioRulesEvaluated(const RuleSettings &settings);

// Subjects: "stakeholder:12", "opportunity:7", "metric:3", "member:2", "stage:40", "owner:5",
// "renewal:2027-01-07".
QString subjectKey(const char *kind, qint64 id);

} // namespace keyplan
