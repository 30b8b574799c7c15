#pragma once

#include "domain/teammember.h"
#include "domain/touchpoint.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace keyplan {

class PlanDocument;

// Records a contact with the customer: when, how, who was there on both sides, and notes (as
// many lines as it takes). Opened on a person (chosen on the People tab or the map), it has them
// ticked; typing in the search box narrows the account's people to those whose name or title
// matches.
class TouchpointDialog final : public QDialog
{
    Q_OBJECT

public:
    TouchpointDialog(AccountId account, const QList<Stakeholder> &people, const QList<TeamMember> &team,
        std::optional<TeamMemberId> defaultMember, QWidget *parent = nullptr);

    // Ticks this person and shows them in the list.
    void choosePerson(StakeholderId id);
    Touchpoint touchpoint() const;
    QListWidget *peopleList() const { return m_people; }
    QLineEdit *searchField() const { return m_search; }
    QPlainTextEdit *notesField() const { return m_notes; }

    // Asks for a touchpoint with the account's people (the person ticked, when given) and records
    // it through the document (an undoable step).
    static void record(PlanDocument *document, AccountId account, std::optional<StakeholderId> person, QWidget *parent);

private:
    void validate();
    void filterPeople(const QString &text);

    AccountId m_account;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QListWidget *m_members; // ours, to tick
    QLineEdit *m_search;
    QListWidget *m_people;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace keyplan
