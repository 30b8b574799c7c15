#include "ui/accountdetailsform.h"
#include "ui/messages.h"

#include "domain/accountfields.h"
#include "item/accountediting.h"
#include "item/plandocument.h"
#include "item/revenueediting.h"
#include "ui/arrchangedialog.h"
#include "ui/currencycombo.h"
#include "ui/editorwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QScopedValueRollback>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

namespace keyplan {

AccountDetailsForm::AccountDetailsForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_key(new QCheckBox(tr("Key account"), this))
    , m_segment(makeSegmentCombo(this))
    , m_tier(makeTierCombo(this))
    , m_owner(new QComboBox(this))
    , m_industry(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_employees(new QSpinBox(this))
    , m_currency(makeCurrencyCombo(this))
    , m_arr(new QLineEdit(this))
    , m_renewal(makeOptionalDateEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_notesTimer(new QTimer(this))
{
    m_name->setObjectName(QStringLiteral("accountName"));
    m_arr->setObjectName(QStringLiteral("accountArr"));
    m_employees->setRange(0, 10000000);
    m_employees->setGroupSeparatorShown(true);
    m_arr->setAlignment(Qt::AlignRight);
    m_arr->setToolTip(tr("ARR today, from the account's timeline of changes. Typing a new figure records a "
                         "dated change and asks what kind it is."));
    m_notes->setPlaceholderText(tr("What matters about this account: goals, history, what to watch"));
    m_notes->setTabChangesFocus(true);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(400); // short: typed notes reach the disk almost at once

    auto *ownerRow = new QHBoxLayout;
    ownerRow->setContentsMargins(0, 0, 0, 0);
    ownerRow->addWidget(m_owner, 1);
    m_addOwner = new QToolButton(this);
    m_addOwner->setText(tr("New…"));
    m_addOwner->setToolTip(tr("Add a person on our side"));
    ownerRow->addWidget(m_addOwner);

    auto *arrRow = new QHBoxLayout;
    arrRow->setContentsMargins(0, 0, 0, 0);
    arrRow->addWidget(m_arr, 1);
    arrRow->addWidget(m_currency);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_key);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Tier:"), m_tier);
    // Rows whose field is a layout need their label's buddy set by hand for the mnemonic to work.
    auto *ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    form->addRow(ownerLabel, ownerRow);
    auto *arrLabel = new QLabel(tr("A&RR:"), this);
    arrLabel->setBuddy(m_arr);
    form->addRow(arrLabel, arrRow);
    form->addRow(tr("Renewal &date:"), m_renewal);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("Re&gion:"), m_region);
    form->addRow(tr("E&mployees:"), m_employees);
    form->addRow(tr("N&otes:"), m_notes);

    for (QLineEdit *field : {m_name, m_industry, m_region, m_arr}) {
        connect(field, &QLineEdit::textEdited, this, [this, field] {
            if (!m_typing.contains(field))
                m_typing.insert(field, {m_shownVersion, m_shownText.value(field)});
        });
    }
    connect(m_name, &QLineEdit::editingFinished, this, [this] { edit(AccountField::Name, m_name->text(), m_name); });
    connect(m_key, &QCheckBox::clicked, this, [this](bool checked) { edit(AccountField::IsKey, checked); });
    connect(m_segment, &QComboBox::activated, this,
        [this] { edit(AccountField::Segment, m_segment->currentData()); });
    connect(m_tier, &QComboBox::activated, this, [this] { edit(AccountField::Tier, m_tier->currentData()); });
    connect(
        m_owner, &QComboBox::activated, this, [this] { edit(AccountField::Owner, m_owner->currentData()); });
    connect(m_addOwner, &QToolButton::clicked, this, &AccountDetailsForm::addOwner);
    connect(m_industry, &QLineEdit::editingFinished, this,
        [this] { edit(AccountField::Industry, m_industry->text(), m_industry); });
    connect(m_region, &QLineEdit::editingFinished, this,
        [this] { edit(AccountField::Region, m_region->text(), m_region); });
    connect(m_employees, &QSpinBox::editingFinished, this,
        [this] { edit(AccountField::Employees, m_employees->value()); });
    connect(m_currency, &QComboBox::activated, this,
        [this] { edit(AccountField::Currency, chosenCurrency(m_currency)); });
    connect(m_arr, &QLineEdit::editingFinished, this, &AccountDetailsForm::arrTyped);
    connect(m_renewal, &QDateEdit::dateChanged, this,
        [this] { edit(AccountField::RenewalDate, optionalDate(m_renewal)); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        // The notes typed go over the notes as they were when typing began, not over a
        // colleague's that arrived meanwhile.
        if (!m_notesTimer->isActive())
            m_notesVersion = m_shownVersion;
        m_notesTimer->start();
    });
    connect(
        m_notesTimer, &QTimer::timeout, this, [this] { edit(AccountField::Notes, m_notes->toPlainText()); });
    setEnabled(false);
}

void AccountDetailsForm::setDocument(PlanDocument *document)
{
    flushPendingEdits();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_accountId = 0;
    if (m_document) {
        connect(m_document, &PlanDocument::accountChanged, this, [this](AccountId id) {
            if (id == m_accountId)
                load();
        });
        connect(m_document, &PlanDocument::teamChanged, this, &AccountDetailsForm::load);
    }
    load();
}

void AccountDetailsForm::setAccount(AccountId id)
{
    flushPendingEdits();
    if (id != m_accountId)
        m_typing.clear(); // what was being typed belonged to the other account
    m_accountId = id;
    load();
}

void AccountDetailsForm::flushPendingEdits()
{
    if (m_notesTimer->isActive()) {
        m_notesTimer->stop();
        edit(AccountField::Notes, m_notes->toPlainText());
    }
}

void AccountDetailsForm::edit(AccountField field, const QVariant &value, QLineEdit *typedIn)
{
    if (m_loading || !m_document || m_accountId == 0) {
        if (typedIn) // the account went while it was typed in: the field shows the plan again
            m_typing.remove(typedIn);
        return;
    }
    if (refusedOffline())
        return;
    const bool notesPending = m_notesTimer->isActive() && field != AccountField::Notes;
    const qint64 before = m_shownVersion;
    qint64 readVersion = field == AccountField::Notes ? m_notesVersion : m_shownVersion;
    if (typedIn && m_typing.contains(typedIn)) {
        // Typed over what the field held when typing began; when nobody changed the field since,
        // changes to the account's other fields are no reason to refuse it.
        const Typing typing = m_typing.take(typedIn);
        if (typing.shown != m_shownText.value(typedIn))
            readVersion = typing.version;
    }
    AccountEditing::of(m_document)->editAccountField(m_accountId, field, value, readVersion);
    load(); // shows the stored value, also when the plan refused the edit
    // This form's own change of another field leaves the notes being typed as they were.
    if (notesPending && m_shownVersion == before + 1)
        m_notesVersion = m_shownVersion;
}

bool AccountDetailsForm::refusedOffline()
{
    if (!m_document->isOffline())
        return false;
    // Said once (the field loses its focus to the message); what was typed stays in its field, and
    // Enter saves it once the server is back.
    if (!m_sayingOffline) {
        const QScopedValueRollback saying(m_sayingOffline, true);
        m_document->refuseWhenReadOnly();
    }
    return true;
}

void AccountDetailsForm::arrTyped()
{
    if (m_loading || m_askingArr || !m_document || m_accountId == 0 || refusedOffline())
        return;
    m_typing.remove(m_arr);
    const std::optional<Account> account = m_document->account(m_accountId);
    const std::optional<MinorUnits> amount = parseMoney(m_arr->text());
    if (!account || !amount || *amount < 0 || *amount == account->arr) {
        if (const QString problem = amountProblem(m_arr->text()); !problem.isEmpty())
            announce(this, problem);
        load(); // not an amount, or no change: show what the plan holds
        return;
    }
    // A new ARR is a dated change of some kind: ask which, on which day (today unless told).
    m_askingArr = true; // editingFinished fires again when the dialog takes the focus
    RevenueEditing *revenue = RevenueEditing::of(m_document);
    ArrChange change;
    change.accountId = m_accountId;
    change.on = m_document->asOf();
    change.arr = *amount;
    const QList<ArrChange> timeline = revenue->timeline(m_accountId);
    bool hadArr = false;
    for (const ArrChange &earlier : timeline)
        hadArr = hadArr || (earlier.on <= change.on && earlier.arr > 0);
    change.kind = suggestedKind(arrOn(timeline, change.on), change.arr, hadArr);
    ArrChangeDialog dialog(account->name, account->currency, timeline, change, this);
    if (dialog.exec() == QDialog::Accepted)
        revenue->recordChange(dialog.change());
    m_askingArr = false;
    load();
}

void AccountDetailsForm::addOwner()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Team Member"),
        tr("Name of the person on our side:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_document->undoStack()->beginMacro(tr("Add owner %1").arg(name.trimmed()));
    AccountEditing::of(m_document)->addTeamMember(name);
    for (const TeamMember &member : m_document->team()) {
        if (member.name == name.trimmed())
            AccountEditing::of(m_document)->editAccountField(m_accountId, AccountField::Owner, member.id);
    }
    m_document->undoStack()->endMacro();
}

void AccountDetailsForm::showText(QLineEdit *field, const QString &text)
{
    // What the user is typing stays as typed, whatever arrived meanwhile.
    m_shownText.insert(field, text);
    if (!m_typing.contains(field))
        field->setText(text);
}

void AccountDetailsForm::load()
{
    // Offline, nothing can be read: the form keeps showing the account, and what is typed in it,
    // until the server is back (the catch-up then loads it).
    if (m_document && m_document->isOffline() && m_accountId > 0 && m_accountId == m_shownAccount)
        return;
    m_shownAccount = m_accountId;
    const std::optional<Account> account
        = m_document && m_accountId > 0 ? m_document->account(m_accountId) : std::nullopt;
    m_loading = true;
    setEnabled(account.has_value());
    const bool readOnly = !m_document || m_document->isReadOnly();
    const Account shown = account.value_or(Account {});
    m_shownVersion = shown.version;
    fillOwnerCombo(m_owner, m_document ? m_document->team() : QList<TeamMember> {});
    showText(m_name, shown.name);
    m_key->setChecked(shown.isKey);
    m_segment->setCurrentIndex(m_segment->findData(keyOf(shown.segment)));
    m_tier->setCurrentIndex(m_tier->findData(keyOf(shown.tier)));
    m_owner->setCurrentIndex(shown.ownerId ? std::max(0, m_owner->findData(*shown.ownerId)) : 0);
    showText(m_industry, shown.industry);
    showText(m_region, shown.region);
    m_employees->setValue(shown.employees);
    setCurrency(m_currency, shown.currency);
    showText(m_arr, account ? QLocale().toString(toMajorUnits(shown.arr), 'f', shown.arr % 100 == 0 ? 0 : 2) : QString());
    setOptionalDate(m_renewal, shown.renewalDate);
    if (m_notes->toPlainText() != shown.notes && !m_notesTimer->isActive())
        m_notes->setPlainText(shown.notes);
    for (QWidget *field : std::initializer_list<QWidget *> {m_name, m_industry, m_region, m_arr})
        static_cast<QLineEdit *>(field)->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_employees->setReadOnly(readOnly);
    m_renewal->setReadOnly(readOnly);
    m_key->setEnabled(!readOnly);
    m_segment->setEnabled(!readOnly);
    m_tier->setEnabled(!readOnly);
    m_owner->setEnabled(!readOnly);
    m_addOwner->setEnabled(!readOnly);
    m_currency->setEnabled(!readOnly);
    // Read-only fields look it: the window's background, not the white of a field to type in.
    for (QWidget *field : std::initializer_list<QWidget *> {m_name, m_industry, m_region, m_arr, m_notes, m_employees, m_renewal}) {
        QPalette palette = field->palette();
        palette.setBrush(QPalette::Base, readOnly ? this->palette().brush(QPalette::Window) : this->palette().brush(QPalette::Base));
        field->setPalette(palette);
    }
    m_loading = false;
}

} // namespace keyplan
