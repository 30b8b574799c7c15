#include "ui/thisweekview.h"
#include "ui/keyboardaccess.h"

#include "item/plandocument.h"
#include "item/thisweekmodel.h"
#include "ui/playactions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace keyplan {

ThisWeekView::ThisWeekView(QWidget *parent)
    : QWidget(parent)
    , m_owner(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_done(new QPushButton(tr("&Done"), this))
    , m_snooze(new QPushButton(tr("S&nooze…"), this))
    , m_dismiss(new QPushButton(tr("D&ismiss…"), this))
{
    m_owner->setObjectName(QStringLiteral("weekOwner"));
    m_summary->setTextFormat(Qt::PlainText);
    // The summary never widens the window: it wraps in a narrow dock.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_tree->setObjectName(QStringLiteral("thisWeek"));
    prepareItemView(m_tree, tr("What needs you this week"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setMinimumHeight(m_tree->fontMetrics().height() * 4); // a short dock on a small screen
    auto *top = new QHBoxLayout;
    auto *ownerLabel = new QLabel(tr("&For:"), this);
    ownerLabel->setBuddy(m_owner);
    top->addWidget(ownerLabel);
    top->addWidget(m_owner);
    top->addWidget(m_summary, 1);
    m_open->setToolTip(tr("Open the account where this is dealt with (Enter)"));
    m_done->setToolTip(tr("Mark the play done"));
    m_snooze->setToolTip(tr("Put the play off until a day, with a reason"));
    m_dismiss->setToolTip(tr("Dismiss the play, with a reason; it returns only once its condition has cleared"));
    // One row above the list: who, how much, and the answers (the dock stays short).
    top->addWidget(m_open);
    top->addWidget(m_done);
    top->addWidget(m_snooze);
    top->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    connect(m_open, &QPushButton::clicked, this, [this] { activate(m_tree->currentIndex()); });
    // Each answer goes over the play as the list shows it.
    connect(m_done, &QPushButton::clicked, this, [this] { markPlayDone(m_document, currentPlay(), currentPlayVersion()); });
    connect(m_snooze, &QPushButton::clicked, this,
        [this] { snoozePlay(this, m_document, currentPlay(), currentPlayVersion()); });
    connect(m_dismiss, &QPushButton::clicked, this,
        [this] { dismissPlay(this, m_document, currentPlay(), currentPlayVersion()); });
    connect(m_tree, &QAbstractItemView::activated, this, &ThisWeekView::activate);
    connect(m_owner, &QComboBox::activated, this, [this] {
        if (m_model)
            m_model->setOwner(m_owner->currentData().isValid()
                    ? std::optional<TeamMemberId>(m_owner->currentData().toLongLong())
                    : std::nullopt);
    });
    updateSummary();
    updateButtons();
}

void ThisWeekView::setDocument(PlanDocument *document)
{
    m_document = document;
    delete m_model;
    m_model = document ? new ThisWeekModel(document, this) : nullptr;
    m_tree->setModel(m_model);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ThisWeekView::rememberPlace);
        connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
        connect(m_model, &QAbstractItemModel::modelReset, this, &ThisWeekView::restorePlace);
        connect(m_model, &QAbstractItemModel::modelReset, this, &ThisWeekView::updateSummary);
        connect(m_model, &QAbstractItemModel::modelReset, this, &ThisWeekView::updateButtons);
        connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ThisWeekView::updateButtons);
        connect(document, &PlanDocument::teamChanged, this, &ThisWeekView::fillOwners);
        m_tree->expandAll();
        m_tree->header()->setSectionResizeMode(ThisWeekModel::What, QHeaderView::Interactive);
        m_tree->header()->resizeSection(ThisWeekModel::What, 300);
        m_tree->header()->resizeSection(ThisWeekModel::Due, 120);
        m_tree->header()->setStretchLastSection(true);
    }
    fillOwners();
    updateSummary();
    updateButtons();
}

void ThisWeekView::rememberPlace()
{
    const QModelIndex current = m_tree->currentIndex();
    m_place = Place {m_model->accountIdAt(current), std::nullopt, m_tree->verticalScrollBar()->value()};
    if (const WeekItem *item = m_model->itemAt(current))
        m_place->item = std::pair {item->kind, item->reference};
}

void ThisWeekView::restorePlace()
{
    const std::optional<Place> place = std::exchange(m_place, std::nullopt);
    if (!place || !m_model)
        return;
    for (int row = 0; row < m_model->rowCount() && place->account; ++row) {
        const QModelIndex account = m_model->index(row, 0);
        if (m_model->accountIdAt(account) != place->account)
            continue;
        QModelIndex found = account;
        for (int child = 0; place->item && child < m_model->rowCount(account); ++child) {
            const QModelIndex index = m_model->index(child, 0, account);
            const WeekItem *item = m_model->itemAt(index);
            if (item && item->kind == place->item->first && item->reference == place->item->second)
                found = index;
        }
        m_tree->selectionModel()->setCurrentIndex(found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        break;
    }
    m_tree->doItemsLayout(); // the scroll range, before it is set
    m_tree->verticalScrollBar()->setValue(place->scroll);
}

PlayId ThisWeekView::currentPlay() const
{
    const WeekItem *item = m_model ? m_model->itemAt(m_tree->currentIndex()) : nullptr;
    return item && item->kind == WeekItemKind::Play ? item->reference : 0;
}

std::optional<qint64> ThisWeekView::currentPlayVersion() const
{
    const WeekItem *item = m_model ? m_model->itemAt(m_tree->currentIndex()) : nullptr;
    return item && item->kind == WeekItemKind::Play ? std::optional(item->version) : std::nullopt;
}

void ThisWeekView::updateButtons()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool play = currentPlay() != 0;
    m_open->setEnabled(m_tree->currentIndex().isValid());
    m_done->setEnabled(writable && play);
    m_snooze->setEnabled(writable && play);
    m_dismiss->setEnabled(writable && play);
}

void ThisWeekView::fillOwners()
{
    const QVariant chosen = m_owner->currentData();
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QVariant());
    if (m_document) {
        for (const TeamMember &member : m_document->team())
            m_owner->addItem(member.name, member.id);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(chosen)));
}

void ThisWeekView::updateSummary()
{
    if (!m_model) {
        m_summary->setText(tr("Open a plan to see what needs you this week."));
        return;
    }
    int items = 0;
    int overdue = 0;
    for (const WeekAccount &account : m_model->week()) {
        items += int(account.items.size());
        for (const WeekItem &item : account.items)
            overdue += item.urgency(m_document->asOf()) == Urgency::Overdue ? 1 : 0;
    }
    m_summary->setText(m_model->week().isEmpty()
            ? tr("Nothing due: every key account is up to date.")
            : tr("Key accounts needing you: %1 · things to do: %2 · overdue: %3")
                  .arg(m_model->week().size())
                  .arg(items)
                  .arg(overdue));
}

void ThisWeekView::activate(const QModelIndex &index)
{
    if (!m_model || !index.isValid())
        return;
    const AccountId account = m_model->accountIdAt(index);
    const WeekItem *item = m_model->itemAt(index);
    Q_EMIT itemActivated(account, item ? item->kind : WeekItemKind::Play, item ? item->reference : 0);
}

} // namespace keyplan
