#pragma once

#include "domain/play.h"
#include "storage/playstore.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace keyplan {

class PlanDocument;

// Editing plays: snoozing, finishing, dismissing and reopening them, ticking their steps, adding
// the user's own, and the playbooks new plays start from: the undo commands and the write
// primitives they call. One per document (of() makes it on first use, as the document's child).
// Every write, the user's or the evaluator's, announces itself through playsChanged().
class PlayEditing final : public QObject
{
    Q_OBJECT

public:
    static PlayEditing *of(PlanDocument *document);
    PlanDocument *document() const { return m_document; }

    QList<Play> plays(AccountId id) const; // 0: the portfolio's; newest first
    QHash<AccountId, QList<Play>> allPlays() const;
    std::optional<Play> play(PlayId id) const;
    // The steps a rule's new plays start with: the user's playbook, else Keyplan's.
    QStringList playbook(const QString &rule) const;
    QHash<QString, QStringList> playbooks() const; // only those the user changed

    // Through the undo stack; a refused edit is reported through the document's writeFailed.
    // `readVersion`: the play's version as the user saw it (nothing: as it is now); a change by
    // someone else since, or by another window's evaluator, is a conflict.
    void snooze(PlayId id, const QDate &until, const QString &reason, std::optional<qint64> readVersion = std::nullopt); // until: after today
    void markDone(PlayId id, std::optional<qint64> readVersion = std::nullopt);
    void dismiss(PlayId id, const QString &reason, std::optional<qint64> readVersion = std::nullopt); // a reason is required
    void reopen(PlayId id, std::optional<qint64> readVersion = std::nullopt); // a snoozed, done or dismissed play is open again
    void setStepDone(PlayId id, int step, bool done, std::optional<qint64> readVersion = std::nullopt);
    void setOwner(PlayId id, std::optional<TeamMemberId> owner, std::optional<qint64> readVersion = std::nullopt);
    // The user's own play: a title, a due day, an account (0: about the portfolio), optional steps.
    void addPlay(const Play &play);
    // The user's own only: a rule's play is dismissed instead. `readVersion`: as the user saw it; a
    // change by someone else since is a conflict.
    void removePlay(PlayId id, std::optional<qint64> readVersion = std::nullopt);
    // Replaces a rule's playbook (empty: back to Keyplan's steps).
    void setPlaybook(const QString &rule, const QStringList &steps);

Q_SIGNALS:
    void playsChanged(keyplan::AccountId account);
    void playbooksChanged();

private:
    explicit PlayEditing(PlanDocument *document);
    // Runs one write in a transaction and announces it for `account`; false (reported) when refused.
    bool write(AccountId account, const QString &what, const std::function<bool(PlayStore &store, QString *error)> &change);
    // The same for several accounts at once (the evaluator), announcing each.
    bool writeMany(const QList<AccountId> &accounts, const QString &what,
        const std::function<bool(PlayStore &store, QString *error)> &change);
    // Replaces the play as `change` makes it, as one undo step named `text`.
    void change(PlayId id, const QString &text, const std::function<void(Play &play)> &edit,
        std::optional<qint64> readVersion);

    PlanDocument *m_document;
};

} // namespace keyplan
