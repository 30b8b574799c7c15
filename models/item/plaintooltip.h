#pragma once

#include <QString>
#include <QTextDocument>

namespace keyplan {

// A tooltip made of the user's text: escaped, so that "<b>" in a name shows as typed instead of
// being taken for markup (a tooltip is rich text whenever its text looks like HTML).
inline QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace keyplan
