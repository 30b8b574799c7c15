#pragma once

#include "domain/goal.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace keyplan {

class PlanDocument;

// The customer's stated goals (their success plan): objective, how success is measured, baseline
// and target, due day, status, who owns it on their side and on ours, and what serves it (value
// delivered, opportunities). Added, edited and removed one undo step at a time.
class GoalsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit GoalsPage(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setAccount(AccountId id);

    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }

private:
    void refresh();
    void updateButtons();
    void edit(const Goal &goal);
    GoalId currentGoal() const;
    std::optional<Goal> shownGoal() const; // the current goal as the page shows it

    PlanDocument *m_document = nullptr;
    AccountId m_accountId = 0;
    QList<Goal> m_goals;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace keyplan
