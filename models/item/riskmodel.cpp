#include "item/riskmodel.h"

#include "item/itemroles.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"
#include "item/reviewediting.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace keyplan {

RiskModel::RiskModel(PlanDocument *document, QObject *parent)
    : AccountRowsModel(document, ColumnCount, parent)
{
}

void RiskModel::readRows(AccountId id)
{
    QList<Risk> risks = id > 0 ? ReviewEditing::of(document())->risks(id) : QList<Risk>();
    std::stable_sort(risks.begin(), risks.end(), [](const Risk &a, const Risk &b) {
        if (a.isOpen() != b.isOpen())
            return a.isOpen();
        return int(a.severity) > int(b.severity);
    });
    syncRows(m_rows, std::move(risks), [](const Risk &risk) { return risk.id; });
}

QVariant RiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Risk &risk = m_rows.at(index.row());
    const bool overdue = risk.isOpen() && risk.dueOn.isValid() && risk.dueOn < document()->asOf();
    switch (role) {
    case Qt::ForegroundRole:
        if (!risk.isOpen())
            return settledColour();
        if ((index.column() == Due && overdue)
            || (index.column() == Severity && risk.severity == RiskSeverity::High))
            return alertColour();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Title || index.column() == Remediation)
            return plainToolTip(risk.remediation.isEmpty()
                    ? risk.title
                    : tr("%1\nRemediation: %2").arg(risk.title, risk.remediation));
        if (index.column() == Due && overdue)
            return tr("Overdue");
        return {};
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (Column(index.column())) {
    case Title:
        return risk.title;
    case Severity:
        return display ? QVariant(displayName(risk.severity)) : QVariant(int(risk.severity));
    case Status:
        return display ? QVariant(displayName(risk.status)) : QVariant(keyOf(risk.status));
    case Remediation:
        return risk.remediation;
    case Owner:
        return document()->teamMemberName(risk.ownerId);
    case Due:
        return dueDate(risk.dueOn, role);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return AccountRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Risk");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Remediation:
        return tr("Remediation");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keyplan
