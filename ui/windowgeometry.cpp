#include "ui/windowgeometry.h"

#include "ui/settings.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace keyplan {
namespace {

QRect availableArea(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

bool fits(const QWidget *window)
{
    const QRect area = availableArea(window);
    if (area.isEmpty())
        return true;
    const QSize size = window->isMaximized() || window->isFullScreen() ? window->normalGeometry().size()
                                                                        : window->size();
    return size.width() <= area.width() && size.height() <= area.height();
}

} // namespace

void fitToScreen(QWidget *window)
{
    const QRect area = availableArea(window);
    if (area.isEmpty())
        return;
    const QSize size = window->size().boundedTo(area.size());
    if (size != window->size())
        window->resize(size);
    QRect frame = window->geometry();
    if (!area.contains(frame)) {
        frame.moveLeft(std::clamp(frame.left(), area.left(), std::max(area.left(), area.right() - frame.width())));
        frame.moveTop(std::clamp(frame.top(), area.top(), std::max(area.top(), area.bottom() - frame.height())));
        window->move(frame.topLeft());
    }
}

void restoreWindowGeometry(QWidget *window, const QByteArray &saved)
{
    if (!saved.isEmpty())
        window->restoreGeometry(saved);
    fitToScreen(window);
}

void saveWindowGeometry(QWidget *window)
{
    if (fits(window))
        settings::windowGeometry.set(window->saveGeometry());
    else
        settings::windowGeometry.remove();
}

} // namespace keyplan
