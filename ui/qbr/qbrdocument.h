#pragma once

#include "item/qbrdata.h"

class QTextDocument;

namespace keyplan {

class QbrFigures;

// Writes one account's QBR summary into `document`: the sections the review includes, in order,
// each with the user's remark under its title. `figures` paints the map and the revenue chart and
// must already be registered on the document. Every text from the plan is inserted as text.
void writeQbrDocument(QTextDocument *document, const QbrData &data, QbrFigures *figures);

// "Quarterly business review · 24 Aug – 23 Nov 2026"
QString qbrTitle(const QbrData &data);

} // namespace keyplan
