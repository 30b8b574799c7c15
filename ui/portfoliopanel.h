#pragma once

#include "domain/account.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace keyplan {

class ElidedLabel;

class ChoiceFilterButton;
class PlanDocument;
class PortfolioFilterProxy;
class PortfolioModel;
class PortfolioSummaryBar;

// The portfolio: figures on top, then filter-as-you-type and the tier, segment, stage and key
// filters, then the sortable table of accounts.
class PortfolioPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioPanel(QWidget *parent = nullptr);

    // Shows the document's portfolio; nullptr shows nothing.
    void setDocument(PlanDocument *document, PortfolioModel *model);

    AccountId currentAccount() const;
    // The accounts selected (the current one when none is), in the table's order.
    QList<AccountId> selectedAccounts() const;
    QLabel *emptyHint() const { return m_emptyHint; }
    void selectAccount(AccountId id);
    void focusSearch();

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    PortfolioFilterProxy *proxy() const { return m_proxy; }
    PortfolioSummaryBar *summaryBar() const { return m_summary; }
    ChoiceFilterButton *tierFilter() const { return m_tiers; }
    ChoiceFilterButton *segmentFilter() const { return m_segments; }
    ChoiceFilterButton *stageFilter() const { return m_stages; }
    // By the owner on our side: one person's book (the header's figures follow).
    ChoiceFilterButton *ownerFilter() const { return m_owners; }
    QComboBox *keyFilter() const { return m_keyFilter; }

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentAccountChanged(keyplan::AccountId id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateCount();
    // The Account column takes the room the figures leave, but never less than a name needs.
    void fitNameColumn();

    PortfolioSummaryBar *m_summary;
    QLineEdit *m_search;
    ChoiceFilterButton *m_tiers;
    ChoiceFilterButton *m_segments;
    ChoiceFilterButton *m_stages;
    ChoiceFilterButton *m_owners;
    PlanDocument *m_document = nullptr;
    void fillOwners();
    QComboBox *m_keyFilter;
    ElidedLabel *m_count;
    QLabel *m_emptyHint = nullptr;
    QTableView *m_table;
    PortfolioFilterProxy *m_proxy;
    PortfolioModel *m_model = nullptr;
};

} // namespace keyplan
