#pragma once

#include "domain/account.h"

#include <QDate>
#include <QPointF>
#include <QString>

#include <optional>

// The people who matter at a customer, as the stakeholder map keeps them (DOMAIN.md,
// "Stakeholder map"). Vocabularies have stable keys (stored, reported) and translated names.
namespace keyplan {

using StakeholderId = qint64;

enum class BuyingLayer { ExecutiveSponsor, EconomicBuyer, UsersAndAdmins, Other };
enum class DecisionRole {
    Champion,
    EconomicBuyer,
    DecisionMaker,
    TechnicalEvaluator,
    Influencer,
    User,
    Blocker
};
enum class SupportLevel { Mentor, Supporter, Neutral, NonSupporter, Opponent };
enum class Influence { Low, Medium, High };
enum class Relationship { None, Cold, Neutral, Warm, Strong };

struct Stakeholder
{
    StakeholderId id = 0;
    AccountId accountId = 0;
    QString name;
    QString title;
    QString department;
    QString businessUnit;
    std::optional<StakeholderId> reportsTo;
    BuyingLayer layer = BuyingLayer::Other;
    DecisionRole role = DecisionRole::User;
    SupportLevel support = SupportLevel::Neutral;
    Influence influence = Influence::Medium;
    Relationship relationship = Relationship::None;
    std::optional<TeamMemberId> ourOwnerId; // who on our side owns the relationship
    Relationship desiredRelationship = Relationship::Warm;
    QString email;
    QString phone;
    QString notes;
    QDate leftOn; // invalid while the person is still at the company
    QDate addedOn; // when they were put on the map; invalid for those added before Keyplan kept it
    std::optional<QPointF> mapPosition; // where the user placed the node; nothing: automatic layout
    qint64 version = 1;

    bool hasLeft() const { return leftOn.isValid(); }
    bool operator==(const Stakeholder &) const = default;
};

QString keyOf(BuyingLayer layer);
QString keyOf(DecisionRole role);
QString keyOf(SupportLevel support);
QString keyOf(Influence influence);
QString keyOf(Relationship relationship);

QString displayName(BuyingLayer layer);
QString displayName(DecisionRole role);
QString displayName(SupportLevel support);
QString displayName(Influence influence);
QString displayName(Relationship relationship);

std::optional<BuyingLayer> buyingLayerFromKey(const QString &key);
std::optional<DecisionRole> decisionRoleFromKey(const QString &key);
std::optional<SupportLevel> supportLevelFromKey(const QString &key);
std::optional<Influence> influenceFromKey(const QString &key);
std::optional<Relationship> relationshipFromKey(const QString &key);

inline constexpr BuyingLayer allBuyingLayers[] = {BuyingLayer::ExecutiveSponsor, BuyingLayer::EconomicBuyer,
    BuyingLayer::UsersAndAdmins, BuyingLayer::Other};
inline constexpr DecisionRole allDecisionRoles[] = {DecisionRole::Champion, DecisionRole::EconomicBuyer,
    DecisionRole::DecisionMaker, DecisionRole::TechnicalEvaluator, DecisionRole::Influencer,
    DecisionRole::User, DecisionRole::Blocker};
inline constexpr SupportLevel allSupportLevels[] = {SupportLevel::Mentor, SupportLevel::Supporter,
    SupportLevel::Neutral, SupportLevel::NonSupporter, SupportLevel::Opponent};
inline constexpr Influence allInfluences[] = {Influence::Low, Influence::Medium, Influence::High};
inline constexpr Relationship allRelationships[] = {
    Relationship::None, Relationship::Cold, Relationship::Neutral, Relationship::Warm, Relationship::Strong};

} // namespace keyplan

namespace keyplan {

using StakeholderLinkId = qint64;

enum class LinkKind { DottedLine, Influence };

// A line on the map besides reporting: a dotted-line report, or influence from one person on
// another, with a short label ("sponsors", "old colleagues").
struct StakeholderLink
{
    StakeholderLinkId id = 0;
    AccountId accountId = 0;
    StakeholderId from = 0;
    StakeholderId to = 0;
    LinkKind kind = LinkKind::Influence;
    QString label;
    qint64 version = 1; // as read
};

QString keyOf(LinkKind kind);
QString displayName(LinkKind kind);
std::optional<LinkKind> linkKindFromKey(const QString &key);

} // namespace keyplan
