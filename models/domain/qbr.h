#pragma once

#include "domain/account.h"
#include "domain/opportunity.h"
#include "domain/qbrsnapshot.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// What a quarterly business review (QBR) is made of (DOMAIN.md, "QBR summary"): the value we
// delivered in the customer's terms, the risks with their remediation, the next steps with owners
// and dates, and the reviews themselves: one being prepared, and those held, each with a snapshot
// of the account so the next one can say what changed.
namespace keyplan {

using ValueOutcomeId = qint64;
using RiskId = qint64;
using NextStepId = qint64;
using QbrId = qint64;

// A result the customer can measure: "hours spent on rotas each month, 320 → 90 hours".
struct ValueOutcome
{
    ValueOutcomeId id = 0;
    AccountId accountId = 0;
    QDate achievedOn;
    QString metric;
    double before = 0;
    double after = 0;
    QString unit; // "hours a month", "£ a year", "%"
    QString note;
    std::optional<qint64> goalId; // the customer's goal it delivered against
    qint64 version = 1;

    bool operator==(const ValueOutcome &) const = default;
};

// The change from before to after as a fraction of before (-0.72 for a 72% cut); nothing when
// there was nothing before.
std::optional<double> relativeChange(const ValueOutcome &outcome);
// The change as a reader expects it: a measure in percent moves in points ("−0.9 pts" from 11.8%
// to 10.9%), anything else by its relative change ("+25.0%"); "–" when there is none.
QString outcomeChangeText(const ValueOutcome &outcome, const QLocale &locale);
bool isPercentUnit(const QString &unit);

enum class RiskSeverity { Low, Medium, High };
enum class RiskStatus { Open, Mitigating, Closed };

struct Risk
{
    RiskId id = 0;
    AccountId accountId = 0;
    QString title;
    RiskSeverity severity = RiskSeverity::Medium;
    RiskStatus status = RiskStatus::Open;
    QString remediation; // the plan to fix it
    std::optional<TeamMemberId> ownerId; // who on our side drives the remediation
    QDate raisedOn;
    QDate dueOn; // when the remediation should be done; invalid: no date
    qint64 version = 1;

    bool isOpen() const { return status != RiskStatus::Closed; }
    bool operator==(const Risk &) const = default;
};

// An agreed action: who does what by when. The owner may be on either side, so it is a name.
struct NextStep
{
    NextStepId id = 0;
    AccountId accountId = 0;
    QString action;
    QString owner;
    QDate dueOn;
    bool done = false;
    qint64 version = 1;

    bool operator==(const NextStep &) const = default;
};

// The sections of the summary, in the order they print.
enum class QbrSection { Cover, Value, Relationship, Revenue, Growth, Risks, Changes };
inline constexpr int qbrSectionCount = 7;
inline constexpr QbrSection allQbrSections[]
    = {QbrSection::Cover, QbrSection::Value, QbrSection::Relationship, QbrSection::Revenue,
        QbrSection::Growth, QbrSection::Risks, QbrSection::Changes};

struct QbrSectionChoice
{
    bool included = true;
    QString remark; // the user's words under the section's title
    bool remarkInternal = false; // for us only: printed in the internal edition, never the customer's
    bool operator==(const QbrSectionChoice &) const = default;
};

// One review of one account: the one being prepared (not held yet) keeps the user's choices; a
// held one also keeps the snapshot the next review compares against.
struct Qbr
{
    QbrId id = 0;
    AccountId accountId = 0;
    QDate periodStart;
    QDate periodEnd;
    QDate heldOn; // invalid while in preparation
    QString ourTeam; // "Priya Shah, Tom Whitaker"
    QString attendees; // theirs
    std::array<QbrSectionChoice, qbrSectionCount> sections {};
    QList<OpportunityId> chosenOpportunities; // the one or two expansion plays to present
    std::optional<QbrSnapshot> snapshot; // held reviews only
    qint64 version = 1;

    bool isHeld() const { return heldOn.isValid(); }
    QbrSectionChoice &section(QbrSection s) { return sections[std::size_t(s)]; }
    const QbrSectionChoice &section(QbrSection s) const { return sections[std::size_t(s)]; }
    bool operator==(const Qbr &) const = default;
};

// How many expansion opportunities a QBR presents at most: one or two, never a catalogue.
inline constexpr int qbrOpportunityLimit = 2;

// The opportunities a review presents when the user chose none: the open ones with the largest
// weighted amount (then the nearest close), at most qbrOpportunityLimit.
QList<OpportunityId> suggestedQbrOpportunities(const QList<Opportunity> &opportunities);

// The period a new review covers: from the day after the last held review (or three months back)
// to `today` (to that day after, when the last review was held today).
std::pair<QDate, QDate> defaultQbrPeriod(const QList<Qbr> &reviews, const QDate &today);

// The latest held review before `day` (its snapshot is what "what changed" compares with).
std::optional<Qbr> lastHeldBefore(const QList<Qbr> &reviews, const QDate &day);

QString keyOf(RiskSeverity severity);
QString keyOf(RiskStatus status);
QString keyOf(QbrSection section);
QString displayName(RiskSeverity severity);
QString displayName(RiskStatus status);
QString displayName(QbrSection section); // the section's title on paper
std::optional<RiskSeverity> riskSeverityFromKey(const QString &key);
std::optional<RiskStatus> riskStatusFromKey(const QString &key);
std::optional<QbrSection> qbrSectionFromKey(const QString &key);

inline constexpr RiskSeverity allRiskSeverities[]
    = {RiskSeverity::Low, RiskSeverity::Medium, RiskSeverity::High};
inline constexpr RiskStatus allRiskStatuses[]
    = {RiskStatus::Open, RiskStatus::Mitigating, RiskStatus::Closed};

} // namespace keyplan
