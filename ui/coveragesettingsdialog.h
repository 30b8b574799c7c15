#pragma once

#include "domain/coverage.h"

#include <QDialog>

class QDoubleSpinBox;
class QListWidget;
class QSpinBox;

namespace keyplan {

// The plan's coverage settings, shared by everyone who opens the plan: which seats every key
// account's buying group should fill, when a relationship counts as active, when an account is
// single-threaded, when a map goes stale, and the target band for coverage depth.
class CoverageSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CoverageSettingsDialog(const CoverageSettings &settings, QWidget *parent = nullptr);

    CoverageSettings settings() const;
    QListWidget *seatList() const { return m_seats; }
    QSpinBox *activeWithinDays() const { return m_activeDays; }
    QSpinBox *targetLow() const { return m_targetLow; }
    QSpinBox *targetHigh() const { return m_targetHigh; }

    // The seats a user can require: buying layers and decision roles, each key once.
    static QStringList seatChoices();

private:
    void restoreDefaults();
    void show(const CoverageSettings &settings);

    QListWidget *m_seats;
    QSpinBox *m_activeDays;
    QSpinBox *m_singleThreaded;
    QSpinBox *m_staleDays;
    QSpinBox *m_targetLow;
    QSpinBox *m_targetHigh;
};

} // namespace keyplan
