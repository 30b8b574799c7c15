#pragma once

#include "domain/account.h"
#include "domain/arrchange.h"
#include "domain/cadence.h"
#include "domain/coverage.h"
#include "domain/goal.h"
#include "domain/metricseries.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// The health scorecard (DOMAIN.md, "Health and signals"): an account's health, 1–10, is the
// weighted mean of the measures that have data. A measure with no data drops out of the mean and
// the card says so; it never counts as zero. Below 6 the account needs a risk review.
namespace keyplan {

enum class HealthMeasure { Usage, Support, Sentiment, Payment, Engagement, Relationship, Goals };
inline constexpr std::size_t healthMeasureCount = 7;
inline constexpr HealthMeasure allHealthMeasures[] {HealthMeasure::Usage, HealthMeasure::Support,
    HealthMeasure::Sentiment, HealthMeasure::Payment, HealthMeasure::Engagement, HealthMeasure::Relationship,
    HealthMeasure::Goals};

QString keyOf(HealthMeasure measure);
QString displayName(HealthMeasure measure);
std::optional<HealthMeasure> healthMeasureFromKey(const QString &key);
// Engagement, relationship and goal progress follow the plan; usage does when the account has a
// metric with thresholds; the others are entered by hand with a day and a note.
bool isAlwaysComputed(HealthMeasure measure);

inline constexpr double riskReviewBelow = 6.0;

enum class HealthBand { Critical, AtRisk, Fair, Healthy }; // below 4, below 6, below 8, 8 and up
HealthBand healthBand(double score);

// The user's weights (Plan Settings), in whole points; a measure weighted 0 is not asked for.
struct HealthWeights
{
    std::array<int, healthMeasureCount> points {20, 10, 15, 10, 15, 20, 10};

    int of(HealthMeasure measure) const { return points.at(std::size_t(measure)); }
    // "usage=20,support=10,...": stored with each snapshot of the history, so a change of weights
    // can be told from a change of the account.
    QString key() const;
    static std::optional<HealthWeights> fromKey(const QString &key);
    bool operator==(const HealthWeights &) const = default;
};

struct HealthSettings
{
    HealthWeights weights;
    int manualEntriesCountForDays = 365; // an older entry no longer speaks for the measure

    bool operator==(const HealthSettings &) const = default;
};

// A measure entered by hand: its score on a day, and why.
struct HealthEntry
{
    qint64 id = 0;
    AccountId accountId = 0;
    HealthMeasure measure = HealthMeasure::Sentiment;
    QDate on;
    int score = 7; // 1–10
    QString note;
    qint64 version = 1;

    bool operator==(const HealthEntry &) const = default;
};

// The user's own score, with a reason, until a day; after it the computed score returns.
struct HealthOverride
{
    qint64 id = 0;
    AccountId accountId = 0;
    int score = 5; // 1–10
    QString reason;
    QDate setOn;
    QDate expiresOn; // the last day it holds
    qint64 version = 1;

    bool holdsOn(const QDate &day) const { return setOn <= day && day <= expiresOn; }
    bool operator==(const HealthOverride &) const = default;
};

struct MeasureValue
{
    std::optional<double> score; // 1–10; nothing: no data
    QDate on; // the entry's day, for a measure entered by hand
    QString basis; // what it rests on, for the card: "2 of 3 key stakeholders contacted within 7 days"
};

struct HealthCard
{
    std::array<MeasureValue, healthMeasureCount> measures;
    std::optional<double> computed; // the weighted mean of the measures with data
    std::optional<HealthOverride> override; // the one holding today
    QList<HealthMeasure> withoutData; // weighted, but nothing to go on

    const MeasureValue &measure(HealthMeasure m) const { return measures.at(std::size_t(m)); }
    // The override while it holds, else the computed score.
    std::optional<double> score() const;
    bool needsRiskReview() const;
};

// What a card is computed from: one account's plan.
struct HealthInputs
{
    Tier tier = Tier::Standard;
    QList<Stakeholder> stakeholders;
    QList<Touchpoint> touchpoints;
    QDate lastMapReview;
    QList<Goal> goals;
    QList<HealthEntry> entries;
    QList<MetricSeries> metrics;
    QList<HealthOverride> overrides;
};

// Key stakeholders: at the company and holding a decision role (champion, economic buyer,
// decision maker), the executive sponsor's or economic buyer's seat, or high influence.
bool isKeyStakeholder(const Stakeholder &stakeholder);

HealthCard computeHealthCard(const HealthInputs &inputs, const HealthSettings &settings,
    const CadenceSettings &cadence, const CoverageSettings &coverage, const QDate &today);

// Scores are kept and compared in tenths (6.4 -> 64): no binary noise in the history.
int inTenths(double score);

// The history: a dated snapshot whenever the score changes, tagged with the weights in force.
struct HealthSnapshot
{
    qint64 id = 0;
    AccountId accountId = 0;
    QDate on;
    int tenths = 0;
    QString weights; // HealthWeights::key() in force
    bool overridden = false;

    bool operator==(const HealthSnapshot &) const = default;
};

// The score on a day: the last snapshot on or before it. `history` oldest first.
std::optional<int> tenthsOn(const QList<HealthSnapshot> &history, const QDate &day);
// Whether today's card is news to the history: another score, other weights, or an override
// begun or ended.
bool isNewSnapshot(const QList<HealthSnapshot> &history, int tenths, const QString &weights, bool overridden);

struct HealthTrend
{
    std::optional<int> since30; // tenths gained (negative: lost) since 30 days ago
    std::optional<int> since90;
};
HealthTrend healthTrend(const QList<HealthSnapshot> &history, int tenthsToday, const QDate &today);

// Does the score predict anything? At the start of every month of the history that is at least
// six months old, each account scored below 6 or at 6 and above is one observation; it "lost
// revenue" when its ARR six months later was below its ARR that day.
struct TrackRecord
{
    int below = 0; // account-months scored below 6
    int belowLost = 0;
    int atOrAbove = 0;
    int atOrAboveLost = 0;

    std::optional<double> belowRate() const;
    std::optional<double> atOrAboveRate() const;
};
TrackRecord computeTrackRecord(const QHash<AccountId, QList<HealthSnapshot>> &histories,
    const QHash<AccountId, QList<ArrChange>> &timelines, const QDate &today, int horizonMonths = 6);

} // namespace keyplan
