#include "item/stakeholdermodel.h"

#include "domain/dayformat.h"
#include "item/itemcolours.h"

#include "item/itemroles.h"
#include "item/personsignalediting.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"
#include "item/peopleediting.h"

#include <algorithm>
#include <QBrush>
#include <QColor>
#include <QLocale>

namespace keyplan {
namespace {

// Sets `target` from a parsed key; false (and `target` untouched) when the key was unknown.
template<typename Enum> bool assignFromKey(Enum &target, std::optional<Enum> parsed)
{
    if (!parsed)
        return false;
    target = *parsed;
    return true;
}

} // namespace

StakeholderModel::StakeholderModel(PlanDocument *document, QObject *parent)
    : SyncedTableModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::stakeholdersChanged, this, [this](AccountId id) {
        if (id == m_accountId)
            reload();
    });
    connect(document, &PlanDocument::accountRemoved, this, [this](AccountId id) {
        if (id == m_accountId)
            setAccount(0);
    });
    connect(document, &PlanDocument::accountInserted, this, [this](AccountId id) {
        if (id == m_accountId)
            reload();
    });
    connect(document, &PlanDocument::teamChanged, this, [this] {
        if (!m_people.isEmpty())
            Q_EMIT dataChanged(index(0, OurOwner), index(rowCount() - 1, OurOwner));
    });
}

void StakeholderModel::setAccount(AccountId id)
{
    if (id != m_accountId) {
        // Another account: nothing of the last one's rows stays.
        beginResetModel();
        m_accountId = id;
        m_people.clear();
        endResetModel();
    }
    reload();
}

void StakeholderModel::reload()
{
    QList<Stakeholder> people = m_accountId > 0 ? m_document->stakeholders(m_accountId) : QList<Stakeholder>();
    QHash<StakeholderId, QDate> lastContact = m_accountId > 0 ? lastContacts(m_document->touchpoints(m_accountId))
                                                              : QHash<StakeholderId, QDate>();
    QHash<StakeholderId, PersonSignal> mayHaveLeft = m_accountId > 0
        ? PersonSignalEditing::openSignals(m_document, m_accountId)
        : QHash<StakeholderId, PersonSignal>();
    syncRows(m_people, std::move(people), [](const Stakeholder &person) { return person.id; }, [&] {
        m_lastContact = std::move(lastContact);
        m_mayHaveLeft = std::move(mayHaveLeft);
    });
}

StakeholderId StakeholderModel::stakeholderIdAt(int row) const
{
    return row >= 0 && row < m_people.size() ? m_people.at(row).id : 0;
}

int StakeholderModel::rowOf(StakeholderId id) const
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == id)
            return row;
    }
    return -1;
}

int StakeholderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int StakeholderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StakeholderModel::nameOf(std::optional<StakeholderId> id) const
{
    if (!id)
        return {};
    const int row = rowOf(*id);
    return row >= 0 ? m_people.at(row).name : QString();
}

QVariant StakeholderModel::displayData(const Stakeholder &person, int column) const
{
    switch (Column(column)) {
    case Name:
        return person.name;
    case Title:
        return person.title;
    case Department:
        return person.department;
    case ReportsTo:
        return nameOf(person.reportsTo);
    case Layer:
        return displayName(person.layer);
    case Role:
        return displayName(person.role);
    case Support:
        return displayName(person.support);
    case Influence:
        return displayName(person.influence);
    case Relationship:
        return displayName(person.relationship);
    case OurOwner:
        return m_document->teamMemberName(person.ourOwnerId);
    case LastContact: {
        const std::optional<int> days = daysSinceContact(m_lastContact, person.id, m_document->asOf());
        if (!days)
            return tr("never");
        if (*days == 0)
            return tr("today");
        return *days == 1 ? tr("yesterday") : tr("%n days ago", nullptr, int(*days));
    }
    case Left:
        if (person.hasLeft())
            return formatShortDay(person.leftOn);
        return m_mayHaveLeft.contains(person.id) ? tr("May have left?") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StakeholderModel::rawData(const Stakeholder &person, int column) const
{
    switch (Column(column)) {
    case Name:
        return person.name;
    case Title:
        return person.title;
    case Department:
        return person.department;
    case ReportsTo:
        return person.reportsTo ? QVariant(*person.reportsTo) : QVariant();
    case Layer:
        return keyOf(person.layer);
    case Role:
        return keyOf(person.role);
    case Support:
        return keyOf(person.support);
    case Influence:
        return keyOf(person.influence);
    case Relationship:
        return keyOf(person.relationship);
    case OurOwner:
        return person.ourOwnerId ? QVariant(*person.ourOwnerId) : QVariant();
    case LastContact: {
        const QDate last = m_lastContact.value(person.id);
        return last.isValid() ? QVariant(last) : QVariant();
    }
    case Left:
        return person.leftOn;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StakeholderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stakeholder &person = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(person, index.column());
    case Qt::EditRole:
    case RawValueRole:
        return rawData(person, index.column());
    case Qt::ForegroundRole:
        // People who left stay in the history, greyed.
        if (person.hasLeft())
            return QBrush(colours::settled());
        if (index.column() == Left && m_mayHaveLeft.contains(person.id))
            return QBrush(colours::question()); // a question to settle, not a fact
        return {};
    case Qt::ToolTipRole:
        if (person.hasLeft())
            return tr("Left the company on %1").arg(QLocale().toString(person.leftOn, QLocale::LongFormat));
        if (m_mayHaveLeft.contains(person.id))
            return plainToolTip(tr("May have left: %1\nOpen the person on the map to say whether they are still there.")
                                    .arg(m_mayHaveLeft.value(person.id).evidence));
        return {};
    case StakeholderIdRole:
        return person.id;
    case RowVersionRole:
        return person.version;
    case SearchTextRole:
        return QStringList {person.name, person.title, person.department, person.businessUnit}
            .join(QLatin1Char('\n'))
            .toCaseFolded();
    default:
        return {};
    }
}

QVariant StakeholderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Title:
        return tr("Title");
    case Department:
        return tr("Department");
    case ReportsTo:
        return tr("Reports to");
    case Layer:
        return tr("Buying group");
    case Role:
        return tr("Role");
    case Support:
        return tr("Support");
    case Influence:
        return tr("Influence");
    case Relationship:
        return tr("Relationship");
    case OurOwner:
        return tr("Our owner");
    case LastContact:
        return tr("Last contact");
    case Left:
        return tr("Left");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags StakeholderModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // Last contact comes from touchpoints: it is never typed.
    if (index.isValid() && !m_document->isReadOnly() && index.column() != LastContact)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool StakeholderModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Stakeholder person = m_people.at(index.row());
    const auto optionalId = [&value]() -> std::optional<qint64> {
        if (!value.isValid() || value.isNull())
            return std::nullopt;
        return value.toLongLong();
    };
    bool fits = true;
    switch (Column(index.column())) {
    case Name:
        person.name = value.toString().trimmed();
        fits = !person.name.isEmpty();
        break;
    case Title:
        person.title = value.toString();
        break;
    case Department:
        person.department = value.toString();
        break;
    case ReportsTo:
        person.reportsTo = optionalId();
        fits = !person.reportsTo || (*person.reportsTo != person.id && rowOf(*person.reportsTo) >= 0);
        break;
    case Layer:
        fits = assignFromKey(person.layer, buyingLayerFromKey(value.toString()));
        break;
    case Role:
        fits = assignFromKey(person.role, decisionRoleFromKey(value.toString()));
        break;
    case Support:
        fits = assignFromKey(person.support, supportLevelFromKey(value.toString()));
        break;
    case Influence:
        fits = assignFromKey(person.influence, influenceFromKey(value.toString()));
        break;
    case Relationship:
        fits = assignFromKey(person.relationship, relationshipFromKey(value.toString()));
        break;
    case OurOwner:
        person.ourOwnerId = optionalId();
        break;
    case Left:
        person.leftOn = value.toDate();
        break;
    case LastContact:
    case ColumnCount:
        return false;
    }
    if (!fits)
        return false;
    const Stakeholder &before = m_people.at(index.row());
    if (rawData(person, index.column()) == rawData(before, index.column()))
        return false;
    PeopleEditing::of(m_document)->editStakeholder(person);
    return true;
}

} // namespace keyplan
