#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The closed vocabularies of an account: segment, tier and Millman–Wilson stage.
// Each value has a stable key (stored in the plan file and the JSON report, never translated)
// and a translated display name.
namespace keyplan {

enum class Segment { Enterprise, MidMarket, Smb };
enum class Tier { Strategic, Growth, Standard, AtRisk };
enum class Stage { PreKam, EarlyKam, MidKam, PartnershipKam, SynergisticKam, UncouplingKam };

QString keyOf(Segment segment);
QString keyOf(Tier tier);
QString keyOf(Stage stage);

QString displayName(Segment segment);
QString displayName(Tier tier);
QString displayName(Stage stage);

// A one-line hint of what the stage means, for tooltips.
QString description(Stage stage);

std::optional<Segment> segmentFromKey(const QString &key);
std::optional<Tier> tierFromKey(const QString &key);
std::optional<Stage> stageFromKey(const QString &key);

// Every value in its natural order, for combo boxes and loops.
inline constexpr Segment allSegments[] = {Segment::Enterprise, Segment::MidMarket, Segment::Smb};
inline constexpr Tier allTiers[] = {Tier::Strategic, Tier::Growth, Tier::Standard, Tier::AtRisk};
inline constexpr Stage allStages[] = {Stage::PreKam, Stage::EarlyKam, Stage::MidKam, Stage::PartnershipKam,
    Stage::SynergisticKam, Stage::UncouplingKam};

} // namespace keyplan
