#include "storage/livingplansettingsstore.h"

#include "storage/rowreader.h"
#include "storage/sqlhelpers.h"

#include <QHash>

namespace keyplan {
namespace {

QString tierKey(Tier tier)
{
    return QStringLiteral("cadence.") + keyOf(tier);
}

std::optional<int> number(const QHash<QString, QString> &stored, const QString &key, int low, int high)
{
    const auto found = stored.constFind(key);
    if (found == stored.cend())
        return std::nullopt;
    bool ok = false;
    const int value = found->toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

// Every setting as the keys and values it is stored under (defaults included).
QHash<QString, QString> flatten(const LivingPlanSettings &settings)
{
    QHash<QString, QString> values;
    for (const Tier tier : {Tier::Strategic, Tier::Growth, Tier::Standard, Tier::AtRisk}) {
        values.insert(tierKey(tier) + QStringLiteral(".touchpoint_days"),
            QString::number(settings.cadence.of(tier).touchpointDays));
        values.insert(tierKey(tier) + QStringLiteral(".review_days"), QString::number(settings.cadence.of(tier).reviewDays));
    }
    values.insert(QStringLiteral("health.weights"), settings.health.weights.key());
    values.insert(QStringLiteral("health.manual_entries_count_for_days"),
        QString::number(settings.health.manualEntriesCountForDays));
    for (const RuleDefinition &definition : ruleDefinitions()) {
        const QString rule = QStringLiteral("rule.") + QLatin1StringView(definition.key);
        values.insert(rule + QStringLiteral(".enabled"), settings.rules.isEnabled(definition.rule) ? QStringLiteral("1")
                                                                                                    : QStringLiteral("0"));
        for (const RuleParameter &parameter : definition.parameters)
            values.insert(rule + u'.' + QLatin1StringView(parameter.key),
                QString::number(settings.rules.parameter(definition.rule, parameter.key)));
    }
    return values;
}

} // namespace

LivingPlanSettings readLivingPlanSettings(const QSqlDatabase &db, QString *error)
{
    QHash<QString, QString> stored;
    sql::RowReader rows(db, QStringLiteral("SELECT key, value FROM plan_info"), {}, error);
    while (rows.next())
        stored.insert(rows.text(0), rows.text(1));

    LivingPlanSettings settings;
    for (const Tier tier : {Tier::Strategic, Tier::Growth, Tier::Standard, Tier::AtRisk}) {
        TierCadence &cadence = settings.cadence.byTier.at(std::size_t(tier));
        if (const auto days = number(stored, tierKey(tier) + QStringLiteral(".touchpoint_days"), 1, 3650))
            cadence.touchpointDays = *days;
        if (const auto days = number(stored, tierKey(tier) + QStringLiteral(".review_days"), 1, 3650))
            cadence.reviewDays = *days;
    }
    if (const auto weights = HealthWeights::fromKey(stored.value(QStringLiteral("health.weights"))))
        settings.health.weights = *weights;
    if (const auto days = number(stored, QStringLiteral("health.manual_entries_count_for_days"), 1, 3650))
        settings.health.manualEntriesCountForDays = *days;
    for (const RuleDefinition &definition : ruleDefinitions()) {
        const QString rule = QStringLiteral("rule.") + QLatin1StringView(definition.key);
        if (const auto enabled = number(stored, rule + QStringLiteral(".enabled"), 0, 1); enabled && *enabled == 0)
            settings.rules.enabled.insert(QLatin1StringView(definition.key), false);
        for (const RuleParameter &parameter : definition.parameters) {
            const QString key = rule + u'.' + QLatin1StringView(parameter.key);
            if (const auto value = number(stored, key, 0, ruleParameterMax); value && *value != parameter.value)
                settings.rules.parameters.insert(
                    QLatin1StringView(definition.key) + u'.' + QLatin1StringView(parameter.key), *value);
        }
    }
    return settings;
}

bool writeLivingPlanSettings(const QSqlDatabase &db, const LivingPlanSettings &settings, QString *error)
{
    // Only what differs from the defaults is kept: a later Keyplan's better default reaches a plan
    // whose user never chose otherwise.
    const QHash<QString, QString> defaults = flatten({});
    const QHash<QString, QString> values = flatten(settings);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const bool ok = it.value() == defaults.value(it.key())
            ? sql::run(db, QStringLiteral("DELETE FROM plan_info WHERE key = ?"), {it.key()}, error).isActive()
            : sql::run(db,
                  QStringLiteral("INSERT INTO plan_info (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {it.key(), it.value()}, error)
                  .isActive();
        if (!ok)
            return false;
    }
    return true;
}

} // namespace keyplan
