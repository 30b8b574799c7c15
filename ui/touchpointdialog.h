#pragma once

#include "domain/teammember.h"
#include "domain/touchpoint.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace keyplan {

// Records a contact with the customer: when, how, who was there on both sides, and a line of notes.
class TouchpointDialog final : public QDialog
{
    Q_OBJECT

public:
    TouchpointDialog(AccountId account, const QList<Stakeholder> &people, const QList<TeamMember> &team,
        std::optional<TeamMemberId> defaultMember, QWidget *parent = nullptr);

    Touchpoint touchpoint() const;
    QListWidget *peopleList() const { return m_people; }

private:
    void validate();

    AccountId m_account;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QComboBox *m_member;
    QListWidget *m_people;
    QLineEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace keyplan
