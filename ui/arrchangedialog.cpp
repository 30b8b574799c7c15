#include "ui/arrchangedialog.h"

#include "ui/editorwidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace keyplan {

ArrChangeDialog::ArrChangeDialog(const QString &accountName, const QString &currency, QList<ArrChange> timeline,
    const ArrChange &change, QWidget *parent)
    : QDialog(parent)
    , m_timeline(std::move(timeline))
    , m_change(change)
    , m_currency(currency)
    , m_day(new QDateEdit(change.on.isValid() ? change.on : QDate::currentDate(), this))
    , m_before(new QLabel(this))
    , m_arr(new QLineEdit(this))
    , m_delta(new QLineEdit(this))
    , m_kind(vocabularyCombo(this, allArrChangeKinds, change.kind))
    , m_note(new QLineEdit(change.note, this))
    , m_problem(makeWarningBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    sortTimeline(m_timeline);
    setWindowTitle(change.id > 0 ? tr("Edit ARR Change") : tr("Record ARR Change"));
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    heading->setText(tr("%1: ARR in %2 from the day below. Type the new ARR or the difference.")
                         .arg(accountName, currency));
    m_before->setTextFormat(Qt::PlainText);
    m_day->setCalendarPopup(true);
    m_day->setObjectName(QStringLiteral("arrChangeDay"));
    m_arr->setObjectName(QStringLiteral("arrChangeArr"));
    m_delta->setObjectName(QStringLiteral("arrChangeDelta"));
    m_kind->setObjectName(QStringLiteral("arrChangeKind"));
    m_arr->setAlignment(Qt::AlignRight);
    m_delta->setAlignment(Qt::AlignRight);
    m_delta->setPlaceholderText(tr("e.g. %1 or %2").arg(QLocale().toString(2000).prepend(u'+'), QLocale().toString(-1500)));
    m_note->setPlaceholderText(tr("What happened: e.g. \"Moved to the Enterprise tier\""));
    m_note->setMinimumWidth(360);
    m_arr->setText(moneyEditText(change.arr));
    m_kindChosen = change.id > 0 || change.opportunityId.has_value(); // a win says its motion

    auto *form = new QFormLayout(this);
    form->addRow(heading);
    form->addRow(tr("&From:"), m_day);
    form->addRow(tr("ARR before:"), m_before);
    form->addRow(tr("&ARR from then:"), m_arr);
    form->addRow(tr("&Difference:"), m_delta);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(change.id > 0 ? tr("Save") : tr("Record"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_day, &QDateEdit::dateChanged, this, &ArrChangeDialog::dayChanged);
    connect(m_arr, &QLineEdit::textEdited, this, [this] {
        m_typed = true;
        arrTyped();
    });
    connect(m_delta, &QLineEdit::textEdited, this, [this] {
        m_typed = true;
        deltaTyped();
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_kindChosen = true;
        validate();
    });
    dayChanged();
}

MinorUnits ArrChangeDialog::before() const
{
    // Changes already dated that day were recorded first: this one follows them.
    return arrOn(m_timeline, m_day->date());
}

bool ArrChangeDialog::hadArrBefore() const
{
    for (const ArrChange &change : m_timeline) {
        if (change.on <= m_day->date() && change.arr > 0)
            return true;
    }
    return false;
}

void ArrChangeDialog::dayChanged()
{
    m_before->setText(formatMoneyExact(before(), m_currency));
    arrTyped();
}

void ArrChangeDialog::arrTyped()
{
    if (m_updating)
        return;
    m_updating = true;
    if (const std::optional<MinorUnits> arr = parseMoney(m_arr->text()))
        m_delta->setText(*arr == before() ? QString()
                                          : (*arr > before() ? QStringLiteral("+") : QString())
                                              + moneyEditText(*arr - before()));
    m_updating = false;
    suggestKind();
}

void ArrChangeDialog::deltaTyped()
{
    if (m_updating)
        return;
    m_updating = true;
    QString text = m_delta->text().trimmed();
    if (text.startsWith(u'+'))
        text.remove(0, 1);
    if (const std::optional<MinorUnits> delta = parseMoney(text))
        m_arr->setText(moneyEditText(before() + *delta));
    m_updating = false;
    suggestKind();
}

void ArrChangeDialog::suggestKind()
{
    const std::optional<MinorUnits> arr = parseMoney(m_arr->text());
    if (arr && !m_kindChosen) {
        const ArrChangeKind kind = suggestedKind(before(), *arr, hadArrBefore());
        m_kind->setCurrentIndex(m_kind->findData(keyOf(kind)));
    }
    validate();
}

void ArrChangeDialog::validate()
{
    const std::optional<MinorUnits> arr = parseMoney(m_arr->text());
    QString problem;
    if (!arr || *arr < 0) {
        problem = tr("The ARR from then must be an amount of zero or more.");
    } else {
        const ArrChangeKind kind = arrChangeKindFromKey(m_kind->currentData().toString()).value_or(ArrChangeKind::Expansion);
        const std::optional<ArrChangeKind> counted = effectiveKind(before(), *arr, hadArrBefore(), kind);
        if (!counted && m_typed) // as the dialog opens, OK waits for an amount without a warning
            problem = tr("ARR is already %1 on that day: this records no change.").arg(formatMoneyExact(*arr, m_currency));
        else if (*counted != kind && !(kind == ArrChangeKind::Expansion && isExpansion(*counted)))
            problem = tr("From %1 to %2 counts as %3, not %4.")
                          .arg(formatMoneyExact(before(), m_currency), formatMoneyExact(*arr, m_currency),
                              displayName(*counted), displayName(kind));
    }
    setWarningText(m_problem, problem);
    const bool changes = arr && effectiveKind(before(), *arr, hadArrBefore(),
        arrChangeKindFromKey(m_kind->currentData().toString()).value_or(ArrChangeKind::Expansion)).has_value();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(arr && *arr >= 0 && changes && problem.isEmpty());
}

ArrChange ArrChangeDialog::change() const
{
    ArrChange result = m_change;
    result.on = m_day->date();
    result.arr = parseMoney(m_arr->text()).value_or(0);
    result.kind = arrChangeKindFromKey(m_kind->currentData().toString()).value_or(ArrChangeKind::Expansion);
    result.note = m_note->text().trimmed();
    return result;
}

} // namespace keyplan
