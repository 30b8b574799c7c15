#include "ui/moneydelegate.h"

#include "domain/money.h"
#include "item/itemroles.h"

#include <QLineEdit>
#include <QLocale>

namespace keyplan {

QWidget *MoneyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

void MoneyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QLineEdit *>(editor)->setText(
        QLocale().toString(toMajorUnits(index.data(RawValueRole).toLongLong()), 'f', 2));
}

void MoneyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (const std::optional<MinorUnits> amount = parseMoney(static_cast<QLineEdit *>(editor)->text());
        amount && *amount >= 0)
        model->setData(index, *amount);
}

} // namespace keyplan
