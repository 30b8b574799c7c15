#include "io/icsexport.h"

#include "domain/money.h"
#include "domain/play.h"
#include "storage/accountstore.h"
#include "storage/livingplansettingsstore.h"
#include "storage/planinfostore.h"
#include "storage/playstore.h"
#include "storage/qbrstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <libical/ical.h>

#include <memory>

namespace keyplan {
namespace {

class IcsText
{
    Q_DECLARE_TR_FUNCTIONS(IcsExport)
};

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};

icaltimetype dateOf(const QDate &day)
{
    icaltimetype time = icaltime_null_date();
    time.year = day.year();
    time.month = day.month();
    time.day = day.day();
    time.is_date = 1;
    return time;
}

class Calendar
{
public:
    explicit Calendar(const QDateTime &now, QString planUid)
        : m_calendar(icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
              icalproperty_new_prodid("-//Keyplan//Keyplan//EN"), icalproperty_new_calscale("GREGORIAN"),
              static_cast<void *>(nullptr)))
        , m_stamp(icaltime_from_timet_with_zone(now.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone()))
        , m_planUid(std::move(planUid))
    {
    }

    // An all-day event; text goes through libical, which escapes it as RFC 5545 says.
    void addDay(const QString &kind, qint64 id, const QDate &day, const QString &summary, const QString &description,
        const QString &category)
    {
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        const QByteArray uid = QStringLiteral("%1-%2-%3@keyplan").arg(kind).arg(id).arg(m_planUid).toUtf8();
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(m_stamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(dateOf(day)));
        icalcomponent_add_property(event, icalproperty_new_dtend(dateOf(day.addDays(1))));
        icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
        if (!description.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_description(description.toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_categories(category.toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_component(m_calendar.get(), event);
    }

    QByteArray text() const
    {
        char *written = icalcomponent_as_ical_string_r(m_calendar.get());
        const QByteArray result(written);
        icalmemory_free_buffer(written);
        return result;
    }

private:
    std::unique_ptr<icalcomponent, ComponentFree> m_calendar;
    icaltimetype m_stamp;
    QString m_planUid;
};

} // namespace

QByteArray planToIcs(const QSqlDatabase &db, const QDateTime &now, QString *error)
{
    QString problem;
    const QDate today = now.date();
    PlanInfoStore info(db);
    QString planUid = info.value(QStringLiteral("uid"), {}, &problem);
    if (planUid.isEmpty()) // a plan older than its id: its name stands in
        planUid = QString::fromLatin1(QCryptographicHash::hash(info.value(PlanInfoStore::nameKey).toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    const LivingPlanSettings settings = readLivingPlanSettings(db, &problem);
    const QList<Account> accounts = AccountStore(db).all(&problem, today);
    QHash<AccountId, QString> names;
    Calendar calendar(now, planUid);
    QbrStore reviews(db);
    for (const Account &account : accounts) {
        names.insert(account.id, account.name);
        if (account.renewalDate.isValid())
            calendar.addDay(QStringLiteral("renewal"), account.id, account.renewalDate,
                IcsText::tr("Renewal: %1").arg(account.name),
                IcsText::tr("ARR %1 today.").arg(formatMoney(account.arr, account.currency)), IcsText::tr("Renewal"));
        if (!account.isKey)
            continue;
        // The next review as the tier's cadence has it due after the last one held.
        QDate lastHeld;
        for (const Qbr &qbr : reviews.qbrs(account.id, &problem))
            if (qbr.isHeld())
                lastHeld = std::max(lastHeld, qbr.heldOn);
        const int every = settings.cadence.of(account.tier).reviewDays;
        const QDate due = lastHeld.isValid() ? lastHeld.addDays(every) : today;
        calendar.addDay(QStringLiteral("qbr"), account.id, due, IcsText::tr("QBR due: %1").arg(account.name),
            lastHeld.isValid() ? IcsText::tr("The last review was held on %1; this account's tier has one every %n days.", nullptr, every)
                                     .arg(lastHeld.toString(Qt::ISODate))
                               : IcsText::tr("No review has been held with this account yet."),
            IcsText::tr("QBR"));
        for (const NextStep &step : reviews.nextSteps(account.id, &problem)) {
            if (step.done || !step.dueOn.isValid())
                continue;
            calendar.addDay(QStringLiteral("step"), step.id, step.dueOn, IcsText::tr("Next step: %1 (%2)").arg(step.action, account.name),
                step.owner.isEmpty() ? QString() : IcsText::tr("Owner: %1").arg(step.owner), IcsText::tr("Next step"));
        }
    }
    const QHash<AccountId, QList<Play>> plays = PlayStore(db).alive(&problem);
    QList<Play> alive;
    for (const QList<Play> &list : plays)
        alive += list;
    std::sort(alive.begin(), alive.end(), [](const Play &a, const Play &b) { return a.id < b.id; });
    for (const Play &play : std::as_const(alive)) {
        const QDate due = play.status == PlayStatus::Snoozed && play.snoozedUntil.isValid() ? play.snoozedUntil : play.dueOn;
        if (!due.isValid())
            continue;
        const QString summary = play.accountId == 0 ? IcsText::tr("Play: %1").arg(play.title)
                                                    : IcsText::tr("Play: %1 (%2)").arg(play.title, names.value(play.accountId));
        calendar.addDay(QStringLiteral("play"), play.id, due, summary, play.why, IcsText::tr("Play"));
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    return calendar.text();
}

} // namespace keyplan
