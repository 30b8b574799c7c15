#include "item/overwritecommand.h"

#include "item/changeannouncer.h"
#include "item/plandocument.h"

namespace keyplan {

OverwriteRowCommand::OverwriteRowCommand(PlanDocument *document, const sql::ReadRow &read, const QJsonObject &before,
    const QJsonObject &after, const QString &subject)
    : m_document(document)
    , m_row(read)
    , m_before(before)
    , m_after(after)
{
    setText(subject.isEmpty() ? tr("Save my version") : tr("Save my version of %1").arg(subject));
}

void OverwriteRowCommand::redo()
{
    if (!write(m_after))
        setObsolete(true);
}

void OverwriteRowCommand::undo()
{
    if (!write(m_before))
        setObsolete(true);
}

bool OverwriteRowCommand::write(const QJsonObject &columns)
{
    const bool written = m_document->writeInTransaction(tr("Your version"),
        [&](const QSqlDatabase &db, QString *error) { return sql::writeColumns(db, m_row, columns, error); });
    if (!written)
        return false;
    ++m_row.version;
    const AccountId account = m_row.table == QLatin1String("account")
        ? m_row.id
        : columns.value(QStringLiteral("account_id")).toInteger();
    announceChange(m_document, m_row.table, team::ChangeEntry::Action::Update, m_row.id, account);
    return true;
}

} // namespace keyplan
