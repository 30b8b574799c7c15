#include "ui/healthdialog.h"

#include "domain/opportunity.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace keyplan {

HealthDialog::HealthDialog(AccountId account, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_measure(new QComboBox(this))
    , m_score(new QSpinBox(this))
    , m_on(new QDateEdit(today, this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Record a Health Measure"));
    for (const HealthMeasure measure : allHealthMeasures) {
        if (measure == HealthMeasure::Usage || !isAlwaysComputed(measure))
            m_measure->addItem(displayName(measure), int(measure));
    }
    m_measure->setCurrentIndex(m_measure->findData(int(HealthMeasure::Sentiment)));
    m_score->setRange(1, 10);
    m_score->setValue(7);
    m_score->setSuffix(tr(" of 10"));
    m_on->setCalendarPopup(true);
    m_on->setMaximumDate(today);
    m_note->setPlaceholderText(tr("NPS 32 in the October survey; two P1 tickets; paid 40 days late…"));
    auto *explanation = new QLabel(
        tr("1 is failing, 10 thriving. Engagement, relationship and goal progress follow the plan; usage does "
           "too once the account has a metric with thresholds. The score is the weighted mean of the measures "
           "with data; below %1 the account needs a risk review and shows \"fix first\" where expansion is added.")
            .arg(poorHealthBelow),
        this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    form->addRow(tr("&Measure:"), m_measure);
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

HealthEntry HealthDialog::entry() const
{
    HealthEntry entry;
    entry.accountId = m_account;
    entry.measure = HealthMeasure(m_measure->currentData().toInt());
    entry.on = m_on->date();
    entry.score = m_score->value();
    entry.note = m_note->text().trimmed();
    return entry;
}

} // namespace keyplan
