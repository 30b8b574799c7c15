// keyplan-gui: the window, started by `keyplan [PLAN]`; and the subcommands that paint
// (`keyplan export-map`, `keyplan export-qbr`), which run here on the offscreen platform, without a display.
#include "guilauncher.h"
#include "mapexportcommand.h"
#include "qbrexportcommand.h"
#include "subcommands.h"
#include "i18n/language.h"

#include <QApplication>
#include <QByteArray>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Keyplan"));
    QCoreApplication::setApplicationName(QStringLiteral("Keyplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYPLAN_VERSION));
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (keyplan::cli::paints(command.toStdString())) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        keyplan::i18n::useLanguage(); // the system's
        const QStringList words = QApplication::arguments().mid(2);
        return command == "export-map" ? keyplan::cli::runExportMap(words)
                                       : keyplan::cli::runExportQbr(words);
    }
    return keyplan::runGui(argc, argv);
}
