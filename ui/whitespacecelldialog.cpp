#include "ui/whitespacecelldialog.h"

#include "ui/editorwidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyplan {

namespace {

QString moneyText(MinorUnits amount)
{
    return QLocale().toString(toMajorUnits(amount), 'f', 2);
}

} // namespace

WhitespaceCellDialog::WhitespaceCellDialog(const WhitespaceCell &cell, const QString &offering,
    const QString &unit, const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_cell(cell)
    , m_state(new QComboBox(this))
    , m_amountLabel(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_competitor(new QLineEdit(cell.competitor, this))
    , m_spend(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Whitespace Cell"));
    for (const CellState state : {CellState::Open, CellState::Sold, CellState::NotApplicable})
        m_state->addItem(displayName(state), keyOf(state));
    m_state->setCurrentIndex(std::max(0, m_state->findData(keyOf(cell.state))));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setText(moneyText(cell.state == CellState::Sold ? cell.revenue : cell.potential));
    m_competitor->setPlaceholderText(tr("Nobody, or not known"));
    m_spend->setAlignment(Qt::AlignRight);
    m_spend->setPlaceholderText(tr("Not known"));
    if (cell.competitorSpend)
        m_spend->setText(moneyText(*cell.competitorSpend));

    auto *where = new QLabel(tr("%1 in %2").arg(offering, unit), this);
    where->setTextFormat(Qt::PlainText);
    QFont bold = where->font();
    bold.setBold(true);
    where->setFont(bold);
    auto *form = new QFormLayout;
    form->addRow(tr("&State:"), m_state);
    form->addRow(m_amountLabel, m_amount);
    form->addRow(QString(), amountProblemLine(m_amount));
    m_amountLabel->setBuddy(m_amount);
    form->addRow(tr("&Incumbent competitor:"), m_competitor);
    form->addRow(tr("Their &spend a year (%1):").arg(currency), m_spend);
    form->addRow(QString(), amountProblemLine(m_spend));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_state, &QComboBox::currentIndexChanged, this, &WhitespaceCellDialog::updateFields);
    connect(m_amount, &QLineEdit::textChanged, this, &WhitespaceCellDialog::updateFields);
    connect(m_spend, &QLineEdit::textChanged, this, &WhitespaceCellDialog::updateFields);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
    resize(420, sizeHint().height());
}

void WhitespaceCellDialog::updateFields()
{
    const CellState state = cellStateFromKey(m_state->currentData().toString()).value_or(CellState::Open);
    m_amountLabel->setText(
        state == CellState::Sold ? tr("&Revenue a year:") : tr("Estimated &potential a year:"));
    m_amount->setEnabled(state != CellState::NotApplicable);
    m_competitor->setEnabled(state == CellState::Open);
    m_spend->setEnabled(state == CellState::Open);
    const bool amountOk = state == CellState::NotApplicable || parseMoney(m_amount->text()).value_or(-1) >= 0;
    const bool spendOk = m_spend->text().trimmed().isEmpty() || parseMoney(m_spend->text()).value_or(-1) >= 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(amountOk && spendOk);
}

WhitespaceCell WhitespaceCellDialog::cell() const
{
    WhitespaceCell cell = m_cell;
    cell.state = cellStateFromKey(m_state->currentData().toString()).value_or(cell.state);
    const MinorUnits amount = parseMoney(m_amount->text()).value_or(0);
    if (cell.state == CellState::Sold)
        cell.revenue = amount;
    else if (cell.state == CellState::Open)
        cell.potential = amount;
    cell.competitor = m_competitor->text().trimmed();
    cell.competitorSpend = m_spend->text().trimmed().isEmpty() ? std::nullopt : parseMoney(m_spend->text());
    cell.opportunityId.reset();
    return cell;
}

} // namespace keyplan
