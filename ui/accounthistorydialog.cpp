#include "accounthistorydialog.h"
#include "ui/keyboardaccess.h"

#include "item/accounthistorymodel.h"
#include "item/plandocument.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace keyplan {

AccountHistoryDialog::AccountHistoryDialog(PlanDocument *document, AccountId account, QWidget *parent)
    : QDialog(parent)
    , m_model(new AccountHistoryModel(document, account, this))
    , m_explanation(new QLabel(this))
    , m_view(new QTableView(this))
{
    const std::optional<Account> shown = document->account(account);
    setWindowTitle(tr("History of %1").arg(shown ? shown->name : QString()));
    auto *layout = new QVBoxLayout(this);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("historyView"));
    prepareItemView(m_view, tr("Changes to the account"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountHistoryDialog::showState);
    showState();
    m_view->resizeColumnsToContents();
    for (int column = 0; column < AccountHistoryModel::Change; ++column)
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), 260));
    resize(900, 480);
}

QString AccountHistoryDialog::explanation() const
{
    return m_explanation->text();
}

void AccountHistoryDialog::showState()
{
    if (!m_model->hasLog()) {
        m_explanation->setText(tr("A plan file keeps no history of who changed what. A team plan does: publish "
                                  "this plan to a team server (keyplan copy), then open it with File > Connect "
                                  "to Team Plan…"));
    } else if (!m_model->error().isEmpty()) {
        m_explanation->setText(tr("The history could not be read: %1").arg(m_model->error()));
    } else if (m_model->rowCount() == 0) {
        m_explanation->setText(tr("Nobody has changed this account since the team plan began keeping its history."));
    } else {
        m_explanation->setText(
            tr("Every change to the account and to what belongs to it, newest first, by anyone on the team plan "
               "(at most the newest %1). Times are your computer's.")
                .arg(QLocale().toString(AccountHistoryModel::limit)));
    }
    m_view->setVisible(m_model->rowCount() > 0);
}

} // namespace keyplan
