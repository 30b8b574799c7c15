#pragma once

#include "domain/account.h"
#include "domain/money.h"
#include "domain/stakeholder.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// Expansion opportunities: whitespace turned into pipeline (DOMAIN.md, "Whitespace and
// expansion"). Amounts are annual recurring revenue in minor units.
namespace keyplan {

using OpportunityId = qint64;
using OfferingId = qint64;
using BusinessUnitId = qint64;

enum class ExpansionMotion { Upsell, CrossSell, SeatGrowth, UsageGrowth, PriceIncrease };
enum class OpportunityStage { Identified, Qualified, Proposal, Commit, Won, Lost };

// The six questions to answer before pursuing an opportunity, in DOMAIN.md's order.
enum class DecisionCheck { ClientGoals, BusinessCase, Champion, Deliverable, Timing, Validated };
inline constexpr int decisionCheckCount = 6;

struct CheckAnswer
{
    bool met = false;
    QString note;
    bool operator==(const CheckAnswer &) const = default;
};

struct Opportunity
{
    OpportunityId id = 0;
    AccountId accountId = 0;
    ExpansionMotion motion = ExpansionMotion::CrossSell;
    QString title;
    std::optional<OfferingId> offeringId;
    std::optional<BusinessUnitId> businessUnitId;
    MinorUnits amount = 0; // annual recurring
    OpportunityStage stage = OpportunityStage::Identified;
    int probability = 10; // percent, 0..100; defaults from the stage
    QDate expectedClose;
    std::optional<StakeholderId> championId;
    std::array<CheckAnswer, decisionCheckCount> checklist {};
    std::optional<qint64> goalId; // the customer's goal it serves
    qint64 version = 1;

    bool isOpen() const { return stage != OpportunityStage::Won && stage != OpportunityStage::Lost; }
    bool operator==(const Opportunity &) const = default;
};

QString keyOf(ExpansionMotion motion);
QString keyOf(OpportunityStage stage);
QString keyOf(DecisionCheck check);
QString displayName(ExpansionMotion motion);
QString displayName(OpportunityStage stage);
// The question itself: "Aligned with the client's stated goals?"
QString displayName(DecisionCheck check);
std::optional<ExpansionMotion> expansionMotionFromKey(const QString &key);
std::optional<OpportunityStage> opportunityStageFromKey(const QString &key);
std::optional<DecisionCheck> decisionCheckFromKey(const QString &key);

inline constexpr ExpansionMotion allExpansionMotions[] = {ExpansionMotion::Upsell, ExpansionMotion::CrossSell,
    ExpansionMotion::SeatGrowth, ExpansionMotion::UsageGrowth, ExpansionMotion::PriceIncrease};
inline constexpr OpportunityStage allOpportunityStages[]
    = {OpportunityStage::Identified, OpportunityStage::Qualified, OpportunityStage::Proposal,
        OpportunityStage::Commit, OpportunityStage::Won, OpportunityStage::Lost};
inline constexpr DecisionCheck allDecisionChecks[] = {DecisionCheck::ClientGoals, DecisionCheck::BusinessCase,
    DecisionCheck::Champion, DecisionCheck::Deliverable, DecisionCheck::Timing, DecisionCheck::Validated};

// The probability a stage suggests: identified 10%, qualified 25%, proposal 50%, commit 80%,
// won 100%, lost 0%.
int defaultProbability(OpportunityStage stage);

// The amount weighted by probability, rounded to the nearest minor unit (halves away from zero).
// Every total adds these rounded figures, so the UI, the report and the charts agree to the cent.
MinorUnits weightedAmount(const Opportunity &opportunity);

// Open and past its expected close date.
bool isOverdue(const Opportunity &opportunity, const QDate &today);

struct PipelineTotals
{
    int count = 0;
    MinorUnits unweighted = 0;
    MinorUnits weighted = 0;

    // Counts the opportunity when it is open.
    void add(const Opportunity &opportunity);
    bool operator==(const PipelineTotals &) const = default;
};

// Open opportunities only: won ones are revenue, lost ones are gone.
PipelineTotals pipelineTotals(const QList<Opportunity> &opportunities);

// The opportunity's champion when that person has left the company (`people`: the account's map).
const Stakeholder *departedChampion(const Opportunity &opportunity, const QList<Stakeholder> &people);
// The decision checklist as it stands: a champion who has left supports nothing, so that point is
// "no" (its note says who left and when) whatever was ticked while they were there.
std::array<CheckAnswer, decisionCheckCount> effectiveChecklist(
    const Opportunity &opportunity, const QList<Stakeholder> &people);
// The note the champion point then carries: "Helen Marsh left the company on 12 Nov 2026".
QString championLeftNote(const Stakeholder &champion);

// Value before upsell: an account in uncoupling, or whose health is poor (below 6 of 10: the
// scorecard's risk review), is to be fixed before anything more is sold to it.
inline constexpr int poorHealthBelow = 6;
bool fixFirst(Stage stage, std::optional<double> health);

} // namespace keyplan
