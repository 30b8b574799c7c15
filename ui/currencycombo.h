#pragma once

#include <QString>

class QComboBox;
class QWidget;

namespace keyplan {

// A combo of the ISO 4217 currencies ("GBP — Pound sterling"; the code as data): currencies are
// chosen, never typed free. Typing a code's letters jumps to it.
QComboBox *makeCurrencyCombo(QWidget *parent, const QString &current = QStringLiteral("GBP"));
void setCurrency(QComboBox *combo, const QString &code);
QString chosenCurrency(const QComboBox *combo);

} // namespace keyplan
