#pragma once

#include "domain/accountrecord.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace keyplan {

class AccountHistoryModel;
class PlanDocument;

// Account > History…: who changed what in the account's plan, and when (accounthistorymodel.h).
// Stays current while open: others' changes arrive as they are made.
class AccountHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    AccountHistoryDialog(PlanDocument *document, AccountId account, QWidget *parent = nullptr);

    AccountHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString explanation() const;

private:
    void showState();

    AccountHistoryModel *m_model;
    QLabel *m_explanation;
    QTableView *m_view;
};

} // namespace keyplan
