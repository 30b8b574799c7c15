#include "ui/cataloguedialog.h"
#include "ui/keyboardaccess.h"

#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "ui/editorwidgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyplan {

namespace {

// One offering's fields, for adding or editing.
std::optional<Offering> askOffering(QWidget *parent, const Offering &offering, const QString &currency)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(
        offering.id ? CatalogueDialog::tr("Edit Offering") : CatalogueDialog::tr("Add Offering"));
    auto *name = new QLineEdit(offering.name, &dialog);
    name->setPlaceholderText(CatalogueDialog::tr("Required"));
    QComboBox *kind = vocabularyCombo(
        &dialog, {OfferingKind::Product, OfferingKind::Module, OfferingKind::Tier}, offering.kind);
    auto *category = new QLineEdit(offering.category, &dialog);
    auto *price = new QLineEdit(QLocale().toString(toMajorUnits(offering.listPrice), 'f', 2), &dialog);
    price->setAlignment(Qt::AlignRight);
    auto *form = new QFormLayout;
    form->addRow(CatalogueDialog::tr("&Name:"), name);
    form->addRow(CatalogueDialog::tr("&Kind:"), kind);
    form->addRow(CatalogueDialog::tr("&Category:"), category);
    form->addRow(CatalogueDialog::tr("&List price a year (%1):").arg(currency), price);
    form->addRow(QString(), amountProblemLine(price));
    const auto valid = [name, price] {
        return !name->text().trimmed().isEmpty() && parseMoney(price->text()).value_or(-1) >= 0;
    };
    if (!execFormDialog(dialog, form, valid, {name, price}, 400))
        return std::nullopt;
    Offering edited = offering;
    edited.name = name->text().trimmed();
    edited.kind = chosen(kind, offeringKindFromKey, offering.kind);
    edited.category = category->text().trimmed();
    edited.listPrice = parseMoney(price->text()).value_or(offering.listPrice);
    return edited;
}

enum Column { Name, Kind, Category, ListPrice };

} // namespace

CatalogueDialog::CatalogueDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Catalogue of Offerings"));
    m_table->setColumnCount(4);
    prepareItemView(m_table, tr("Offerings"));
    m_table->setHorizontalHeaderLabels({tr("Offering"), tr("Kind"), tr("Category"), tr("List price a year")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
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

    const bool writable = !document->isReadOnly();
    m_add->setEnabled(writable);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this, writable] {
        m_edit->setEnabled(writable && m_table->currentRow() >= 0);
        m_remove->setEnabled(writable && m_table->currentRow() >= 0);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CatalogueDialog::editOffering);
    connect(m_add, &QPushButton::clicked, this, &CatalogueDialog::addOffering);
    connect(m_edit, &QPushButton::clicked, this, &CatalogueDialog::editOffering);
    connect(m_remove, &QPushButton::clicked, this, &CatalogueDialog::removeOffering);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(document, &PlanDocument::catalogueChanged, this, &CatalogueDialog::reload);
    reload();
    resize(640, 380);
}

void CatalogueDialog::reload()
{
    const qint64 current = m_table->currentRow() >= 0
        ? m_table->item(m_table->currentRow(), Name)->data(Qt::UserRole).toLongLong()
        : 0;
    const QList<Offering> offerings = PipelineEditing::of(m_document)->offerings();
    m_table->setRowCount(int(offerings.size()));
    for (int row = 0; row < offerings.size(); ++row) {
        const Offering &o = offerings.at(row);
        auto *name = new QTableWidgetItem(o.name);
        name->setData(Qt::UserRole, o.id);
        name->setData(Qt::UserRole + 1, o.version); // as shown: a removal goes over this version
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Kind, new QTableWidgetItem(displayName(o.kind)));
        m_table->setItem(row, Category, new QTableWidgetItem(o.category));
        auto *price = new QTableWidgetItem(formatMoney(o.listPrice, m_document->currency()));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ListPrice, price);
        if (o.id == current)
            m_table->setCurrentCell(row, Name);
    }
    m_table->resizeColumnsToContents();
    m_edit->setEnabled(!m_document->isReadOnly() && m_table->currentRow() >= 0);
    m_remove->setEnabled(!m_document->isReadOnly() && m_table->currentRow() >= 0);
}

void CatalogueDialog::addOffering()
{
    if (const std::optional<Offering> offering = askOffering(this, Offering {}, m_document->currency()))
        PipelineEditing::of(m_document)->addOffering(*offering);
}

void CatalogueDialog::editOffering()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_document->isReadOnly())
        return;
    const OfferingId id = m_table->item(row, Name)->data(Qt::UserRole).toLongLong();
    for (const Offering &o : PipelineEditing::of(m_document)->offerings()) {
        if (o.id != id)
            continue;
        if (const std::optional<Offering> edited = askOffering(this, o, m_document->currency()))
            PipelineEditing::of(m_document)->editOffering(*edited);
        return;
    }
}

void CatalogueDialog::removeOffering()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem *name = m_table->item(row, Name);
    PipelineEditing::of(m_document)->removeOffering(
        name->data(Qt::UserRole).toLongLong(), name->data(Qt::UserRole + 1).toLongLong());
}

} // namespace keyplan
