#pragma once

#include "domain/money.h"

#include <QString>

class QCategoryAxis;

namespace keyplan {

// A value axis for money: from 0 to a round figure above `largest`, with five or so round ticks
// labelled in the locale's currency format ("£250K"). Qt's QValueAxis only knows printf formats.
QCategoryAxis *makeMoneyAxis(MinorUnits largest, const QString &currency);
// The same from a round figure at or below `lowest` (a waterfall whose movements are small next
// to its totals starts its axis above zero, and says so by its first label).
QCategoryAxis *makeMoneyAxis(MinorUnits lowest, MinorUnits largest, const QString &currency);

} // namespace keyplan
