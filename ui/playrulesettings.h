#pragma once

#include "domain/livingplansettings.h"

#include <QWidget>

class QSpinBox;
class QTableWidget;

namespace keyplan {

// Plan Settings' "Plays" tab: each built-in rule, switched on or off, with its parameters.
class PlayRuleSettings final : public QWidget
{
    Q_OBJECT

public:
    explicit PlayRuleSettings(const RuleSettings &settings, QWidget *parent = nullptr);

    LivingPlanSettings applied(LivingPlanSettings base) const;
    QTableWidget *table() const { return m_table; }
    // The spin box of a rule's parameter ("renewal_at_risk", "within_days"); null when none.
    QSpinBox *parameterBox(PlayRule rule, const char *key) const;

private:
    QTableWidget *m_table;
};

} // namespace keyplan
