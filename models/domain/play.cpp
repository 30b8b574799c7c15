#include "domain/play.h"

#include "domain/enumtable.h"

#include <QHash>

#include <algorithm>

namespace keyplan {
namespace {

constexpr std::array<detail::EnumEntry<PlayStatus>, 5> statusEntries {{
    {PlayStatus::Open, "open", QT_TRANSLATE_NOOP("PlayStatus", "Open")},
    {PlayStatus::Snoozed, "snoozed", QT_TRANSLATE_NOOP("PlayStatus", "Snoozed")},
    {PlayStatus::Done, "done", QT_TRANSLATE_NOOP("PlayStatus", "Done")},
    {PlayStatus::Dismissed, "dismissed", QT_TRANSLATE_NOOP("PlayStatus", "Dismissed")},
    {PlayStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("PlayStatus", "Resolved")},
}};

QString identity(AccountId account, const QString &rule, const QString &subject)
{
    return QString::number(account) + u'\x1f' + rule + u'\x1f' + subject;
}

} // namespace

QString keyOf(PlayStatus status)
{
    return detail::keyIn(statusEntries, status);
}

QString displayName(PlayStatus status)
{
    return detail::nameIn("PlayStatus", statusEntries, status);
}

std::optional<PlayStatus> playStatusFromKey(const QString &key)
{
    return detail::fromKey(statusEntries, key);
}

bool Play::isActionable(const QDate &today) const
{
    return status == PlayStatus::Open
        || (status == PlayStatus::Snoozed && (!snoozedUntil.isValid() || snoozedUntil <= today));
}

PlayChanges reconcilePlays(
    const QList<Play> &plays, const QList<Signal> &fired, const QStringList &rulesEvaluated)
{
    PlayChanges changes;
    // The plays each identity has, newest last (by id): the newest decides.
    QHash<QString, const Play *> latest;
    for (const Play &play : plays) {
        if (play.isManual())
            continue;
        const QString key = identity(play.accountId, play.rule, play.subject);
        const Play *&known = latest[key];
        if (!known || play.id > known->id)
            known = &play;
    }
    QHash<QString, bool> firing;
    for (const Signal &signal : fired) {
        const QString key = identity(signal.accountId, signal.rule, signal.subject);
        if (firing.contains(key))
            continue; // one play per account, rule and subject
        firing.insert(key, true);
        const Play *play = latest.value(key);
        if (!play || play->status == PlayStatus::Resolved
            || ((play->status == PlayStatus::Done || play->status == PlayStatus::Dismissed) && play->clearedOn.isValid()))
            changes.toOpen.append(signal);
        else if (play->isAlive() && (play->why != signal.why || play->title != signal.title))
            changes.newWording.append({play->id, signal.title, signal.why});
    }
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        const Play *play = it.value();
        if (firing.contains(it.key()) || !rulesEvaluated.contains(play->rule))
            continue;
        if (play->isAlive())
            changes.toResolve.append(play->id);
        else if ((play->status == PlayStatus::Done || play->status == PlayStatus::Dismissed) && !play->clearedOn.isValid())
            changes.toMarkCleared.append(play->id);
    }
    std::sort(changes.toResolve.begin(), changes.toResolve.end());
    std::sort(changes.toMarkCleared.begin(), changes.toMarkCleared.end());
    return changes;
}

} // namespace keyplan
