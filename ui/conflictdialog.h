#pragma once

#include "item/writeconflict.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace keyplan {

class PlanDocument;

// Shown when an edit was refused because someone saved a change to the same item first: who
// changed it and when, each field's value as the user read it, theirs and the user's, and the
// choice between keeping theirs (the edit is dropped) and saving the user's over theirs.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const WriteConflict &conflict, const PlanDocument *document, QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; }
    QTableWidget *table() const { return m_table; }
    QPushButton *overwriteButton() const { return m_overwrite; }

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_overwrite = nullptr;
};

// Shows the dialog and carries out the user's choice.
void resolveConflict(const WriteConflict &conflict, const PlanDocument *document, QWidget *parent);

} // namespace keyplan
