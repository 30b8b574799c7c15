#include "domain/stakeholder.h"

#include "domain/enumtable.h"

#include <array>

namespace keyplan {
namespace {

constexpr std::array<detail::EnumEntry<BuyingLayer>, 4> layerEntries {{
    {BuyingLayer::ExecutiveSponsor, "executive_sponsor",
        QT_TRANSLATE_NOOP("BuyingLayer", "Executive sponsor")},
    {BuyingLayer::EconomicBuyer, "economic_buyer", QT_TRANSLATE_NOOP("BuyingLayer", "Economic buyer")},
    {BuyingLayer::UsersAndAdmins, "users_and_admins", QT_TRANSLATE_NOOP("BuyingLayer", "Users and admins")},
    {BuyingLayer::Other, "other", QT_TRANSLATE_NOOP("BuyingLayer", "Other")},
}};

constexpr std::array<detail::EnumEntry<DecisionRole>, 7> roleEntries {{
    {DecisionRole::Champion, "champion", QT_TRANSLATE_NOOP("DecisionRole", "Champion")},
    {DecisionRole::EconomicBuyer, "economic_buyer", QT_TRANSLATE_NOOP("DecisionRole", "Economic buyer")},
    {DecisionRole::DecisionMaker, "decision_maker", QT_TRANSLATE_NOOP("DecisionRole", "Decision maker")},
    {DecisionRole::TechnicalEvaluator, "technical_evaluator",
        QT_TRANSLATE_NOOP("DecisionRole", "Technical evaluator")},
    {DecisionRole::Influencer, "influencer", QT_TRANSLATE_NOOP("DecisionRole", "Influencer")},
    {DecisionRole::User, "user", QT_TRANSLATE_NOOP("DecisionRole", "User")},
    {DecisionRole::Blocker, "blocker", QT_TRANSLATE_NOOP("DecisionRole", "Blocker")},
}};

constexpr std::array<detail::EnumEntry<SupportLevel>, 5> supportEntries {{
    {SupportLevel::Mentor, "mentor", QT_TRANSLATE_NOOP("SupportLevel", "Mentor")},
    {SupportLevel::Supporter, "supporter", QT_TRANSLATE_NOOP("SupportLevel", "Supporter")},
    {SupportLevel::Neutral, "neutral", QT_TRANSLATE_NOOP("SupportLevel", "Neutral")},
    {SupportLevel::NonSupporter, "non_supporter", QT_TRANSLATE_NOOP("SupportLevel", "Non-supporter")},
    {SupportLevel::Opponent, "opponent", QT_TRANSLATE_NOOP("SupportLevel", "Opponent")},
}};

constexpr std::array<detail::EnumEntry<Influence>, 3> influenceEntries {{
    {Influence::Low, "low", QT_TRANSLATE_NOOP("Influence", "Low")},
    {Influence::Medium, "medium", QT_TRANSLATE_NOOP("Influence", "Medium")},
    {Influence::High, "high", QT_TRANSLATE_NOOP("Influence", "High")},
}};

constexpr std::array<detail::EnumEntry<Relationship>, 5> relationshipEntries {{
    {Relationship::None, "none", QT_TRANSLATE_NOOP("Relationship", "None")},
    {Relationship::Cold, "cold", QT_TRANSLATE_NOOP("Relationship", "Cold")},
    {Relationship::Neutral, "neutral", QT_TRANSLATE_NOOP("Relationship", "Neutral")},
    {Relationship::Warm, "warm", QT_TRANSLATE_NOOP("Relationship", "Warm")},
    {Relationship::Strong, "strong", QT_TRANSLATE_NOOP("Relationship", "Strong")},
}};

} // namespace

QString keyOf(BuyingLayer layer)
{
    return detail::keyIn(layerEntries, layer);
}
QString keyOf(DecisionRole role)
{
    return detail::keyIn(roleEntries, role);
}
QString keyOf(SupportLevel support)
{
    return detail::keyIn(supportEntries, support);
}
QString keyOf(Influence influence)
{
    return detail::keyIn(influenceEntries, influence);
}
QString keyOf(Relationship relationship)
{
    return detail::keyIn(relationshipEntries, relationship);
}

QString displayName(BuyingLayer layer)
{
    return detail::nameIn("BuyingLayer", layerEntries, layer);
}
QString displayName(DecisionRole role)
{
    return detail::nameIn("DecisionRole", roleEntries, role);
}
QString displayName(SupportLevel support)
{
    return detail::nameIn("SupportLevel", supportEntries, support);
}
QString displayName(Influence influence)
{
    return detail::nameIn("Influence", influenceEntries, influence);
}
QString displayName(Relationship relationship)
{
    return detail::nameIn("Relationship", relationshipEntries, relationship);
}

std::optional<BuyingLayer> buyingLayerFromKey(const QString &key)
{
    return detail::fromKey(layerEntries, key);
}
std::optional<DecisionRole> decisionRoleFromKey(const QString &key)
{
    return detail::fromKey(roleEntries, key);
}
std::optional<SupportLevel> supportLevelFromKey(const QString &key)
{
    return detail::fromKey(supportEntries, key);
}
std::optional<Influence> influenceFromKey(const QString &key)
{
    return detail::fromKey(influenceEntries, key);
}
std::optional<Relationship> relationshipFromKey(const QString &key)
{
    return detail::fromKey(relationshipEntries, key);
}

} // namespace keyplan

#include "domain/touchpoint.h"

namespace keyplan {
namespace {

constexpr std::array<detail::EnumEntry<TouchpointKind>, 5> touchpointEntries {{
    {TouchpointKind::Meeting, "meeting", QT_TRANSLATE_NOOP("TouchpointKind", "Meeting")},
    {TouchpointKind::Call, "call", QT_TRANSLATE_NOOP("TouchpointKind", "Call")},
    {TouchpointKind::Email, "email", QT_TRANSLATE_NOOP("TouchpointKind", "Email")},
    {TouchpointKind::Qbr, "qbr", QT_TRANSLATE_NOOP("TouchpointKind", "QBR")},
    {TouchpointKind::Event, "event", QT_TRANSLATE_NOOP("TouchpointKind", "Event")},
}};

} // namespace

QString keyOf(TouchpointKind kind)
{
    return detail::keyIn(touchpointEntries, kind);
}
QString displayName(TouchpointKind kind)
{
    return detail::nameIn("TouchpointKind", touchpointEntries, kind);
}
std::optional<TouchpointKind> touchpointKindFromKey(const QString &key)
{
    return detail::fromKey(touchpointEntries, key);
}

} // namespace keyplan

namespace keyplan {
namespace {

constexpr std::array<detail::EnumEntry<LinkKind>, 2> linkEntries {{
    {LinkKind::DottedLine, "dotted_line", QT_TRANSLATE_NOOP("LinkKind", "Dotted-line report")},
    {LinkKind::Influence, "influence", QT_TRANSLATE_NOOP("LinkKind", "Influence")},
}};

} // namespace

QString keyOf(LinkKind kind)
{
    return detail::keyIn(linkEntries, kind);
}
QString displayName(LinkKind kind)
{
    return detail::nameIn("LinkKind", linkEntries, kind);
}
std::optional<LinkKind> linkKindFromKey(const QString &key)
{
    return detail::fromKey(linkEntries, key);
}

} // namespace keyplan
