#pragma once

#include <QStyledItemDelegate>

namespace keyplan {

// Money typed in the user's locale and stored as minor units: the editor shows the cell's
// RawValueRole amount and hands back a MinorUnits EditRole value. Text that is not money is
// ignored, so a slip of the finger never writes zero.
class MoneyDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace keyplan
