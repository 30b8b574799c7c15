#pragma once

#include <QString>
#include <QWidget>

// For widget tests: what a widget shows, saved as NAME.png into $KEYPLAN_SCREENSHOTS when it is
// set, to look at a screen as a user sees it; nothing otherwise.
namespace keyplan::test {

inline void saveScreenshot(QWidget *widget, const char *name)
{
    const QByteArray folder = qgetenv("KEYPLAN_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(QString::fromLocal8Bit(folder) + u'/' + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace keyplan::test
