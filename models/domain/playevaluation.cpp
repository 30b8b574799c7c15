#include "domain/playevaluation.h"

#include "domain/playrules.h"

#include <QSet>

namespace keyplan {

AccountEvaluation evaluateAccountPlays(const AccountRecord &record, const LivingPlanSettings &settings,
    const CoverageSettings &coverage, const QList<TeamMember> &team, const QDate &today)
{
    AccountEvaluation evaluation;
    evaluation.accountId = record.account.id;
    evaluation.health = accountHealth(record, settings, coverage, today);
    QList<Signal> fired;
    if (record.account.isKey) {
        PlayContext context;
        context.record = &record;
        context.health = evaluation.health.score();
        for (const TeamMember &member : team) {
            context.team.insert(member.id, member.name);
            if (member.hasLeft())
                context.leftTeam.insert(member.id, member.leftOn);
        }
        fired = evaluateAccount(context, settings.rules, settings.cadence, coverage, today);
        for (Signal &signal : fired)
            signal.accountId = record.account.id;
    }
    evaluation.changes = reconcilePlays(record.plays, fired, accountRulesEvaluated(settings.rules));
    return evaluation;
}

PlayChanges evaluatePortfolioPlays(const QList<Account> &accounts, const QList<Play> &portfolioPlays,
    const LivingPlanSettings &settings, const QList<TeamMember> &team)
{
    QHash<TeamMemberId, OwnerLoad> loads;
    for (const Account &account : accounts) {
        if (!account.isKey || !account.ownerId)
            continue;
        OwnerLoad &load = loads[*account.ownerId];
        load.owner = *account.ownerId;
        if (account.segment == Segment::Enterprise)
            ++load.enterprise;
        else if (account.segment == Segment::MidMarket)
            ++load.midMarket;
    }
    for (const TeamMember &member : team) {
        if (loads.contains(member.id))
            loads[member.id].name = member.name;
    }
    QList<OwnerLoad> list = loads.values();
    std::sort(list.begin(), list.end(), [](const OwnerLoad &a, const OwnerLoad &b) { return a.owner < b.owner; });
    return reconcilePlays(portfolioPlays, evaluatePortfolio(list, settings.rules), portfolioRulesEvaluated(settings.rules));
}

QList<Play> playsAfter(const QList<Play> &plays, const PlayChanges &changes, AccountId account,
    std::optional<TeamMemberId> owner, const QDate &today, const std::function<QStringList(const QString &rule)> &playbook)
{
    QList<Play> result;
    const QSet<PlayId> resolve(changes.toResolve.cbegin(), changes.toResolve.cend());
    const QSet<PlayId> cleared(changes.toMarkCleared.cbegin(), changes.toMarkCleared.cend());
    QHash<PlayId, PlayWording> wording;
    for (const PlayWording &words : changes.newWording)
        wording.insert(words.id, words);
    for (const Play &play : plays) {
        Play after = play;
        if (resolve.contains(play.id)) {
            after.status = PlayStatus::Resolved;
            after.closedOn = today;
            after.snoozedUntil = {};
        } else if (cleared.contains(play.id)) {
            after.clearedOn = today;
        }
        if (const auto words = wording.constFind(play.id); words != wording.cend()) {
            after.title = words->title;
            after.why = words->why;
        }
        if (after != play)
            result.append(after);
    }
    for (const Signal &signal : changes.toOpen) {
        Play play;
        play.accountId = account;
        play.rule = signal.rule;
        play.subject = signal.subject;
        play.title = signal.title;
        play.why = signal.why;
        play.ownerId = owner;
        if (!owner && signal.subject.startsWith(QStringLiteral("member:")))
            play.ownerId = signal.subject.mid(7).toLongLong(); // a play about one of ours is theirs
        play.createdOn = today;
        play.dueOn = today.addDays(signal.dueInDays);
        for (const QString &step : playbook(signal.rule))
            play.steps.append({step, false});
        result.append(play);
    }
    return result;
}

} // namespace keyplan
