#pragma once

#include "domain/account.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace keyplan {

class PlanDocument;
class WhitespaceModel;

// The account's whitespace matrix: offerings down, business units across, every cell sold, open,
// in pipeline or not applicable, with the open totals and our share of the wallet. Amounts are
// typed in place; an open cell becomes an opportunity in one action; a cell in pipeline opens
// its opportunity. Business units and the catalogue are managed from here.
class WhitespacePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WhitespacePage(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setAccount(AccountId id);

    WhitespaceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *warningLabel() const { return m_warning; }
    QPushButton *convertButton() const { return m_convert; }
    QToolButton *markButton() const { return m_mark; }
    QPushButton *detailsButton() const { return m_details; }

    // The actions on the current cell, as the buttons and the context menu offer them.
    void convertCurrent();
    void markCurrent(const QString &stateKey);
    void editCurrentDetails();
    void openCurrentOpportunity();

private:
    void refresh();
    void refreshWarning();
    void updateActions();
    void showCellMenu(const QPoint &position);
    void editBusinessUnits();
    void editCatalogue();

    PlanDocument *m_document = nullptr;
    WhitespaceModel *m_model = nullptr;
    AccountId m_accountId = 0;
    QLabel *m_warning;
    QLabel *m_summary;
    QPushButton *m_convert;
    QToolButton *m_mark;
    QMenu *m_markMenu;
    QPushButton *m_details;
    QPushButton *m_units;
    QPushButton *m_catalogue;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_table;
};

} // namespace keyplan
