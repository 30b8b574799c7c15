#pragma once

#include "domain/whitespace.h"

#include <QColor>

// The few colours Keyplan's views give text and cells, each with a counterpart for a dark palette,
// so they read on whichever the desktop uses (WCAG AA, 4.5:1, on the palette's Base; tested by
// tst_everyscreen in a dark palette). Printed pages keep their own, light as paper.
namespace keyplan::colours {

// Whether the application's palette is dark: its Base darker than mid-grey.
bool darkPalette();

// Text that needs attention: NRR under 100%, an overdue step, an uncoupling relationship.
QColor attention();
// Text that is settled or gone: a step done, a person who left.
QColor settled();
// A question still to settle: a person who may have left; health at risk.
QColor question();
// Health that is fair, and health that is good.
QColor fair();
QColor healthy();

// A warning banner in a dialog: its background, text and border.
QColor warningBackground();
QColor warningText();
QColor warningBorder();

// A whitespace cell's background by its state, and the text on any of them.
QColor cellBackground(CellState state);
QColor cellText();

} // namespace keyplan::colours
