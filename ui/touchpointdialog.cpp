#include "ui/touchpointdialog.h"
#include "ui/keyboardaccess.h"

#include "item/plandocument.h"
#include "item/peopleediting.h"
#include "ui/editorwidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace keyplan {

TouchpointDialog::TouchpointDialog(AccountId account, const QList<Stakeholder> &people,
    const QList<TeamMember> &team, std::optional<TeamMemberId> defaultMember, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_kind(new QComboBox(this))
    , m_members(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_people(new QListWidget(this))
    , m_notes(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record Touchpoint"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate().addDays(1));
    for (const TouchpointKind kind : allTouchpointKinds)
        m_kind->addItem(displayName(kind), keyOf(kind));
    // Everyone of ours who was there: the account's owner ticked to start with.
    for (const TeamMember &member : team) {
        if (member.hasLeft() && member.id != defaultMember)
            continue;
        auto *item = new QListWidgetItem(member.name, m_members);
        item->setData(Qt::UserRole, member.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(member.id == defaultMember ? Qt::Checked : Qt::Unchecked);
    }
    m_members->setMaximumHeight(m_members->fontMetrics().lineSpacing() * 4 + 12);
    prepareItemView(m_members, tr("Who on our side"));
    for (const Stakeholder &person : people) {
        if (person.hasLeft())
            continue;
        // The name is data: a list item shows it as plain text.
        auto *item = new QListWidgetItem(
            person.title.isEmpty() ? person.name : tr("%1, %2").arg(person.name, person.title), m_people);
        item->setData(Qt::UserRole, person.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_people->setMinimumHeight(180);
    prepareItemView(m_people, tr("Who at the customer"));
    m_search->setPlaceholderText(tr("Search the account's people"));
    offerClearButton(m_search);
    m_notes->setPlaceholderText(tr("What was agreed or learned"));
    m_notes->setMinimumWidth(360);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Who met them:"), m_members);
    form->addRow(tr("&People:"), m_search);
    form->addRow(QString(), m_people);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_people, &QListWidget::itemChanged, this, &TouchpointDialog::validate);
    connect(m_search, &QLineEdit::textChanged, this, &TouchpointDialog::filterPeople);
    validate();
}

Touchpoint TouchpointDialog::touchpoint() const
{
    Touchpoint touchpoint;
    touchpoint.accountId = m_account;
    touchpoint.on = m_date->date();
    touchpoint.kind
        = touchpointKindFromKey(m_kind->currentData().toString()).value_or(TouchpointKind::Meeting);
    for (int row = 0; row < m_members->count(); ++row) {
        const QListWidgetItem *item = m_members->item(row);
        if (item->checkState() == Qt::Checked)
            touchpoint.ourMembers.append(item->data(Qt::UserRole).toLongLong());
    }
    for (int row = 0; row < m_people->count(); ++row) {
        const QListWidgetItem *item = m_people->item(row);
        if (item->checkState() == Qt::Checked)
            touchpoint.stakeholders.append(item->data(Qt::UserRole).toLongLong());
    }
    touchpoint.notes = m_notes->toPlainText().trimmed();
    return touchpoint;
}

void TouchpointDialog::choosePerson(StakeholderId id)
{
    for (int row = 0; row < m_people->count(); ++row) {
        QListWidgetItem *item = m_people->item(row);
        if (item->data(Qt::UserRole).toLongLong() == id) {
            item->setCheckState(Qt::Checked);
            m_people->scrollToItem(item);
            m_people->setCurrentItem(item);
        }
    }
}

void TouchpointDialog::filterPeople(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_people->count(); ++row) {
        QListWidgetItem *item = m_people->item(row);
        // Who is ticked stays in sight, matching or not.
        item->setHidden(!wanted.isEmpty() && item->checkState() != Qt::Checked
            && !item->text().contains(wanted, Qt::CaseInsensitive));
    }
}

void TouchpointDialog::record(PlanDocument *document, AccountId account, std::optional<StakeholderId> person, QWidget *parent)
{
    if (!document || account == 0)
        return;
    const std::optional<Account> owner = document->account(account);
    TouchpointDialog dialog(account, document->stakeholders(account), document->team(),
        owner ? owner->ownerId : std::nullopt, parent);
    if (person)
        dialog.choosePerson(*person);
    if (dialog.exec() == QDialog::Accepted)
        PeopleEditing::of(document)->recordTouchpoint(dialog.touchpoint());
}

void TouchpointDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!touchpoint().stakeholders.isEmpty());
}

} // namespace keyplan
