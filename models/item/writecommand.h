#pragma once

#include <QUndoCommand>

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace keyplan {

// An undo step made of two writes, each a PlanDocument primitive that says whether the plan took
// it. Like every command, one whose write fails marks itself obsolete, so the stack never claims
// an edit that did not reach the disk.
class WriteCommand final : public QUndoCommand
{
public:
    WriteCommand(const QString &text, std::function<bool()> redo, std::function<bool()> undo)
        : m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
        setText(text);
    }

    void redo() override
    {
        if (!m_redo())
            setObsolete(true);
    }
    void undo() override
    {
        if (!m_undo())
            setObsolete(true);
    }

private:
    std::function<bool()> m_redo;
    std::function<bool()> m_undo;
};

// The undo step that inserts a row through `Store::insert` and removes it through `Store::remove`
// (`removing`: the other way round), each in one write: `write(change)` runs a change to a
// store in a transaction (PipelineEditing::writePipeline, ReviewEditing::writeReviews). The row's id is fixed by the
// first insert, so redo after undo brings back the very same row.
template<typename Store, typename Row, typename Id, typename Write>
QUndoCommand *rowCommand(const QString &text, Row row, Write write,
    std::optional<Id> (Store::*insert)(const Row &, QString *), bool (Store::*remove)(Id, QString *),
    bool removing = false)
{
    auto kept = std::make_shared<Row>(std::move(row));
    const auto inserting = [=] {
        return write([=](Store &store, QString *error) {
            const std::optional<Id> id = (store.*insert)(*kept, error);
            if (id)
                kept->id = *id;
            return id.has_value();
        });
    };
    const auto removingRow = [=] {
        return write([=](Store &store, QString *error) { return (store.*remove)(kept->id, error); });
    };
    return removing ? new WriteCommand(text, removingRow, inserting)
                    : new WriteCommand(text, inserting, removingRow);
}

} // namespace keyplan
