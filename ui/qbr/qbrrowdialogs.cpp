#include "ui/qbr/qbrrowdialogs.h"

#include "ui/editorwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <limits>

namespace keyplan {

namespace {

class RowText
{
    Q_DECLARE_TR_FUNCTIONS(QbrRowDialogs)
};

QDoubleSpinBox *measureEdit(QWidget *parent, double value)
{
    auto *edit = new QDoubleSpinBox(parent);
    edit->setRange(-1e12, 1e12);
    edit->setDecimals(2);
    edit->setGroupSeparatorShown(true);
    edit->setValue(value);
    return edit;
}

// A line of the row's text, shown from its start (a long remediation would open scrolled to its end).
QLineEdit *lineEdit(QWidget *parent, const QString &text, const QString &placeholder)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setPlaceholderText(placeholder);
    edit->setCursorPosition(0);
    return edit;
}

QDateEdit *dateEdit(QWidget *parent, const QDate &date)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

std::optional<ValueOutcome> editValueOutcome(
    QWidget *parent, const QString &title, const ValueOutcome &outcome, const QList<Goal> &goals)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *metric = lineEdit(&dialog, outcome.metric, RowText::tr("Hours spent on rotas each week"));
    auto *before = measureEdit(&dialog, outcome.before);
    auto *after = measureEdit(&dialog, outcome.after);
    auto *unit = lineEdit(&dialog, outcome.unit, RowText::tr("hours a week, £ a month, %"));
    auto *achieved = dateEdit(&dialog, outcome.achievedOn);
    auto *note = lineEdit(&dialog, outcome.note, RowText::tr("How it was achieved, in the customer's words"));
    auto *goal = new QComboBox(&dialog);
    goal->addItem(goals.isEmpty() ? RowText::tr("None (the account has no goals yet)") : RowText::tr("None"), QVariant());
    for (const Goal &g : goals) {
        if (g.status != GoalStatus::Dropped || g.id == outcome.goalId)
            goal->addItem(g.objective, g.id);
    }
    goal->setCurrentIndex(outcome.goalId ? std::max(0, goal->findData(*outcome.goalId)) : 0);
    auto *form = new QFormLayout;
    form->addRow(RowText::tr("&Outcome:"), metric);
    form->addRow(RowText::tr("&Before:"), before);
    form->addRow(RowText::tr("&After:"), after);
    form->addRow(RowText::tr("&Unit:"), unit);
    form->addRow(RowText::tr("A&chieved on:"), achieved);
    form->addRow(RowText::tr("&Note:"), note);
    form->addRow(RowText::tr("Against &goal:"), goal);
    if (!execFormDialog(
            dialog, form, [metric] { return !metric->text().trimmed().isEmpty(); }, {metric}, 540))
        return std::nullopt;
    ValueOutcome edited = outcome;
    edited.metric = metric->text().trimmed();
    edited.before = before->value();
    edited.after = after->value();
    edited.unit = unit->text().trimmed();
    edited.achievedOn = achieved->date();
    edited.note = note->text().trimmed();
    edited.goalId = goal->currentData().isValid() ? std::optional<qint64>(goal->currentData().toLongLong()) : std::nullopt;
    return edited;
}

std::optional<Risk> editRisk(
    QWidget *parent, const QString &title, const Risk &risk, const QList<TeamMember> &team)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *what = lineEdit(&dialog, risk.title, RowText::tr("What could go wrong"));
    QComboBox *severity = vocabularyCombo(&dialog, allRiskSeverities, risk.severity);
    QComboBox *status = vocabularyCombo(&dialog, allRiskStatuses, risk.status);
    auto *remediation = lineEdit(&dialog, risk.remediation, RowText::tr("The plan to fix it"));
    QComboBox *owner = makeOwnerCombo(&dialog, team);
    owner->setCurrentIndex(std::max(0, owner->findData(risk.ownerId ? QVariant(*risk.ownerId) : QVariant())));
    QDateEdit *due = makeOptionalDateEdit(&dialog);
    setOptionalDate(due, risk.dueOn);
    auto *form = new QFormLayout;
    form->addRow(RowText::tr("&Risk:"), what);
    form->addRow(RowText::tr("&Severity:"), severity);
    form->addRow(RowText::tr("S&tatus:"), status);
    form->addRow(RowText::tr("R&emediation:"), remediation);
    form->addRow(RowText::tr("&Owner:"), owner);
    form->addRow(RowText::tr("&Due:"), due);
    if (!execFormDialog(
            dialog, form, [what] { return !what->text().trimmed().isEmpty(); }, {what}, 560))
        return std::nullopt;
    Risk edited = risk;
    edited.title = what->text().trimmed();
    edited.severity = chosen(severity, riskSeverityFromKey, risk.severity);
    edited.status = chosen(status, riskStatusFromKey, risk.status);
    edited.remediation = remediation->text().trimmed();
    edited.ownerId = chosenId(owner);
    edited.dueOn = optionalDate(due);
    if (!edited.raisedOn.isValid())
        edited.raisedOn = QDate::currentDate();
    return edited;
}

std::optional<NextStep> editNextStep(QWidget *parent, const QString &title, const NextStep &step)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *action = lineEdit(&dialog, step.action, RowText::tr("Send the business case to the CFO"));
    auto *owner = lineEdit(&dialog, step.owner, RowText::tr("Who does it, on either side"));
    QDateEdit *due = makeOptionalDateEdit(&dialog);
    setOptionalDate(due, step.dueOn);
    auto *done = new QCheckBox(RowText::tr("Done"), &dialog);
    done->setChecked(step.done);
    auto *form = new QFormLayout;
    form->addRow(RowText::tr("&Action:"), action);
    form->addRow(RowText::tr("&Owner:"), owner);
    form->addRow(RowText::tr("&Due:"), due);
    form->addRow(QString(), done);
    if (!execFormDialog(
            dialog, form, [action] { return !action->text().trimmed().isEmpty(); }, {action}, 500))
        return std::nullopt;
    NextStep edited = step;
    edited.action = action->text().trimmed();
    edited.owner = owner->text().trimmed();
    edited.dueOn = optionalDate(due);
    edited.done = done->isChecked();
    return edited;
}

} // namespace keyplan
