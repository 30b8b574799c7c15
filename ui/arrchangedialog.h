#pragma once

#include "domain/arrchange.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace keyplan {

// Records or edits one change of an account's ARR: from which day, what kind of change, the ARR
// from then on (or the difference, whichever the user types), and a note. The ARR before the
// day comes from the rest of the timeline, so the difference and the suggested kind follow the
// day and the amount as they are typed.
class ArrChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    // `timeline`: the account's other changes (the one edited left out), oldest first.
    ArrChangeDialog(const QString &accountName, const QString &currency, QList<ArrChange> timeline,
        const ArrChange &change, QWidget *parent = nullptr);

    ArrChange change() const;

    QDateEdit *dayEdit() const { return m_day; }
    QLineEdit *arrEdit() const { return m_arr; }
    QLineEdit *deltaEdit() const { return m_delta; }
    QComboBox *kindCombo() const { return m_kind; }

private:
    MinorUnits before() const;
    bool hadArrBefore() const;
    void arrTyped();
    void deltaTyped();
    void dayChanged();
    void suggestKind();
    void validate();

    QList<ArrChange> m_timeline;
    ArrChange m_change;
    QString m_currency;
    QDateEdit *m_day;
    QLabel *m_before;
    QLineEdit *m_arr;
    QLineEdit *m_delta;
    QComboBox *m_kind;
    QLineEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_kindChosen = false; // the user picked a kind: stop suggesting
    bool m_typed = false; // the user changed the amount: only then does "no change" need saying
    bool m_updating = false;
};

} // namespace keyplan
