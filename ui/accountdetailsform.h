#pragma once

#include "domain/account.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace keyplan {

class PlanDocument;

// The account's facts as a form. Every field writes through the undo stack when the user
// finishes with it; the form follows the plan when undo, another view or another user changes the
// account, leaving a field the user is typing in as typed. What was typed goes over the field as
// it was when typing began: a colleague's change to that field meanwhile is a conflict to settle,
// never overwritten unseen (a change to another field is not).
class AccountDetailsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountDetailsForm(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setAccount(AccountId id);
    // Writes a pending notes edit now (before the account or the plan changes).
    void flushPendingEdits();

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *arrField() const { return m_arr; }
    QLineEdit *industryField() const { return m_industry; }
    QComboBox *currencyField() const { return m_currency; }
    QComboBox *tierCombo() const { return m_tier; }
    QComboBox *ownerCombo() const { return m_owner; }
    QPlainTextEdit *notesField() const { return m_notes; }

private:
    void load();
    void arrTyped(); // records a dated change, asking its kind
    // `typedIn`: the line edit the value was typed in (its typing is over).
    void edit(AccountField field, const QVariant &value, QLineEdit *typedIn = nullptr);
    void showText(QLineEdit *field, const QString &text);
    // True, having said so, when the team server cannot be reached (the edit is not made).
    bool refusedOffline();
    void addOwner();

    PlanDocument *m_document = nullptr;
    AccountId m_accountId = 0;
    AccountId m_shownAccount = 0; // the account load() last read
    qint64 m_shownVersion = 0; // the account's version the form shows: edits go only over it
    qint64 m_notesVersion = 0; // the version the notes being typed started from
    struct Typing
    {
        qint64 version; // the account's, when typing began
        QString shown; // the field's stored text then
    };
    QHash<QLineEdit *, Typing> m_typing; // the fields being typed in
    QHash<QLineEdit *, QString> m_shownText; // each line edit's text as the plan holds it now
    bool m_loading = false;
    bool m_askingArr = false;
    bool m_sayingOffline = false; // while the refusal is shown (the field loses focus to it)
    QLineEdit *m_name;
    QCheckBox *m_key;
    QComboBox *m_segment;
    QComboBox *m_tier;
    QComboBox *m_owner;
    QLineEdit *m_industry;
    QLineEdit *m_region;
    QSpinBox *m_employees;
    QComboBox *m_currency;
    QLineEdit *m_arr;
    QDateEdit *m_renewal;
    QPlainTextEdit *m_notes;
    QTimer *m_notesTimer;
    QToolButton *m_addOwner;
};

} // namespace keyplan
