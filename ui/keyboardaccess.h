#pragma once

#include <QString>

class QAbstractItemView;
class QTabWidget;
class QWidget;

namespace keyplan {

// A list, table or tree that a keyboard user leaves with Tab (the arrow keys move inside it) and
// a screen reader announces by `name`.
void prepareItemView(QAbstractItemView *view, const QString &name);

// Gives the focus to the first control of `page` a user can Tab to: where a keyboard user lands
// after bringing the page up with a shortcut.
void focusFirstControl(QWidget *page);

// Ctrl+1…9 bring up the first nine of `tabs`' pages from anywhere in `window`, and Ctrl+Page Down
// and Ctrl+Page Up the next and previous; each tab's tooltip names its shortcut. (Ctrl+0 stays the
// map's Fit.)
void addTabShortcuts(QTabWidget *tabs, QWidget *window);

// "&Save As…" → "Save As…": for controls that share a window with many others (the docks), which
// would otherwise take letters the pages need.
QString withoutMnemonic(const QString &text);

// Takes the mnemonics off every button, label and group box under `root`.
void dropMnemonics(QWidget *root);

} // namespace keyplan
