#include "domain/accountenums.h"

#include <QCoreApplication>

#include <array>

namespace keyplan {
namespace {

template<typename Enum> struct Entry
{
    Enum value;
    const char *key;
    const char *name; // translatable source text
};

constexpr std::array<Entry<Segment>, 3> segmentEntries {{
    {Segment::Enterprise, "enterprise", QT_TRANSLATE_NOOP("Segment", "Enterprise")},
    {Segment::MidMarket, "mid_market", QT_TRANSLATE_NOOP("Segment", "Mid-market")},
    {Segment::Smb, "smb", QT_TRANSLATE_NOOP("Segment", "SMB")},
}};

constexpr std::array<Entry<Tier>, 4> tierEntries {{
    {Tier::Strategic, "strategic", QT_TRANSLATE_NOOP("Tier", "Strategic")},
    {Tier::Growth, "growth", QT_TRANSLATE_NOOP("Tier", "Growth")},
    {Tier::Standard, "standard", QT_TRANSLATE_NOOP("Tier", "Standard")},
    {Tier::AtRisk, "at_risk", QT_TRANSLATE_NOOP("Tier", "At risk")},
}};

constexpr std::array<Entry<Stage>, 6> stageEntries {{
    {Stage::PreKam, "pre_kam", QT_TRANSLATE_NOOP("Stage", "Pre-KAM")},
    {Stage::EarlyKam, "early_kam", QT_TRANSLATE_NOOP("Stage", "Early KAM")},
    {Stage::MidKam, "mid_kam", QT_TRANSLATE_NOOP("Stage", "Mid KAM")},
    {Stage::PartnershipKam, "partnership_kam", QT_TRANSLATE_NOOP("Stage", "Partnership KAM")},
    {Stage::SynergisticKam, "synergistic_kam", QT_TRANSLATE_NOOP("Stage", "Synergistic KAM")},
    {Stage::UncouplingKam, "uncoupling_kam", QT_TRANSLATE_NOOP("Stage", "Uncoupling KAM")},
}};

template<typename Enum, std::size_t N>
const Entry<Enum> &entryOf(const std::array<Entry<Enum>, N> &entries, Enum value)
{
    for (const auto &entry : entries) {
        if (entry.value == value)
            return entry;
    }
    return entries.front();
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<Entry<Enum>, N> &entries, const QString &key)
{
    for (const auto &entry : entries) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace

QString keyOf(Segment segment)
{
    return QLatin1StringView(entryOf(segmentEntries, segment).key);
}
QString keyOf(Tier tier)
{
    return QLatin1StringView(entryOf(tierEntries, tier).key);
}
QString keyOf(Stage stage)
{
    return QLatin1StringView(entryOf(stageEntries, stage).key);
}

QString displayName(Segment segment)
{
    return QCoreApplication::translate("Segment", entryOf(segmentEntries, segment).name);
}

QString displayName(Tier tier)
{
    return QCoreApplication::translate("Tier", entryOf(tierEntries, tier).name);
}

QString displayName(Stage stage)
{
    return QCoreApplication::translate("Stage", entryOf(stageEntries, stage).name);
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
    return fromKey(segmentEntries, key);
}
std::optional<Tier> tierFromKey(const QString &key)
{
    return fromKey(tierEntries, key);
}
std::optional<Stage> stageFromKey(const QString &key)
{
    return fromKey(stageEntries, key);
}

} // namespace keyplan
