#pragma once

#include "domain/account.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace keyplan {

class PlanDocument;

// An account's business units, teams and regions: the columns of its whitespace matrix. Adding,
// renaming and removing are undo steps of the plan; removing a unit takes its cells with it
// (undo brings them back).
class BusinessUnitsDialog final : public QDialog
{
    Q_OBJECT

public:
    BusinessUnitsDialog(PlanDocument *document, AccountId account, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void reload();
    void addUnit();
    void editUnit();
    void removeUnit();

    PlanDocument *m_document;
    AccountId m_account;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace keyplan
