#include "ui/playspage.h"
#include "item/itemcolours.h"
#include "ui/keyboardaccess.h"

#include "domain/dayformat.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"
#include "item/playediting.h"
#include "ui/playactions.h"
#include "ui/treeitems.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace keyplan {
namespace {

enum ListColumn { Title, Due, Owner, State, Why };

int aliveOrder(const Play &play)
{
    switch (play.status) {
    case PlayStatus::Open:
        return 0;
    case PlayStatus::Snoozed:
        return 1;
    default:
        return 2;
    }
}

} // namespace

PlaysPage::PlaysPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_why(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_add(new QPushButton(tr("Add &Play…"), this))
    , m_done(new QPushButton(tr("&Done"), this))
    , m_snooze(new QPushButton(tr("&Snooze…"), this))
    , m_dismiss(new QPushButton(tr("Dis&miss…"), this))
    , m_reopen(new QPushButton(tr("Re&open"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("plays"));
    prepareItemView(m_list, tr("Plays"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Play"), tr("Due"), tr("Owner"), tr("State"), tr("Why")});
    m_list->header()->resizeSection(Title, 280);
    m_list->header()->resizeSection(Due, 110);
    m_list->header()->resizeSection(Owner, 130);
    m_list->header()->resizeSection(State, 170);
    m_steps->setObjectName(QStringLiteral("playSteps"));
    prepareItemView(m_steps, tr("Steps of the play"));
    m_remove->setToolTip(tr("Remove a play you added; a rule's play is dismissed instead"));

    auto *stepsBox = new QWidget(this);
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    auto *stepsLabel = new QLabel(tr("S&teps (tick what is done):"), stepsBox);
    stepsLabel->setBuddy(m_steps);
    stepsLayout->addWidget(m_why);
    stepsLayout->addWidget(stepsLabel);
    stepsLayout->addWidget(m_steps, 1);
    auto *own = new QHBoxLayout;
    own->addWidget(m_add);
    own->addWidget(m_remove);
    own->addStretch(1);
    stepsLayout->addLayout(own);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(stepsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_reopen);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showSteps();
        updateButtons();
    });
    connect(m_steps, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_document && currentPlay())
            PlayEditing::of(m_document)->setStepDone(
                currentPlay(), m_steps->row(item), item->checkState() == Qt::Checked, shownVersion());
    });
    connect(m_add, &QPushButton::clicked, this, &PlaysPage::addPlay);
    // Each answer goes over the play as the page shows it.
    connect(m_done, &QPushButton::clicked, this, [this] { markPlayDone(m_document, currentPlay(), shownVersion()); });
    connect(m_snooze, &QPushButton::clicked, this, [this] { snoozePlay(this, m_document, currentPlay(), shownVersion()); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { dismissPlay(this, m_document, currentPlay(), shownVersion()); });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (m_document)
            PlayEditing::of(m_document)->reopen(currentPlay(), shownVersion());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_document && shownVersion())
            PlayEditing::of(m_document)->removePlay(currentPlay(), shownVersion());
    });
    updateButtons();
}

void PlaysPage::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(PlayEditing::of(m_document), nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(PlayEditing::of(document), &PlayEditing::playsChanged, this, [this](AccountId id) {
            if (id == m_accountId)
                refresh();
        });
    setAccount(0);
}

void PlaysPage::setAccount(AccountId id)
{
    m_accountId = id;
    setEnabled(m_document && id > 0);
    refresh();
}

void PlaysPage::refresh()
{
    const PlayId chosen = currentPlay();
    m_plays = m_document && m_accountId ? PlayEditing::of(m_document)->plays(m_accountId) : QList<Play>();
    std::stable_sort(m_plays.begin(), m_plays.end(), [](const Play &a, const Play &b) {
        if (aliveOrder(a) != aliveOrder(b))
            return aliveOrder(a) < aliveOrder(b);
        return aliveOrder(a) < 2 ? a.dueOn < b.dueOn : a.closedOn > b.closedOn;
    });
    const QSignalBlocker blocker(m_list);
    const QDate today = m_document ? m_document->asOf() : QDate();
    int alive = 0;
    int overdue = 0;
    QList<qint64> ids;
    for (const Play &play : std::as_const(m_plays)) {
        ids.append(play.id);
        if (play.isAlive()) {
            ++alive;
            overdue += play.isActionable(today) && play.dueOn < today ? 1 : 0;
        }
    }
    // In place: the chosen play, the scroll position and the other rows stay as a change arrives.
    syncTopLevelItems(m_list, ids, [&](QTreeWidgetItem *item, qsizetype row) {
        const Play &play = m_plays.at(row);
        QString state = displayName(play.status);
        switch (play.status) {
        case PlayStatus::Snoozed:
            state = tr("Snoozed until %1").arg(formatDay(play.snoozedUntil));
            break;
        case PlayStatus::Done:
        case PlayStatus::Dismissed:
        case PlayStatus::Resolved:
            state = tr("%1 on %2").arg(displayName(play.status), formatDay(play.closedOn));
            break;
        default:
            break;
        }
        const QStringList texts {play.title, formatDay(play.dueOn), m_document->teamMemberName(play.ownerId), state,
            play.reason.isEmpty() ? play.why : tr("%1 (%2)").arg(play.why, play.reason)};
        for (int column = 0; column < texts.size(); ++column) {
            item->setText(column, texts.at(column));
            item->setData(column, Qt::ForegroundRole,
                play.isAlive() ? QVariant() : QVariant(palette().color(QPalette::PlaceholderText)));
        }
        item->setToolTip(Why, plainToolTip(play.why));
        if (play.isAlive() && play.isActionable(today) && play.dueOn < today)
            item->setForeground(Due, colours::attention());
    });
    m_summary->setText(m_plays.isEmpty()
            ? tr("No plays: nothing the rules noticed, and none of your own.")
            : tr("Open: %1 · overdue: %2 · closed: %3").arg(alive).arg(overdue).arg(m_plays.size() - alive));
    if (currentPlay() != chosen) // kept in place mostly: re-chosen (and scrolled to) only when it moved away
        selectPlay(chosen);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0)); // the most pressing, with its steps
    showSteps();
    updateButtons();
}

void PlaysPage::selectPlay(PlayId id)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(Title, Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return;
        }
    }
}

std::optional<qint64> PlaysPage::shownVersion() const
{
    const PlayId id = currentPlay();
    const auto shown = std::find_if(m_plays.cbegin(), m_plays.cend(), [id](const Play &p) { return p.id == id; });
    return shown != m_plays.cend() ? std::optional(shown->version) : std::nullopt;
}

PlayId PlaysPage::currentPlay() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(Title, Qt::UserRole).toLongLong() : 0;
}

void PlaysPage::showSteps()
{
    const QSignalBlocker blocker(m_steps);
    const PlayId id = currentPlay();
    const auto play = std::find_if(m_plays.cbegin(), m_plays.cend(), [id](const Play &p) { return p.id == id; });
    if (play == m_plays.cend()) {
        m_steps->clear();
        m_why->clear();
        m_stepsOf = 0;
        return;
    }
    m_why->setText(play->why.isEmpty() ? play->title : tr("Why: %1").arg(play->why));
    // The same play's steps are updated in place (a tick by a colleague keeps the list where it is);
    // another play's are listed anew.
    if (m_stepsOf != id || m_steps->count() != play->steps.size()) {
        m_steps->clear();
        for (qsizetype i = 0; i < play->steps.size(); ++i)
            new QListWidgetItem(m_steps);
        m_stepsOf = id;
    }
    const bool writable = !m_document->isReadOnly();
    for (qsizetype i = 0; i < play->steps.size(); ++i) {
        QListWidgetItem *item = m_steps->item(int(i));
        const PlayStep &step = play->steps.at(i);
        item->setText(step.text);
        item->setFlags(writable ? (item->flags() | Qt::ItemIsUserCheckable) : (item->flags() & ~Qt::ItemIsUserCheckable));
        item->setCheckState(step.done ? Qt::Checked : Qt::Unchecked);
    }
}

void PlaysPage::updateButtons()
{
    const PlayId id = currentPlay();
    const auto play = std::find_if(m_plays.cbegin(), m_plays.cend(), [id](const Play &p) { return p.id == id; });
    const bool writable = m_document && !m_document->isReadOnly() && m_accountId;
    const bool chosen = play != m_plays.cend();
    m_add->setEnabled(writable);
    m_done->setEnabled(writable && chosen && play->isAlive());
    m_snooze->setEnabled(writable && chosen && play->isAlive());
    m_dismiss->setEnabled(writable && chosen && play->isAlive());
    m_reopen->setEnabled(writable && chosen && play->status != PlayStatus::Open && play->status != PlayStatus::Resolved);
    m_remove->setEnabled(writable && chosen && play->isManual());
}

void PlaysPage::addPlay()
{
    if (!m_document || m_document->isReadOnly() || !m_accountId)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Play"));
    auto *title = new QLineEdit(&dialog);
    title->setPlaceholderText(tr("Required, e.g. Invite the new CFO to the customer day"));
    auto *why = new QLineEdit(&dialog);
    auto *due = new QDateEdit(m_document->asOf().addDays(7), &dialog);
    due->setCalendarPopup(true);
    auto *steps = new QPlainTextEdit(&dialog);
    steps->setPlaceholderText(tr("One step per line"));
    steps->setTabChangesFocus(true);
    steps->setFixedHeight(steps->fontMetrics().lineSpacing() * 5 + 12);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Why:"), why);
    form->addRow(tr("&Due:"), due);
    form->addRow(tr("&Steps:"), steps);
    form->addRow(buttons);
    connect(title, &QLineEdit::textChanged, &dialog,
        [&] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!title->text().trimmed().isEmpty()); });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(460, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Play play;
    play.accountId = m_accountId;
    play.title = title->text();
    play.why = why->text().trimmed();
    play.dueOn = due->date();
    play.ownerId = m_document->account(m_accountId) ? m_document->account(m_accountId)->ownerId : std::nullopt;
    for (const QString &line : steps->toPlainText().split(u'\n'))
        play.steps.append({line.trimmed(), false});
    PlayEditing::of(m_document)->addPlay(play);
}

} // namespace keyplan
