#include "ui/mainwindowhost.h"

#include "ui/mainwindow.h"

namespace keyplan {

MainWindowHost::MainWindowHost()
    : m_window(std::make_unique<MainWindow>())
{
    watch();
}

MainWindowHost::~MainWindowHost() = default;

void MainWindowHost::rebuild()
{
    auto next = std::make_unique<MainWindow>();
    next->takeOver(*m_window);
    if (m_window->isVisible())
        next->show();
    m_window = std::move(next);
    watch();
    Q_EMIT rebuilt(m_window.get());
}

void MainWindowHost::watch()
{
    // Queued: the old window is still in its Preferences slot when it asks.
    connect(m_window.get(), &MainWindow::languageChosen, this, &MainWindowHost::rebuild, Qt::QueuedConnection);
}

} // namespace keyplan
