#include "item/accountediting.h"
#include "item/portfoliomodel.h"
#include "i18n/language.h"
#include "item/plandocument.h"
#include "testsupport.h"
#include "ui/accounteditor.h"
#include "ui/mainwindow.h"
#include "ui/portfoliopanel.h"
#include "ui/settings.h"
#include "ui/windowgeometry.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace keyplan;

// The window against what users put in it and what their screens are: a 10,000-character name,
// a geometry saved on a bigger screen, a 1024×700 laptop, a umask that shares everything.
class TestWindowFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void veryLongAccountName_neverWidensTheWindow();
    void savedGeometryLargerThanTheScreen_isNotRestoredNorSaved();
    void smallScreen_showsTheFiguresBesideTheName();
    void settings_areReadableByTheUserOnly();

private:
    QSize smallestWindowShowing(const QString &path, const QString &name, QString *title);
    QTemporaryDir m_dir;
};

void TestWindowFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

// The window's smallest size with the account `name` selected in the plan at `path`.
QSize TestWindowFaults::smallestWindowShowing(const QString &path, const QString &name, QString *title)
{
    MainWindow window;
    if (!window.openPlan(path))
        return {};
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    const QAbstractItemModel *rows = window.portfolioPanel()->table()->model();
    bool selected = false;
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, 0).data().toString() == name) {
            window.portfolioPanel()->table()->selectRow(row);
            selected = true;
        }
    }
    if (!selected)
        return {};
    QApplication::processEvents();
    // The account's title shows the start of the name, elided when it does not fit.
    const QList<QLabel *> labels = window.accountEditor()->findChildren<QLabel *>();
    const auto shown = std::find_if(labels.cbegin(), labels.cend(),
        [&name](const QLabel *label) { return !label->text().isEmpty() && name.startsWith(label->text().chopped(1)); });
    *title = shown == labels.cend() ? QString() : (*shown)->text();
    return window.minimumSizeHint();
}

void TestWindowFaults::veryLongAccountName_neverWidensTheWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("long.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    QString title;
    const QSize before = smallestWindowShowing(path, QStringLiteral("Northgate Logistics"), &title);
    QVERIFY(before.isValid());
    const QString name = QString(10000, QLatin1Char('N'));
    {
        const std::unique_ptr<PlanDocument> document = test::openDocument(path);
        QVERIFY(document);
        const qint64 id = test::accountNamed(*document, QStringLiteral("Northgate Logistics"));
        QVERIFY(id > 0);
        AccountEditing::of(document.get())->editAccountField(id, AccountField::Name, name);
        QCOMPARE(document->account(id)->name, name);
    }
    const QSize after = smallestWindowShowing(path, name, &title);
    QVERIFY(after.isValid());
    QVERIFY2(after.width() <= before.width(), qPrintable(QStringLiteral("%1 > %2").arg(after.width()).arg(before.width())));
    QCOMPARE(after.height(), before.height());
    QVERIFY2(title.endsWith(QChar(0x2026)) && title.size() < 500, qPrintable(title.left(100)));
    // The whole window fits a 1024×700 laptop screen.
    QVERIFY2(after.width() <= 1024, qPrintable(QString::number(after.width())));
    QVERIFY2(after.height() <= 700, qPrintable(QString::number(after.height())));
}

void TestWindowFaults::savedGeometryLargerThanTheScreen_isNotRestoredNorSaved()
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QWidget big;
    big.setGeometry(0, 0, 32767, 2000);
    const QByteArray saved = big.saveGeometry();
    settings::windowGeometry.set(saved);

    MainWindow window;
    QVERIFY(window.width() <= screen.width());
    QVERIFY(window.height() <= screen.height());
    QVERIFY(screen.contains(window.geometry()));

    // A window that does not fit is not remembered at that size.
    QWidget tooWide;
    tooWide.resize(screen.width() + 500, 300);
    saveWindowGeometry(&tooWide);
    QVERIFY(!QSettings().contains(settings::windowGeometry.key));
    QWidget fitting;
    fitting.resize(screen.width() / 2, screen.height() / 2);
    saveWindowGeometry(&fitting);
    QVERIFY(QSettings().contains(settings::windowGeometry.key));
}

void TestWindowFaults::smallScreen_showsTheFiguresBesideTheName()
{
    const QString path = m_dir.filePath(QStringLiteral("small.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    settings::portfolioHeader.set({});
    {
        MainWindow window;
        window.resize(1024, 700);
        QVERIFY(window.openPlan(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.portfolioPanel()->table();
        QHeaderView *header = table->horizontalHeader();
        // Worth and retention show whole, without scrolling, beside the name; nothing cut at the edge.
        for (const int column : {PortfolioModel::Name, PortfolioModel::Arr, PortfolioModel::Nrr, PortfolioModel::Grr}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(header->sectionViewportPosition(column) >= 0 && right <= table->viewport()->width(),
                qPrintable(QStringLiteral("column %1 ends at %2 of %3").arg(column).arg(right).arg(table->viewport()->width())));
        }
        QVERIFY(header->visualIndex(PortfolioModel::Segment) > header->visualIndex(PortfolioModel::Grr));
        // The user's own order: Segment dragged next to the name.
        header->moveSection(header->visualIndex(PortfolioModel::Segment), 1);
        window.close();
    }
    {
        MainWindow again;
        QVERIFY(again.openPlan(path));
        QCOMPARE(again.portfolioPanel()->table()->horizontalHeader()->visualIndex(PortfolioModel::Segment), 1);
    }
    settings::portfolioHeader.set({});
    settings::splitterState.set({});

    // In German, whose filter buttons are longer, the account's plan still gets two fifths of
    // the window (it had 38%, and the Plays tab's buttons were cut).
    i18n::useLanguage(QStringLiteral("de"));
    {
        MainWindow german;
        german.resize(1024, 700);
        QVERIFY(german.openPlan(path));
        german.show();
        QVERIFY(QTest::qWaitForWindowExposed(&german));
        QVERIFY2(german.accountEditor()->width() * 5 >= german.width() * 2,
            qPrintable(QStringLiteral("%1 of %2").arg(german.accountEditor()->width()).arg(german.width())));
    }
    i18n::useLanguage(QStringLiteral("en"));
}

void TestWindowFaults::settings_areReadableByTheUserOnly()
{
    const mode_t previous = ::umask(0);
    settings::lastFolder.set(m_dir.path());
    ::umask(previous);
    const QString file = QSettings().fileName();
    QCOMPARE(test::unixMode(file), 0600);
    QCOMPARE(test::unixMode(QFileInfo(file).absolutePath()), 0700);
}

QTEST_MAIN(TestWindowFaults)
#include "tst_windowfaults.moc"
