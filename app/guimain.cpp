// keyplan-gui: the window. Started by `keyplan [PLAN]`.
#include "guilauncher.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Keyplan"));
    QCoreApplication::setApplicationName(QStringLiteral("Keyplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYPLAN_VERSION));
    return keyplan::runGui(argc, argv);
}
