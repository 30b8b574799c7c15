#include "ui/pipelinetext.h"

#include "domain/money.h"

#include <QLocale>

namespace keyplan {

QString PipelineText::fixFirstWarning(const Account &account, const std::optional<HealthMark> &health)
{
    const std::optional<int> score = health ? std::optional<int>(health->score) : std::nullopt;
    if (!fixFirst(account.stage, score))
        return {};
    QStringList reasons;
    if (account.stage == Stage::UncouplingKam)
        reasons << tr("the relationship is uncoupling");
    if (score && *score < poorHealthBelow)
        reasons << tr("health is %1 of 10").arg(*score);
    return tr("Fix first: %1. Deliver value and restore the relationship before selling more; "
              "expansion proposed now risks the renewal.")
        .arg(reasons.join(tr(" and ")));
}

QString PipelineText::healthSummary(const std::optional<HealthMark> &health)
{
    if (!health)
        return tr("No health mark yet");
    const QString on = QLocale().toString(health->on, QLocale::ShortFormat);
    if (health->note.isEmpty())
        return tr("Health %1/10, assessed on %2").arg(health->score).arg(on);
    return tr("Health %1/10, assessed on %2: %3").arg(health->score).arg(on, health->note);
}

QString PipelineText::totals(const PipelineTotals &totals, const QString &currency)
{
    // English plurals by hand until the translations carry them.
    const QString text = totals.count == 1 ? tr("1 open opportunity · %1 · weighted %2")
                                           : tr("%1 open opportunities · %2 · weighted %3").arg(totals.count);
    return text.arg(formatMoney(totals.unweighted, currency), formatMoney(totals.weighted, currency));
}

} // namespace keyplan
