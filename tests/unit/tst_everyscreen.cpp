// Every screen of the window, toured as a user reaches it (tests/tour): what a keyboard user and a
// screen reader meet on each, and whether it fits a small screen.
#include "testsupport.h"
#include "tour/screenchecks.h"
#include "tour/palettes.h"
#include "tour/screentour.h"

#include "ui/style/readablestyle.h"
#include "ui/mainwindow.h"
#include "i18n/language.h"

#include <QApplication>
#include <QFileDialog>
#include <QScreen>
#include <QStyle>
#include <QLocale>
#include <QMainWindow>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace keyplan;

class TestEveryScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyScreen_keyboardScreenReaderAndSmallScreen_data();
    void everyScreen_keyboardScreenReaderAndSmallScreen();
    void cleanup();

private:
    QTemporaryDir m_dir;
};

void TestEveryScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

void TestEveryScreen::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    i18n::useLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

void TestEveryScreen::everyScreen_keyboardScreenReaderAndSmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::newRow("English") << QStringLiteral("en") << false;
    QTest::newRow("English, dark palette") << QStringLiteral("en") << true;
    QTest::newRow("German") << QStringLiteral("de") << false;
    QTest::newRow("French") << QStringLiteral("fr") << false;
}

void TestEveryScreen::everyScreen_keyboardScreenReaderAndSmallScreen()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    // A dark desktop: every colour Keyplan adds must read on it as well as on a light one.
    if (dark) {
        QApplication::setStyle(new ReadableStyle); // Fusion, as the app dresses it
        QApplication::setPalette(test::darkPalette());
    }
    // Longer words and other letters: each language is toured on its own, with its own numbers.
    i18n::useLanguage(language);
    QLocale::setDefault(QLocale(language == u"en" ? QStringLiteral("en_GB") : language));
    const QString plan = m_dir.filePath(QStringLiteral("tour-%1%2.keyplan").arg(language, dark ? QStringLiteral("-dark") : QString()));
    QVERIFY(test::writeSamplePlan(plan));
    QStringList mnemonics, names, shortcuts, tooBig, screens, contrast;
    test::ScreenTour tour([&](const QString &name, QWidget *screen) {
        screens.append(name);
        // Qt's own file and print dialogs are Qt's to name and underline.
        if (qobject_cast<QFileDialog *>(screen) || qobject_cast<QPrintPreviewDialog *>(screen)
            || qobject_cast<QPrintDialog *>(screen))
            return;
        for (const QString &finding : test::mnemonicClashes(screen))
            mnemonics.append(name + QStringLiteral(": ") + finding);
        for (const QString &finding : test::namelessControls(screen))
            names.append(name + QStringLiteral(": ") + finding);
        for (const QString &finding : test::lowContrast(screen))
            contrast.append(name + QStringLiteral(": ") + finding);
        for (const QString &finding : test::shortcutClashes(screen))
            shortcuts.append(name + QStringLiteral(": ") + finding);
        // On the small screen: the window or dialog fits in it, and needs no more than it has.
        const QRect available = screen->screen()->availableGeometry();
        const QSize least = screen->minimumSizeHint().expandedTo(screen->minimumSize());
        if (least.width() > available.width() || least.height() > available.height()
            || !available.contains(screen->frameGeometry()))
            tooBig.append(QStringLiteral("%1 needs %2×%3 and is at %4,%5 %6×%7 on a %8×%9 screen")
                              .arg(name).arg(least.width()).arg(least.height())
                              .arg(screen->frameGeometry().x()).arg(screen->frameGeometry().y())
                              .arg(screen->frameGeometry().width()).arg(screen->frameGeometry().height())
                              .arg(available.width()).arg(available.height()));
    });
    MainWindow window;
    QVERIFY(tour.run(window, plan, QStringLiteral("Northgate Logistics")));
    qInfo("%d screens, %d of them dialogs, on a %d×%d screen", int(screens.size()), tour.dialogsVisited(),
        window.screen()->availableGeometry().width(), window.screen()->availableGeometry().height());
    mnemonics.removeDuplicates();
    names.removeDuplicates();
    shortcuts.removeDuplicates();
    tooBig.removeDuplicates();
    contrast.removeDuplicates();
    // The tour reached the dialogs behind the menus and the pages' buttons, not only the tabs.
    QVERIFY2(tour.dialogsVisited() >= 30, qPrintable(screens.join(u'\n')));
    // Each finding on a line of its own (a failure's message is cut at a thousand characters).
    const auto report = [](const char *what, const QStringList &findings) {
        for (const QString &finding : findings)
            qWarning("%s: %s", what, qPrintable(finding));
        return findings.size();
    };
    const qsizetype clashes = report("Mnemonic clash", mnemonics);
    const qsizetype shortcutsClashing = report("Shortcut clash", shortcuts);
    const qsizetype nameless = report("Nameless control", names);
    const qsizetype big = report("Does not fit 1024×700", tooBig);
    const qsizetype faint = report("Low contrast", contrast);
    QCOMPARE(clashes, 0);
    QCOMPARE(shortcutsClashing, 0);
    QCOMPARE(nameless, 0);
    QCOMPARE(big, 0);
    QCOMPARE(faint, 0);
}

int main(int argc, char *argv[])
{
    // A 1024×700 screen, as on a small laptop: Qt's offscreen platform reads its screens from JSON.
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + qgetenv("KEYPLAN_TEST_DATA") + "/screens/small.json");
    QApplication app(argc, argv);
    TestEveryScreen test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_everyscreen.moc"
