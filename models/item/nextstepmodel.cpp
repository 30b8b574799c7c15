#include "item/nextstepmodel.h"

#include "item/itemroles.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"
#include "item/reviewediting.h"

#include <QColor>
#include <QLocale>

namespace keyplan {

NextStepModel::NextStepModel(PlanDocument *document, QObject *parent)
    : AccountRowsModel(document, ColumnCount, parent)
{
}

void NextStepModel::readRows(AccountId id)
{
    // Open by due date, then done.
    syncRows(m_rows, id > 0 ? ReviewEditing::of(document())->nextSteps(id) : QList<NextStep>(), [](const NextStep &step) { return step.id; });
}

QVariant NextStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NextStep &step = m_rows.at(index.row());
    const bool overdue = !step.done && step.dueOn.isValid() && step.dueOn < document()->asOf();
    if (index.column() == Done) {
        if (role == Qt::CheckStateRole)
            return step.done ? Qt::Checked : Qt::Unchecked;
        if (role == RawValueRole)
            return step.done;
        if (role == Qt::ToolTipRole)
            return step.done ? tr("Done") : tr("Open: tick when done");
        return {};
    }
    switch (role) {
    case Qt::ForegroundRole:
        if (step.done)
            return settledColour();
        if (index.column() == Due && overdue)
            return alertColour();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Action)
            return plainToolTip(step.action);
        if (index.column() == Due && overdue)
            return tr("Overdue");
        return {};
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Action:
        return step.action;
    case Owner:
        return step.owner;
    case Due:
        return dueDate(step.dueOn, role);
    case Done:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NextStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return AccountRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Done:
        return tr("Done");
    case Action:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags NextStepModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = AccountRowsModel::flags(index);
    if (index.isValid() && index.column() == Done && !document()->isReadOnly())
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool NextStepModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Done
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    NextStep step = m_rows.at(index.row());
    const bool done = Qt::CheckState(value.toInt()) == Qt::Checked;
    if (done == step.done)
        return false;
    step.done = done;
    ReviewEditing::of(document())->editNextStep(step); // the plan announces the change; the model reloads
    return true;
}

} // namespace keyplan
