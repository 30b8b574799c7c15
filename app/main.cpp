// keyplan: the command line, and the way into the window (keyplan-gui, beside this program).
#include "commandline.h"
#include "i18n/language.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <limits.h>
#include <unistd.h>

namespace {

// The window (and whatever paints) lives in keyplan-gui, so that the command line loads no GUI
// libraries.
int startWindow(char *argv[])
{
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    QByteArray gui = length > 0 ? QByteArray(self, int(length)) : QByteArray(argv[0]);
    gui = gui.left(gui.lastIndexOf('/') + 1) + "keyplan-gui";
    argv[0] = gui.data();
    ::execv(gui.constData(), argv);
    const int error = errno;
    QTextStream(stderr) << "keyplan: cannot start " << gui << ": " << std::strerror(error) << '\n';
    return keyplan::cli::Refused;
}

} // namespace

int main(int argc, char *argv[])
{
    const QByteArray first = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const bool option = first.startsWith('-');
    if (!keyplan::cli::isSubcommand(QString::fromLocal8Bit(first)) && !option && argc <= 2)
        return startWindow(argv);
    if (first == "export-map" || first == "export-qbr") // they paint: keyplan-gui does, offscreen
        return startWindow(argv);

    QCoreApplication::setOrganizationName(QStringLiteral("Keyplan"));
    QCoreApplication::setApplicationName(QStringLiteral("Keyplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYPLAN_VERSION));
    QCoreApplication app(argc, argv);
    keyplan::i18n::useLanguage(); // the system's
    QTextStream out(stdout);
    if (first == "--version") {
        out << "keyplan " << QCoreApplication::applicationVersion() << '\n';
        return keyplan::cli::Done;
    }
    if (first == "--help" || first == "-h") {
        out << keyplan::cli::usage();
        return keyplan::cli::Done;
    }
    if (!keyplan::cli::isSubcommand(QString::fromLocal8Bit(first))) {
        QTextStream err(stderr);
        err << QCoreApplication::translate("CommandLine", "keyplan: unexpected argument %1")
                   .arg(QString::fromLocal8Bit(first))
            << "\n\n"
            << keyplan::cli::usage();
        return keyplan::cli::Usage;
    }
    return keyplan::cli::runSubcommand(app.arguments().mid(1));
}
