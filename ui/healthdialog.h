#pragma once

#include "domain/healthscore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace keyplan {

// Records one measure of the health scorecard entered by hand (usage without metrics, support load,
// sentiment, payment): a score from 1 (failing) to 10 (thriving) on a day, with a note on why.
class HealthDialog final : public QDialog
{
    Q_OBJECT

public:
    HealthDialog(AccountId account, const QDate &today, QWidget *parent = nullptr);

    HealthEntry entry() const;
    QComboBox *measureField() const { return m_measure; }
    QSpinBox *scoreField() const { return m_score; }
    QLineEdit *noteField() const { return m_note; }

private:
    AccountId m_account;
    QComboBox *m_measure;
    QSpinBox *m_score;
    QDateEdit *m_on;
    QLineEdit *m_note;
};

} // namespace keyplan
