#pragma once

#include "domain/goal.h"
#include "domain/opportunity.h"
#include "domain/whitespace.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace keyplan {

// Every field of one expansion opportunity: motion, title, what is sold to which business unit,
// the amount, stage and probability (the stage suggests one), expected close, the champion from
// the account's stakeholder map, and the six-point decision checklist with a note per point.
// An account to be fixed first says so at the top.
class OpportunityDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Choices
    {
        QList<Offering> offerings;
        QList<BusinessUnit> units;
        QList<Stakeholder> people; // the account's map; people who left are offered only if chosen
        QString currency;
        QString fixFirstWarning; // empty: none
        QList<Goal> goals; // the customer's, which the opportunity may serve
    };

    OpportunityDialog(const Opportunity &opportunity, const Choices &choices, QWidget *parent = nullptr);

    Opportunity opportunity() const;

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *amountField() const { return m_amount; }
    QComboBox *stageCombo() const { return m_stage; }
    QSpinBox *probabilityField() const { return m_probability; }
    QComboBox *championCombo() const { return m_champion; }
    QComboBox *goalCombo() const { return m_goal; }
    QLabel *goalLinkLabel() const { return m_goalLink; }
    QCheckBox *checkBox(DecisionCheck check) const { return m_checks.at(std::size_t(check)); }
    QLineEdit *noteField(DecisionCheck check) const { return m_notes.at(std::size_t(check)); }
    QLabel *warning() const { return m_warning; }
    QLabel *championWarning() const { return m_championWarning; }

private:
    void validate();
    void updateChecklistSummary();
    // A champion who has left supports nothing: the point reads no, and cannot be ticked.
    void updateChampionPoint();
    void updateGoalLink();

    Opportunity m_opportunity;
    QLabel *m_warning;
    QLabel *m_championWarning;
    QList<Stakeholder> m_people;
    QComboBox *m_motion;
    QLineEdit *m_title;
    QComboBox *m_offering;
    QComboBox *m_unit;
    QLineEdit *m_amount;
    QComboBox *m_stage;
    QSpinBox *m_probability;
    QDateEdit *m_close;
    QComboBox *m_champion;
    QComboBox *m_goal;
    QLabel *m_goalLink;
    QLabel *m_checklistSummary;
    std::array<QCheckBox *, decisionCheckCount> m_checks {};
    std::array<QLineEdit *, decisionCheckCount> m_notes {};
    QDialogButtonBox *m_buttons;
};

} // namespace keyplan
