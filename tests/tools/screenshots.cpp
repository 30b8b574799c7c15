// Every screen of the window as a PNG, to look at as a user sees it (tests/tour):
//
//   keyplan_screenshots PLAN OUTDIR [--screen small|large|hidpi] [--dark] [--language en|de|fr]
//                       [--account NAME] [--guide]
//
// --guide writes the user guide's pictures instead (docs/guide/images, scripts/guide-images.sh):
// the whole window twice, then only the part a section explains (the account's tabs, the docks,
// the QBR dialog).
// --screen picks the screen (tests/data/screens: 1024×700, 1600×1000, or 1440×900 at 2×), --dark
// a dark desktop's palette, --language the language (and the numbers and dates of its country).
#include "tour/palettes.h"
#include "tour/screentour.h"

#include "ui/style/readablestyle.h"
#include "ui/accounteditor.h"
#include "ui/data/firstrun.h"
#include "ui/mainwindow.h"
#include "i18n/language.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLocale>
#include <QStandardPaths>
#include <QStyle>

using namespace keyplan;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const auto option = [&arguments](const QString &name, const QString &fallback) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
    };
    if (arguments.size() < 2)
        return 2;
    const QString screen = option(QStringLiteral("--screen"), QStringLiteral("large"));
    qputenv("QT_QPA_PLATFORM",
        "offscreen:configfile=" + qgetenv("KEYPLAN_TEST_DATA") + "/screens/" + screen.toLocal8Bit() + ".json");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (arguments.contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(new ReadableStyle); // Fusion, as the app dresses it
        QApplication::setPalette(test::darkPalette());
    }
    const QString language = i18n::useLanguage(option(QStringLiteral("--language"), QStringLiteral("en")));
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QStringLiteral("en_GB") : language));
    const QDir out(arguments.at(1));
    QDir().mkpath(out.path());
    MainWindow window;
    const bool guide = arguments.contains(QStringLiteral("--guide"));
    test::ScreenTour tour([&out, &window, guide](const QString &name, QWidget *shown) {
        if (!guide) {
            shown->grab().save(out.filePath(name + QStringLiteral(".png")));
            return;
        }
        if (name.contains(QLatin1String("-button")))
            return; // a dialog behind a button: the guide names those in words
        const auto save = [&out](QWidget *part, const QString &file) {
            part->grab().save(out.filePath(file + QStringLiteral(".png")));
        };
        // The whole window, smoothly down to the guide's width.
        const auto saveWhole = [&out](QWidget *whole, const QString &file) {
            whole->grab().toImage().scaledToWidth(760, Qt::SmoothTransformation).save(out.filePath(file + QStringLiteral(".png")));
        };
        if (name == QLatin1String("welcome")) {
            // Only what the page shows, without the empty window round it.
            const QImage page = window.welcomePage()->grab().toImage();
            const QColor background = page.pixelColor(0, 0);
            QRect used;
            for (int y = 0; y < page.height(); ++y) {
                for (int x = 0; x < page.width(); ++x) {
                    if (page.pixelColor(x, y) != background)
                        used |= QRect(x, y, 1, 1);
                }
            }
            page.copy(used.adjusted(-24, -24, 24, 24)).save(out.filePath(name + QStringLiteral(".png")));
        }
        if (name == QLatin1String("tab-details"))
            saveWhole(shown, QStringLiteral("window"));
        if (name.startsWith(QLatin1String("tab-")) && !name.endsWith(QLatin1String("-wide")))
            save(window.accountEditor(), name.mid(4));
        if (name.startsWith(QLatin1String("dock-")) && !name.back().isDigit()) {
            for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
                if (!dock->isVisible())
                    continue;
                // Floated at the guide's width: docked, it spans the whole window.
                dock->setFloating(true);
                dock->resize(760, 400);
                QApplication::processEvents();
                save(dock->widget(), name);
                dock->setFloating(false);
                QApplication::processEvents();
            }
        }
        if (name == QLatin1String("menu-qbr-summary-qbrdialog"))
            save(shown, QStringLiteral("qbr-dialog"));
    });
    if (!tour.run(window, arguments.at(0), option(QStringLiteral("--account"), QStringLiteral("Northgate Logistics"))))
        return 1;
    return 0;
}
