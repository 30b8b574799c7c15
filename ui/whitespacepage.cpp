#include "ui/whitespacepage.h"
#include "ui/keyboardaccess.h"

#include "domain/percent.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/playevaluator.h"
#include "item/whitespacemodel.h"
#include "ui/businessunitsdialog.h"
#include "ui/cataloguedialog.h"
#include "ui/editorwidgets.h"
#include "ui/moneydelegate.h"
#include "ui/opportunityactions.h"
#include "ui/pipelinetext.h"
#include "ui/whitespacecelldialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace keyplan {

namespace {

// A coloured square and the state's name, matching the cells' background.
QWidget *legendEntry(QWidget *parent, CellState state)
{
    auto *entry = new QWidget(parent);
    auto *layout = new QHBoxLayout(entry);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(4);
    auto *swatch = new QLabel(entry);
    swatch->setFixedSize(14, 14);
    swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #b0b0b0;")
                              .arg(WhitespaceModel::stateColour(state).name()));
    auto *name = new QLabel(displayName(state), entry);
    layout->addWidget(swatch);
    layout->addWidget(name);
    return entry;
}

} // namespace

WhitespacePage::WhitespacePage(QWidget *parent)
    : QWidget(parent)
    , m_warning(makeWarningBanner(this))
    , m_summary(new QLabel(this))
    , m_convert(new QPushButton(tr("&Convert to Opportunity"), this))
    , m_mark(new QToolButton(this))
    , m_markMenu(new QMenu(this))
    , m_details(new QPushButton(tr("Cell &Details…"), this))
    , m_units(new QPushButton(tr("&Business Units…"), this))
    , m_catalogue(new QPushButton(tr("Ca&talogue…"), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_convert->setToolTip(tr("Turn the open cell into an identified expansion opportunity"));
    m_mark->setText(tr("&Mark As"));
    m_mark->setPopupMode(QToolButton::InstantPopup);
    m_mark->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const CellState state : {CellState::Open, CellState::Sold, CellState::NotApplicable}) {
        QAction *action = m_markMenu->addAction(displayName(state));
        connect(action, &QAction::triggered, this, [this, state] { markCurrent(keyOf(state)); });
    }
    m_mark->setMenu(m_markMenu);
    m_details->setToolTip(tr("State, amount, incumbent competitor and the customer's spend with them"));
    m_units->setToolTip(tr("The account's business units, teams or regions: the matrix's columns"));
    m_catalogue->setToolTip(tr("What we sell, across the portfolio: the matrix's rows"));

    m_table->setItemDelegate(new MoneyDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    prepareItemView(m_table, tr("Whitespace: business units by offerings"));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No business units yet. Add the account's business units, teams or regions "
                        "(Business Units…) to map what it could still buy from us."));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_convert);
    tools->addWidget(m_mark);
    tools->addWidget(m_details);
    tools->addStretch(1);
    tools->addWidget(m_units);
    tools->addWidget(m_catalogue);
    auto *legend = new QHBoxLayout;
    legend->addWidget(legendEntry(this, CellState::Sold));
    legend->addWidget(legendEntry(this, CellState::Open));
    legend->addWidget(legendEntry(this, CellState::InPipeline));
    legend->addWidget(legendEntry(this, CellState::NotApplicable));
    auto *hint = new QLabel(
        tr("Type over a cell to change its amount; double-click a cell in pipeline to open its opportunity."),
        this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    legend->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_summary);
    layout->addLayout(tools);
    layout->addWidget(m_stack, 1);
    layout->addLayout(legend);
    layout->addWidget(hint);

    connect(m_convert, &QPushButton::clicked, this, &WhitespacePage::convertCurrent);
    connect(m_details, &QPushButton::clicked, this, &WhitespacePage::editCurrentDetails);
    connect(m_units, &QPushButton::clicked, this, &WhitespacePage::editBusinessUnits);
    connect(m_catalogue, &QPushButton::clicked, this, &WhitespacePage::editCatalogue);
    connect(m_table, &QWidget::customContextMenuRequested, this, &WhitespacePage::showCellMenu);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { // Enter, or a double-click
        if (index.data(WhitespaceModel::CellStateRole).toString() == keyOf(CellState::InPipeline))
            openCurrentOpportunity();
    });
    setEnabled(false);
}

void WhitespacePage::setDocument(PlanDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(PlayEvaluator::of(m_document), nullptr, this, nullptr);
    }
    m_document = document;
    WhitespaceModel *old = m_model;
    m_model = document ? new WhitespaceModel(document, this) : nullptr;
    m_table->setModel(m_model);
    delete old;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &WhitespacePage::refresh);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &WhitespacePage::refresh); // a cell in place
        connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WhitespacePage::updateActions);
        // A new stage or a poorer health can call for "fix first"; the matrix itself follows the model.
        connect(document, &PlanDocument::accountChanged, this, [this](AccountId id) {
            if (id == m_accountId)
                refreshWarning();
        });
        connect(PlayEvaluator::of(document), &PlayEvaluator::evaluated, this, &WhitespacePage::refreshWarning);
    }
    setAccount(0);
}

void WhitespacePage::setAccount(AccountId id)
{
    m_accountId = id;
    setEnabled(id > 0 && m_model);
    if (m_model)
        m_model->setAccount(id); // refreshes through modelReset
    else
        refresh();
}

void WhitespacePage::refreshWarning()
{
    const std::optional<Account> account
        = m_document && m_accountId ? m_document->account(m_accountId) : std::nullopt;
    setWarningText(m_warning,
        account ? PipelineText::fixFirstWarning(*account, PlayEvaluator::of(m_document)->healthNow(m_accountId).score())
                : QString());
}

void WhitespacePage::refresh()
{
    refreshWarning();
    if (!m_model || m_accountId == 0) {
        m_summary->clear();
        updateActions();
        return;
    }
    const WhitespaceTotals totals = m_model->totals();
    const QString currency = m_model->currency();
    QString summary
        = tr("Open whitespace %1 · in pipeline %2 · sold %3")
              .arg(formatMoney(totals.total.open, currency), formatMoney(totals.total.inPipeline, currency),
                  formatMoney(totals.total.sold, currency));
    if (totals.walletShare) {
        summary += tr(" · our share of the wallet %1").arg(formatPercent(totals.walletShare, QLocale(), 0));
        m_summary->setToolTip(tr("Share of the wallet: our %1 sold ÷ (%1 sold + %2 the competitors' known spend, "
                                 "in %3 of %4 open cells + %5 open potential).")
                                  .arg(formatMoney(totals.total.sold, currency),
                                      formatMoney(totals.competitorSpend, currency))
                                  .arg(totals.spendKnownCells)
                                  .arg(totals.openCells)
                                  .arg(formatMoney(totals.total.open, currency)));
    } else {
        m_summary->setToolTip({});
    }
    m_summary->setText(summary);
    m_stack->setCurrentWidget(m_model->columnCount() == 0 ? static_cast<QWidget *>(m_empty) : m_table);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), 110));
    updateActions();
}

void WhitespacePage::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly() && m_accountId > 0;
    const std::optional<WhitespaceCell> cell
        = m_model ? m_model->cell(m_table->currentIndex()) : std::nullopt;
    m_convert->setEnabled(writable && cell && cell->state == CellState::Open);
    m_mark->setEnabled(writable && cell && cell->state != CellState::InPipeline);
    m_details->setEnabled(writable && cell && cell->state != CellState::InPipeline);
    m_units->setEnabled(m_accountId > 0);
    m_catalogue->setEnabled(m_document != nullptr);
}

void WhitespacePage::convertCurrent()
{
    const std::optional<WhitespaceCell> cell
        = m_model ? m_model->cell(m_table->currentIndex()) : std::nullopt;
    if (!cell || cell->state != CellState::Open || !m_document)
        return;
    PipelineEditing::of(m_document)->convertToOpportunity(
        m_accountId, cell->offeringId, cell->businessUnitId, m_document->asOf().addMonths(3));
}

void WhitespacePage::markCurrent(const QString &stateKey)
{
    const QModelIndex current = m_table->currentIndex();
    if (m_model && current.isValid())
        m_model->setData(current, stateKey, WhitespaceModel::CellStateRole);
}

void WhitespacePage::editCurrentDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const std::optional<WhitespaceCell> cell = m_model ? m_model->cell(current) : std::nullopt;
    if (!cell || cell->state == CellState::InPipeline || !m_document || m_document->isReadOnly())
        return;
    WhitespaceCellDialog dialog(*cell, m_model->offeringName(current.row()),
        m_model->unitName(current.column()), m_model->currency(), this);
    if (dialog.exec() == QDialog::Accepted)
        PipelineEditing::of(m_document)->setWhitespaceCell(dialog.cell());
}

void WhitespacePage::openCurrentOpportunity()
{
    const QVariant id = m_table->currentIndex().data(WhitespaceModel::OpportunityIdRole);
    if (!id.isValid() || !m_document)
        return;
    if (const std::optional<Opportunity> opportunity = PipelineEditing::of(m_document)->opportunity(id.toLongLong()))
        editOpportunityIn(this, m_document, *opportunity);
}

void WhitespacePage::showCellMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    const std::optional<WhitespaceCell> cell = m_model ? m_model->cell(index) : std::nullopt;
    if (!cell)
        return;
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    if (cell->state == CellState::InPipeline) {
        menu.addAction(tr("Open Opportunity…"), this, &WhitespacePage::openCurrentOpportunity);
    } else {
        menu.addAction(m_convert->text(), this, &WhitespacePage::convertCurrent)
            ->setEnabled(m_convert->isEnabled());
        QMenu *mark = menu.addMenu(tr("Mark As"));
        mark->setEnabled(m_mark->isEnabled());
        for (const CellState state : {CellState::Open, CellState::Sold, CellState::NotApplicable}) {
            QAction *action = mark->addAction(displayName(state));
            action->setEnabled(state != cell->state);
            connect(action, &QAction::triggered, this, [this, state] { markCurrent(keyOf(state)); });
        }
        menu.addAction(m_details->text(), this, &WhitespacePage::editCurrentDetails)
            ->setEnabled(m_details->isEnabled());
    }
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void WhitespacePage::editBusinessUnits()
{
    if (!m_document || m_accountId == 0)
        return;
    BusinessUnitsDialog dialog(m_document, m_accountId, this);
    dialog.exec();
}

void WhitespacePage::editCatalogue()
{
    if (!m_document)
        return;
    CatalogueDialog dialog(m_document, this);
    dialog.exec();
}

} // namespace keyplan
