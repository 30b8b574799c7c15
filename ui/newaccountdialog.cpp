#include "ui/newaccountdialog.h"

#include "domain/money.h"
#include "ui/editorwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace keyplan {

NewAccountDialog::NewAccountDialog(const QList<TeamMember> &team, const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_name(new QLineEdit(this))
    , m_key(new QCheckBox(tr("This is a key account"), this))
    , m_segment(makeSegmentCombo(this))
    , m_tier(makeTierCombo(this))
    , m_stage(makeStageCombo(this))
    , m_owner(makeOwnerCombo(this, team))
    , m_arr(new QLineEdit(this))
    , m_arrProblem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Account"));
    m_key->setChecked(true);
    m_segment->setCurrentIndex(int(Segment::MidMarket));
    m_tier->setCurrentIndex(int(Tier::Growth));
    m_arr->setPlaceholderText(tr("Annual recurring revenue, e.g. %1").arg(QLocale().toString(24000)));
    m_arrProblem->setTextFormat(Qt::PlainText);
    m_arrProblem->setWordWrap(true);
    m_arrProblem->setObjectName(QStringLiteral("arrProblem"));
    m_arrProblem->hide();
    m_name->setMinimumWidth(320);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_key);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("St&age:"), m_stage);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("A&RR (%1):").arg(currency), m_arr);
    form->addRow(QString(), m_arrProblem);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Account"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewAccountDialog::validate);
    connect(m_arr, &QLineEdit::textChanged, this, &NewAccountDialog::validate);
    validate();
}

Account NewAccountDialog::account() const
{
    Account account;
    account.name = m_name->text().trimmed();
    account.isKey = m_key->isChecked();
    account.segment = segmentFromKey(m_segment->currentData().toString()).value_or(Segment::MidMarket);
    account.tier = tierFromKey(m_tier->currentData().toString()).value_or(Tier::Standard);
    account.stage = stageFromKey(m_stage->currentData().toString()).value_or(Stage::PreKam);
    if (m_owner->currentData().isValid())
        account.ownerId = m_owner->currentData().toLongLong();
    account.currency = m_currency;
    account.arr = parseMoney(m_arr->text()).value_or(0);
    return account;
}

void NewAccountDialog::validate()
{
    const QString problem = amountProblem(m_arr->text());
    const bool arrOk = problem.isEmpty();
    m_arrProblem->setText(problem);
    m_arrProblem->setVisible(!arrOk);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty() && arrOk);
}

} // namespace keyplan
