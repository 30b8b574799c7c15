#include "storage/planchecker.h"

#include "domain/currencies.h"
#include "domain/month.h"
#include "storage/accountstore.h"
#include "storage/arrchangestore.h"
#include "storage/planinfostore.h"
#include "storage/planschema.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"
#include "storage/teamschema.h"
#include "storage/stagestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace keyplan {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class PlanCheckerText
{
    Q_DECLARE_TR_FUNCTIONS(PlanChecker)
};

enum class ValueKind { Date, Month, Stage, Currency };

struct CheckedColumn
{
    const char *table;
    const char *column;
    ValueKind kind;
};

// Columns whose values the schema cannot constrain: dates and months kept as ISO text, stages
// without a CHECK, currency codes. (Enumerations with a CHECK are verified by integrity_check.)
constexpr CheckedColumn checkedColumns[] = {
    {"account", "renewal_date", ValueKind::Date},
    {"account", "currency", ValueKind::Currency},
    {"stage_change", "changed_on", ValueKind::Date},
    {"stage_change", "from_stage", ValueKind::Stage},
    {"stage_change", "to_stage", ValueKind::Stage},
    {"arr_change", "effective_on", ValueKind::Date},
    {"exchange_rate", "effective_on", ValueKind::Date},
    {"exchange_rate", "from_currency", ValueKind::Currency},
    {"exchange_rate", "to_currency", ValueKind::Currency},
    {"stakeholder", "left_on", ValueKind::Date},
    {"touchpoint", "happened_on", ValueKind::Date},
    {"map_review", "reviewed_on", ValueKind::Date},
    {"opportunity", "expected_close", ValueKind::Date},
    {"account_health", "assessed_on", ValueKind::Date}, // schemas 3–5
    {"value_outcome", "achieved_on", ValueKind::Date},
    {"account_risk", "raised_on", ValueKind::Date},
    {"account_risk", "due_on", ValueKind::Date},
    {"next_step", "due_on", ValueKind::Date},
    {"qbr", "period_start", ValueKind::Date},
    {"qbr", "period_end", ValueKind::Date},
    {"qbr", "held_on", ValueKind::Date},
    {"stakeholder", "added_on", ValueKind::Date},
    {"team_member", "left_on", ValueKind::Date},
    {"goal", "due_on", ValueKind::Date},
    {"health_entry", "entered_on", ValueKind::Date},
    {"health_override", "set_on", ValueKind::Date},
    {"health_override", "expires_on", ValueKind::Date},
    {"health_snapshot", "taken_on", ValueKind::Date},
    {"metric_point", "measured_on", ValueKind::Date},
    {"play", "created_on", ValueKind::Date},
    {"play", "due_on", ValueKind::Date},
    {"play", "snoozed_until", ValueKind::Date},
    {"play", "closed_on", ValueKind::Date},
    {"play", "cleared_on", ValueKind::Date},
    {"account_owner_change", "changed_on", ValueKind::Date},
};

bool isValid(ValueKind kind, const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return false; // SQLite keeps whatever it is given: a number where a date belongs is wrong
    const QString text = value.toString();
    switch (kind) {
    case ValueKind::Date:
        return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
    case ValueKind::Month:
        return text.size() == 7 && QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate).isValid();
    case ValueKind::Stage:
        return stageFromKey(text).has_value();
    case ValueKind::Currency:
        return isCurrencyCode(text);
    }
    return false;
}

QString kindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Date:
        return PlanCheckerText::tr("dates (YYYY-MM-DD)");
    case ValueKind::Month:
        return PlanCheckerText::tr("months (YYYY-MM)");
    case ValueKind::Stage:
        return PlanCheckerText::tr("relationship stages");
    case ValueKind::Currency:
        return PlanCheckerText::tr("ISO 4217 currency codes");
    }
    return {};
}

// One finding per column holding values that are not what the column means.
void checkValues(const QSqlDatabase &db, const std::function<void(const QString &)> &error)
{
    // The columns this plan has: an older plan may not have a column yet, a newer one no more.
    const QSet<std::pair<QString, QString>> present = sql::presentColumns(db);
    for (const CheckedColumn &checked : checkedColumns) {
        if (!present.contains({QLatin1StringView(checked.table), QLatin1StringView(checked.column)}))
            continue;
        // A row is named by its id, or by its first key column where the table has no id.
        QString key = QStringLiteral("id");
        if (!present.contains({QLatin1StringView(checked.table), key})) {
            const QList<sql::ColumnInfo> columns = sql::tableColumns(db, QLatin1StringView(checked.table));
            const auto primary = std::find_if(columns.cbegin(), columns.cend(), [](const sql::ColumnInfo &c) { return c.primaryKey; });
            key = primary != columns.cend() ? primary->name : columns.value(0).name;
        }
        // Names are our own constants, never user text.
        const QString statement = QStringLiteral("SELECT %3, %2 FROM %1 WHERE %2 IS NOT NULL")
                                      .arg(QLatin1StringView(checked.table), QLatin1StringView(checked.column), key);
        QString problem;
        QSqlQuery query = sql::run(db, statement, {}, &problem);
        int bad = 0;
        QString first;
        while (query.next()) {
            const QVariant value = query.value(1);
            if (isValid(checked.kind, value))
                continue;
            if (bad++ == 0)
                first = PlanCheckerText::tr("row %1: \"%2\"").arg(query.value(0).toString(), value.toString().left(40));
        }
        sql::readToEnd(query, &problem);
        if (!problem.isEmpty())
            error(PlanCheckerText::tr("%1.%2 could not be read: %3")
                      .arg(QLatin1StringView(checked.table), QLatin1StringView(checked.column), problem));
        else if (bad > 0)
            error(PlanCheckerText::tr("%n value(s) in %1.%2 are not valid %3 (first at %4).", nullptr, bad)
                      .arg(QLatin1StringView(checked.table), QLatin1StringView(checked.column),
                          kindName(checked.kind), first));
    }
}

} // namespace

QList<CheckFinding> checkPlan(const QSqlDatabase &db)
{
    QList<CheckFinding> findings;
    const auto error = [&](const QString &message) {
        findings.append({CheckFinding::Severity::Error, message});
    };

    if (sql::isPostgres(db)) {
        // The server keeps its own pages and references; what it can be asked is whether a
        // constraint was ever added without checking the rows already there.
        QSqlQuery unchecked = sql::run(db,
            QStringLiteral("SELECT conname, conrelid::regclass::text FROM pg_catalog.pg_constraint "
                           "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"));
        while (unchecked.next())
            error(PlanCheckerText::tr("The rule %1 on %2 was never checked against the rows already there.")
                      .arg(unchecked.value(0).toString(), unchecked.value(1).toString()));
        findings.append(checkPlanRules(db));
        return findings;
    }
    QSqlQuery integrity = sql::run(db, QStringLiteral("PRAGMA integrity_check"));
    const bool ran = integrity.isActive();
    while (integrity.next()) {
        // One problem a line: SQLite's own lines ("*** in database main ***") are joined.
        QString line = integrity.value(0).toString();
        line.replace(QStringLiteral("*** in database main ***"), QString());
        line = line.simplified();
        if (line != u"ok" && !line.isEmpty())
            error(PlanCheckerText::tr("SQLite integrity check: %1").arg(line));
    }
    QString problem;
    if (!ran)
        error(PlanCheckerText::tr("SQLite integrity check could not run: %1").arg(integrity.lastError().text()));
    else if (!sql::readToEnd(integrity, &problem))
        error(PlanCheckerText::tr("SQLite integrity check stopped early: %1").arg(problem));
    QSqlQuery foreignKeys = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    while (foreignKeys.next())
        error(PlanCheckerText::tr("Row %1 of table %2 refers to a missing row in %3.")
                  .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                      foreignKeys.value(2).toString()));
    findings.append(checkPlanRules(db));
    return findings;
}

QList<CheckFinding> checkPlanRules(const QSqlDatabase &db)
{
    QList<CheckFinding> findings;
    const auto error = [&](const QString &message) {
        findings.append({CheckFinding::Severity::Error, message});
    };
    const auto warning = [&](const QString &message) {
        findings.append({CheckFinding::Severity::Warning, message});
    };
    QString problem;

    const QStringList differences = sql::isPostgres(db) ? team::schemaDifferences(db) : schemaDifferences(db, sql::schemaVersion(db));
    for (const QString &difference : differences)
        error(PlanCheckerText::tr("Schema: %1").arg(difference));
    if (!differences.isEmpty())
        return findings; // the rules below read tables by Keyplan's design: not this plan's
    const QStringList money = moneyOutOfRange(db);
    for (const QString &line : money)
        error(line);
    checkValues(db, error);
    const QString currency = PlanInfoStore(db).currency(&problem);
    if (!isValid(ValueKind::Currency, currency))
        error(PlanCheckerText::tr("The plan's currency \"%1\" is not an ISO 4217 currency code.")
                  .arg(currency.left(40)));

    problem.clear();
    const QList<Account> accounts = AccountStore(db).all(&problem);
    QHash<AccountId, QList<StageChange>> history;
    const QList<StageChange> changes = StageStore(db).all(&problem);
    if (!problem.isEmpty())
        error(PlanCheckerText::tr("The accounts or their stage history could not be read: %1").arg(problem));
    for (const StageChange &change : changes)
        history[change.accountId].append(change);

    QHash<QString, int> names;
    for (const Account &account : accounts) {
        if (++names[account.name.toCaseFolded()] == 2)
            warning(PlanCheckerText::tr("More than one account is named \"%1\".").arg(account.name));
        if (!account.ownerId)
            warning(PlanCheckerText::tr("Account \"%1\" has no owner on our side.").arg(account.name));
        const QList<StageChange> &steps = history.value(account.id);
        if (steps.isEmpty()) {
            warning(PlanCheckerText::tr("Account \"%1\" has no stage history.").arg(account.name));
            continue;
        }
        if (steps.constLast().to != account.stage)
            error(PlanCheckerText::tr(
                "Account \"%1\" is in stage %2, but its last stage change moved it to %3.")
                      .arg(account.name, displayName(account.stage), displayName(steps.constLast().to)));
        for (qsizetype i = 1; i < steps.size(); ++i) {
            if (steps.at(i).from && *steps.at(i).from != steps.at(i - 1).to)
                warning(PlanCheckerText::tr(
                    "Account \"%1\": the stage change of %2 starts from %3, but the one before ended in %4.")
                            .arg(account.name, steps.at(i).changedOn.toString(Qt::ISODate),
                                displayName(*steps.at(i).from), displayName(steps.at(i - 1).to)));
        }
    }

    // A change recorded as one kind but counted as another (an earlier change was edited since):
    // the figures follow what ARR did, so this only warns.
    const QHash<AccountId, QList<ArrChange>> timelines = ArrChangeStore(db).all();
    for (const Account &account : accounts) {
        const QList<ArrStep> steps = stepsOf(timelines.value(account.id));
        for (const ArrStep &step : steps) {
            if (step.counted && *step.counted != step.change.kind && !(step.change.kind == ArrChangeKind::Expansion
                    && isExpansion(*step.counted)))
                warning(PlanCheckerText::tr("Account \"%1\": the ARR change of %2 is recorded as %3 but counts as %4.")
                            .arg(account.name, step.change.on.toString(Qt::ISODate), displayName(step.change.kind),
                                displayName(*step.counted)));
        }
    }
    QSqlQuery rates = sql::run(db,
        QStringLiteral("SELECT from_currency, to_currency, effective_on FROM exchange_rate WHERE from_currency = to_currency"));
    while (rates.next())
        error(PlanCheckerText::tr("The exchange rate of %1 converts %2 into itself.")
                  .arg(rates.value(2).toString(), rates.value(0).toString()));
    return findings;
}

} // namespace keyplan
