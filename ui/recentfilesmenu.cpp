#include "ui/recentfilesmenu.h"

#include "ui/messages.h"
#include "ui/settings.h"

#include "storage/serverlocation.h"

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

namespace {

// A plan file by its absolute path; a team plan by its address (never with a password: the
// address a PlanDatabase reports has none).
QString key(const QString &path)
{
    return ServerLocation::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath();
}

QString label(const QString &path)
{
    if (!ServerLocation::isServerUrl(path))
        return QFileInfo(path).fileName();
    const std::optional<ServerLocation> where = ServerLocation::parse(path, nullptr);
    return where ? where->shortName() : path;
}

} // namespace

void RecentFilesMenu::addFile(const QString &path)
{
    const QString absolute = key(path);
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
    files.removeAll(key(path));
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
        const QString text = menuText(label(file));
        QAction *action = addAction(number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(text) : text);
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
