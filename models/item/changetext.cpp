#include "item/changetext.h"

#include "domain/accountenums.h"
#include "domain/arrchange.h"
#include "domain/dayformat.h"
#include "domain/goal.h"
#include "domain/healthscore.h"
#include "domain/money.h"
#include "domain/opportunity.h"
#include "domain/play.h"
#include "domain/qbr.h"
#include "domain/stakeholder.h"
#include "domain/whitespace.h"
#include "item/plandocument.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace keyplan {
namespace {

bool isMoney(const QString &column)
{
    static const QStringList money = {QStringLiteral("arr_minor"), QStringLiteral("amount"),
        QStringLiteral("list_price"), QStringLiteral("revenue"), QStringLiteral("potential"),
        QStringLiteral("competitor_spend"), QStringLiteral("recurring_minor"), QStringLiteral("unit_value")};
    return money.contains(column);
}

template<typename Enum> QString named(std::optional<Enum> value, const QString &key)
{
    return value ? displayName(*value) : key;
}

QString enumText(const QString &table, const QString &column, const QString &key)
{
    if (column == QLatin1String("buying_layer"))
        return named(buyingLayerFromKey(key), key);
    if (column == QLatin1String("decision_role"))
        return named(decisionRoleFromKey(key), key);
    if (column == QLatin1String("support_level"))
        return named(supportLevelFromKey(key), key);
    if (column == QLatin1String("influence"))
        return named(influenceFromKey(key), key);
    if (column == QLatin1String("relationship") || column == QLatin1String("desired_relationship"))
        return named(relationshipFromKey(key), key);
    if (column == QLatin1String("segment"))
        return named(segmentFromKey(key), key);
    if (column == QLatin1String("tier"))
        return named(tierFromKey(key), key);
    if (column == QLatin1String("stage") || column == QLatin1String("to_stage") || column == QLatin1String("from_stage"))
        return table == QLatin1String("opportunity") ? named(opportunityStageFromKey(key), key)
                                                     : named(stageFromKey(key), key);
    if (column == QLatin1String("motion"))
        return named(expansionMotionFromKey(key), key);
    if (table == QLatin1String("arr_change") && column == QLatin1String("kind"))
        return named(arrChangeKindFromKey(key), key);
    if (table == QLatin1String("goal") && column == QLatin1String("status"))
        return named(goalStatusFromKey(key), key);
    if (table == QLatin1String("account_risk") && column == QLatin1String("severity"))
        return named(riskSeverityFromKey(key), key);
    if (table == QLatin1String("account_risk") && column == QLatin1String("status"))
        return named(riskStatusFromKey(key), key);
    if (table == QLatin1String("play") && column == QLatin1String("status"))
        return named(playStatusFromKey(key), key);
    if (column == QLatin1String("measure") && table.startsWith(QLatin1String("health")))
        return named(healthMeasureFromKey(key), key);
    if (table == QLatin1String("offering") && column == QLatin1String("kind"))
        return named(offeringKindFromKey(key), key);
    if (table == QLatin1String("business_unit") && column == QLatin1String("kind"))
        return named(unitKindFromKey(key), key);
    if (table == QLatin1String("whitespace_cell") && column == QLatin1String("state"))
        return named(cellStateFromKey(key), key);
    return key;
}

} // namespace

QString ChangeText::fieldName(const QString &column)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("business_unit"), QT_TR_NOOP("Business unit")},
        {QStringLiteral("business_unit_id"), QT_TR_NOOP("Business unit")},
        {QStringLiteral("reports_to"), QT_TR_NOOP("Reports to")},
        {QStringLiteral("buying_layer"), QT_TR_NOOP("Buying layer")},
        {QStringLiteral("decision_role"), QT_TR_NOOP("Decision role")},
        {QStringLiteral("support_level"), QT_TR_NOOP("Support")},
        {QStringLiteral("influence"), QT_TR_NOOP("Influence")},
        {QStringLiteral("relationship"), QT_TR_NOOP("Relationship")},
        {QStringLiteral("desired_relationship"), QT_TR_NOOP("Relationship wanted")},
        {QStringLiteral("our_owner_id"), QT_TR_NOOP("Our owner")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("customer_owner_id"), QT_TR_NOOP("Customer owner")},
        {QStringLiteral("champion_id"), QT_TR_NOOP("Champion")},
        {QStringLiteral("goal_id"), QT_TR_NOOP("Goal")},
        {QStringLiteral("offering_id"), QT_TR_NOOP("Offering")},
        {QStringLiteral("opportunity_id"), QT_TR_NOOP("Opportunity")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("left_on"), QT_TR_NOOP("Left on")},
        {QStringLiteral("added_on"), QT_TR_NOOP("Added on")},
        {QStringLiteral("map_x"), QT_TR_NOOP("Place on the map")},
        {QStringLiteral("map_y"), QT_TR_NOOP("Place on the map")},
        {QStringLiteral("arr_minor"), QT_TR_NOOP("ARR")},
        {QStringLiteral("is_key"), QT_TR_NOOP("Key account")},
        {QStringLiteral("effective_on"), QT_TR_NOOP("Effective on")},
        {QStringLiteral("renewal_date"), QT_TR_NOOP("Renewal date")},
        {QStringLiteral("expected_close"), QT_TR_NOOP("Expected close")},
    };
    if (const char *name = names.value(column))
        return tr(name);
    QString words = column;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString ChangeText::valueText(const QString &table, const QString &column, const QJsonValue &value,
    const PlanDocument *document, const QString &currency)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(none)");
    if (column.endsWith(QLatin1String("_on")) || column == QLatin1String("renewal_date")
        || column == QLatin1String("expected_close") || column == QLatin1String("period_start")
        || column == QLatin1String("period_end")) {
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        if (day.isValid())
            return formatDay(day);
    }
    if (document && (column == QLatin1String("our_owner_id") || column == QLatin1String("owner_id")))
        return document->teamMemberName(value.toInteger());
    if (document
        && (column == QLatin1String("reports_to") || column == QLatin1String("champion_id")
            || column == QLatin1String("customer_owner_id"))) {
        if (const std::optional<Stakeholder> person = document->stakeholder(value.toInteger()))
            return person->name;
    }
    if (value.isDouble() && isMoney(column) && !currency.isEmpty())
        return formatMoneyExact(value.toInteger(), currency);
    if (column == QLatin1String("is_key") || column == QLatin1String("done"))
        return value.toInteger() != 0 ? tr("Yes") : tr("No");
    if (value.isString())
        return enumText(table, column, value.toString());
    if (value.isDouble()) {
        // Whole numbers whole ("1,234,567", not "1.23457e+06"); others to their last digit.
        const double number = value.toDouble();
        if (number == std::trunc(number) && std::abs(number) < 9.0e15)
            return QLocale().toString(qint64(number));
        return QLocale().toString(number, 'g', 15);
    }
    return value.toVariant().toString();
}

QString ChangeText::itemKind(const QString &table)
{
    static const QHash<QString, const char *> kinds = {
        {QStringLiteral("account"), QT_TR_NOOP("Account")},
        {QStringLiteral("stakeholder"), QT_TR_NOOP("Person")},
        {QStringLiteral("stakeholder_link"), QT_TR_NOOP("Link between people")},
        {QStringLiteral("touchpoint"), QT_TR_NOOP("Meeting")},
        {QStringLiteral("touchpoint_stakeholder"), QT_TR_NOOP("Meeting attendee")},
        {QStringLiteral("touchpoint_member"), QT_TR_NOOP("Meeting attendee on our side")},
        {QStringLiteral("map_review"), QT_TR_NOOP("Map review")},
        {QStringLiteral("stage_change"), QT_TR_NOOP("Relationship stage")},
        {QStringLiteral("arr_change"), QT_TR_NOOP("Change of ARR")},
        {QStringLiteral("account_owner_change"), QT_TR_NOOP("Change of owner")},
        {QStringLiteral("goal"), QT_TR_NOOP("Goal")},
        {QStringLiteral("opportunity"), QT_TR_NOOP("Opportunity")},
        {QStringLiteral("opportunity_check"), QT_TR_NOOP("Opportunity check")},
        {QStringLiteral("business_unit"), QT_TR_NOOP("Business unit")},
        {QStringLiteral("whitespace_cell"), QT_TR_NOOP("Whitespace")},
        {QStringLiteral("value_outcome"), QT_TR_NOOP("Value outcome")},
        {QStringLiteral("account_risk"), QT_TR_NOOP("Risk")},
        {QStringLiteral("next_step"), QT_TR_NOOP("Next step")},
        {QStringLiteral("qbr"), QT_TR_NOOP("QBR")},
        {QStringLiteral("play"), QT_TR_NOOP("Play")},
        {QStringLiteral("play_step"), QT_TR_NOOP("Play step")},
        {QStringLiteral("health_entry"), QT_TR_NOOP("Health mark")},
        {QStringLiteral("health_override"), QT_TR_NOOP("Health override")},
        {QStringLiteral("health_snapshot"), QT_TR_NOOP("Health snapshot")},
        {QStringLiteral("metric_series"), QT_TR_NOOP("Metric")},
        {QStringLiteral("metric_point"), QT_TR_NOOP("Metric value")},
    };
    if (const char *kind = kinds.value(table))
        return tr(kind);
    return fieldName(table);
}

QString ChangeText::subject(const QJsonObject &row)
{
    for (const char *column : {"name", "title", "objective", "metric", "action"}) {
        const QString text = row.value(QLatin1String(column)).toString();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QString ChangeText::summary(const team::ChangeEntry &entry, const PlanDocument *document, const QString &currency)
{
    if (entry.action == team::ChangeEntry::Action::Insert)
        return tr("Added");
    if (entry.action == team::ChangeEntry::Action::Delete)
        return tr("Removed");
    QStringList parts;
    bool moved = false;
    for (const QString &column : entry.changedColumns()) {
        if (column == QLatin1String("map_x") || column == QLatin1String("map_y")) {
            if (!std::exchange(moved, true))
                parts.append(tr("Moved on the map"));
            continue;
        }
        parts.append(tr("%1: %2 → %3")
                         .arg(fieldName(column),
                             valueText(entry.table, column, entry.before.value(column), document, currency),
                             valueText(entry.table, column, entry.after.value(column), document, currency)));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace keyplan
