#include "ui/portfoliopanel.h"
#include "ui/editorwidgets.h"
#include "ui/keyboardaccess.h"

#include "ui/elidedlabel.h"

#include "domain/accountenums.h"
#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/portfoliofilterproxy.h"
#include "item/portfoliomodel.h"
#include "ui/choicefilterbutton.h"
#include "ui/portfoliodelegate.h"
#include "ui/portfoliosummarybar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace keyplan {

PortfolioPanel::PortfolioPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new PortfolioSummaryBar(this))
    , m_search(new QLineEdit(this))
    , m_tiers(new ChoiceFilterButton(this))
    , m_segments(new ChoiceFilterButton(this))
    , m_stages(new ChoiceFilterButton(this))
    , m_owners(new ChoiceFilterButton(this))
    , m_keyFilter(new QComboBox(this))
    , m_count(new ElidedLabel(this))
    , m_table(new QTableView(this))
    , m_proxy(new PortfolioFilterProxy(this))
{
    m_search->setObjectName(QStringLiteral("portfolioSearch"));
    m_search->setAccessibleName(tr("Find accounts"));
    offerClearButton(m_search);
    // The filter row sets the list's narrowest width, and with it how much of a 1024-pixel window
    // the account's plan may have: the search box and the key choice give way to the plan there
    // (the box shows what is typed, the choice its first letters, in any language).
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 10);
    m_keyFilter->setMinimumWidth(m_keyFilter->fontMetrics().averageCharWidth() * 8 + 2 * m_keyFilter->fontMetrics().height());
    // "29 of 120 accounts" gives way first when the window is narrow (a 1024-pixel screen).
    m_count->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_keyFilter);
    filters->addWidget(m_tiers);
    filters->addWidget(m_segments);
    filters->addWidget(m_stages);
    filters->addWidget(m_owners);
    filters->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("portfolioTable"));
    prepareItemView(m_table, tr("Accounts"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several, to delete together
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setWordWrap(false);
    m_table->sortByColumn(PortfolioModel::Arr, Qt::DescendingOrder);
    m_table->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    m_emptyHint = new QLabel(this);
    m_emptyHint->setTextFormat(Qt::PlainText);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setObjectName(QStringLiteral("emptyPlanHint"));
    m_emptyHint->hide();
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &PortfolioFilterProxy::setSearchText);
    connect(m_tiers, &ChoiceFilterButton::selectionChanged, m_proxy, &PortfolioFilterProxy::setTiers);
    connect(m_segments, &ChoiceFilterButton::selectionChanged, m_proxy, &PortfolioFilterProxy::setSegments);
    connect(m_stages, &ChoiceFilterButton::selectionChanged, m_proxy, &PortfolioFilterProxy::setStages);
    connect(m_owners, &ChoiceFilterButton::selectionChanged, m_proxy, &PortfolioFilterProxy::setOwners);
    connect(m_keyFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setKeyFilter(PortfolioFilterProxy::KeyFilter(m_keyFilter->itemData(index).toInt()));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PortfolioPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PortfolioPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PortfolioPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PortfolioPanel::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { Q_EMIT currentAccountChanged(currentAccount()); });
    retranslate();
}

void PortfolioPanel::setDocument(PlanDocument *document, PortfolioModel *model)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model = model;
    m_proxy->setSourceModel(model);
    fillOwners();
    if (m_document)
        connect(m_document, &PlanDocument::teamChanged, this, &PortfolioPanel::fillOwners);
    m_summary->setModel(document, model, m_proxy);
    auto *oldDelegate = m_table->itemDelegate();
    m_table->setItemDelegate(
        document ? new PortfolioDelegate(document, m_table) : new QStyledItemDelegate(m_table));
    if (oldDelegate && oldDelegate->parent() == m_table)
        oldDelegate->deleteLater();
    if (model) {
        QHeaderView *header = m_table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        // The figures first: on a 1024-pixel screen the name leaves room for three or four
        // columns, and those should be what the account is worth and how it retains, not its
        // segment, with a money figure cut at the edge. The user's own order is restored after.
        using C = PortfolioModel::Column;
        const C order[] {C::Name, C::Key, C::Arr, C::Nrr, C::Grr, C::Health, C::RenewalDate, C::Stage, C::Coverage,
            C::Flags, C::Owner, C::Tier, C::Segment};
        static_assert(std::size(order) == PortfolioModel::ColumnCount);
        for (int visual = 0; visual < int(std::size(order)); ++visual)
            header->moveSection(header->visualIndex(order[visual]), visual);
        m_table->resizeColumnsToContents();
        fitNameColumn();
    }
    updateCount();
}

void PortfolioPanel::fillOwners()
{
    QList<QPair<QString, QString>> owners;
    if (m_document) {
        for (const TeamMember &member : m_document->team())
            owners.append({QString::number(member.id), member.name});
    }
    owners.append({QStringLiteral("none"), tr("(no owner)")});
    const QSet<QString> chosen = m_owners->selectedKeys();
    m_owners->setChoices(owners);
    m_owners->setSelectedKeys(chosen);
}

AccountId PortfolioPanel::currentAccount() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AccountIdRole).toLongLong() : 0;
}

void PortfolioPanel::selectAccount(AccountId id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, PortfolioModel::Name));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void PortfolioPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray PortfolioPanel::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void PortfolioPanel::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void PortfolioPanel::fitNameColumn()
{
    if (!m_model)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int section = 0; section < header->count(); ++section) {
        if (section != PortfolioModel::Name && !header->isSectionHidden(section))
            others += header->sectionSize(section);
    }
    // A stretched column shrinks to nothing when the figures fill a 1280-pixel window; this one
    // keeps 160 px (the table scrolls instead) and a name of thousands of characters gets no more
    // than the room left.
    header->resizeSection(PortfolioModel::Name, std::max(160, m_table->viewport()->width() - others));
}

bool PortfolioPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void PortfolioPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PortfolioPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Filter accounts by name, owner, industry or region (Ctrl+F)"));
    m_tiers->setLabel(tr("Tier"));
    m_segments->setLabel(tr("Segment"));
    m_stages->setLabel(tr("Stage"));
    m_owners->setLabel(tr("Owner"));
    fillOwners();
    QList<QPair<QString, QString>> tiers;
    for (const Tier tier : allTiers)
        tiers.append({keyOf(tier), displayName(tier)});
    m_tiers->setChoices(tiers);
    QList<QPair<QString, QString>> segments;
    for (const Segment segment : allSegments)
        segments.append({keyOf(segment), displayName(segment)});
    m_segments->setChoices(segments);
    QList<QPair<QString, QString>> stages;
    for (const Stage stage : allStages)
        stages.append({keyOf(stage), displayName(stage)});
    m_stages->setChoices(stages);

    const int keyIndex = std::max(0, m_keyFilter->currentIndex());
    const QSignalBlocker blocker(m_keyFilter);
    m_keyFilter->clear();
    m_keyFilter->addItem(tr("All accounts"), int(PortfolioFilterProxy::KeyFilter::All));
    m_keyFilter->addItem(tr("Key accounts"), int(PortfolioFilterProxy::KeyFilter::KeyOnly));
    m_keyFilter->addItem(tr("Other accounts"), int(PortfolioFilterProxy::KeyFilter::NonKeyOnly));
    m_keyFilter->setCurrentIndex(keyIndex);
    updateCount();
}

void PortfolioPanel::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    m_count->setFullText(shown == total ? tr("%n accounts", nullptr, int(total))
                                    : tr("%1 of %2 shown").arg(shown).arg(total));
    // An empty plan says how to fill it.
    m_emptyHint->setText(tr("This plan has no accounts yet. Bring them in from Salesforce, HubSpot, LinkedIn or your "
                            "address book with File > Import…, or add one with Account > New Account…"));
    m_emptyHint->setVisible(m_model && total == 0);
}

QList<AccountId> PortfolioPanel::selectedAccounts() const
{
    QList<AccountId> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(AccountIdRole).toLongLong());
    if (ids.isEmpty() && currentAccount() != 0)
        ids.append(currentAccount());
    return ids;
}

} // namespace keyplan
