#pragma once

#include "domain/whitespace.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace keyplan {

// One cell of the whitespace matrix in full: sold (with the revenue it brings), open whitespace
// (with its estimated potential, the incumbent competitor and the customer's spend with them),
// or not applicable. A cell in pipeline is edited on its opportunity.
class WhitespaceCellDialog final : public QDialog
{
    Q_OBJECT

public:
    WhitespaceCellDialog(const WhitespaceCell &cell, const QString &offering, const QString &unit,
        const QString &currency, QWidget *parent = nullptr);

    WhitespaceCell cell() const;
    QComboBox *stateCombo() const { return m_state; }
    QLineEdit *amountField() const { return m_amount; }
    QLineEdit *competitorField() const { return m_competitor; }
    QLineEdit *spendField() const { return m_spend; }

private:
    void updateFields();

    WhitespaceCell m_cell;
    QComboBox *m_state;
    QLabel *m_amountLabel;
    QLineEdit *m_amount;
    QLineEdit *m_competitor;
    QLineEdit *m_spend;
    QDialogButtonBox *m_buttons;
};

} // namespace keyplan
