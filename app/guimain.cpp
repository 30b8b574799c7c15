// keyplan-gui: the window, started by `keyplan [PLAN]`; and the subcommands that paint
// (`keyplan export-map`), which run here on the offscreen platform, without a display.
#include "guilauncher.h"
#include "mapexportcommand.h"
#include "translations.h"

#include <QApplication>
#include <QByteArray>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Keyplan"));
    QCoreApplication::setApplicationName(QStringLiteral("Keyplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYPLAN_VERSION));
    if (argc > 1 && QByteArray(argv[1]) == "export-map") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        keyplan::installTranslators(app);
        return keyplan::cli::runExportMap(QApplication::arguments().mid(2));
    }
    return keyplan::runGui(argc, argv);
}
