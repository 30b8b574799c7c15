#include "ui/stagehistorypage.h"
#include "ui/keyboardaccess.h"

#include "item/accountediting.h"
#include "item/plandocument.h"
#include "item/stagehistorymodel.h"
#include "ui/stagechangedialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace keyplan {

StageHistoryPage::StageHistoryPage(QWidget *parent)
    : QWidget(parent)
    , m_stage(new QLabel(this))
    , m_meaning(new QLabel(this))
    , m_change(new QPushButton(tr("Change Stage…"), this))
    , m_table(new QTableView(this))
{
    m_stage->setTextFormat(Qt::PlainText);
    m_meaning->setTextFormat(Qt::PlainText);
    m_meaning->setWordWrap(true);
    m_meaning->setForegroundRole(QPalette::PlaceholderText);
    QFont stageFont = m_stage->font();
    stageFont.setPointSizeF(stageFont.pointSizeF() * 1.3);
    stageFont.setBold(true);
    m_stage->setFont(stageFont);
    m_table->verticalHeader()->hide();
    prepareItemView(m_table, tr("Stage history"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    auto *top = new QHBoxLayout;
    auto *text = new QVBoxLayout;
    text->addWidget(m_stage);
    text->addWidget(m_meaning);
    top->addLayout(text, 1);
    top->addWidget(m_change, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_change, &QPushButton::clicked, this, &StageHistoryPage::changeStage);
    setEnabled(false);
}

void StageHistoryPage::setDocument(PlanDocument *document, StageHistoryModel *model)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model = model;
    m_table->setModel(model);
    if (model) {
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setSectionResizeMode(StageHistoryModel::Reason, QHeaderView::Stretch);
        // Reasons are sentences: let rows grow to show them whole.
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    if (document) {
        connect(document, &PlanDocument::accountChanged, this, [this](AccountId id) {
            if (id == m_accountId)
                refresh();
        });
    }
    m_accountId = 0;
    refresh();
}

void StageHistoryPage::setAccount(AccountId id)
{
    m_accountId = id;
    if (m_model)
        m_model->setAccount(id);
    refresh();
}

void StageHistoryPage::refresh()
{
    const std::optional<Account> account
        = m_document && m_accountId ? m_document->account(m_accountId) : std::nullopt;
    setEnabled(account.has_value());
    m_stage->setText(account ? displayName(account->stage) : QString());
    m_meaning->setText(account ? description(account->stage) : QString());
    m_change->setEnabled(account && !m_document->isReadOnly());
}

void StageHistoryPage::changeStage()
{
    const std::optional<Account> account
        = m_document && m_accountId ? m_document->account(m_accountId) : std::nullopt;
    if (!account || m_document->isReadOnly())
        return;
    StageChangeDialog dialog(account->name, account->stage, this);
    if (dialog.exec() == QDialog::Accepted)
        AccountEditing::of(m_document)->changeStage(m_accountId, dialog.stage(), dialog.date(), dialog.reason());
}

} // namespace keyplan
