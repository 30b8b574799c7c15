#include "ui/recentfilesmenu.h"

#include "ui/messages.h"
#include "ui/settings.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QTextDocument>

namespace keyplan {

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(parent)
{
    rebuild();
}

void RecentFilesMenu::addFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = settings::recentFiles.get();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > settings::maxRecentFiles)
        files.removeLast();
    settings::recentFiles.set(files);
    rebuild();
}

void RecentFilesMenu::removeFile(const QString &path)
{
    QStringList files = settings::recentFiles.get();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    settings::recentFiles.set(files);
    rebuild();
}

void RecentFilesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QMenu::changeEvent(event);
}

void RecentFilesMenu::rebuild()
{
    clear();
    setTitle(tr("Open &Recent"));
    const QStringList files = settings::recentFiles.get();
    int number = 1;
    for (const QString &file : files) {
        // The file name is data: "&" in it must not become a mnemonic.
        const QString label = menuText(QFileInfo(file).fileName());
        QAction *action = addAction(number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(label) : label);
        action->setToolTip(
            Qt::convertFromPlainText(QDir::toNativeSeparators(file))); // a path is data, not markup
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT fileChosen(file); });
        ++number;
    }
    if (files.isEmpty()) {
        addAction(tr("No recent plans"))->setEnabled(false);
    } else {
        addSeparator();
        connect(addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
            settings::recentFiles.set({});
            rebuild();
        });
    }
}

} // namespace keyplan
