#pragma once

#include <QUndoCommand>

#include <functional>

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

} // namespace keyplan
