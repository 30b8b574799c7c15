#include "item/playediting.h"

#include "domain/dayformat.h"
#include "domain/playrules.h"
#include "item/plandocument.h"
#include "item/writecommand.h"
#include "storage/plandatabase.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace keyplan {

PlayEditing::PlayEditing(PlanDocument *document)
    : QObject(document)
    , m_document(document)
{
    setObjectName(QStringLiteral("playEditing"));
}

PlayEditing *PlayEditing::of(PlanDocument *document)
{
    if (auto *existing = document->findChild<PlayEditing *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new PlayEditing(document);
}

QList<Play> PlayEditing::plays(AccountId id) const
{
    return PlayStore(m_document->database().connection()).forAccount(id);
}

QHash<AccountId, QList<Play>> PlayEditing::allPlays() const
{
    return PlayStore(m_document->database().connection()).all();
}

std::optional<Play> PlayEditing::play(PlayId id) const
{
    return PlayStore(m_document->database().connection()).find(id);
}

QHash<QString, QStringList> PlayEditing::playbooks() const
{
    return PlayStore(m_document->database().connection()).playbooks();
}

QStringList PlayEditing::playbook(const QString &rule) const
{
    const QStringList own = playbooks().value(rule);
    if (!own.isEmpty())
        return own;
    QStringList steps;
    if (const std::optional<PlayRule> known = playRuleFromKey(rule)) {
        for (const char *step : definitionOf(*known).playbook)
            steps.append(QCoreApplication::translate("PlayRule", step));
    }
    return steps;
}

bool PlayEditing::write(
    AccountId account, const QString &what, const std::function<bool(PlayStore &store, QString *error)> &change)
{
    return writeMany({account}, what, change);
}

bool PlayEditing::writeMany(const QList<AccountId> &accounts, const QString &what,
    const std::function<bool(PlayStore &store, QString *error)> &change)
{
    const bool written = m_document->writeInTransaction(what, [&](const QSqlDatabase &db, QString *error) {
        PlayStore store(db);
        return change(store, error);
    });
    if (written) {
        for (const AccountId account : accounts)
            Q_EMIT playsChanged(account);
    }
    return written;
}

void PlayEditing::change(
    PlayId id, const QString &text, const std::function<void(Play &play)> &edit, std::optional<qint64> readVersion)
{
    if (m_document->refuseWhenReadOnly()) // first: offline, the play cannot be read either
        return;
    const std::optional<Play> before = play(id);
    if (!before)
        return;
    Play after = *before;
    edit(after);
    if (after == *before)
        return;
    const AccountId account = before->accountId;
    const auto update = [this, account](const Play &row) {
        return write(account, tr("The play"), [row](PlayStore &store, QString *error) { return store.update(row, error); });
    };
    // Over the play as the user saw it: a colleague's snooze, or another window's pass of the
    // evaluator, since then is a conflict rather than overwritten. Its steps are rows of their
    // own, so the user's values are not put over theirs by a write of the play's columns.
    m_document->pushEdit(new WriteCommand(text, [update, after] { return update(after); },
                             [update, before = *before] { return update(before); }),
        {QStringLiteral("play"), id, readVersion.value_or(before->version)}, tr("the play “%1”").arg(before->title), false);
}

void PlayEditing::snooze(PlayId id, const QDate &until, const QString &reason, std::optional<qint64> readVersion)
{
    const QDate today = m_document->asOf();
    if (!until.isValid() || until <= today) {
        Q_EMIT m_document->writeFailed(tr("A play is snoozed until a day after today."));
        return;
    }
    change(id, tr("Snooze the play until %1").arg(formatDay(until)), [&](Play &play) {
        if (!play.isAlive())
            return;
        play.status = PlayStatus::Snoozed;
        play.snoozedUntil = until;
        play.reason = reason.trimmed();
    }, readVersion);
}

void PlayEditing::markDone(PlayId id, std::optional<qint64> readVersion)
{
    const QDate today = m_document->asOf();
    change(id, tr("Mark the play done"), [&](Play &play) {
        if (!play.isAlive())
            return;
        play.status = PlayStatus::Done;
        play.closedOn = today;
        play.snoozedUntil = {};
        play.clearedOn = {};
    }, readVersion);
}

void PlayEditing::dismiss(PlayId id, const QString &reason, std::optional<qint64> readVersion)
{
    if (reason.trimmed().isEmpty()) {
        Q_EMIT m_document->writeFailed(tr("Say why the play is dismissed: the reason stays with it."));
        return;
    }
    const QDate today = m_document->asOf();
    change(id, tr("Dismiss the play"), [&](Play &play) {
        if (!play.isAlive())
            return;
        play.status = PlayStatus::Dismissed;
        play.reason = reason.trimmed();
        play.closedOn = today;
        play.snoozedUntil = {};
        play.clearedOn = {};
    }, readVersion);
}

void PlayEditing::reopen(PlayId id, std::optional<qint64> readVersion)
{
    const std::optional<Play> current = play(id);
    if (!current || current->status == PlayStatus::Open)
        return;
    // A rule's play is one per subject while alive: another may have opened since this one closed.
    if (!current->isManual() && !current->isAlive()) {
        for (const Play &other : plays(current->accountId)) {
            if (other.id != id && other.isAlive() && other.rule == current->rule && other.subject == current->subject) {
                Q_EMIT m_document->writeFailed(tr("This play is open again already: “%1”.").arg(other.title));
                return;
            }
        }
    }
    change(id, tr("Reopen the play"), [](Play &play) {
        play.status = PlayStatus::Open;
        play.snoozedUntil = {};
        play.closedOn = {};
        play.clearedOn = {};
        play.reason.clear();
    }, readVersion);
}

void PlayEditing::setStepDone(PlayId id, int step, bool done, std::optional<qint64> readVersion)
{
    change(id, done ? tr("Tick a step of the play") : tr("Untick a step of the play"), [&](Play &play) {
        if (step >= 0 && step < play.steps.size())
            play.steps[step].done = done;
    }, readVersion);
}

void PlayEditing::setOwner(PlayId id, std::optional<TeamMemberId> owner, std::optional<qint64> readVersion)
{
    change(id, tr("Give the play to %1").arg(m_document->teamMemberName(owner)), [&](Play &play) { play.ownerId = owner; }, readVersion);
}

void PlayEditing::addPlay(const Play &play)
{
    if (m_document->refuseWhenReadOnly())
        return;
    if (play.title.trimmed().isEmpty() || !play.dueOn.isValid() || (play.accountId != 0 && !m_document->account(play.accountId))) {
        Q_EMIT m_document->writeFailed(tr("A play needs a title and a due day."));
        return;
    }
    Play added = play;
    added.id = 0;
    added.rule.clear();
    added.subject.clear();
    added.title = play.title.trimmed();
    added.createdOn = m_document->asOf();
    added.status = PlayStatus::Open;
    added.steps.removeIf([](const PlayStep &step) { return step.text.trimmed().isEmpty(); });
    const AccountId account = added.accountId;
    m_document->undoStack()->push(rowCommand(tr("Add the play “%1”").arg(added.title), added,
        [this, account](const auto &change) { return write(account, tr("The play"), change); }, &PlayStore::insert,
        &PlayStore::remove));
}

void PlayEditing::removePlay(PlayId id, std::optional<qint64> readVersion)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const std::optional<Play> current = play(id);
    if (!current && readVersion) // on the user's list, gone since
        m_document->reportRemovedSince(tr("Removing the play"), {QStringLiteral("play"), id, *readVersion}, tr("the play"), {}, true);
    if (!current || !current->isManual())
        return;
    const AccountId account = current->accountId;
    m_document->pushRemoval(rowCommand(tr("Remove the play “%1”").arg(current->title), *current,
                             [this, account](const auto &change) { return write(account, tr("The play"), change); },
                             &PlayStore::insert, &PlayStore::remove, true),
        {QStringLiteral("play"), id, readVersion.value_or(current->version)}, tr("the play “%1”").arg(current->title));
}

void PlayEditing::setPlaybook(const QString &rule, const QStringList &steps)
{
    if (m_document->refuseWhenReadOnly() || !playRuleFromKey(rule))
        return;
    QStringList after;
    for (const QString &step : steps) {
        if (!step.trimmed().isEmpty())
            after.append(step.trimmed());
    }
    const QStringList before = playbooks().value(rule);
    if (before == after)
        return;
    const auto apply = [this, rule](const QStringList &list) {
        const bool written = m_document->writeInTransaction(tr("The playbook"),
            [&](const QSqlDatabase &db, QString *error) { return PlayStore(db).setPlaybook(rule, list, error); });
        if (written)
            Q_EMIT playbooksChanged();
        return written;
    };
    m_document->undoStack()->push(new WriteCommand(tr("Change the playbook of “%1”").arg(displayName(*playRuleFromKey(rule))),
        [apply, after] { return apply(after); }, [apply, before] { return apply(before); }));
}

} // namespace keyplan
