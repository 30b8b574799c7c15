#include "item/touchpointmodel.h"

#include "domain/dayformat.h"

#include "item/itemroles.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"

#include <QLocale>

#include <algorithm>

namespace keyplan {

TouchpointModel::TouchpointModel(PlanDocument *document, QObject *parent)
    : SyncedTableModel(parent)
    , m_document(document)
{
    // Touchpoints and names both change with the map.
    connect(document, &PlanDocument::stakeholdersChanged, this, [this](AccountId id) {
        if (id == m_accountId)
            reload();
    });
    connect(document, &PlanDocument::accountRemoved, this, [this](AccountId id) {
        if (id == m_accountId)
            setAccount(0);
    });
    connect(document, &PlanDocument::teamChanged, this, [this] {
        if (!m_touchpoints.isEmpty())
            Q_EMIT dataChanged(index(0, OurPerson), index(rowCount() - 1, OurPerson));
    });
}

void TouchpointModel::setAccount(AccountId id)
{
    if (id != m_accountId) {
        // Another account: nothing of the last one's rows stays.
        beginResetModel();
        m_accountId = id;
        m_touchpoints.clear();
        endResetModel();
    }
    reload();
}

void TouchpointModel::setPerson(std::optional<StakeholderId> person)
{
    if (person == m_person)
        return;
    m_person = person;
    reload();
}

void TouchpointModel::reload()
{
    QList<Touchpoint> touchpoints = m_accountId > 0 ? m_document->touchpoints(m_accountId) : QList<Touchpoint>();
    if (m_person) {
        touchpoints.removeIf(
            [this](const Touchpoint &touchpoint) { return !touchpoint.stakeholders.contains(*m_person); });
    }
    std::stable_sort(touchpoints.begin(), touchpoints.end(), [](const Touchpoint &a, const Touchpoint &b) {
        return a.on > b.on || (a.on == b.on && a.id > b.id);
    });
    QHash<StakeholderId, QString> names;
    if (m_accountId > 0) {
        const QList<Stakeholder> people = m_document->stakeholders(m_accountId);
        for (const Stakeholder &person : people)
            names.insert(person.id, person.name);
    }
    syncRows(m_touchpoints, std::move(touchpoints), [](const Touchpoint &touchpoint) { return touchpoint.id; },
        [&] { m_names = std::move(names); });
}

int TouchpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_touchpoints.size());
}

int TouchpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TouchpointModel::peopleOf(const Touchpoint &touchpoint) const
{
    QStringList names;
    for (const StakeholderId id : touchpoint.stakeholders)
        names.append(m_names.value(id));
    return names.join(QStringLiteral(", "));
}

QVariant TouchpointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Touchpoint &touchpoint = m_touchpoints.at(index.row());
    switch (role) {
    case Qt::ToolTipRole: // the notes whole, line by line
        return plainToolTip(index.column() == Notes ? touchpoint.notes : data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return formatShortDay(touchpoint.on);
        case Kind:
            return displayName(touchpoint.kind);
        case People:
            return peopleOf(touchpoint);
        case OurPerson:
        {
            QStringList names;
            for (const TeamMemberId member : touchpoint.ourMembers)
                names.append(m_document->teamMemberName(member));
            return names.join(QStringLiteral(", "));
        }
        case Notes: {
            // One row, one line: the first, and a sign that there is more.
            const qsizetype end = touchpoint.notes.indexOf(u'\n');
            return end < 0 ? touchpoint.notes : touchpoint.notes.left(end).trimmed() + QStringLiteral(" …");
        }
        default:
            return {};
        }
    case RawValueRole: // what sorts: the date and the kind's key; the rest sorts as shown
        if (index.column() == Date)
            return touchpoint.on;
        if (index.column() == Kind)
            return keyOf(touchpoint.kind);
        return data(index, Qt::DisplayRole);
    case TouchpointIdRole:
        return touchpoint.id;
    case StakeholderIdsRole: {
        QVariantList ids;
        for (const StakeholderId id : touchpoint.stakeholders)
            ids.append(id);
        return ids;
    }
    default:
        return {};
    }
}

QVariant TouchpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case People:
        return tr("With");
    case OurPerson:
        return tr("Our side");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace keyplan
