#include "ui/moneydelegate.h"
#include "ui/editorwidgets.h"
#include "ui/messages.h"

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
    const QString typed = static_cast<QLineEdit *>(editor)->text();
    if (const std::optional<MinorUnits> amount = parseMoney(typed); amount && *amount >= 0)
        model->setData(index, *amount);
    else
        announce(editor, amountProblem(typed)); // the cell keeps its amount
}

} // namespace keyplan
