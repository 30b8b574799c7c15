#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace keyplan {

class PlanDocument;

// The portfolio-wide catalogue of what we sell (product, module or tier; category; list price),
// edited in place: every change is an undo step of the plan.
class CatalogueDialog final : public QDialog
{
    Q_OBJECT

public:
    CatalogueDialog(PlanDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void reload();
    void addOffering();
    void editOffering();
    void removeOffering();

    PlanDocument *m_document;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace keyplan
