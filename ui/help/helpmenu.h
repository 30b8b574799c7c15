#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace keyplan {

class HelpWindow;

// The Help menu: the user guide (F1, at the part of the window that has the focus), the keyboard
// shortcuts and About.
class HelpMenu final : public QObject
{
    Q_OBJECT

public:
    explicit HelpMenu(QMainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *userGuideAction() const { return m_guide; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    HelpWindow *helpWindow() const; // null until the guide was opened

    void showGuide(const QString &topic);
    void retranslate();

private:
    void showShortcuts();
    void showAbout();

    QMainWindow *m_window;
    QMenu *m_menu;
    QAction *m_guide;
    QAction *m_shortcuts;
    QAction *m_about;
    QPointer<HelpWindow> m_helpWindow;
};

} // namespace keyplan
