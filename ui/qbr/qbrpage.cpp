#include "ui/qbr/qbrpage.h"

#include "domain/dayformat.h"
#include "ui/keyboardaccess.h"

#include "item/nextstepmodel.h"
#include "item/goalediting.h"
#include "item/plandocument.h"
#include "item/reviewediting.h"
#include "item/riskmodel.h"
#include "item/valueoutcomemodel.h"
#include "ui/qbr/qbrrowdialogs.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace keyplan {

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

QbrPage::QbrPage(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_prepare(new QPushButton(tr("&Prepare QBR…"), this))
    , m_outcomes(makeTable(this))
    , m_risks(makeTable(this))
    , m_steps(makeTable(this))
{
    prepareItemView(m_outcomes, tr("Value delivered"));
    prepareItemView(m_risks, tr("Risks"));
    prepareItemView(m_steps, tr("Next steps"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_prepare->setToolTip(tr("Choose the sections, remarks and opportunities; preview, print or export the "
                             "summary, and mark it as held"));
    connect(m_prepare, &QPushButton::clicked, this, [this] {
        if (m_accountId > 0)
            Q_EMIT prepareRequested(m_accountId);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_prepare);

    // One titled box per list: the table, and Add / Edit / Remove beside it.
    const auto section = [this](const QString &title, QTableView *table, const std::function<void()> &add,
                             const std::function<void()> &edit, const std::function<void()> &remove) {
        auto *box = new QGroupBox(title, this);
        auto *addButton = new QPushButton(tr("Add…"), box);
        auto *editButton = new QPushButton(tr("Edit…"), box);
        auto *removeButton = new QPushButton(tr("Remove"), box);
        connect(addButton, &QPushButton::clicked, this, add);
        connect(editButton, &QPushButton::clicked, this, edit);
        connect(removeButton, &QPushButton::clicked, this, remove);
        connect(table, &QTableView::activated, this, [edit](const QModelIndex &index) { // Enter, or a double-click
            if (index.isValid())
                edit();
        });
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(addButton);
        buttons->addWidget(editButton);
        buttons->addWidget(removeButton);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(table, 1);
        layout->addLayout(buttons);
        m_writeButtons << addButton << editButton << removeButton;
        m_rowButtons.append({table, {editButton, removeButton}});
        return box;
    };
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(section(
        tr("Value delivered (in the customer's terms)"), m_outcomes, [this] { addOutcome(); },
        [this] { editOutcome(); }, [this] { removeOutcome(); }));
    splitter->addWidget(section(
        tr("Risks and their remediation"), m_risks, [this] { addRisk(); }, [this] { editRisk(); },
        [this] { removeRisk(); }));
    splitter->addWidget(section(
        tr("Next steps"), m_steps, [this] { addStep(); }, [this] { editStep(); }, [this] { removeStep(); }));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    updateButtons();
}

void QbrPage::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_outcomes->setModel(nullptr);
    m_risks->setModel(nullptr);
    m_steps->setModel(nullptr);
    delete m_outcomeModel;
    delete m_riskModel;
    delete m_stepModel;
    m_outcomeModel = nullptr;
    m_riskModel = nullptr;
    m_stepModel = nullptr;
    m_document = document;
    m_accountId = 0;
    m_loaded = false;
    if (document) {
        m_outcomeModel = new ValueOutcomeModel(document, this);
        m_riskModel = new RiskModel(document, this);
        m_stepModel = new NextStepModel(document, this);
        m_outcomes->setModel(m_outcomeModel);
        m_risks->setModel(m_riskModel);
        m_steps->setModel(m_stepModel);
        for (QTableView *table : {m_outcomes, m_risks, m_steps}) {
            connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &QbrPage::updateButtons);
            connect(table->model(), &QAbstractItemModel::modelReset, this, &QbrPage::updateButtons);
            connect(table->model(), &QAbstractItemModel::rowsInserted, this, &QbrPage::updateButtons);
            connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &QbrPage::updateButtons);
        }
        // The long texts (a note, a remediation plan) show in their row's tooltip and in the
        // editor: the tab is narrow, and the summary prints them in full.
        m_outcomes->setColumnHidden(ValueOutcomeModel::Note, true);
        m_risks->setColumnHidden(RiskModel::Remediation, true);
        m_outcomes->horizontalHeader()->setSectionResizeMode(ValueOutcomeModel::Metric, QHeaderView::Stretch);
        m_risks->horizontalHeader()->setSectionResizeMode(RiskModel::Title, QHeaderView::Stretch);
        m_steps->horizontalHeader()->setSectionResizeMode(NextStepModel::Action, QHeaderView::Stretch);
        connect(document, &PlanDocument::reviewsChanged, this, [this](AccountId id) {
            if (id == m_accountId && m_loaded)
                refreshStatus();
        });
    }
    updateButtons();
}

void QbrPage::setAccount(AccountId id)
{
    m_accountId = id;
    m_loaded = false;
    if (isVisible() || id == 0)
        load();
    else
        updateButtons();
}

void QbrPage::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        load();
    QWidget::showEvent(event);
}

void QbrPage::load()
{
    m_loaded = true;
    if (!m_document)
        return;
    const AccountId id = m_accountId;
    m_outcomeModel->setAccount(id);
    m_riskModel->setAccount(id);
    m_stepModel->setAccount(id);
    for (QTableView *table : {m_outcomes, m_risks, m_steps}) {
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (table->horizontalHeader()->sectionResizeMode(column) != QHeaderView::Stretch)
                table->resizeColumnToContents(column);
        }
    }
    refreshStatus();
    updateButtons();
}

void QbrPage::refreshStatus()
{
    if (!m_document || m_accountId <= 0) {
        m_status->clear();
        return;
    }
    const QLocale locale;
    // One read: the review being prepared is the last one when it is not held yet.
    const QList<Qbr> reviews = ReviewEditing::of(m_document)->qbrs(m_accountId);
    const bool preparing = !reviews.isEmpty() && !reviews.constLast().isHeld();
    const auto [start, end] = preparing
        ? std::pair(reviews.constLast().periodStart, reviews.constLast().periodEnd)
        : defaultQbrPeriod(reviews, m_document->asOf());
    const std::optional<Qbr> last = lastHeldBefore(reviews, m_document->asOf().addDays(1));
    QString text = last ? tr("Last QBR held on %1.").arg(locale.toString(last->heldOn, QLocale::LongFormat))
                        : tr("No QBR of this account has been marked as held yet.");
    text += QLatin1Char(' ')
        + (preparing ? tr("The next one, being prepared, covers %1 to %2.")
                     : tr("The next one would cover %1 to %2."))
              .arg(formatShortDay(start, locale), formatShortDay(end, locale));
    m_status->setText(text);
}

void QbrPage::updateButtons()
{
    const bool writable = m_document && !m_document->isReadOnly() && m_accountId > 0;
    for (QPushButton *button : std::as_const(m_writeButtons))
        button->setEnabled(writable);
    for (const auto &[table, buttons] : std::as_const(m_rowButtons)) {
        const bool selected = currentRow(table) >= 0;
        for (QPushButton *button : buttons)
            button->setEnabled(writable && selected);
    }
    m_prepare->setEnabled(m_document && m_accountId > 0);
}

int QbrPage::currentRow(const QTableView *table) const
{
    if (!table->selectionModel())
        return -1;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void QbrPage::addOutcome()
{
    ValueOutcome outcome;
    outcome.accountId = m_accountId;
    outcome.achievedOn = m_document->asOf();
    if (const std::optional<ValueOutcome> added = editValueOutcome(
            this, tr("Add Value Outcome"), outcome, GoalEditing::of(m_document)->goals(m_accountId)))
        ReviewEditing::of(m_document)->addValueOutcome(*added);
}

void QbrPage::editOutcome()
{
    const int row = currentRow(m_outcomes);
    if (row < 0 || m_document->isReadOnly())
        return;
    if (const std::optional<ValueOutcome> edited
        = editValueOutcome(this, tr("Edit Value Outcome"), m_outcomeModel->outcome(row),
            GoalEditing::of(m_document)->goals(m_accountId)))
        ReviewEditing::of(m_document)->editValueOutcome(*edited);
}

void QbrPage::removeOutcome()
{
    const int row = currentRow(m_outcomes);
    if (row >= 0)
        ReviewEditing::of(m_document)->removeValueOutcome(m_outcomeModel->outcome(row));
}

void QbrPage::addRisk()
{
    Risk risk;
    risk.accountId = m_accountId;
    risk.raisedOn = m_document->asOf();
    if (const std::optional<Account> account = m_document->account(m_accountId))
        risk.ownerId = account->ownerId;
    if (const std::optional<Risk> added = keyplan::editRisk(this, tr("Add Risk"), risk, m_document->team()))
        ReviewEditing::of(m_document)->addRisk(*added);
}

void QbrPage::editRisk()
{
    const int row = currentRow(m_risks);
    if (row < 0 || m_document->isReadOnly())
        return;
    if (const std::optional<Risk> edited
        = keyplan::editRisk(this, tr("Edit Risk"), m_riskModel->risk(row), m_document->team()))
        ReviewEditing::of(m_document)->editRisk(*edited);
}

void QbrPage::removeRisk()
{
    const int row = currentRow(m_risks);
    if (row >= 0)
        ReviewEditing::of(m_document)->removeRisk(m_riskModel->risk(row));
}

void QbrPage::addStep()
{
    NextStep step;
    step.accountId = m_accountId;
    step.dueOn = m_document->asOf().addDays(14);
    if (const std::optional<Account> account = m_document->account(m_accountId))
        step.owner = m_document->teamMemberName(account->ownerId);
    if (const std::optional<NextStep> added = editNextStep(this, tr("Add Next Step"), step))
        ReviewEditing::of(m_document)->addNextStep(*added);
}

void QbrPage::editStep()
{
    const int row = currentRow(m_steps);
    if (row < 0 || m_document->isReadOnly())
        return;
    if (const std::optional<NextStep> edited
        = editNextStep(this, tr("Edit Next Step"), m_stepModel->step(row)))
        ReviewEditing::of(m_document)->editNextStep(*edited);
}

void QbrPage::removeStep()
{
    const int row = currentRow(m_steps);
    if (row >= 0)
        ReviewEditing::of(m_document)->removeNextStep(m_stepModel->step(row));
}

} // namespace keyplan
