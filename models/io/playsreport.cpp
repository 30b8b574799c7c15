#include "io/playsreport.h"

#include "domain/dayformat.h"
#include "domain/playevaluation.h"
#include "io/jsonwriter.h"
#include "storage/accountstore.h"
#include "storage/livingplansettingsstore.h"
#include "storage/planinfostore.h"
#include "storage/playstore.h"
#include "storage/portfoliorecords.h"
#include "storage/teamstore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace keyplan {
namespace {

class PlaysReportText
{
    Q_DECLARE_TR_FUNCTIONS(PlaysReport)
};

// The plays after `changes`: those changed replaced, the new ones added (id 0).
QList<Play> merged(const QList<Play> &plays, const QList<Play> &changed)
{
    QList<Play> result = plays;
    for (const Play &play : changed) {
        if (play.id == 0) {
            result.append(play);
            continue;
        }
        for (Play &old : result) {
            if (old.id == play.id)
                old = play;
        }
    }
    return result;
}

// One cell of a text table: line breaks and tabs as symbols, so a row never splits.
QString cell(QString text)
{
    text.replace(u'\n', QChar(0x2424)).replace(u'\r', QChar(0x2424)).replace(u'\t', QChar(0x2409));
    return text;
}

} // namespace

std::optional<PlaysReport> buildPlaysReport(const QSqlDatabase &db, const QDate &today, const QString &owner, QString *error)
{
    QString problem;
    PlaysReport report;
    report.today = today;
    report.owner = owner;
    const QList<TeamMember> team = TeamStore(db).all(&problem);
    QHash<TeamMemberId, QString> names;
    for (const TeamMember &member : team)
        names.insert(member.id, member.name);
    const LivingPlanSettings settings = readLivingPlanSettings(db, &problem);
    const CoverageSettings coverage = PlanInfoStore(db).coverageSettings(&problem);
    const QList<AccountRecord> records = readKeyAccountRecords(db, &problem);
    const QHash<QString, QStringList> books = PlayStore(db).playbooks(&problem);
    const QList<Play> portfolioPlays = PlayStore(db).forAccount(0, &problem);
    const QList<Account> accounts = AccountStore(db).all(&problem, {}, AccountStore::Arr::Skip);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    const auto playbook = [&](const QString &rule) {
        if (books.contains(rule))
            return books.value(rule);
        QStringList steps;
        if (const std::optional<PlayRule> known = playRuleFromKey(rule)) {
            for (const char *step : definitionOf(*known).playbook)
                steps.append(QCoreApplication::translate("PlayRule", step));
        }
        return steps;
    };
    const auto add = [&](const QString &account, const QList<Play> &plays) {
        for (const Play &play : plays) {
            if (!play.isAlive())
                continue;
            const QString ownerName = play.ownerId ? names.value(*play.ownerId) : QString();
            if (!owner.isEmpty() && ownerName != owner)
                continue;
            report.lines.append({account, play, ownerName, play.id == 0});
        }
    };
    for (const AccountRecord &record : records) {
        const AccountEvaluation evaluation = evaluateAccountPlays(record, settings, coverage, team, today);
        add(record.account.name,
            merged(record.plays,
                playsAfter(record.plays, evaluation.changes, record.account.id, record.account.ownerId, today, playbook)));
    }
    const PlayChanges portfolio = evaluatePortfolioPlays(accounts, portfolioPlays, settings, team);
    add(QString(), merged(portfolioPlays, playsAfter(portfolioPlays, portfolio, 0, std::nullopt, today, playbook)));
    std::stable_sort(report.lines.begin(), report.lines.end(), [](const PlaysReport::Line &a, const PlaysReport::Line &b) {
        const QDate dueA = a.play.status == PlayStatus::Snoozed ? a.play.snoozedUntil : a.play.dueOn;
        const QDate dueB = b.play.status == PlayStatus::Snoozed ? b.play.snoozedUntil : b.play.dueOn;
        if (dueA != dueB)
            return dueA < dueB;
        if (a.account != b.account)
            return a.account.localeAwareCompare(b.account) < 0;
        return a.play.title.localeAwareCompare(b.play.title) < 0;
    });
    return report;
}

QByteArray playsToJson(const PlaysReport &report)
{
    JsonWriter json;
    json.beginObject();
    json.key("as_of");
    json.date(report.today);
    json.key("owner");
    if (report.owner.isEmpty())
        json.null();
    else
        json.value(report.owner);
    json.key("plays");
    json.beginArray();
    for (const PlaysReport::Line &line : report.lines) {
        const Play &play = line.play;
        json.beginObject();
        json.key("account");
        if (line.account.isEmpty())
            json.null();
        else
            json.value(line.account);
        json.field("rule", play.rule);
        json.field("subject", play.subject);
        json.field("title", play.title);
        json.field("why", play.why);
        json.key("owner");
        if (line.ownerName.isEmpty())
            json.null();
        else
            json.value(line.ownerName);
        json.key("created");
        json.date(play.createdOn);
        json.key("due");
        json.date(play.dueOn);
        json.field("status", keyOf(play.status));
        json.key("snoozed_until");
        json.date(play.snoozedUntil);
        json.field("reason", play.reason);
        json.field("actionable", play.isActionable(report.today));
        json.field("overdue", play.isActionable(report.today) && play.dueOn < report.today);
        json.field("new", line.isNew);
        json.key("steps");
        json.beginArray();
        for (const PlayStep &step : play.steps) {
            json.beginObject();
            json.field("text", step.text);
            json.field("done", step.done);
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    QByteArray bytes = json.take();
    bytes.append('\n');
    return bytes;
}

QString playsToText(const PlaysReport &report)
{
    QString text;
    text += report.owner.isEmpty()
        ? PlaysReportText::tr("Plays alive on %1: %2\n").arg(formatDay(report.today)).arg(report.lines.size())
        : PlaysReportText::tr("Plays of %1 alive on %2: %3\n")
              .arg(cell(report.owner), formatDay(report.today))
              .arg(report.lines.size());
    for (const PlaysReport::Line &line : report.lines) {
        const Play &play = line.play;
        QString due;
        if (play.status == PlayStatus::Snoozed && !play.isActionable(report.today))
            due = PlaysReportText::tr("snoozed until %1").arg(formatDay(play.snoozedUntil));
        else if (play.dueOn < report.today)
            due = PlaysReportText::tr("overdue since %1").arg(formatDay(play.dueOn));
        else
            due = PlaysReportText::tr("due %1").arg(formatDay(play.dueOn));
        text += PlaysReportText::tr("\n%1 · %2%3\n")
                    .arg(line.account.isEmpty() ? PlaysReportText::tr("Portfolio") : cell(line.account), cell(play.title),
                        line.isNew ? PlaysReportText::tr(" (new)") : QString());
        text += PlaysReportText::tr("  %1 · %2\n")
                    .arg(due, line.ownerName.isEmpty() ? PlaysReportText::tr("no owner") : cell(line.ownerName));
        if (!play.why.isEmpty())
            text += PlaysReportText::tr("  Why: %1\n").arg(cell(play.why));
        if (!play.reason.isEmpty())
            text += PlaysReportText::tr("  Snoozed: %1\n").arg(cell(play.reason));
    }
    return text;
}

} // namespace keyplan
