// Keyplan: key account planning in one local file.
#include "commandline.h"
#include "guilauncher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {

void installTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("keyplan"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Keyplan"));
    QCoreApplication::setApplicationName(QStringLiteral("Keyplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYPLAN_VERSION));

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (keyplan::cli::isSubcommand(first) || first == u"--help" || first == u"-h" || first == u"--version") {
        // Subcommands never need a display.
        QCoreApplication app(argc, argv);
        installTranslator(app);
        QTextStream out(stdout);
        if (first == u"--version") {
            out << "keyplan " << QCoreApplication::applicationVersion() << '\n';
            return keyplan::cli::Done;
        }
        if (first == u"--help" || first == u"-h") {
            out << keyplan::cli::usage();
            return keyplan::cli::Done;
        }
        QStringList arguments = app.arguments().mid(1);
        return keyplan::cli::runSubcommand(arguments);
    }
    if (first.startsWith(QLatin1Char('-')) || argc > 2) {
        QCoreApplication app(argc, argv);
        installTranslator(app);
        QTextStream err(stderr);
        err << QCoreApplication::translate("CommandLine", "keyplan: unexpected argument %1").arg(first)
            << "\n\n"
            << keyplan::cli::usage();
        return keyplan::cli::Usage;
    }
    return keyplan::runGui(argc, argv, installTranslator);
}
