#include "ui/healthdialog.h"

#include "domain/opportunity.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace keyplan {

HealthDialog::HealthDialog(AccountId account, const HealthMark &previous, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_score(new QSpinBox(this))
    , m_on(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Record Health"));
    m_score->setRange(1, 10);
    m_score->setValue(previous.score);
    m_score->setSuffix(tr(" of 10"));
    m_on->setCalendarPopup(true);
    m_note->setPlaceholderText(tr("Usage, support load, sentiment, outcomes…"));
    auto *explanation = new QLabel(
        tr("1 is failing, 10 thriving. Below %1 the account shows \"fix first\" where expansion is added.")
            .arg(poorHealthBelow),
        this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    form->addRow(tr("&Score:"), m_score);
    form->addRow(tr("Assessed &on:"), m_on);
    form->addRow(tr("&Why:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, sizeHint().height());
}

HealthMark HealthDialog::mark() const
{
    return {0, m_account, m_on->date(), m_score->value(), m_note->text().trimmed()};
}

} // namespace keyplan
