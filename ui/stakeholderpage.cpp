#include "ui/stakeholderpage.h"
#include "ui/editorwidgets.h"
#include "ui/messages.h"
#include "ui/keyboardaccess.h"

#include "item/itemroles.h"
#include "item/mapediting.h"
#include "item/plandocument.h"
#include "item/stakeholdermodel.h"
#include "item/touchpointmodel.h"
#include "item/peopleediting.h"
#include "domain/coveragetext.h"
#include "ui/stakeholderdelegate.h"
#include "ui/touchpointdialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace keyplan {

StakeholderPage::StakeholderPage(QWidget *parent)
    : QWidget(parent)
    , m_coverage(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add Person…"), this))
    , m_remove(new QPushButton(tr("Remove Person"), this))
    , m_touchpoint(new QPushButton(tr("Record Touchpoint…"), this))
    , m_reviewed(new QPushButton(tr("Mark Map Reviewed"), this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_touchpoints(new QTableView(this))
    , m_onlySelected(new QCheckBox(tr("Only the selected person"), this))
    , m_removeTouchpoint(new QPushButton(tr("Remove Touchpoint"), this))
{
    m_coverage->setTextFormat(Qt::PlainText);
    m_coverage->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Filter people by name, title or department"));
    offerClearButton(m_filter);
    m_filter->setAccessibleName(tr("Filter people"));
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setFilterRole(SearchTextRole);
    m_proxy->setFilterKeyColumn(StakeholderModel::Name);
    m_table->setModel(m_proxy);
    prepareItemView(m_table, tr("People"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StakeholderModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_add);
    tools->addWidget(m_remove);
    auto *coverageRow = new QHBoxLayout;
    coverageRow->addWidget(m_coverage, 1);
    coverageRow->addWidget(m_touchpoint);
    coverageRow->addWidget(m_reviewed);
    m_reviewed->setToolTip(
        tr("Record that the map was reviewed today: a map not reviewed in six months is stale"));
    m_touchpoints->setSelectionBehavior(QAbstractItemView::SelectRows);
    prepareItemView(m_touchpoints, tr("Touchpoints"));
    m_touchpoints->setSelectionMode(QAbstractItemView::SingleSelection);
    m_touchpoints->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_touchpoints->setAlternatingRowColors(true);
    m_touchpoints->verticalHeader()->hide();
    m_touchpoints->horizontalHeader()->setStretchLastSection(true);
    m_touchpoints->setWordWrap(false);
    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyTools = new QHBoxLayout;
    auto *historyTitle = new QLabel(tr("Contact history"), history);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    historyTools->addWidget(historyTitle);
    historyTools->addStretch(1);
    historyTools->addWidget(m_onlySelected);
    historyTools->addWidget(m_removeTouchpoint);
    historyLayout->addLayout(historyTools);
    historyLayout->addWidget(m_touchpoints, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(coverageRow);
    layout->addLayout(tools);
    layout->addWidget(split, 1);
    connect(m_onlySelected, &QCheckBox::toggled, this, &StakeholderPage::followSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &StakeholderPage::followSelection);
    connect(m_removeTouchpoint, &QPushButton::clicked, this, &StakeholderPage::removeTouchpoint);

    connect(m_filter, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_proxy->setFilterFixedString(text.toCaseFolded()); });
    connect(m_add, &QPushButton::clicked, this, &StakeholderPage::addPerson);
    connect(m_remove, &QPushButton::clicked, this, &StakeholderPage::removePerson);
    connect(m_touchpoint, &QPushButton::clicked, this, &StakeholderPage::recordTouchpoint);
    connect(m_reviewed, &QPushButton::clicked, this, &StakeholderPage::markReviewed);
    setEnabled(false);
}

void StakeholderPage::setDocument(PlanDocument *document, StakeholderModel *model)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model = model;
    m_proxy->setSourceModel(model);
    delete m_touchpointModel;
    m_touchpointModel = document ? new TouchpointModel(document, this) : nullptr;
    m_touchpoints->setModel(m_touchpointModel);
    if (m_touchpointModel) {
        connect(m_touchpoints->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            m_removeTouchpoint->setEnabled(
                m_document && !m_document->isReadOnly() && m_touchpoints->selectionModel()->hasSelection());
        });
    }
    auto *old = m_table->itemDelegate();
    m_table->setItemDelegate(
        document ? new StakeholderDelegate(document, m_table) : new QStyledItemDelegate(m_table));
    if (old && old->parent() == m_table)
        old->deleteLater();
    if (document) {
        connect(document, &PlanDocument::stakeholdersChanged, this, [this](AccountId id) {
            if (id == m_accountId)
                refreshCoverage();
        });
        connect(document, &PlanDocument::periodChanged, this, &StakeholderPage::refreshCoverage);
        connect(document, &PlanDocument::coverageSettingsChanged, this, &StakeholderPage::refreshCoverage);
    }
    setAccount(0);
}

void StakeholderPage::setAccount(AccountId id)
{
    m_accountId = id;
    if (m_model) {
        m_model->setAccount(id);
        m_table->resizeColumnsToContents();
    }
    const bool editable = m_document && !m_document->isReadOnly() && id > 0;
    setEnabled(id > 0);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
    m_touchpoint->setEnabled(editable);
    m_reviewed->setEnabled(editable);
    if (m_touchpointModel) {
        m_touchpointModel->setAccount(id);
        followSelection();
        m_touchpoints->resizeColumnsToContents();
    }
    m_removeTouchpoint->setEnabled(false);
    refreshCoverage();
}

void StakeholderPage::refreshCoverage()
{
    if (!m_document || m_accountId == 0) {
        m_coverage->clear();
        return;
    }
    m_coverage->setText(coverageSummary(m_document->coverage(m_accountId), m_document->coverageSettings()));
}

void StakeholderPage::addPerson()
{
    if (!m_document || m_accountId == 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Add Person"), tr("Name of the person at the customer:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Stakeholder person;
    person.accountId = m_accountId;
    person.name = name.trimmed();
    MapEditing::addPerson(m_document, person);
}

void StakeholderPage::recordTouchpoint()
{
    // Opened on the person chosen in the table.
    const QModelIndex current = m_table->currentIndex();
    TouchpointDialog::record(m_document, m_accountId,
        current.isValid() ? std::optional<StakeholderId>(current.data(StakeholderIdRole).toLongLong()) : std::nullopt,
        this);
}

void StakeholderPage::markReviewed()
{
    if (!m_document || m_accountId == 0)
        return;
    const std::optional<Account> account = m_document->account(m_accountId);
    PeopleEditing::of(m_document)->markMapReviewed(m_accountId, QDate::currentDate(), account ? account->ownerId : std::nullopt);
}

void StakeholderPage::followSelection()
{
    if (!m_touchpointModel)
        return;
    const QModelIndex current = m_table->currentIndex();
    m_touchpointModel->setPerson(m_onlySelected->isChecked() && current.isValid()
            ? std::optional<StakeholderId>(current.data(StakeholderIdRole).toLongLong())
            : std::nullopt);
}

void StakeholderPage::removeTouchpoint()
{
    if (!m_document || !m_touchpointModel)
        return;
    const QModelIndex current = m_touchpoints->currentIndex();
    if (current.isValid())
        PeopleEditing::of(m_document)->removeTouchpoint(m_touchpointModel->touchpointAt(current.row()));
}

void StakeholderPage::removePerson()
{
    if (!m_document)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString name = current.siblingAtColumn(StakeholderModel::Name).data().toString();
    if (!confirmRemoval(this, tr("Remove Person"),
            tr("Remove %1 from the map, with their touchpoints and links?").arg(name), QString(), tr("Remove")))
        return;
    MapEditing::removePerson(
        m_document, current.data(StakeholderIdRole).toLongLong(), current.data(RowVersionRole).toLongLong());
}

} // namespace keyplan
