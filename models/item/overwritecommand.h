#pragma once

#include "storage/rowversion.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUndoCommand>

namespace keyplan {

class PlanDocument;

// "Save Mine over Theirs": the user's values put over a row someone else changed, by column name
// (any table), as one undo step. Each write goes only over the version the step last saw: redo
// over the row as the conflict showed it, undo over what redo left, so neither overwrites a change
// made in between.
class OverwriteRowCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(OverwriteRowCommand)

public:
    // `read`: the row at the version the user was shown; `before`: its columns then; `after`:
    // the columns to write.
    OverwriteRowCommand(PlanDocument *document, const sql::ReadRow &read, const QJsonObject &before,
        const QJsonObject &after, const QString &subject);

    void redo() override;
    void undo() override;

private:
    bool write(const QJsonObject &columns);

    PlanDocument *m_document;
    sql::ReadRow m_row; // its version: what the next write expects to find
    QJsonObject m_before;
    QJsonObject m_after;
};

} // namespace keyplan
