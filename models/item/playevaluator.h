#pragma once

#include "domain/accounthealth.h"
#include "domain/accountrecord.h"
#include "domain/play.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace keyplan {

class PlanDocument;

// Keeps a plan's plays and health history up to date: when it is started (the plan has opened) it
// evaluates every account, and after every edit the accounts that edit touched (a change of
// settings or team: all of them again). What it finds is written outside the undo stack, in one
// transaction per pass: new plays, plays resolved with the day their condition cleared, fresh
// evidence, and a snapshot of each score that changed. A read-only plan is left as it is.
//
// Edits are gathered and evaluated once control returns to the event loop, so a macro of many
// edits is one pass. PlayEditing::playsChanged and HealthEditing::healthChanged announce the result.
class PlayEvaluator final : public QObject
{
    Q_OBJECT

public:
    // One per document (of() makes it, as the document's child, and starts listening).
    static PlayEvaluator *of(PlanDocument *document);

    // Evaluates now: every account (and the portfolio's rules), or the given ones.
    void evaluateAll();
    void evaluate(const QList<AccountId> &accounts);
    // Evaluates what edits have touched so far without waiting for the event loop.
    void flush();

    // What the last passes found, for the portfolio's Health and Flags columns and the account
    // header: each key account's health card and trend, and its plays still alive (newest first).
    std::optional<AccountHealth> health(AccountId id) const;
    QList<Play> alivePlays(AccountId id) const;
    // The last pass's card of the account, or (before any pass, or for an account not key) one
    // computed now.
    AccountHealth healthNow(AccountId id) const;
    // Every key account's record as the last passes read it (with its living plan and plays as
    // they are now), for This Week; complete once evaluateAll() has run, empty before.
    bool hasEvaluated() const { return m_evaluated; }
    const QHash<AccountId, AccountRecord> &records() const { return m_records; }

Q_SIGNALS:
    void evaluated(); // after every pass, whether or not it changed anything

private:
    explicit PlayEvaluator(PlanDocument *document);
    void touch(AccountId account);
    void touchAll();
    void touchPortfolio();
    void schedule();
    // One pass over `records` (each with its living plan), and the portfolio's rules when asked.
    void run(const QList<AccountRecord> &records, bool portfolio);

    PlanDocument *m_document;
    QSet<AccountId> m_pending;
    bool m_pendingAll = false;
    bool m_pendingPortfolio = false;
    bool m_scheduled = false;
    bool m_applying = false; // our own writes announce themselves: not edits to evaluate
    // What the portfolio's rules read of each account: an edit that leaves it alone (most do)
    // does not re-run them.
    struct Load
    {
        bool isKey = false;
        std::optional<TeamMemberId> owner;
        int segment = 0;
        bool operator==(const Load &) const = default;
    };
    QHash<AccountId, Load> m_loads;
    void noteLoads(const QList<Account> &accounts);
    QHash<AccountId, AccountHealth> m_health;
    QHash<AccountId, QList<Play>> m_alive;
    QHash<AccountId, AccountRecord> m_records; // key accounts
    bool m_evaluated = false;
};

} // namespace keyplan
