// keyplan-cli: the command line, started by `keyplan` (launcher.cpp) for every subcommand that
// does not paint. It loads Qt Core and Sql only, never a GUI library.
#include "commandline.h"
#include "i18n/language.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    const QByteArray first = argc > 1 ? QByteArray(argv[1]) : QByteArray();
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
        if (first.isEmpty()) // started on its own, not through `keyplan`: which command?
            err << keyplan::cli::usage();
        else
            err << QCoreApplication::translate("CommandLine", "keyplan: unexpected argument %1")
                       .arg(QString::fromLocal8Bit(first))
                << "\n\n"
                << keyplan::cli::usage();
        return keyplan::cli::Usage;
    }
    return keyplan::cli::runSubcommand(app.arguments().mid(1));
}
