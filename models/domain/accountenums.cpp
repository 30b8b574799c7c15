#include "domain/accountenums.h"

#include "domain/enumtable.h"

#include <array>

namespace keyplan {
namespace {

constexpr std::array<detail::EnumEntry<Segment>, 3> segmentEntries {{
    {Segment::Enterprise, "enterprise", QT_TRANSLATE_NOOP("Segment", "Enterprise")},
    {Segment::MidMarket, "mid_market", QT_TRANSLATE_NOOP("Segment", "Mid-market")},
    {Segment::Smb, "smb", QT_TRANSLATE_NOOP("Segment", "SMB")},
}};

constexpr std::array<detail::EnumEntry<Tier>, 4> tierEntries {{
    {Tier::Strategic, "strategic", QT_TRANSLATE_NOOP("Tier", "Strategic")},
    {Tier::Growth, "growth", QT_TRANSLATE_NOOP("Tier", "Growth")},
    {Tier::Standard, "standard", QT_TRANSLATE_NOOP("Tier", "Standard")},
    {Tier::AtRisk, "at_risk", QT_TRANSLATE_NOOP("Tier", "At risk")},
}};

constexpr std::array<detail::EnumEntry<Stage>, 6> stageEntries {{
    {Stage::PreKam, "pre_kam", QT_TRANSLATE_NOOP("Stage", "Pre-KAM")},
    {Stage::EarlyKam, "early_kam", QT_TRANSLATE_NOOP("Stage", "Early KAM")},
    {Stage::MidKam, "mid_kam", QT_TRANSLATE_NOOP("Stage", "Mid KAM")},
    {Stage::PartnershipKam, "partnership_kam", QT_TRANSLATE_NOOP("Stage", "Partnership KAM")},
    {Stage::SynergisticKam, "synergistic_kam", QT_TRANSLATE_NOOP("Stage", "Synergistic KAM")},
    {Stage::UncouplingKam, "uncoupling_kam", QT_TRANSLATE_NOOP("Stage", "Uncoupling KAM")},
}};

} // namespace

QString keyOf(Segment segment)
{
    return detail::keyIn(segmentEntries, segment);
}
QString keyOf(Tier tier)
{
    return detail::keyIn(tierEntries, tier);
}
QString keyOf(Stage stage)
{
    return detail::keyIn(stageEntries, stage);
}

QString displayName(Segment segment)
{
    return detail::nameIn("Segment", segmentEntries, segment);
}

QString displayName(Tier tier)
{
    return detail::nameIn("Tier", tierEntries, tier);
}

QString displayName(Stage stage)
{
    return detail::nameIn("Stage", stageEntries, stage);
}

QString description(Stage stage)
{
    switch (stage) {
    case Stage::PreKam:
        return QCoreApplication::translate(
            "Stage", "Is this account worth investing in? Potential and strategic fit.");
    case Stage::EarlyKam:
        return QCoreApplication::translate("Stage", "One contact; the buyer is still shopping around.");
    case Stage::MidKam:
        return QCoreApplication::translate("Stage", "Trust is building; more contacts on both sides.");
    case Stage::PartnershipKam:
        return QCoreApplication::translate("Stage", "We are the preferred supplier.");
    case Stage::SynergisticKam:
        return QCoreApplication::translate("Stage", "We plan together as one entity.");
    case Stage::UncouplingKam:
        return QCoreApplication::translate("Stage", "The relationship is breaking down.");
    }
    return {};
}

std::optional<Segment> segmentFromKey(const QString &key)
{
    return detail::fromKey(segmentEntries, key);
}
std::optional<Tier> tierFromKey(const QString &key)
{
    return detail::fromKey(tierEntries, key);
}
std::optional<Stage> stageFromKey(const QString &key)
{
    return detail::fromKey(stageEntries, key);
}

} // namespace keyplan
