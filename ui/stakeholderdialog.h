#pragma once

#include "domain/personsignal.h"
#include "domain/stakeholder.h"
#include "domain/teammember.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace keyplan {

// Every field of one person on the stakeholder map: who they are, where they sit, how they buy,
// how well we know them and who on our side owns that, and whether they left. When an import
// noticed they may have left, the dialog opens with that evidence and asks the user to settle it:
// still there, or left (which ticks "Left the company on").
class StakeholderDialog final : public QDialog
{
    Q_OBJECT

public:
    // `colleagues` are the other people on the map (the choices for reports-to).
    StakeholderDialog(const Stakeholder &person, const QList<Stakeholder> &colleagues,
        const QList<TeamMember> &team, QWidget *parent = nullptr,
        const std::optional<PersonSignal> &mayHaveLeft = std::nullopt);

    Stakeholder stakeholder() const;
    // Whether OK settles the open "may have left" signal: the user said they are still there, or
    // marked them as left.
    bool settlesSignal() const;
    QLineEdit *nameField() const { return m_name; }
    QComboBox *reportsToCombo() const { return m_reportsTo; }
    QComboBox *relationshipCombo() const { return m_relationship; }

private:
    void validate();
    QWidget *makeSignalPanel(const PersonSignal &signal);
    void showSignalState();

    Stakeholder m_person;
    std::optional<PersonSignal> m_signal;
    bool m_stillThere = false;
    QLabel *m_signalState = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QLineEdit *m_department;
    QLineEdit *m_businessUnit;
    QComboBox *m_reportsTo;
    QComboBox *m_layer;
    QComboBox *m_role;
    QComboBox *m_support;
    QComboBox *m_influence;
    QComboBox *m_relationship;
    QComboBox *m_desired;
    QComboBox *m_owner;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_notes;
    QCheckBox *m_left;
    QDateEdit *m_leftOn;
    QDialogButtonBox *m_buttons;
};

} // namespace keyplan
