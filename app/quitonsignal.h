#pragma once

#include <QObject>

class QSocketNotifier;

namespace keyplan {

// A desktop session ends its programs with SIGTERM (a terminal's window closing sends SIGHUP,
// Ctrl+C SIGINT). Keyplan then closes as if its user had closed the window: edits still being
// typed are written, the window's place is kept, and the plan is closed cleanly, so the next
// start need not check it through as after a crash. The signal only wakes the event loop
// (through a socket pair); the closing happens there.
class QuitOnSignal final : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    static void onSignal(int signal);
    void quit();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace keyplan
