#pragma once

#include <QStyledItemDelegate>

namespace keyplan {

// Editors for the pipeline list: a stage list, money in the locale, a percentage, a date.
class PipelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

Q_SIGNALS:
    // The stage was set to won in place: the page offers to record the ARR it adds.
    void markedWon(qint64 opportunityId);
};

} // namespace keyplan
