#include "ui/pipelinedelegate.h"
#include "ui/messages.h"

#include "domain/money.h"
#include "item/itemroles.h"
#include "item/pipelinemodel.h"
#include "ui/editorwidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace keyplan {

QWidget *PipelineDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case PipelineModel::Stage:
        return vocabularyCombo(parent, allOpportunityStages, OpportunityStage::Identified);
    case PipelineModel::Amount: {
        auto *edit = new QLineEdit(parent);
        edit->setAlignment(Qt::AlignRight);
        return edit;
    }
    case PipelineModel::Probability: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral(" %"));
        return spin;
    }
    case PipelineModel::ExpectedClose:
        return makeOptionalDateEdit(parent);
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void PipelineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    switch (index.column()) {
    case PipelineModel::Stage: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(value));
        break;
    }
    case PipelineModel::Amount:
        static_cast<QLineEdit *>(editor)->setText(
            QLocale().toString(toMajorUnits(value.toLongLong()), 'f', 2));
        break;
    case PipelineModel::Probability:
        static_cast<QSpinBox *>(editor)->setValue(value.toInt());
        break;
    case PipelineModel::ExpectedClose:
        setOptionalDate(static_cast<QDateEdit *>(editor), value.toDate());
        break;
    default:
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PipelineDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    switch (index.column()) {
    case PipelineModel::Stage: {
        // Read before writing: the write reloads the model, and this index with it.
        const bool wasWon = index.data(Qt::EditRole).toString() == keyOf(OpportunityStage::Won);
        const qint64 id = index.data(PipelineModel::OpportunityIdRole).toLongLong();
        const QVariant chosen = static_cast<QComboBox *>(editor)->currentData();
        model->setData(index, chosen);
        // The page checks the plan: only a win that was written is offered.
        if (!wasWon && chosen.toString() == keyOf(OpportunityStage::Won))
            Q_EMIT const_cast<PipelineDelegate *>(this)->markedWon(id);
        break;
    }
    case PipelineModel::Amount:
        if (const QString typed = static_cast<QLineEdit *>(editor)->text(); parseMoney(typed).value_or(-1) >= 0)
            model->setData(index, *parseMoney(typed));
        else
            announce(editor, amountProblem(typed)); // the cell keeps its amount
        break;
    case PipelineModel::Probability:
        model->setData(index, static_cast<QSpinBox *>(editor)->value());
        break;
    case PipelineModel::ExpectedClose:
        model->setData(index, optionalDate(static_cast<QDateEdit *>(editor)));
        break;
    default:
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace keyplan
