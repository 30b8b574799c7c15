#pragma once

#include "domain/livingplansettings.h"

#include <QWidget>

#include <array>

class QLabel;
class QSpinBox;

namespace keyplan {

// Plan Settings' "Cadence and Health" tab: how often each tier's key stakeholders are contacted
// and its business reviews held, the health scorecard's weights (with each one's share of the
// whole), how long a score entered by hand speaks for its measure, and the scorecard's track
// record: whether accounts scored below 6 lost revenue more often than the others.
class CadenceHealthSettings final : public QWidget
{
    Q_OBJECT

public:
    // `record`: how the plan's history of scores has predicted lost revenue so far.
    CadenceHealthSettings(const LivingPlanSettings &settings, const TrackRecord &record, QWidget *parent = nullptr);

    // `base` with this tab's values.
    LivingPlanSettings applied(LivingPlanSettings base) const;
    QSpinBox *touchpointDays(Tier tier) const { return m_touchpoints.at(std::size_t(tier)); }
    QSpinBox *reviewDays(Tier tier) const { return m_reviews.at(std::size_t(tier)); }
    QSpinBox *weight(HealthMeasure measure) const { return m_weights.at(std::size_t(measure)); }
    QLabel *shareLabel(HealthMeasure measure) const { return m_shares.at(std::size_t(measure)); }
    QLabel *trackRecordLabel() const { return m_trackRecord; }

private:
    void updateShares();

    std::array<QSpinBox *, 4> m_touchpoints {};
    std::array<QSpinBox *, 4> m_reviews {};
    std::array<QSpinBox *, healthMeasureCount> m_weights {};
    std::array<QLabel *, healthMeasureCount> m_shares {};
    QSpinBox *m_manualDays;
    QLabel *m_trackRecord;
};

} // namespace keyplan
