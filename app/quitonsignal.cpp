#include "quitonsignal.h"

#include <QApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace keyplan {
namespace {

int wakeUp[2] = {-1, -1}; // [0] written by the handler, [1] read by the event loop
constexpr int signalsHandled[] = {SIGTERM, SIGHUP, SIGINT};

} // namespace

QuitOnSignal::QuitOnSignal(QObject *parent)
    : QObject(parent)
{
    if (wakeUp[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, wakeUp) != 0)
        return; // one per process; without it the default (ending at once) stays
    m_notifier = new QSocketNotifier(wakeUp[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitOnSignal::quit);
    struct sigaction action = {};
    action.sa_handler = &QuitOnSignal::onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : signalsHandled)
        ::sigaction(signal, &action, nullptr);
}

QuitOnSignal::~QuitOnSignal()
{
    if (!m_notifier)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int signal : signalsHandled)
        ::sigaction(signal, &action, nullptr);
    ::close(wakeUp[0]);
    ::close(wakeUp[1]);
    wakeUp[0] = wakeUp[1] = -1;
}

void QuitOnSignal::onSignal(int)
{
    // Only what is safe in a signal handler: one write.
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(wakeUp[0], &byte, 1);
    errno = saved;
}

void QuitOnSignal::quit()
{
    char byte = 0;
    [[maybe_unused]] const ssize_t read = ::read(wakeUp[1], &byte, 1);
    // Dialogs first, as Escape would; then the window, as its close button would.
    QApplication::closeAllWindows();
    QCoreApplication::quit();
}

} // namespace keyplan
