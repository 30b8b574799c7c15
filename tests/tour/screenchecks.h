#pragma once

#include <QColor>
#include <QStringList>

class QWidget;

namespace keyplan::test {

// What a user of the keyboard or of a screen reader meets on one screen, as findings to print;
// empty when there is nothing wrong.

// Two controls on the same screen underlining the same letter (Alt+letter reaches only one),
// including the menu bar's titles; a label's mnemonic with no buddy to go to; and, in each menu,
// two items with the same letter.
QStringList mnemonicClashes(QWidget *screen);

// Interactive elements of the accessibility tree (focusable, or a button, field, box, list or tab)
// with no accessible name.
QStringList namelessControls(QWidget *screen);

// Text that reads below WCAG AA (4.5:1) against what is behind it: the cells of item views (with
// their model's colours), labels, and charts' text.
QStringList lowContrast(QWidget *screen);

// The contrast ratio of two colours, 1 to 21 (WCAG 2).
double contrastRatio(const QColor &a, const QColor &b);

// Two actions of the window with the same shortcut.
QStringList shortcutClashes(QWidget *screen);

} // namespace keyplan::test
