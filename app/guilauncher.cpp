#include "guilauncher.h"

#include "io/sampleportfolio.h"
#include "storage/newplanfile.h"
#include "storage/plandatabase.h"
#include "translations.h"
#include "ui/mainwindow.h"
#include "ui/messages.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace keyplan {
namespace {

// The user's own portfolio: created from the sample the first time, then theirs to keep.
QString defaultPortfolioPath(QString *error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = folder + QStringLiteral("/portfolio.keyplan");
    if (QFileInfo::exists(path))
        return path;
    if (!makePrivateFolder(folder)) {
        *error = QApplication::translate("Launcher", "The folder %1 could not be created.").arg(folder);
        return {};
    }
    const bool written = writeNewPlan(
        path, [](PlanDatabase &plan, QString *why) { return writeSamplePortfolio(plan, SampleOptions {}, why); },
        error);
    return written ? path : QString();
}

} // namespace

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    installTranslators(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyplan.svg")));
    QApplication::setDesktopFileName(QStringLiteral("keyplan"));

    MainWindow window;
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QString error;
    if (path.isEmpty())
        path = defaultPortfolioPath(&error);
    // Open before showing, so the first frame on screen is the portfolio, not an empty window.
    if (!path.isEmpty())
        window.openPlan(path);
    window.show();
    if (path.isEmpty())
        showWarning(&window, QApplication::translate("Launcher", "Keyplan"), error);
    return QApplication::exec();
}

} // namespace keyplan
