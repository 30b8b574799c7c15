#pragma once

#include "domain/healthmark.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace keyplan {

// Records how healthy an account is today (or on another day): a score from 1 (failing) to 10
// (thriving) with a note on why.
class HealthDialog final : public QDialog
{
    Q_OBJECT

public:
    HealthDialog(AccountId account, const HealthMark &previous, QWidget *parent = nullptr);

    HealthMark mark() const;
    QSpinBox *scoreField() const { return m_score; }
    QLineEdit *noteField() const { return m_note; }

private:
    AccountId m_account;
    QSpinBox *m_score;
    QDateEdit *m_on;
    QLineEdit *m_note;
};

} // namespace keyplan
