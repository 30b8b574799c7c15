#pragma once

#include <QByteArray>

class QWidget;

namespace keyplan {

// Restores a saved window geometry, then makes sure the window fits the screen it is on: a
// geometry saved on a larger monitor, or by a window that a very long name once stretched, never
// makes the window larger than the available screen.
void restoreWindowGeometry(QWidget *window, const QByteArray &saved);

// Saves the window's geometry, unless it does not fit its screen: then the saved one is forgotten,
// so that the next launch starts at the default size.
void saveWindowGeometry(QWidget *window);

// Shrinks and moves the window to fit the available area of its screen.
void fitToScreen(QWidget *window);

} // namespace keyplan
