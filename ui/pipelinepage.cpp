#include "ui/pipelinepage.h"
#include "ui/keyboardaccess.h"

#include "item/healthediting.h"
#include "item/itemroles.h"
#include "item/pipelinefilterproxy.h"
#include "item/pipelinemodel.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/playevaluator.h"
#include "ui/deferredrefresh.h"
#include "ui/editorwidgets.h"
#include "ui/healthdialog.h"
#include "ui/opportunityactions.h"
#include "ui/pipelinedelegate.h"
#include "ui/pipelinetext.h"
#include "ui/winrecording.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace keyplan {

namespace {

enum StageChoice { OpenStages = -1, EveryStage = -2 };

} // namespace

PipelinePage::PipelinePage(Scope scope, QWidget *parent)
    : QWidget(parent)
    , m_scope(scope)
    , m_proxy(new PipelineFilterProxy(this))
    , m_warning(makeWarningBanner(this))
    , m_health(new QLabel(this))
    , m_recordHealth(new QPushButton(tr("Record Health &Measure…"), this))
    , m_filter(new QLineEdit(this))
    , m_stageFilter(new QComboBox(this))
    , m_add(new QPushButton(tr("Add &Opportunity…"), this))
    , m_edit(new QPushButton(tr("Ed&it…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_openAccount(new QPushButton(tr("Open A&ccount"), this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
{
    m_health->setTextFormat(Qt::PlainText);
    m_health->setWordWrap(true);
    m_totals->setTextFormat(Qt::PlainText);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    m_filter->setPlaceholderText(scope == Scope::Portfolio ? tr("Filter by title, account or motion")
                                                           : tr("Filter by title or motion"));
    offerClearButton(m_filter);
    m_filter->setAccessibleName(tr("Filter opportunities"));
    m_stageFilter->addItem(tr("Open stages"), int(OpenStages));
    m_stageFilter->addItem(tr("Every stage"), int(EveryStage));
    for (const OpportunityStage stage : allOpportunityStages)
        m_stageFilter->addItem(displayName(stage), int(stage));
    m_stageFilter->setToolTip(tr("Which stages the list shows"));

    m_table->setModel(m_proxy);
    prepareItemView(m_table, tr("Opportunities"));
    auto *delegate = new PipelineDelegate(m_table);
    m_table->setItemDelegate(delegate);
    // After the editor has closed: the offer is a dialog of its own.
    connect(delegate, &PipelineDelegate::markedWon, this, [this](qint64 id) {
        if (const std::optional<Opportunity> won = m_document ? PipelineEditing::of(m_document)->opportunity(id) : std::nullopt)
            offerToRecordWin(this, m_document, *won);
    }, Qt::QueuedConnection);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // widths from the first rows, not thousands

    auto *healthRow = new QHBoxLayout;
    healthRow->addWidget(m_health, 1);
    healthRow->addWidget(m_recordHealth);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_stageFilter);
    auto *bottom = new QHBoxLayout;
    m_totals->setWordWrap(true);
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(m_add);
    bottom->addWidget(m_edit);
    bottom->addWidget(m_remove);
    bottom->addWidget(m_openAccount);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addLayout(healthRow);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    if (scope == Scope::Portfolio) {
        m_health->hide();
        m_recordHealth->hide();
        m_add->hide();
        m_openAccount->setToolTip(tr("Show the plan of the selected opportunity's account"));
    } else {
        m_openAccount->hide();
    }

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PipelineFilterProxy::setText);
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this, &PipelinePage::applyStageFilter);
    // The totals of what the list shows, added up once per change of filter or data.
    auto *totals = new DeferredRefresh(this, [this] { refreshTotals(); });
    totals->watch(m_proxy);
    connect(m_proxy, &QAbstractItemModel::dataChanged, totals, &DeferredRefresh::schedule);
    connect(m_add, &QPushButton::clicked, this, &PipelinePage::addOpportunity);
    connect(m_edit, &QPushButton::clicked, this, &PipelinePage::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &PipelinePage::removeCurrent);
    connect(m_recordHealth, &QPushButton::clicked, this, &PipelinePage::recordHealth);
    connect(m_table, &QAbstractItemView::activated, this, &PipelinePage::editCurrent); // Enter, or a double-click
    connect(m_openAccount, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (m_model && current.isValid())
            Q_EMIT accountActivated(m_model->opportunityAt(m_proxy->mapToSource(current).row()).accountId);
    });
    setEnabled(false);
}

void PipelinePage::setDocument(PlanDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(PlayEvaluator::of(m_document), nullptr, this, nullptr);
    }
    m_document = document;
    PipelineModel *old = m_model;
    m_model = document ? new PipelineModel(document, this) : nullptr;
    m_proxy->setSourceModel(m_model);
    delete old;
    if (m_model) {
        m_table->setColumnHidden(PipelineModel::AccountName, m_scope == Scope::Account);
        m_table->sortByColumn(
            m_scope == Scope::Portfolio ? PipelineModel::Weighted : PipelineModel::ExpectedClose,
            m_scope == Scope::Portfolio ? Qt::DescendingOrder : Qt::AscendingOrder);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PipelinePage::updateButtons);
        connect(document, &PlanDocument::accountChanged, this, [this](AccountId id) {
            if (id == m_accountId)
                refreshAccountFacts();
        });
        // Health follows the people, the goals and the measures: the evaluator's pass says when.
        connect(PlayEvaluator::of(document), &PlayEvaluator::evaluated, this, &PipelinePage::refreshAccountFacts);
    }
    m_sized = false;
    if (m_scope == Scope::Portfolio && m_model) {
        // The whole portfolio is read when first shown (PortfolioPipelineView makes it active).
        m_model->setActive(isVisible());
        m_model->setAccount(0);
        const auto sizeOnce = [this] {
            if (!m_sized && m_model->rowCount() > 0) {
                m_table->resizeColumnsToContents();
                m_sized = true;
            }
        };
        connect(m_model, &QAbstractItemModel::modelReset, m_table, sizeOnce);
        connect(m_model, &QAbstractItemModel::rowsInserted, m_table, sizeOnce);
        m_table->resizeColumnsToContents();
        setEnabled(true);
    } else {
        setAccount(0);
    }
    refreshTotals();
    updateButtons();
}

void PipelinePage::setAccount(AccountId id)
{
    if (m_scope != Scope::Account || !m_model)
        return;
    m_accountId = id;
    if (id > 0)
        m_model->setAccount(id);
    else
        m_model->clear();
    m_table->resizeColumnsToContents();
    setEnabled(id > 0);
    refreshAccountFacts();
    updateButtons();
}

void PipelinePage::refreshAccountFacts()
{
    const std::optional<Account> account
        = m_document && m_accountId ? m_document->account(m_accountId) : std::nullopt;
    if (!account) {
        m_warning->hide();
        m_health->clear();
        return;
    }
    const AccountHealth health = PlayEvaluator::of(m_document)->healthNow(m_accountId);
    const QString warning = PipelineText::fixFirstWarning(*account, health.score());
    setWarningText(m_warning, warning);
    m_health->setText(PipelineText::healthSummary(health));
}

void PipelinePage::refreshTotals()
{
    if (!m_model) {
        m_totals->clear();
        return;
    }
    // What the list shows, so a filter gives the figures of what is filtered.
    QList<Opportunity> shown;
    shown.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (const std::optional<Opportunity> o = m_model->convertedAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()))
            shown.append(*o);
    }
    const QString currency = m_model->currency();
    if (const QStringList missing = m_model->missingRates(); !missing.isEmpty()) {
        m_totals->setText(tr("The totals need a %1 rate: add it in Plan Settings.").arg(missing.join(QStringLiteral(", "))));
        return;
    }
    QString text = PipelineText::totals(pipelineTotals(shown), currency);
    const PipelineTotals shownTotals = pipelineTotals(shown);
    if (shownTotals != m_model->totals()) // the filter hides open opportunities
        text = tr("Shown: %1 (all: %2)").arg(text, PipelineText::totals(m_model->totals(), currency));
    m_totals->setText(text);
}

void PipelinePage::updateButtons()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool current = m_table->currentIndex().isValid();
    m_add->setEnabled(writable && m_accountId > 0);
    m_edit->setEnabled(current);
    m_remove->setEnabled(writable && current);
    m_openAccount->setEnabled(current);
    m_recordHealth->setEnabled(writable && m_accountId > 0);
}

void PipelinePage::applyStageFilter()
{
    const int choice = m_stageFilter->currentData().toInt();
    if (choice == OpenStages)
        m_proxy->setStages(PipelineFilterProxy::openStages());
    else if (choice == EveryStage)
        m_proxy->setStages(PipelineFilterProxy::everyStage());
    else
        m_proxy->setStages({OpportunityStage(choice)});
}

void PipelinePage::addOpportunity()
{
    addOpportunityFor(this, m_document, m_accountId);
}

void PipelinePage::editCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_model || !m_document || !current.isValid())
        return;
    // Read whole and fresh: the portfolio list holds no checklists.
    const OpportunityId id = m_model->opportunityAt(m_proxy->mapToSource(current).row()).id;
    if (const std::optional<Opportunity> opportunity = PipelineEditing::of(m_document)->opportunity(id))
        editOpportunityIn(this, m_document, *opportunity);
}

void PipelinePage::removeCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_model || !m_document || m_document->isReadOnly() || !current.isValid())
        return;
    const Opportunity shown = m_model->opportunityAt(m_proxy->mapToSource(current).row());
    PipelineEditing::of(m_document)->removeOpportunity(shown.id, shown.version); // over the row as the table shows it
}

void PipelinePage::recordHealth()
{
    if (!m_document || m_accountId == 0)
        return;
    HealthDialog dialog(m_accountId, m_document->asOf(), this);
    if (dialog.exec() == QDialog::Accepted)
        HealthEditing::of(m_document)->recordEntry(dialog.entry());
}

} // namespace keyplan
