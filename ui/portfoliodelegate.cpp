#include "ui/portfoliodelegate.h"
#include "ui/messages.h"

#include "domain/accountenums.h"
#include "domain/money.h"
#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/portfoliomodel.h"
#include "ui/editorwidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace keyplan {

PortfolioDelegate::PortfolioDelegate(PlanDocument *document, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_document(document)
{
}

QWidget *PortfolioDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case PortfolioModel::Segment:
        return makeSegmentCombo(parent);
    case PortfolioModel::Tier:
        return makeTierCombo(parent);
    case PortfolioModel::Owner:
        return makeOwnerCombo(parent, m_document->team());
    case PortfolioModel::RenewalDate:
        return makeOptionalDateEdit(parent);
    case PortfolioModel::Arr: {
        auto *edit = new QLineEdit(parent);
        edit->setAlignment(Qt::AlignRight);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void PortfolioDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant raw = index.data(RawValueRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(raw)));
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        setOptionalDate(date, raw.toDate());
    } else if (index.column() == PortfolioModel::Arr) {
        static_cast<QLineEdit *>(editor)->setText(QLocale().toString(toMajorUnits(raw.toLongLong()), 'f', 2));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PortfolioDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, optionalDate(date));
    } else if (index.column() == PortfolioModel::Arr) {
        const QString typed = static_cast<QLineEdit *>(editor)->text();
        if (const std::optional<MinorUnits> amount = parseMoney(typed); amount && *amount >= 0)
            model->setData(index, *amount);
        else
            announce(editor, amountProblem(typed)); // the cell keeps its ARR
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace keyplan
