#include "ui/currencycombo.h"

#include "domain/currencies.h"

#include <QAbstractItemView>
#include <QComboBox>

namespace keyplan {

QComboBox *makeCurrencyCombo(QWidget *parent, const QString &current)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("currency"));
    const QList<CurrencyInfo> currencies = isoCurrencies();
    for (const CurrencyInfo &info : currencies) {
        const QString code = QLatin1StringView(info.code);
        combo->addItem(currencyLabel(code), code);
    }
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->view()->setTextElideMode(Qt::ElideNone);
    combo->setMinimumContentsLength(9); // "GBP — Pou…": the list shows the names whole
    setCurrency(combo, current);
    return combo;
}

void setCurrency(QComboBox *combo, const QString &code)
{
    int index = combo->findData(code);
    if (index < 0 && !code.isEmpty()) {
        // A code from an older plan that is not (or no longer) ISO 4217: shown, so nothing is lost.
        combo->addItem(code, code);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString chosenCurrency(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace keyplan
