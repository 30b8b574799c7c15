#pragma once

#include "domain/account.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A play: a task with a reason (DOMAIN.md, "Health and signals") — who, by when, why (the
// evidence), steps. Rules fire them from what the plan shows; the user adds their own too.
namespace keyplan {

using PlayId = qint64;

enum class PlayStatus { Open, Snoozed, Done, Dismissed, Resolved };
inline constexpr PlayStatus allPlayStatuses[] {
    PlayStatus::Open, PlayStatus::Snoozed, PlayStatus::Done, PlayStatus::Dismissed, PlayStatus::Resolved};
QString keyOf(PlayStatus status);
QString displayName(PlayStatus status);
std::optional<PlayStatus> playStatusFromKey(const QString &key);

struct PlayStep
{
    QString text;
    bool done = false;

    bool operator==(const PlayStep &) const = default;
};

struct Play
{
    PlayId id = 0;
    AccountId accountId = 0; // 0: about the portfolio (an owner's load)
    QString rule; // the rule's key; empty for a play the user added
    QString subject; // what it is about within the account ("stakeholder:12"); empty: the account
    QString title;
    QString why; // the evidence: "Helen Marsh, Champion, left on 12 Nov 2026"
    std::optional<TeamMemberId> ownerId;
    QDate createdOn;
    QDate dueOn;
    PlayStatus status = PlayStatus::Open;
    QDate snoozedUntil; // a snoozed play is due again on this day
    QString reason; // why it was snoozed or dismissed
    QDate closedOn; // done, dismissed or resolved
    QDate clearedOn; // a done or dismissed play's condition cleared: the rule may fire again
    QList<PlayStep> steps;
    qint64 version = 1;

    bool isManual() const { return rule.isEmpty(); }
    // Open, or snoozed: the one play of its rule and subject that is still alive.
    bool isAlive() const { return status == PlayStatus::Open || status == PlayStatus::Snoozed; }
    // What needs the user on `today`: open, or snoozed until today or before.
    bool isActionable(const QDate &today) const;
    bool operator==(const Play &) const = default;
};

// A rule's finding: the play it asks for.
struct Signal
{
    AccountId accountId = 0;
    QString rule;
    QString subject;
    QString title;
    QString why;
    int dueInDays = 7;

    bool operator==(const Signal &) const = default;
};

// An alive play's title and evidence as its rule words them now: a fact changed, or the user reads
// Keyplan in another language than when the play opened (a rule's play is never retitled by hand).
struct PlayWording
{
    PlayId id = 0;
    QString title;
    QString why;

    bool operator==(const PlayWording &) const = default;
};

// What evaluating one account (or the portfolio) does to its plays.
struct PlayChanges
{
    QList<Signal> toOpen; // new plays
    QList<PlayId> toResolve; // alive plays whose condition cleared: closed as resolved, today
    QList<PlayId> toMarkCleared; // done or dismissed plays whose condition cleared: may fire again
    QList<PlayWording> newWording; // alive plays whose title or why reads differently now

    bool isEmpty() const
    {
        return toOpen.isEmpty() && toResolve.isEmpty() && toMarkCleared.isEmpty() && newWording.isEmpty();
    }
};

// One play per account, rule and subject: a signal with an alive play refreshes its wording; with
// a done or dismissed play whose condition never cleared since, it stays quiet; otherwise it opens
// a play. A rule's play whose signal is gone is resolved (alive) or marked cleared (done,
// dismissed). `rulesEvaluated`: the rules that were asked (a switched-off rule's plays are left
// alone). Manual plays are never touched.
PlayChanges reconcilePlays(
    const QList<Play> &plays, const QList<Signal> &fired, const QStringList &rulesEvaluated);

} // namespace keyplan
