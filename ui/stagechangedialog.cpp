#include "ui/stagechangedialog.h"

#include "ui/editorwidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace keyplan {

StageChangeDialog::StageChangeDialog(const QString &accountName, Stage current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_stage(makeStageCombo(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Change Stage"));
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(
        tr("%1 is in %2. Where is the relationship now?").arg(accountName, displayName(current)));
    heading->setWordWrap(true);
    m_date->setCalendarPopup(true);
    m_reason->setPlaceholderText(tr("What happened: e.g. \"Preferred supplier after the re-tender\""));
    m_reason->setMinimumWidth(360);
    const int next = std::min(int(current) + 1, int(Stage::SynergisticKam));
    m_stage->setCurrentIndex(current == Stage::UncouplingKam ? int(Stage::MidKam) : next);

    auto *form = new QFormLayout(this);
    form->addRow(heading);
    form->addRow(tr("New &stage:"), m_stage);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change Stage"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &StageChangeDialog::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &StageChangeDialog::validate);
    validate();
}

Stage StageChangeDialog::stage() const
{
    return stageFromKey(m_stage->currentData().toString()).value_or(m_current);
}

QDate StageChangeDialog::date() const
{
    return m_date->date();
}

QString StageChangeDialog::reason() const
{
    return m_reason->text().trimmed();
}

void StageChangeDialog::validate()
{
    // A stage change without a reason is a history nobody can learn from.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(stage() != m_current && !reason().isEmpty());
}

} // namespace keyplan
