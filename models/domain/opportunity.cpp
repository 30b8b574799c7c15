#include "domain/opportunity.h"

#include "domain/dayformat.h"
#include "domain/enumtable.h"

#include <QCoreApplication>
#include <QLocale>

namespace keyplan {
namespace {

constexpr std::array<detail::EnumEntry<ExpansionMotion>, 5> motionEntries {{
    {ExpansionMotion::Upsell, "upsell", QT_TRANSLATE_NOOP("ExpansionMotion", "Upsell to a higher tier")},
    {ExpansionMotion::CrossSell, "cross_sell", QT_TRANSLATE_NOOP("ExpansionMotion", "Cross-sell")},
    {ExpansionMotion::SeatGrowth, "seat_growth", QT_TRANSLATE_NOOP("ExpansionMotion", "Seat growth")},
    {ExpansionMotion::UsageGrowth, "usage_growth", QT_TRANSLATE_NOOP("ExpansionMotion", "Usage growth")},
    {ExpansionMotion::PriceIncrease, "price_increase",
        QT_TRANSLATE_NOOP("ExpansionMotion", "Price increase at renewal")},
}};

constexpr std::array<detail::EnumEntry<OpportunityStage>, 6> stageEntries {{
    {OpportunityStage::Identified, "identified", QT_TRANSLATE_NOOP("OpportunityStage", "Identified")},
    {OpportunityStage::Qualified, "qualified", QT_TRANSLATE_NOOP("OpportunityStage", "Qualified")},
    {OpportunityStage::Proposal, "proposal", QT_TRANSLATE_NOOP("OpportunityStage", "Proposal")},
    {OpportunityStage::Commit, "commit", QT_TRANSLATE_NOOP("OpportunityStage", "Commit")},
    {OpportunityStage::Won, "won", QT_TRANSLATE_NOOP("OpportunityStage", "Won")},
    {OpportunityStage::Lost, "lost", QT_TRANSLATE_NOOP("OpportunityStage", "Lost")},
}};

constexpr std::array<detail::EnumEntry<DecisionCheck>, decisionCheckCount> checkEntries {{
    {DecisionCheck::ClientGoals, "client_goals",
        QT_TRANSLATE_NOOP("DecisionCheck", "Aligned with the client's stated goals?")},
    {DecisionCheck::BusinessCase, "business_case",
        QT_TRANSLATE_NOOP("DecisionCheck", "A clear business case with measurable ROI?")},
    {DecisionCheck::Champion, "champion", QT_TRANSLATE_NOOP("DecisionCheck", "A champion who supports it?")},
    {DecisionCheck::Deliverable, "deliverable",
        QT_TRANSLATE_NOOP("DecisionCheck", "Can we deliver without hurting current service?")},
    {DecisionCheck::Timing, "timing",
        QT_TRANSLATE_NOOP("DecisionCheck", "Is the timing right (budget cycle)?")},
    {DecisionCheck::Validated, "validated",
        QT_TRANSLATE_NOOP("DecisionCheck", "Validated by a pilot or proof of concept?")},
}};

} // namespace

QString keyOf(ExpansionMotion motion)
{
    return detail::keyIn(motionEntries, motion);
}
QString keyOf(OpportunityStage stage)
{
    return detail::keyIn(stageEntries, stage);
}
QString keyOf(DecisionCheck check)
{
    return detail::keyIn(checkEntries, check);
}
QString displayName(ExpansionMotion motion)
{
    return detail::nameIn("ExpansionMotion", motionEntries, motion);
}
QString displayName(OpportunityStage stage)
{
    return detail::nameIn("OpportunityStage", stageEntries, stage);
}
QString displayName(DecisionCheck check)
{
    return detail::nameIn("DecisionCheck", checkEntries, check);
}
std::optional<ExpansionMotion> expansionMotionFromKey(const QString &key)
{
    return detail::fromKey(motionEntries, key);
}
std::optional<OpportunityStage> opportunityStageFromKey(const QString &key)
{
    return detail::fromKey(stageEntries, key);
}
std::optional<DecisionCheck> decisionCheckFromKey(const QString &key)
{
    return detail::fromKey(checkEntries, key);
}

int defaultProbability(OpportunityStage stage)
{
    switch (stage) {
    case OpportunityStage::Identified:
        return 10;
    case OpportunityStage::Qualified:
        return 25;
    case OpportunityStage::Proposal:
        return 50;
    case OpportunityStage::Commit:
        return 80;
    case OpportunityStage::Won:
        return 100;
    case OpportunityStage::Lost:
        return 0;
    }
    return 0;
}

MinorUnits weightedAmount(const Opportunity &opportunity)
{
    const int probability = std::clamp(opportunity.probability, 0, 100);
    // amount × p / 100 in integers, split so no amount a qint64 holds can overflow: no binary
    // fractions, halves rounded away from zero.
    const MinorUnits whole = (opportunity.amount / 100) * probability;
    const MinorUnits part = (opportunity.amount % 100) * probability; // |part| < 10,000
    MinorUnits rounded = part / 100;
    if (part % 100 >= 50)
        ++rounded;
    else if (part % 100 <= -50)
        --rounded;
    return whole + rounded;
}

bool isOverdue(const Opportunity &opportunity, const QDate &today)
{
    return opportunity.isOpen() && opportunity.expectedClose.isValid() && opportunity.expectedClose < today;
}

void PipelineTotals::add(const Opportunity &opportunity)
{
    if (!opportunity.isOpen())
        return;
    ++count;
    unweighted += opportunity.amount;
    weighted += weightedAmount(opportunity);
}

PipelineTotals pipelineTotals(const QList<Opportunity> &opportunities)
{
    PipelineTotals totals;
    for (const Opportunity &opportunity : opportunities)
        totals.add(opportunity);
    return totals;
}

const Stakeholder *departedChampion(const Opportunity &opportunity, const QList<Stakeholder> &people)
{
    if (!opportunity.championId)
        return nullptr;
    for (const Stakeholder &person : people) {
        if (person.id == *opportunity.championId)
            return person.hasLeft() ? &person : nullptr;
    }
    return nullptr;
}

QString championLeftNote(const Stakeholder &champion)
{
    return QCoreApplication::translate("Opportunity", "%1 left the company on %2")
        .arg(champion.name, formatDay(champion.leftOn));
}

std::array<CheckAnswer, decisionCheckCount> effectiveChecklist(
    const Opportunity &opportunity, const QList<Stakeholder> &people)
{
    std::array<CheckAnswer, decisionCheckCount> checklist = opportunity.checklist;
    if (const Stakeholder *gone = departedChampion(opportunity, people))
        checklist.at(std::size_t(DecisionCheck::Champion)) = {false, championLeftNote(*gone)};
    return checklist;
}

bool fixFirst(Stage stage, std::optional<double> health)
{
    return stage == Stage::UncouplingKam || (health && *health < poorHealthBelow);
}

} // namespace keyplan
