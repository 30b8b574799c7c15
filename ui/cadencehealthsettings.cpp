#include "ui/cadencehealthsettings.h"

#include "domain/percent.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLocale>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <numeric>

namespace keyplan {
namespace {

QSpinBox *daysBox(QWidget *parent, int value)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 3650);
    box->setSuffix(CadenceHealthSettings::tr(" days"));
    box->setValue(value);
    return box;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

constexpr Tier tiers[] {Tier::Strategic, Tier::Growth, Tier::Standard, Tier::AtRisk};

} // namespace

CadenceHealthSettings::CadenceHealthSettings(
    const LivingPlanSettings &settings, const TrackRecord &record, QWidget *parent)
    : QWidget(parent)
    , m_manualDays(daysBox(this, settings.health.manualEntriesCountForDays))
{
    auto *cadenceBox = new QGroupBox(tr("Cadence by tier"), this);
    auto *cadence = new QGridLayout(cadenceBox);
    cadence->addWidget(plainLabel(tr("Touchpoints with each key stakeholder"), cadenceBox), 0, 1);
    cadence->addWidget(plainLabel(tr("Business review (QBR)"), cadenceBox), 0, 2);
    for (const Tier tier : tiers) {
        const int row = int(tier) + 1;
        const std::size_t at = std::size_t(tier);
        m_touchpoints.at(at) = daysBox(cadenceBox, settings.cadence.of(tier).touchpointDays);
        m_reviews.at(at) = daysBox(cadenceBox, settings.cadence.of(tier).reviewDays);
        m_touchpoints.at(at)->setAccessibleName(tr("%1: touchpoints every").arg(displayName(tier)));
        m_reviews.at(at)->setAccessibleName(tr("%1: business review every").arg(displayName(tier)));
        cadence->addWidget(plainLabel(tr("%1 accounts, every").arg(displayName(tier)), cadenceBox), row, 0);
        cadence->addWidget(m_touchpoints.at(at), row, 1, Qt::AlignLeft);
        cadence->addWidget(m_reviews.at(at), row, 2, Qt::AlignLeft);
    }
    cadence->setColumnStretch(3, 1);

    auto *healthBox = new QGroupBox(tr("Health scorecard"), this);
    auto *health = new QGridLayout(healthBox);
    auto *explain = plainLabel(tr("The score is the weighted mean of the measures that have data; a measure "
                                  "without data drops out and the card says so. Below 6 an account needs a risk "
                                  "review. A weight of 0 leaves a measure out."),
        healthBox);
    explain->setWordWrap(true);
    health->addWidget(explain, 0, 0, 1, 4);
    int row = 1;
    for (const HealthMeasure measure : allHealthMeasures) {
        const std::size_t at = std::size_t(measure);
        auto *box = new QSpinBox(healthBox);
        box->setRange(0, 100);
        box->setValue(settings.health.weights.of(measure));
        box->setAccessibleName(tr("Weight of %1").arg(displayName(measure)));
        m_weights.at(at) = box;
        m_shares.at(at) = plainLabel(QString(), healthBox);
        auto *name = plainLabel(displayName(measure)
                + (isAlwaysComputed(measure) ? tr(" (from the plan)")
                        : measure == HealthMeasure::Usage ? tr(" (from usage metrics, else entered)")
                                                          : tr(" (entered)")),
            healthBox);
        name->setBuddy(box);
        health->addWidget(name, row, 0);
        health->addWidget(box, row, 1);
        health->addWidget(m_shares.at(at), row, 2);
        connect(box, &QSpinBox::valueChanged, this, &CadenceHealthSettings::updateShares);
        ++row;
    }
    auto *manualLabel = plainLabel(tr("A score entered by hand counts for"), healthBox);
    manualLabel->setBuddy(m_manualDays);
    health->addWidget(manualLabel, row, 0);
    health->addWidget(m_manualDays, row, 1);
    health->setColumnStretch(3, 1);
    // Does the score predict anything? From the history and the ARR timelines.
    m_trackRecord = plainLabel(QString(), healthBox);
    m_trackRecord->setObjectName(QStringLiteral("trackRecord"));
    m_trackRecord->setWordWrap(true);
    const auto rate = [](std::optional<double> value) { return formatPercent(value, QLocale(), 0); };
    if (record.below == 0 || record.atOrAbove == 0)
        m_trackRecord->setText(tr("Track record: not enough history yet. It compares accounts scored below 6 with "
                                  "the others, month by month, once their scores are six months old."));
    else
        m_trackRecord->setText(
            tr("Track record: of %1 account-months scored below 6, %2 lost revenue within six months (%3); of %4 "
               "scored 6 or above, %5 did (%6). The further apart, the better the weights predict.")
                .arg(record.below)
                .arg(record.belowLost)
                .arg(rate(record.belowRate()))
                .arg(record.atOrAbove)
                .arg(record.atOrAboveLost)
                .arg(rate(record.atOrAboveRate())));
    health->addWidget(m_trackRecord, row + 1, 0, 1, 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(cadenceBox);
    layout->addWidget(healthBox);
    layout->addStretch(1);
    updateShares();
}

void CadenceHealthSettings::updateShares()
{
    int total = 0;
    for (const QSpinBox *box : m_weights)
        total += box->value();
    for (std::size_t i = 0; i < healthMeasureCount; ++i)
        m_shares.at(i)->setText(total > 0 ? formatPercent(double(m_weights.at(i)->value()) / total)
                                          : tr("give at least one measure a weight"));
}

LivingPlanSettings CadenceHealthSettings::applied(LivingPlanSettings base) const
{
    for (const Tier tier : tiers) {
        base.cadence.byTier.at(std::size_t(tier))
            = {m_touchpoints.at(std::size_t(tier))->value(), m_reviews.at(std::size_t(tier))->value()};
    }
    for (std::size_t i = 0; i < healthMeasureCount; ++i)
        base.health.weights.points.at(i) = m_weights.at(i)->value();
    base.health.manualEntriesCountForDays = m_manualDays->value();
    return base;
}

} // namespace keyplan
