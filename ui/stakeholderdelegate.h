#pragma once

#include <QStyledItemDelegate>

namespace keyplan {

class PlanDocument;

// Editors for the stakeholder table: choices for the vocabularies, our team and the people the
// person may report to, and a date (or none) for leaving. Values go to the model as raw values.
class StakeholderDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StakeholderDelegate(PlanDocument *document, QObject *parent = nullptr);

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    PlanDocument *m_document;
};

} // namespace keyplan
