#pragma once

#include <QString>

class QWidget;

namespace keyplan {

// A warning whose text is shown literally: paths, names and error messages may contain '<' or
// '&', which a QMessageBox would otherwise render as HTML (PITFALLS.md, "Text, printing, charts").
void showWarning(QWidget *parent, const QString &title, const QString &text);

// Text for a menu entry: '&' in user data must not become a keyboard mnemonic.
QString menuText(QString text);

} // namespace keyplan
