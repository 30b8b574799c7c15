// Help: the user guide (F1 opens it at the part of the window in use; every section it links to,
// every picture it shows and every figure the issue names are there; its defaults are the app's),
// and the keyboard shortcuts list.
#include "testsupport.h"

#include "domain/coverage.h"
#include "domain/healthscore.h"
#include "ui/accounteditor.h"
#include "ui/data/firstrun.h"
#include "ui/help/helptopics.h"
#include "ui/help/helpwindow.h"
#include "ui/mainwindow.h"
#include "ui/map/stakeholdermappage.h"
#include "ui/portfoliopanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace keyplan;

namespace {

// What the guide holds: its anchors, its links within itself, its pictures with their stated size,
// and its text.
struct Guide
{
    QSet<QString> anchors;
    QStringList links;
    QList<std::tuple<QString, int, int>> images;
    QString text;
    QString error;
};

Guide readGuide()
{
    Guide guide;
    QFile file(QStringLiteral(":/guide/index.html"));
    if (!file.open(QIODevice::ReadOnly)) {
        guide.error = QStringLiteral("not in the resources");
        return guide;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            guide.text += xml.text();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("a") && attributes.hasAttribute(QLatin1String("name")))
            guide.anchors.insert(attributes.value(QLatin1String("name")).toString());
        if (xml.name() == QLatin1String("a") && attributes.value(QLatin1String("href")).startsWith(u'#'))
            guide.links.append(attributes.value(QLatin1String("href")).mid(1).toString());
        if (xml.name() == QLatin1String("img"))
            guide.images.append({attributes.value(QLatin1String("src")).toString(),
                attributes.value(QLatin1String("width")).toInt(), attributes.value(QLatin1String("height")).toInt()});
    }
    if (xml.hasError())
        guide.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    guide.text = guide.text.simplified();
    return guide;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void guide_linksAndPicturesAreAllThere();
    void guide_explainsEveryFigure();
    void guide_statesTheDefaultsThePlanUses();
    void f1_opensTheGuideAtThePartInUse();
    void f1_everyTabAndDockHasItsSection();
    void shortcuts_listEveryMenuShortcutAndTheTabs();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

void TestHelp::init()
{
    const QString path = m_dir.filePath(QStringLiteral("help%1.keyplan").arg(QTest::currentTestFunction()));
    QVERIFY(test::writeSamplePlan(path));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openPlan(path));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestHelp::cleanup()
{
    m_window.reset();
}

void TestHelp::guide_linksAndPicturesAreAllThere()
{
    const Guide guide = readGuide();
    QCOMPARE(guide.error, QString());
    QStringList broken;
    for (const QString &link : guide.links) {
        if (!guide.anchors.contains(link))
            broken.append(link);
    }
    QCOMPARE(broken.join(QStringLiteral(", ")), QString());
    QVERIFY(guide.images.size() >= 15);
    QStringList wrong;
    for (const auto &[source, width, height] : guide.images) {
        const QImage image(QStringLiteral(":/guide/") + source);
        if (image.isNull() || image.width() != width || image.height() * width != height * image.width())
            wrong.append(QStringLiteral("%1 (%2×%3, said %4×%5)")
                             .arg(source).arg(image.width()).arg(image.height()).arg(width).arg(height));
    }
    QCOMPARE(wrong.join(QStringLiteral(", ")), QString());
}

void TestHelp::guide_explainsEveryFigure()
{
    const Guide guide = readGuide();
    // Each figure the user meets has a section, and the section says how it is worked out.
    const QList<QPair<QString, QString>> figures {
        {QStringLiteral("stages"), QStringLiteral("Synergistic KAM")},
        {QStringLiteral("coverage"), QStringLiteral("coverage depth = people with an active, company-owned relationship ÷ relevant people")},
        {QStringLiteral("single-threaded"), QStringLiteral("at most two active, company-owned relationships")},
        {QStringLiteral("nrr-grr"), QStringLiteral("with each account's end ARR capped at its start ARR")},
        {QStringLiteral("arr-bridge"), QStringLiteral("start + new + expansion − contraction − churn + reactivation = end")},
        {QStringLiteral("whitespace-figures"), QStringLiteral("share of wallet = sold ÷ (sold + the competitors' known spend + open potential)")},
        {QStringLiteral("health-score"), QStringLiteral("drops out of the mean")},
        {QStringLiteral("play-rules"), QStringLiteral("a champion or sponsor left the company")},
        {QStringLiteral("currencies"), QStringLiteral("constant currency")},
    };
    for (const auto &[anchor, says] : figures) {
        QVERIFY2(guide.anchors.contains(anchor), qPrintable(anchor));
        QVERIFY2(guide.text.contains(says), qPrintable(says));
    }
}

void TestHelp::guide_statesTheDefaultsThePlanUses()
{
    // The guide quotes defaults; when the code's change, the guide must follow.
    const Guide guide = readGuide();
    const CoverageSettings coverage;
    QVERIFY(guide.text.contains(QStringLiteral("contacted in the last %1 days").arg(coverage.activeWithinDays)));
    QVERIFY(guide.text.contains(QStringLiteral("The target is %1–%2%")
                                    .arg(qRound(coverage.targetLow * 100))
                                    .arg(qRound(coverage.targetHigh * 100))));
    QCOMPARE(coverage.singleThreadedAtMost, 2); // "at most two", above
    QCOMPARE(coverage.requiredSeats.size(), 4);
    for (const QString &seat : coverage.requiredSeats)
        QVERIFY2(guide.text.contains(seatName(seat).toLower()), qPrintable(seat));
    // The health bands: below 4 critical, below 6 at risk, below 8 fair.
    QCOMPARE(healthBand(3.9), HealthBand::Critical);
    QCOMPARE(healthBand(5.9), HealthBand::AtRisk);
    QCOMPARE(healthBand(7.9), HealthBand::Fair);
    QCOMPARE(healthBand(8.0), HealthBand::Healthy);
    QVERIFY(guide.text.contains(QStringLiteral("Below 4 is critical, below 6 at risk")));
}

void TestHelp::f1_opensTheGuideAtThePartInUse()
{
    AccountEditor *editor = m_window->accountEditor();
    editor->showPage(editor->mapPage());
    editor->mapPage()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    auto *help = m_window->findChild<HelpWindow *>();
    QVERIFY(help);
    QVERIFY(QTest::qWaitForWindowExposed(help));
    QCOMPARE(help->currentTopic(), QStringLiteral("map"));
    QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("The stakeholder map: everyone who matters")));
    // The pictures are drawn, not left as broken links.
    QVERIFY(!help->browser()->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/map.png"))).isNull());

    // From the portfolio list, the same key goes to the portfolio's section, in the same window.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->portfolioPanel()->table()->setFocus();
    QTest::keyClick(m_window->portfolioPanel()->table(), Qt::Key_F1);
    QCOMPARE(m_window->findChildren<HelpWindow *>().size(), 1);
    QCOMPARE(help->currentTopic(), QStringLiteral("portfolio"));
    // Back returns to the map's section.
    help->browser()->backward();
    QCOMPARE(help->currentTopic(), QStringLiteral("map"));
}

void TestHelp::f1_everyTabAndDockHasItsSection()
{
    const Guide guide = readGuide();
    QTabWidget *tabs = m_window->accountEditor()->tabs();
    QSet<QString> topics;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        // On the tab bar itself, F1 answers for the page it shows.
        const QString topic = help::helpTopicAt(tabs->tabBar());
        QVERIFY2(guide.anchors.contains(topic), qPrintable(tabs->tabText(tab) + QStringLiteral(": ") + topic));
        QCOMPARE(help::helpTopicAt(tabs->currentWidget()), topic);
        topics.insert(topic);
    }
    QCOMPARE(topics.size(), tabs->count()); // a section each
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        dock->show();
        QTest::qWait(50);
        QWidget *inside = dock->widget() ? dock->widget() : dock;
        const QString topic = help::helpTopicAt(inside);
        QVERIFY2(guide.anchors.contains(topic) && !topics.contains(topic), qPrintable(dock->objectName() + topic));
        topics.insert(topic);
        dock->hide();
    }
    QVERIFY(guide.anchors.contains(help::helpTopicAt(m_window->portfolioPanel()->table())));
    QVERIFY(guide.anchors.contains(help::helpTopicAt(m_window->welcomePage())));
}

void TestHelp::shortcuts_listEveryMenuShortcutAndTheTabs()
{
    QStringList rows;
    bool tested = false;
    QTimer::singleShot(50, this, [&rows, &tested] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *tree = modal ? modal->findChild<QTreeView *>() : nullptr;
        if (tree) {
            QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            tested = true;
            const QAbstractItemModel *model = tree->model();
            for (int group = 0; group < model->rowCount(); ++group) {
                const QModelIndex parent = model->index(group, 0);
                for (int row = 0; row < model->rowCount(parent); ++row)
                    rows.append(model->index(row, 0, parent).data().toString() + QStringLiteral(" = ")
                        + model->index(row, 1, parent).data().toString());
            }
        }
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    });
    m_window->findChild<QAction *>(QStringLiteral("keyboardShortcuts"))->trigger();
    QVERIFY(tested);
    const auto has = [&rows](const QString &what, const QKeySequence &key) {
        return rows.contains(what + QStringLiteral(" = ") + key.toString(QKeySequence::NativeText));
    };
    QVERIFY2(has(QStringLiteral("Wide Map"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)), qPrintable(rows.join(u'\n')));
    QVERIFY(has(QStringLiteral("Record Touchpoint…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)));
    QVERIFY(has(QStringLiteral("User Guide"), QKeySequence(QKeySequence::HelpContents)));
    QVERIFY(has(QStringLiteral("Show the Map Tab"), QKeySequence(Qt::CTRL | Qt::Key_2)));
    QVERIFY(has(QStringLiteral("Fit the whole map"), QKeySequence(Qt::CTRL | Qt::Key_0)));
    // No menu item's shortcut is left out.
    for (const QAction *menu : m_window->menuBar()->actions()) {
        for (const QAction *item : menu->menu()->actions()) {
            if (!item->shortcut().isEmpty()) {
                QString text = item->text();
                text.remove(u'&');
                QVERIFY2(has(text, item->shortcut()), qPrintable(text));
            }
        }
    }
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
