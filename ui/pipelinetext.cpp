#include "ui/pipelinetext.h"

#include "domain/dayformat.h"
#include "domain/money.h"

#include <QLocale>

namespace keyplan {

QString PipelineText::fixFirstWarning(const Account &account, std::optional<double> score)
{
    if (!fixFirst(account.stage, score))
        return {};
    QStringList reasons;
    if (account.stage == Stage::UncouplingKam)
        reasons << tr("the relationship is uncoupling");
    if (score && *score < poorHealthBelow)
        reasons << tr("health is %1 of 10").arg(formatHealth(score));
    return tr("Fix first: %1. Deliver value and restore the relationship before selling more; "
              "expansion proposed now risks the renewal.")
        .arg(reasons.join(tr(" and ")));
}

QString PipelineText::healthSummary(const AccountHealth &health)
{
    const HealthCard &card = health.card;
    if (!card.score())
        return tr("Health: no measure has data yet");
    QString text = tr("Health %1 of 10").arg(formatHealth(card.score()));
    if (const QString trend = formatHealthTrend(health.trend.since30); !trend.isEmpty())
        text = tr("%1 (%2 in 30 days)").arg(text, trend);
    if (card.override)
        text = tr("%1, set by hand until %2: %3").arg(text, formatDay(card.override->expiresOn), card.override->reason);
    if (!card.withoutData.isEmpty()) {
        QStringList names;
        for (const HealthMeasure measure : card.withoutData)
            names.append(displayName(measure).toLower());
        text = tr("%1 · no data for %2").arg(text, names.join(QStringLiteral(", ")));
    }
    return text;
}

QString PipelineText::totals(const PipelineTotals &totals, const QString &currency)
{
    const QString text = tr("%n open opportunities · %1 · weighted %2", nullptr, int(totals.count));
    return text.arg(formatMoney(totals.unweighted, currency), formatMoney(totals.weighted, currency));
}

} // namespace keyplan
