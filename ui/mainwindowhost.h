#pragma once

#include <QObject>

#include <memory>

namespace keyplan {

class MainWindow;

// Keeps the window, and builds it again when the user chooses another language in Preferences:
// most of the window is built once, so the new one is built in the new language and takes the
// plan over (its undo history, the account and tab shown, the window's size and docks).
class MainWindowHost final : public QObject
{
    Q_OBJECT

public:
    MainWindowHost();
    ~MainWindowHost() override;

    MainWindow *window() const { return m_window.get(); }

    // The window built again in the language now installed; the old one is gone.
    void rebuild();

Q_SIGNALS:
    void rebuilt(keyplan::MainWindow *window);

private:
    void watch();

    std::unique_ptr<MainWindow> m_window;
};

} // namespace keyplan
