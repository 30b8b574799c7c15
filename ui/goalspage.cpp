#include "ui/goalspage.h"
#include "item/itemcolours.h"
#include "ui/keyboardaccess.h"

#include "domain/accounthealth.h"
#include "domain/dayformat.h"
#include "domain/goalvalue.h"
#include "item/plaintooltip.h"
#include "item/goalediting.h"
#include "item/valueoutcomemodel.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/reviewediting.h"
#include "ui/editorwidgets.h"
#include "ui/treeitems.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace keyplan {
namespace {

enum GoalColumn { Objective, Measure, From, To, Due, Status, TheirOwner, OurOwner, Serves };

QString number(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'g', 12) : QString();
}

// What reaching the target would be worth to the customer, as the dialog is filled in; or how to
// get there.
QString valueAtTargetText(std::optional<double> baseline, std::optional<double> target, std::optional<MinorUnits> unitValue,
    ValuePeriod per, const QString &unit, const QString &currency)
{
    if (!unitValue)
        return GoalsPage::tr("Without a value of a unit, results are told in their unit only.");
    if (!baseline || !target || *baseline == *target)
        return GoalsPage::tr("Give a baseline and a different target to count the value of the results.");
    const std::optional<MinorUnits> amount = valueOfImprovement(std::abs(*target - *baseline), *unitValue, per);
    if (!amount)
        return GoalsPage::tr("That value is too large to count.");
    const QString worth = formatMoney(*amount, currency);
    const QString measure = formatMeasure(std::abs(*target - *baseline), unit);
    return per == ValuePeriod::Once ? GoalsPage::tr("Reaching the target (%1 better) would be worth %2 to them, once.").arg(measure, worth)
                                    : GoalsPage::tr("Reaching the target (%1 better) would be worth %2 a year to them.").arg(measure, worth);
}

} // namespace

GoalsPage::GoalsPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add &Goal…"), this))
    , m_edit(new QPushButton(tr("Ed&it…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("goals"));
    prepareItemView(m_list, tr("Goals"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Objective"), tr("Measured by"), tr("Baseline"), tr("Target"), tr("Due"), tr("Status"),
        tr("Their owner"), tr("Ours"), tr("Served by")});
    m_list->header()->resizeSection(Objective, 260);
    m_list->header()->resizeSection(Measure, 200);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &GoalsPage::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { m_edit->click(); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        Goal goal;
        goal.accountId = m_accountId;
        goal.dueOn = m_document->asOf().addMonths(6);
        if (const std::optional<Account> account = m_document->account(m_accountId))
            goal.ownerId = account->ownerId;
        edit(goal);
    });
    // Each finds the goal first, then acts on a copy: acting refreshes the page, which replaces m_goals.
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const std::optional<Goal> goal = shownGoal())
            edit(*goal);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const std::optional<Goal> goal = shownGoal(); m_document && goal) // over the goal as shown
            GoalEditing::of(m_document)->removeGoal(goal->id, goal->version);
    });
    updateButtons();
}

void GoalsPage::setDocument(PlanDocument *document)
{
    if (m_document) {
        disconnect(GoalEditing::of(m_document), nullptr, this, nullptr);
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        const auto mine = [this](AccountId id) {
            if (id == m_accountId)
                refresh();
        };
        connect(GoalEditing::of(document), &GoalEditing::goalsChanged, this, mine);
        connect(document, &PlanDocument::pipelineChanged, this, mine);
        connect(document, &PlanDocument::reviewsChanged, this, mine);
        connect(document, &PlanDocument::stakeholdersChanged, this, mine);
    }
    setAccount(0);
}

void GoalsPage::setAccount(AccountId id)
{
    m_accountId = id;
    setEnabled(m_document && id > 0);
    refresh();
}

std::optional<Goal> GoalsPage::shownGoal() const
{
    const GoalId id = currentGoal();
    for (const Goal &goal : m_goals) {
        if (goal.id == id)
            return goal;
    }
    return std::nullopt;
}

GoalId GoalsPage::currentGoal() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Objective, Qt::UserRole).toLongLong() : 0;
}

void GoalsPage::refresh()
{
    m_goals = m_document && m_accountId ? GoalEditing::of(m_document)->goals(m_accountId) : QList<Goal>();
    if (!m_document || !m_accountId) {
        m_list->clear();
        m_summary->clear();
        updateButtons();
        return;
    }
    QHash<qint64, QString> people;
    for (const Stakeholder &person : m_document->stakeholders(m_accountId))
        people.insert(person.id, person.name);
    QHash<qint64, QStringList> serving;
    for (const ValueOutcome &outcome : ReviewEditing::of(m_document)->valueOutcomes(m_accountId)) {
        if (outcome.goalId)
            serving[*outcome.goalId].append(outcome.metric);
    }
    for (const Opportunity &opportunity : PipelineEditing::of(m_document)->opportunities(m_accountId)) {
        if (opportunity.goalId)
            serving[*opportunity.goalId].append(opportunity.title);
    }
    const QDate today = m_document->asOf();
    int counted = 0;
    int atRisk = 0;
    QList<qint64> ids;
    for (const Goal &goal : std::as_const(m_goals)) {
        ids.append(goal.id);
        counted += goal.status != GoalStatus::Dropped ? 1 : 0;
        atRisk += goal.status == GoalStatus::AtRisk || goal.isOverdue(today) ? 1 : 0;
    }
    // In place: the chosen goal, the scroll position and the other rows stay as a change arrives.
    syncTopLevelItems(m_list, ids, [&](QTreeWidgetItem *item, qsizetype row) {
        const Goal &goal = m_goals.at(row);
        const QString unit = goal.unit.isEmpty() ? QString() : QStringLiteral(" ") + goal.unit;
        const QStringList texts {goal.objective, goal.measure, goal.baseline ? number(goal.baseline) + unit : QString(),
            goal.target ? number(goal.target) + unit : QString(), formatDay(goal.dueOn), displayName(goal.status),
            goal.customerOwnerId ? people.value(*goal.customerOwnerId) : QString(),
            m_document->teamMemberName(goal.ownerId), serving.value(goal.id).join(QStringLiteral("; "))};
        for (int column = 0; column < texts.size(); ++column)
            item->setText(column, texts.at(column));
        item->setToolTip(Objective, plainToolTip(goal.objective));
        item->setData(Due, Qt::ForegroundRole, goal.isOverdue(today) ? QVariant(colours::attention()) : QVariant());
    });
    const std::optional<double> progress = goalProgressScore(m_goals, today);
    m_summary->setText(m_goals.isEmpty()
            ? tr("No goals yet. Write down what the customer wants to achieve: value delivered, the QBR and every "
                 "expansion case point back to it.")
            : tr("Goals counted: %1 · at risk or overdue: %2 · goal progress on the health scorecard: %3 of 10")
                  .arg(counted)
                  .arg(atRisk)
                  .arg(formatHealth(progress)));
    updateButtons();
}

void GoalsPage::updateButtons()
{
    const bool writable = m_document && !m_document->isReadOnly() && m_accountId;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && currentGoal());
    m_remove->setEnabled(writable && currentGoal());
}

void GoalsPage::edit(const Goal &goal)
{
    if (!m_document || m_document->isReadOnly())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(goal.id ? tr("Edit Goal") : tr("Add Goal"));
    auto *objective = new QLineEdit(goal.objective, &dialog);
    objective->setPlaceholderText(tr("Required, in the customer's words: Cut the time spent building rotas"));
    auto *measure = new QLineEdit(goal.measure, &dialog);
    measure->setPlaceholderText(tr("Hours a week on rotas, from the scheduler's log"));
    auto *unit = new QLineEdit(goal.unit, &dialog);
    unit->setPlaceholderText(tr("hours a week"));
    auto *baseline = new QLineEdit(number(goal.baseline), &dialog);
    auto *target = new QLineEdit(number(goal.target), &dialog);
    const QString currency = m_document->account(goal.accountId) ? m_document->account(goal.accountId)->currency
                                                                 : QStringLiteral("GBP");
    auto *worth = new QLineEdit(goal.unitValue ? moneyEditText(*goal.unitValue) : QString(), &dialog);
    worth->setPlaceholderText(tr("Optional: what one unit saves them, e.g. 32 for a manager's hour"));
    worth->setToolTip(tr("With a value, the QBR tells the results in money and what they return on what the "
                         "customer pays."));
    auto *per = new QComboBox(&dialog);
    for (const ValuePeriod period : allValuePeriods)
        per->addItem(displayName(period), int(period));
    per->setCurrentIndex(per->findData(int(goal.valuePer)));
    auto *atTarget = new QLabel(&dialog);
    atTarget->setTextFormat(Qt::PlainText);
    atTarget->setWordWrap(true);
    auto *due = makeOptionalDateEdit(&dialog);
    setOptionalDate(due, goal.dueOn);
    auto *status = new QComboBox(&dialog);
    for (const GoalStatus s : allGoalStatuses)
        status->addItem(displayName(s), int(s));
    status->setCurrentIndex(status->findData(int(goal.status)));
    auto *theirs = new QComboBox(&dialog);
    theirs->addItem(tr("Nobody named"), QVariant());
    for (const Stakeholder &person : m_document->stakeholders(goal.accountId)) {
        if (!person.hasLeft() || person.id == goal.customerOwnerId)
            theirs->addItem(person.title.isEmpty() ? person.name : tr("%1 (%2)").arg(person.name, person.title), person.id);
    }
    theirs->setCurrentIndex(goal.customerOwnerId ? std::max(0, theirs->findData(*goal.customerOwnerId)) : 0);
    auto *ours = makeOwnerCombo(&dialog, m_document->team());
    if (goal.ownerId)
        ours->setCurrentIndex(std::max(0, ours->findData(*goal.ownerId)));
    auto *problem = new QLabel(&dialog);
    problem->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Objective:"), objective);
    form->addRow(tr("&Measured by:"), measure);
    form->addRow(tr("&Unit:"), unit);
    form->addRow(tr("&Baseline:"), baseline);
    form->addRow(tr("&Target:"), target);
    form->addRow(tr("&Value of a unit (%1):").arg(currency), worth);
    form->addRow(QString(), amountProblemLine(worth));
    form->addRow(tr("Re&curs:"), per);
    form->addRow(QString(), atTarget);
    form->addRow(tr("&Due:"), due);
    form->addRow(tr("&Status:"), status);
    form->addRow(tr("T&heir owner:"), theirs);
    form->addRow(tr("Our o&wner:"), ours);
    form->addRow(problem);
    form->addRow(buttons);
    const auto unitValue = [worth]() -> std::optional<std::optional<MinorUnits>> {
        if (worth->text().trimmed().isEmpty())
            return std::optional<MinorUnits>();
        const std::optional<MinorUnits> amount = parseMoney(worth->text());
        if (!amount || *amount <= 0)
            return std::nullopt;
        return amount;
    };
    const auto validate = [&] {
        const bool numbers = parseOptionalNumber(baseline->text()) && parseOptionalNumber(target->text());
        const bool money = unitValue().has_value();
        problem->setText(!numbers ? tr("Baseline and target are numbers (or left empty).")
                : !money          ? tr("The value of a unit is an amount above zero (or left empty).")
                                  : QString());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(numbers && money && !objective->text().trimmed().isEmpty());
        atTarget->setText(valueAtTargetText(parseOptionalNumber(baseline->text()).value_or(std::nullopt),
            parseOptionalNumber(target->text()).value_or(std::nullopt), unitValue().value_or(std::nullopt),
            ValuePeriod(per->currentData().toInt()), unit->text().trimmed(), currency));
    };
    for (QLineEdit *field : {objective, baseline, target, worth, unit})
        connect(field, &QLineEdit::textChanged, &dialog, validate);
    connect(per, &QComboBox::currentIndexChanged, &dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Goal result = goal;
    result.objective = objective->text();
    result.measure = measure->text().trimmed();
    result.unit = unit->text().trimmed();
    result.baseline = parseOptionalNumber(baseline->text()).value_or(std::nullopt);
    result.target = parseOptionalNumber(target->text()).value_or(std::nullopt);
    result.unitValue = unitValue().value_or(std::nullopt);
    result.valuePer = ValuePeriod(per->currentData().toInt());
    result.dueOn = optionalDate(due);
    result.status = GoalStatus(status->currentData().toInt());
    result.customerOwnerId = theirs->currentData().isValid() ? std::optional<qint64>(theirs->currentData().toLongLong())
                                                             : std::nullopt;
    result.ownerId = ours->currentData().isValid() ? std::optional<qint64>(ours->currentData().toLongLong()) : std::nullopt;
    if (goal.id)
        GoalEditing::of(m_document)->editGoal(result);
    else
        GoalEditing::of(m_document)->addGoal(result);
}

} // namespace keyplan
