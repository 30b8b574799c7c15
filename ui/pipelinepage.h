#pragma once

#include "domain/account.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace keyplan {

class PipelineFilterProxy;
class PipelineModel;
class PlanDocument;

// Expansion opportunities as a sortable, filterable list with their totals, unweighted and
// weighted. For one account (with its health, a "fix first" warning when it is uncoupling or
// unhealthy, and buttons to add and record health) or, in portfolio mode, across every account.
class PipelinePage final : public QWidget
{
    Q_OBJECT

public:
    enum class Scope { Account, Portfolio };
    explicit PipelinePage(Scope scope, QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setAccount(AccountId id); // account scope only
    PipelineModel *model() const { return m_model; }
    PipelineFilterProxy *proxy() const { return m_proxy; }

    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *stageFilter() const { return m_stageFilter; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *warningLabel() const { return m_warning; }
    QLabel *healthLabel() const { return m_health; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *healthButton() const { return m_recordHealth; }
    QPushButton *openAccountButton() const { return m_openAccount; }

Q_SIGNALS:
    // Portfolio scope: the user wants to see this account's plan.
    void accountActivated(keyplan::AccountId id);

private:
    void refreshAccountFacts();
    void refreshTotals();
    void updateButtons();
    void applyStageFilter();
    void addOpportunity();
    void editCurrent();
    void removeCurrent();
    void recordHealth();

    Scope m_scope;
    PlanDocument *m_document = nullptr;
    PipelineModel *m_model = nullptr;
    PipelineFilterProxy *m_proxy;
    AccountId m_accountId = 0;
    bool m_sized = false; // portfolio scope: columns fitted to the first rows read
    QLabel *m_warning;
    QLabel *m_health;
    QPushButton *m_recordHealth;
    QLineEdit *m_filter;
    QComboBox *m_stageFilter;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_openAccount;
    QTableView *m_table;
    QLabel *m_totals;
};

} // namespace keyplan
