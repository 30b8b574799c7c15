#pragma once

#include "domain/account.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace keyplan {

class NextStepModel;
class PlanDocument;
class RiskModel;
class ValueOutcomeModel;

// The account's QBR tab: what goes into its quarterly business reviews and stays current between
// them. The value delivered in the customer's terms, the risks with their remediation, the agreed
// next steps; above them when the last review was held, and Prepare QBR… for the next one.
// It reads the plan when it is shown.
class QbrPage final : public QWidget
{
    Q_OBJECT

public:
    explicit QbrPage(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setAccount(AccountId id);

    QTableView *outcomeTable() const { return m_outcomes; }
    QTableView *riskTable() const { return m_risks; }
    QTableView *stepTable() const { return m_steps; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *prepareButton() const { return m_prepare; }

    // What the Add, Edit and Remove buttons of each table do; public so tests drive them.
    void addOutcome();
    void editOutcome();
    void removeOutcome();
    void addRisk();
    void editRisk();
    void removeRisk();
    void addStep();
    void editStep();
    void removeStep();

Q_SIGNALS:
    void prepareRequested(keyplan::AccountId id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Reads the account's lists: only while the tab is shown (choosing an account costs nothing
    // for a tab nobody looks at).
    void load();
    void refreshStatus();
    void updateButtons();
    int currentRow(const QTableView *table) const;

    PlanDocument *m_document = nullptr;
    AccountId m_accountId = 0;
    bool m_loaded = false; // the lists show m_accountId
    ValueOutcomeModel *m_outcomeModel = nullptr;
    RiskModel *m_riskModel = nullptr;
    NextStepModel *m_stepModel = nullptr;
    QLabel *m_status;
    QPushButton *m_prepare;
    QTableView *m_outcomes;
    QTableView *m_risks;
    QTableView *m_steps;
    QList<QPushButton *> m_writeButtons; // disabled on a read-only plan
    QList<std::pair<QTableView *, QList<QPushButton *>>> m_rowButtons; // need a selected row
};

} // namespace keyplan
