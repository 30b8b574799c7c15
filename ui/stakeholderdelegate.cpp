#include "ui/stakeholderdelegate.h"

#include "domain/stakeholder.h"
#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/stakeholdermodel.h"
#include "ui/editorwidgets.h"

#include <QComboBox>
#include <QDateEdit>

namespace keyplan {
namespace {

template<typename Enum, std::size_t N> QComboBox *makeChoiceCombo(QWidget *parent, const Enum (&values)[N])
{
    auto *combo = new QComboBox(parent);
    for (const Enum value : values)
        combo->addItem(displayName(value), keyOf(value));
    return combo;
}

} // namespace

StakeholderDelegate::StakeholderDelegate(PlanDocument *document, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_document(document)
{
}

QWidget *StakeholderDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case StakeholderModel::Layer:
        return makeChoiceCombo(parent, allBuyingLayers);
    case StakeholderModel::Role:
        return makeChoiceCombo(parent, allDecisionRoles);
    case StakeholderModel::Support:
        return makeChoiceCombo(parent, allSupportLevels);
    case StakeholderModel::Influence:
        return makeChoiceCombo(parent, allInfluences);
    case StakeholderModel::Relationship:
        return makeChoiceCombo(parent, allRelationships);
    case StakeholderModel::OurOwner:
        return makeOwnerCombo(parent, m_document->team());
    case StakeholderModel::ReportsTo: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(nobody on the map)"), QVariant());
        const QAbstractItemModel *model = index.model();
        const StakeholderId self
            = index.siblingAtColumn(StakeholderModel::Name).data(StakeholderIdRole).toLongLong();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex name = model->index(row, StakeholderModel::Name);
            const StakeholderId id = name.data(StakeholderIdRole).toLongLong();
            if (id != self)
                combo->addItem(name.data().toString(), id);
        }
        return combo;
    }
    case StakeholderModel::Left:
        return makeOptionalDateEdit(parent);
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void StakeholderDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant raw = index.data(RawValueRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(std::max(0, raw.isValid() ? combo->findData(raw) : 0));
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        setOptionalDate(date, raw.toDate());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void StakeholderDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        model->setData(index, optionalDate(date));
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace keyplan
