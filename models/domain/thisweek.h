#pragma once

#include "domain/accountrecord.h"
#include "domain/cadence.h"
#include "domain/money.h"
#include "domain/play.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// This Week: what needs the account manager now, across the key accounts — plays due and
// overdue, renewals within 90 days, next steps due, QBRs due, key stakeholders due a touchpoint —
// grouped by account, the most urgent first and, as urgent, the most ARR at stake first.
namespace keyplan {

enum class WeekItemKind { Play, Renewal, NextStep, Qbr, Touchpoint };

enum class Urgency { Overdue, Today, ThisWeek, Coming }; // coming: a renewal further off

struct WeekItem
{
    WeekItemKind kind = WeekItemKind::Play;
    AccountId accountId = 0;
    qint64 reference = 0; // the play, next step or stakeholder; 0 for a renewal or a QBR
    QString title; // "Re-thread the account", "Renewal", "Send the pilot results"
    QString detail; // the evidence, the last contact, ...
    QDate due; // invalid: never done (a QBR never held, a person never contacted): due now
    std::optional<TeamMemberId> ownerId; // the play's owner, else the account's
    qint64 version = 0; // a play's version as read (what the user's answer to it goes over)

    Urgency urgency(const QDate &today) const;
    bool operator==(const WeekItem &) const = default;
};

struct WeekAccount
{
    AccountId id = 0;
    QString name;
    std::optional<MinorUnits> arrAtStake; // in the reporting currency; nothing without a rate
    QList<WeekItem> items; // the most urgent first

    bool operator==(const WeekAccount &) const = default;
};

// One key account's part of the week: its record, its plays, and its ARR in the reporting currency.
struct WeekAccountInput
{
    const AccountRecord *record = nullptr;
    QList<Play> plays;
    std::optional<MinorUnits> arrReporting;
};

struct WeekOptions
{
    QDate today;
    int horizonDays = 7; // "this week": due within this many days
    int renewalWithinDays = 90;
    std::optional<TeamMemberId> owner; // only what this person owns ("mine")
};

QList<WeekAccount> buildThisWeek(
    const QList<WeekAccountInput> &accounts, const CadenceSettings &cadence, const WeekOptions &options);

} // namespace keyplan
