#pragma once

#include "domain/account.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace keyplan {

class PlanDocument;
class StageHistoryModel;

// The account's Millman–Wilson stage, what it means, and its dated history with reasons.
class StageHistoryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StageHistoryPage(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document, StageHistoryModel *model);
    void setAccount(AccountId id);
    // Asks for the new stage, date and reason, then records the change (undoable).
    void changeStage();

    QPushButton *changeButton() const { return m_change; }
    QTableView *table() const { return m_table; }

private:
    void refresh();

    PlanDocument *m_document = nullptr;
    StageHistoryModel *m_model = nullptr;
    AccountId m_accountId = 0;
    QLabel *m_stage;
    QLabel *m_meaning;
    QPushButton *m_change;
    QTableView *m_table;
};

} // namespace keyplan
