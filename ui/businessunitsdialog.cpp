#include "ui/businessunitsdialog.h"
#include "ui/keyboardaccess.h"

#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "ui/editorwidgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyplan {

namespace {

std::optional<BusinessUnit> askUnit(QWidget *parent, const BusinessUnit &unit)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(unit.id ? BusinessUnitsDialog::tr("Edit Business Unit")
                                  : BusinessUnitsDialog::tr("Add Business Unit"));
    auto *name = new QLineEdit(unit.name, &dialog);
    name->setPlaceholderText(BusinessUnitsDialog::tr("e.g. Leeds depot, Finance, EMEA"));
    QComboBox *kind
        = vocabularyCombo(&dialog, {UnitKind::BusinessUnit, UnitKind::Team, UnitKind::Region}, unit.kind);
    auto *form = new QFormLayout;
    form->addRow(BusinessUnitsDialog::tr("&Name:"), name);
    form->addRow(BusinessUnitsDialog::tr("&Kind:"), kind);
    if (!execFormDialog(
            dialog, form, [name] { return !name->text().trimmed().isEmpty(); }, {name}, 360))
        return std::nullopt;
    BusinessUnit edited = unit;
    edited.name = name->text().trimmed();
    edited.kind = chosen(kind, unitKindFromKey, unit.kind);
    return edited;
}

} // namespace

BusinessUnitsDialog::BusinessUnitsDialog(PlanDocument *document, AccountId account, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_account(account)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    const std::optional<Account> a = document->account(account);
    setWindowTitle(tr("Business Units of %1").arg(a ? a->name : QString()));
    m_table->setColumnCount(2);
    prepareItemView(m_table, tr("Business units"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(close);

    m_add->setEnabled(!document->isReadOnly());
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const bool editable = !m_document->isReadOnly() && m_table->currentRow() >= 0;
        m_edit->setEnabled(editable);
        m_remove->setEnabled(editable);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &BusinessUnitsDialog::editUnit);
    connect(m_add, &QPushButton::clicked, this, &BusinessUnitsDialog::addUnit);
    connect(m_edit, &QPushButton::clicked, this, &BusinessUnitsDialog::editUnit);
    connect(m_remove, &QPushButton::clicked, this, &BusinessUnitsDialog::removeUnit);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(document, &PlanDocument::pipelineChanged, this, [this](AccountId id) {
        if (id == m_account)
            reload();
    });
    reload();
    resize(420, 340);
}

void BusinessUnitsDialog::reload()
{
    const int currentRow = m_table->currentRow();
    const QList<BusinessUnit> units = PipelineEditing::of(m_document)->businessUnits(m_account);
    m_table->setRowCount(int(units.size()));
    for (int row = 0; row < units.size(); ++row) {
        auto *name = new QTableWidgetItem(units.at(row).name);
        name->setData(Qt::UserRole, units.at(row).id);
        name->setData(Qt::UserRole + 1, units.at(row).version); // as shown: a removal goes over this version
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(displayName(units.at(row).kind)));
    }
    m_table->resizeColumnToContents(0);
    if (currentRow >= 0 && currentRow < m_table->rowCount())
        m_table->setCurrentCell(currentRow, 0);
    const bool editable = !m_document->isReadOnly() && m_table->currentRow() >= 0;
    m_edit->setEnabled(editable);
    m_remove->setEnabled(editable);
}

void BusinessUnitsDialog::addUnit()
{
    BusinessUnit unit;
    unit.accountId = m_account;
    if (const std::optional<BusinessUnit> added = askUnit(this, unit))
        PipelineEditing::of(m_document)->addBusinessUnit(*added);
}

void BusinessUnitsDialog::editUnit()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_document->isReadOnly())
        return;
    const BusinessUnitId id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const BusinessUnit &unit : PipelineEditing::of(m_document)->businessUnits(m_account)) {
        if (unit.id != id)
            continue;
        if (const std::optional<BusinessUnit> edited = askUnit(this, unit))
            PipelineEditing::of(m_document)->editBusinessUnit(*edited);
        return;
    }
}

void BusinessUnitsDialog::removeUnit()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_document->isReadOnly())
        return;
    const QTableWidgetItem *name = m_table->item(row, 0);
    PipelineEditing::of(m_document)->removeBusinessUnit(
        name->data(Qt::UserRole).toLongLong(), name->data(Qt::UserRole + 1).toLongLong());
}

} // namespace keyplan
