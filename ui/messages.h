#pragma once

#include <QString>

class QWidget;

namespace keyplan {

// A warning whose text is shown literally: paths, names and error messages may contain '<' or
// '&', which a QMessageBox would otherwise render as HTML (PITFALLS.md, "Text, printing, charts").
void showWarning(QWidget *parent, const QString &title, const QString &text);

// Asks before something is removed, the same way everywhere: the question and what it takes with
// it, that it can be undone, and a Cancel that Enter and Escape choose (removing is a click on
// `removeLabel`). True when the user chose to remove. Text is shown literally.
bool confirmRemoval(QWidget *parent, const QString &title, const QString &question, const QString &details,
    const QString &removeLabel);

// A confirmation in the status bar of the window `from` belongs to (through its dialogs), where
// it stays for ten seconds: "Exported to /home/…/Plan.pdf".
void announce(QWidget *from, const QString &text);

// Text for a menu entry: '&' in user data must not become a keyboard mnemonic.
QString menuText(QString text);

} // namespace keyplan
