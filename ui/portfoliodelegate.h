#pragma once

#include <QStyledItemDelegate>

namespace keyplan {

class PlanDocument;

// Editors for the portfolio table: choices for segment, tier and owner, a date for renewal and
// money parsed in the user's locale for ARR. Values go to the model as raw values.
class PortfolioDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PortfolioDelegate(PlanDocument *document, QObject *parent = nullptr);

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    PlanDocument *m_document;
};

} // namespace keyplan
