#pragma once

#include "domain/money.h"

#include <QString>

class QCategoryAxis;

namespace keyplan {

// A value axis for money: from 0 to a round figure above `largest`, with five or so round ticks
// labelled in the locale's currency format ("£250K"). Qt's QValueAxis only knows printf formats.
QCategoryAxis *makeMoneyAxis(MinorUnits largest, const QString &currency);

} // namespace keyplan
