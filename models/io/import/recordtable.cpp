#include "io/import/recordtable.h"

#include <QJsonObject>

namespace keyplan {

std::optional<TableKind> tableKindOfObject(const QString &object)
{
    const QString lower = object.toLower();
    if (lower == u"account")
        return TableKind::Accounts;
    if (lower == u"contact")
        return TableKind::People;
    if (lower == u"opportunity")
        return TableKind::Opportunities;
    if (lower == u"opportunitycontactrole")
        return TableKind::ContactRoles;
    return std::nullopt;
}

RecordTable::RecordTable(QString displayName, const QJsonArray &records, TableKind kind, ImportSource source)
    : m_displayName(std::move(displayName))
{
    const QString idHeader = QStringLiteral("Id");
    m_headers.append(idHeader);
    QHash<QString, qsizetype> index {{idHeader, 0}};
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        QStringList row(m_headers.size());
        row[0] = record.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("referenceId")).toString();
        if (record.contains(QStringLiteral("Id")))
            row[0] = record.value(QStringLiteral("Id")).toString();
        for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
            if (it.key() == u"attributes" || it.key() == u"Id" || it->isObject() || it->isArray())
                continue;
            qsizetype column = index.value(it.key(), -1);
            if (column < 0) {
                column = m_headers.size();
                m_headers.append(it.key());
                index.insert(it.key(), column);
                for (QStringList &earlier : m_rows)
                    earlier.append(QString());
                row.append(QString());
            }
            QString text = it->isString() ? it->toString() : it->isBool() ? (it->toBool() ? QStringLiteral("1") : QStringLiteral("0"))
                : it->isDouble()                                          ? QString::number(it->toDouble(), 'g', 15)
                                                                          : QString();
            if (text.startsWith(u'@'))
                text.remove(0, 1); // a reference to another record of the tree
            row[column] = text;
        }
        row.resize(m_headers.size());
        m_rows.append(row);
    }
    for (QStringList &row : m_rows)
        row.resize(m_headers.size());
    m_guess = mapHeaders(m_headers, kind, source);
}

void RecordTable::setKind(TableKind kind)
{
    if (m_guess.kind != kind)
        m_guess = mapHeaders(m_headers, kind, m_guess.source);
}

void RecordTable::setColumns(const QList<ImportField> &columns)
{
    m_guess.columns = columns;
    m_guess.columns.resize(m_headers.size(), ImportField::None);
}

bool RecordTable::next(MappedRow &row)
{
    if (m_next >= m_rows.size())
        return false;
    const QStringList &values = m_rows.at(m_next);
    row.line = ++m_next;
    row.cells = values;
    row.values.clear();
    row.columns.clear();
    for (qsizetype i = 0; i < values.size() && i < m_guess.columns.size(); ++i) {
        const ImportField field = m_guess.columns.at(i);
        if (field == ImportField::None)
            continue;
        row.values.insert(field, values.at(i).trimmed());
        row.columns.insert(field, int(i + 1));
    }
    return true;
}

bool RecordTable::rewind()
{
    m_next = 0;
    return true;
}

} // namespace keyplan
