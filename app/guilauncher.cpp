#include "guilauncher.h"
#include "quitonsignal.h"

#include "io/sampleportfolio.h"
#include "storage/newplanfile.h"
#include "storage/plandatabase.h"
#include "i18n/language.h"
#include "ui/data/firstrun.h"
#include "ui/mainwindow.h"
#include "ui/mainwindowhost.h"
#include "ui/messages.h"
#include "ui/settings.h"
#include "ui/style/readablestyle.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace keyplan {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QuitOnSignal quitOnSignal; // the session's end closes the window and the plan as the user would
    ReadableStyle::installIfFusion(); // Fusion's checkboxes and toolbar arrow, readable when dark
    i18n::useLanguage(settings::language.get()); // Edit > Preferences, or the system's
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyplan.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.keyplan.Keyplan")); // resources/desktop

    MainWindowHost host; // builds the window again when the user chooses another language
    MainWindow &window = *host.window();
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // The user's own portfolio once there is one; the first run welcomes them instead (start,
    // import, or explore the sample in a file of its own).
    if (path.isEmpty() && QFileInfo::exists(portfolioPath()))
        path = portfolioPath();
    // Open before showing, so the first frame on screen is the portfolio, not an empty window.
    if (!path.isEmpty())
        window.openPlan(path);
    window.show();
    return QApplication::exec();
}

} // namespace keyplan
