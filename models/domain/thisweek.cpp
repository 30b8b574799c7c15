#include "domain/thisweek.h"

#include "domain/coverage.h"
#include "domain/dayformat.h"
#include "domain/healthscore.h"

#include <QCoreApplication>
#include <QLocale>

#include <QSet>

#include <algorithm>

namespace keyplan {
namespace {

class WeekText
{
    Q_DECLARE_TR_FUNCTIONS(ThisWeek)
};

// Sooner first; never done (invalid) is as urgent as anything overdue, and comes first.
bool sooner(const QDate &a, const QDate &b)
{
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid();
    return a < b;
}

void collect(const WeekAccountInput &input, const CadenceSettings &cadence, const WeekOptions &options,
    QList<WeekItem> &items)
{
    const AccountRecord &record = *input.record;
    const Account &account = record.account;
    const QDate horizon = options.today.addDays(options.horizonDays);
    const auto add = [&](WeekItem item) {
        if (options.owner && item.ownerId != options.owner)
            return;
        items.append(std::move(item));
    };
    // What a play alive already asks for (snoozed too: snoozing it quiets the reminder as well)
    // is not listed twice: the key person it names, the review it calls for.
    QSet<QString> played;
    for (const Play &play : input.plays) {
        if (play.isAlive() && !play.isManual())
            played.insert(play.rule + u'|' + play.subject);
    }
    // When the cadence says a review or a key person is due (invalid: never held or met: now).
    const TierCadence &tier = cadence.of(account.tier);
    QDate held;
    for (const Qbr &qbr : record.qbrs)
        held = std::max(held, qbr.heldOn);
    const QDate qbrDue = held.isValid() ? held.addDays(tier.reviewDays) : QDate();
    const QHash<StakeholderId, QDate> contacts = lastContacts(record.touchpoints);
    const auto contactDue = [&](StakeholderId person) {
        const QDate last = contacts.value(person);
        return last.isValid() ? last.addDays(tier.touchpointDays) : QDate();
    };
    for (const Play &play : input.plays) {
        if (!play.isActionable(options.today))
            continue;
        QDate due = play.status == PlayStatus::Snoozed ? play.snoozedUntil : play.dueOn;
        // A play standing for a reminder is as urgent as the reminder (unless snoozed past it).
        if (play.status == PlayStatus::Open && (play.rule == u"qbr_overdue" || play.rule == u"stakeholder_quiet")) {
            const QDate cadenceDue = play.rule == u"qbr_overdue" ? qbrDue : contactDue(play.subject.section(u':', 1).toLongLong());
            if (!cadenceDue.isValid() || cadenceDue < due)
                due = cadenceDue;
        }
        if (due.isValid() && due > horizon)
            continue;
        add({WeekItemKind::Play, account.id, play.id, play.title, play.why, due, play.ownerId ? play.ownerId : account.ownerId,
            play.version});
    }
    if (account.renewalDate.isValid() && account.renewalDate >= options.today
        && account.renewalDate <= options.today.addDays(options.renewalWithinDays))
        add({WeekItemKind::Renewal, account.id, 0, WeekText::tr("Renewal"),
            WeekText::tr("Renews on %1 (in %n days)", nullptr, int(options.today.daysTo(account.renewalDate))).arg(formatDay(account.renewalDate)),
            account.renewalDate, account.ownerId});
    for (const NextStep &step : record.nextSteps) {
        if (step.done || !step.dueOn.isValid() || step.dueOn > horizon)
            continue;
        add({WeekItemKind::NextStep, account.id, step.id, step.action,
            step.owner.isEmpty() ? QString() : WeekText::tr("Owner: %1").arg(step.owner), step.dueOn, account.ownerId});
    }
    if ((!qbrDue.isValid() || qbrDue <= horizon) && !played.contains(QStringLiteral("qbr_overdue|")))
        add({WeekItemKind::Qbr, account.id, 0, WeekText::tr("Business review due"),
            held.isValid() ? WeekText::tr("Last held on %1").arg(formatDay(held)) : WeekText::tr("None held yet"), qbrDue,
            account.ownerId});
    for (const Stakeholder &person : record.stakeholders) {
        if (!isKeyStakeholder(person) || person.hasLeft()
            || played.contains(QStringLiteral("stakeholder_quiet|stakeholder:%1").arg(person.id)))
            continue;
        const QDate last = contacts.value(person.id);
        const QDate due = last.isValid() ? last.addDays(tier.touchpointDays) : QDate();
        if (due.isValid() && due > horizon)
            continue;
        add({WeekItemKind::Touchpoint, account.id, person.id, WeekText::tr("Touchpoint with %1").arg(person.name),
            last.isValid() ? WeekText::tr("Last contact on %1").arg(formatDay(last)) : WeekText::tr("No contact yet"), due,
            person.ourOwnerId ? person.ourOwnerId : account.ownerId});
    }
}

} // namespace

Urgency WeekItem::urgency(const QDate &today) const
{
    if (!due.isValid() || due < today)
        return Urgency::Overdue;
    if (due == today)
        return Urgency::Today;
    if (due <= today.addDays(7))
        return Urgency::ThisWeek;
    return Urgency::Coming;
}

QList<WeekAccount> buildThisWeek(
    const QList<WeekAccountInput> &accounts, const CadenceSettings &cadence, const WeekOptions &options)
{
    QList<WeekAccount> week;
    for (const WeekAccountInput &input : accounts) {
        if (!input.record || !input.record->account.isKey)
            continue;
        WeekAccount entry {input.record->account.id, input.record->account.name, input.arrReporting, {}};
        collect(input, cadence, options, entry.items);
        if (entry.items.isEmpty())
            continue;
        std::stable_sort(entry.items.begin(), entry.items.end(),
            [](const WeekItem &a, const WeekItem &b) { return sooner(a.due, b.due); });
        week.append(std::move(entry));
    }
    // The most urgent account first; as urgent, the one with the most ARR at stake.
    const QDate today = options.today;
    std::stable_sort(week.begin(), week.end(), [&today](const WeekAccount &a, const WeekAccount &b) {
        const Urgency ua = a.items.constFirst().urgency(today);
        const Urgency ub = b.items.constFirst().urgency(today);
        if (ua != ub)
            return ua < ub;
        const MinorUnits arrA = a.arrAtStake.value_or(-1);
        const MinorUnits arrB = b.arrAtStake.value_or(-1);
        if (arrA != arrB)
            return arrA > arrB;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return week;
}

} // namespace keyplan
