#include "item/riskmodel.h"

#include "item/itemroles.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace keyplan {

RiskModel::RiskModel(PlanDocument *document, QObject *parent)
    : AccountRowsModel(document, ColumnCount, parent)
{
}

int RiskModel::readRows(AccountId id)
{
    m_rows = id > 0 ? document()->risks(id) : QList<Risk>();
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Risk &a, const Risk &b) {
        if (a.isOpen() != b.isOpen())
            return a.isOpen();
        return int(a.severity) > int(b.severity);
    });
    return int(m_rows.size());
}

QVariant RiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Risk &risk = m_rows.at(index.row());
    const QLocale locale;
    const bool overdue = risk.isOpen() && risk.dueOn.isValid() && risk.dueOn < document()->asOf();
    switch (role) {
    case Qt::ForegroundRole:
        if (!risk.isOpen())
            return QColor(0x80, 0x86, 0x8f);
        if ((index.column() == Due && overdue)
            || (index.column() == Severity && risk.severity == RiskSeverity::High))
            return QColor(0xb4, 0x23, 0x18);
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
        if (!risk.dueOn.isValid())
            return display ? QVariant(QStringLiteral("–")) : QVariant();
        return display ? QVariant(locale.toString(risk.dueOn, QLocale::ShortFormat)) : QVariant(risk.dueOn);
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
