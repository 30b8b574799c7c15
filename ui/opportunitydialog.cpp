#include "ui/opportunitydialog.h"

#include "ui/editorwidgets.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace keyplan {

OpportunityDialog::OpportunityDialog(const Opportunity &opportunity, const Choices &choices, QWidget *parent)
    : QDialog(parent)
    , m_opportunity(opportunity)
    , m_warning(makeWarningBanner(this))
    , m_championWarning(makeWarningBanner(this))
    , m_people(choices.people)
    , m_motion(vocabularyCombo(this, allExpansionMotions, opportunity.motion))
    , m_title(new QLineEdit(opportunity.title, this))
    , m_offering(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_stage(vocabularyCombo(this, allOpportunityStages, opportunity.stage))
    , m_probability(new QSpinBox(this))
    , m_close(makeOptionalDateEdit(this))
    , m_champion(new QComboBox(this))
    , m_goal(new QComboBox(this))
    , m_goalLink(new QLabel(this))
    , m_checklistSummary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(opportunity.id > 0 ? tr("Edit Opportunity") : tr("Add Opportunity"));

    setWarningText(m_warning, choices.fixFirstWarning);

    m_title->setPlaceholderText(tr("Required, e.g. Time and Attendance for the Leeds depot"));
    m_offering->addItem(tr("None"), QVariant());
    for (const Offering &offering : choices.offerings)
        m_offering->addItem(offering.name, offering.id);
    m_offering->setCurrentIndex(
        opportunity.offeringId ? std::max(0, m_offering->findData(*opportunity.offeringId)) : 0);
    m_unit->addItem(tr("The whole account"), QVariant());
    for (const BusinessUnit &unit : choices.units)
        m_unit->addItem(unit.name, unit.id);
    m_unit->setCurrentIndex(
        opportunity.businessUnitId ? std::max(0, m_unit->findData(*opportunity.businessUnitId)) : 0);

    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setText(QLocale().toString(toMajorUnits(opportunity.amount), 'f', 2));
    m_amount->setToolTip(tr("Annual recurring revenue, in %1").arg(choices.currency));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral(" %"));
    m_probability->setValue(opportunity.probability);
    setOptionalDate(m_close, opportunity.expectedClose);

    // The champion: someone on the account's map. People who left are not offered, unless they
    // are the champion now (so that the dialog shows the truth and the user can replace them).
    QList<const Stakeholder *> people;
    for (const Stakeholder &person : choices.people) {
        if (!person.hasLeft() || person.id == opportunity.championId)
            people.append(&person);
    }
    QCollator collator;
    std::sort(people.begin(), people.end(),
        [&](const Stakeholder *a, const Stakeholder *b) { return collator.compare(a->name, b->name) < 0; });
    m_champion->addItem(
        choices.people.isEmpty() ? tr("Nobody yet (the account has no map)") : tr("Nobody yet"), QVariant());
    for (const Stakeholder *person : std::as_const(people)) {
        QString label
            = person->title.isEmpty() ? person->name : tr("%1 (%2)").arg(person->name, person->title);
        if (person->hasLeft())
            label = tr("%1 — left the company").arg(label);
        m_champion->addItem(label, person->id);
    }
    m_champion->setCurrentIndex(
        opportunity.championId ? std::max(0, m_champion->findData(*opportunity.championId)) : 0);

    // The customer's goal it serves: what the checklist's first point asks about.
    m_goal->addItem(choices.goals.isEmpty() ? tr("None (the account has no goals yet)") : tr("None"), QVariant());
    for (const Goal &goal : choices.goals) {
        if (goal.status != GoalStatus::Dropped || goal.id == opportunity.goalId)
            m_goal->addItem(goal.objective, goal.id);
    }
    m_goal->setCurrentIndex(opportunity.goalId ? std::max(0, m_goal->findData(*opportunity.goalId)) : 0);
    m_goalLink->setTextFormat(Qt::PlainText);
    m_goalLink->setWordWrap(true);
    m_goalLink->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Motion:"), m_motion);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("O&ffering:"), m_offering);
    form->addRow(tr("&Business unit:"), m_unit);
    form->addRow(tr("&Amount a year (%1):").arg(choices.currency), m_amount);
    form->addRow(QString(), amountProblemLine(m_amount));
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Probability:"), m_probability);
    form->addRow(tr("Expected &close:"), m_close);
    form->addRow(tr("C&hampion:"), m_champion);
    form->addRow(tr("Serves &goal:"), m_goal);

    auto *checklist = new QGroupBox(tr("Decision checklist"), this);
    auto *grid = new QGridLayout(checklist);
    grid->setColumnStretch(1, 1);
    for (const DecisionCheck check : allDecisionChecks) {
        const auto index = std::size_t(check);
        const CheckAnswer &answer = opportunity.checklist.at(index);
        m_checks[index] = new QCheckBox(displayName(check), checklist);
        m_checks[index]->setChecked(answer.met);
        m_notes[index] = new QLineEdit(answer.note, checklist);
        m_notes[index]->setPlaceholderText(tr("Note"));
        m_notes[index]->setMinimumWidth(280);
        m_notes[index]->setCursorPosition(0); // the start of a long note, not its end
        grid->addWidget(m_checks[index], int(index), 0);
        grid->addWidget(m_notes[index], int(index), 1);
        connect(m_checks[index], &QCheckBox::toggled, this, &OpportunityDialog::updateChecklistSummary);
    }
    // Under the goals point: the goal linked, or that none is.
    grid->addWidget(m_goalLink, decisionCheckCount + 1, 0, 1, 2);
    m_checklistSummary->setTextFormat(Qt::PlainText);
    m_checklistSummary->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(m_checklistSummary, decisionCheckCount + 2, 0, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_championWarning);
    layout->addLayout(form);
    layout->addWidget(checklist);
    layout->addWidget(m_buttons);

    // A new stage brings its usual probability; the user may still set another.
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        m_probability->setValue(
            defaultProbability(chosen(m_stage, opportunityStageFromKey, m_opportunity.stage)));
    });
    connect(m_champion, &QComboBox::currentIndexChanged, this, &OpportunityDialog::updateChampionPoint);
    connect(m_goal, &QComboBox::currentIndexChanged, this, &OpportunityDialog::updateGoalLink);
    connect(m_title, &QLineEdit::textChanged, this, &OpportunityDialog::validate);
    connect(m_amount, &QLineEdit::textChanged, this, &OpportunityDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    updateChampionPoint();
    updateGoalLink();
    resize(std::max(680, sizeHint().width()), sizeHint().height());
}

void OpportunityDialog::validate()
{
    const std::optional<MinorUnits> amount = parseMoney(m_amount->text());
    const bool amountOk = amount && *amount >= 0;
    m_amount->setStyleSheet(
        amountOk ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(amountOk && !m_title->text().trimmed().isEmpty());
}

void OpportunityDialog::updateChampionPoint()
{
    Opportunity chosenOne = m_opportunity;
    chosenOne.championId = chosenId(m_champion);
    const Stakeholder *gone = departedChampion(chosenOne, m_people);
    const auto index = std::size_t(DecisionCheck::Champion);
    QCheckBox *box = m_checks.at(index);
    QLineEdit *note = m_notes.at(index);
    const QSignalBlocker blocker(box);
    if (gone) {
        box->setChecked(false);
        box->setEnabled(false);
        note->setText(championLeftNote(*gone));
        note->setReadOnly(true);
        setWarningText(m_championWarning,
            tr("%1: the checklist's champion point is no until another champion is named.").arg(championLeftNote(*gone)));
    } else {
        // Back to the user's own answer.
        const CheckAnswer &answer = m_opportunity.checklist.at(index);
        if (!box->isEnabled()) {
            box->setChecked(answer.met);
            note->setText(answer.note);
        }
        box->setEnabled(true);
        note->setReadOnly(false);
        setWarningText(m_championWarning, QString());
    }
    updateChecklistSummary();
}

void OpportunityDialog::updateGoalLink()
{
    m_goalLink->setText(m_goal->currentData().isValid()
            ? tr("Aligned with the client's stated goals: it serves “%1”.").arg(m_goal->currentText())
            : tr("Aligned with the client's stated goals: no goal is linked. Link the goal it serves above."));
}

void OpportunityDialog::updateChecklistSummary()
{
    const auto met = std::count_if(
        m_checks.cbegin(), m_checks.cend(), [](const QCheckBox *box) { return box->isChecked(); });
    m_checklistSummary->setText(met == decisionCheckCount
            ? tr("All six answered yes: worth pursuing.")
            : tr("%1 of 6 answered yes. Pursue only what answers all six.").arg(met));
}

Opportunity OpportunityDialog::opportunity() const
{
    Opportunity o = m_opportunity;
    o.motion = chosen(m_motion, expansionMotionFromKey, o.motion);
    o.title = m_title->text().trimmed();
    o.offeringId = chosenId(m_offering);
    o.businessUnitId = chosenId(m_unit);
    o.amount = parseMoney(m_amount->text()).value_or(o.amount);
    o.stage = chosen(m_stage, opportunityStageFromKey, o.stage);
    o.probability = m_probability->value();
    o.expectedClose = optionalDate(m_close);
    o.championId = chosenId(m_champion);
    o.goalId = chosenId(m_goal);
    for (const DecisionCheck check : allDecisionChecks) {
        const auto index = std::size_t(check);
        // The point of a champion who left is shown as no, not stored so: the user's own answer stays.
        if (m_checks.at(index)->isEnabled())
            o.checklist[index] = {m_checks.at(index)->isChecked(), m_notes.at(index)->text().trimmed()};
    }
    return o;
}

} // namespace keyplan
