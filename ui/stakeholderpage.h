#pragma once

#include "domain/account.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace keyplan {

class PlanDocument;
class StakeholderModel;
class TouchpointModel;

// The people on the account's stakeholder map as a table, with the coverage figures above it:
// depth against the target band, single-threading, empty seats and how fresh the map is; and
// below it the contact history the recency figures come from.
class StakeholderPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StakeholderPage(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document, StakeholderModel *model);
    void setAccount(AccountId id);

    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    QLabel *coverageLabel() const { return m_coverage; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *touchpointTable() const { return m_touchpoints; }
    QCheckBox *onlySelectedPerson() const { return m_onlySelected; }
    QPushButton *removeTouchpointButton() const { return m_removeTouchpoint; }

private:
    void refreshCoverage();
    void addPerson();
    void removePerson();
    void recordTouchpoint();
    void markReviewed();
    void removeTouchpoint();
    void followSelection();

    PlanDocument *m_document = nullptr;
    StakeholderModel *m_model = nullptr;
    AccountId m_accountId = 0;
    QLabel *m_coverage;
    QLineEdit *m_filter;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_touchpoint;
    QPushButton *m_reviewed;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    TouchpointModel *m_touchpointModel = nullptr;
    QTableView *m_touchpoints;
    QCheckBox *m_onlySelected;
    QPushButton *m_removeTouchpoint;
};

} // namespace keyplan
