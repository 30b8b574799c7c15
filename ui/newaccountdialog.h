#pragma once

#include "domain/account.h"
#include "domain/teammember.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace keyplan {

// Adds an account to the portfolio with the few facts every account needs.
class NewAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    NewAccountDialog(const QList<TeamMember> &team, const QString &currency, QWidget *parent = nullptr);

    Account account() const;
    QLineEdit *nameField() const { return m_name; }

private:
    void validate();

    QString m_currency;
    QLineEdit *m_name;
    QCheckBox *m_key;
    QComboBox *m_segment;
    QComboBox *m_tier;
    QComboBox *m_stage;
    QComboBox *m_owner;
    QLineEdit *m_arr;
    QLabel *m_arrProblem;
    QDialogButtonBox *m_buttons;
};

} // namespace keyplan
