// The stakeholder map's colours: the window's map follows a dark desktop, paper stays light, and
// every text on the map reads at WCAG AA on what it is drawn on, on both surfaces.
#include "item/plandocument.h"
#include "mapfill.h"
#include "testsupport.h"
#include "tour/palettes.h"
#include "tour/screenchecks.h"
#include "ui/map/mapnodeitem.h"
#include "ui/map/mapstyle.h"
#include "ui/map/stakeholdermapscene.h"
#include "ui/map/stakeholdermapview.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyplan;
using test::fillOf;

class TestMapColours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scene_followsADarkDesktopOnScreenButNotOnPaper();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

void TestMapColours::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString plan = m_dir.filePath(QStringLiteral("colours.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    m_document = test::openDocument(plan);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
}

void TestMapColours::scene_followsADarkDesktopOnScreenButNotOnPaper()
{
    const AccountId kestrel = test::accountNamed(*m_document, QStringLiteral("Kestrel Aviation Services"));
    const StakeholderMapData map = m_document->stakeholderMap(kestrel);
    const QPalette light = QApplication::palette();
    const auto lowContrast = [](mapstyle::Surface surface) {
        QStringList found;
        for (const mapstyle::TextOnBackground &pair : mapstyle::textPairs(surface)) {
            if (test::contrastRatio(pair.text, pair.background) < 4.5)
                found.append(pair.what);
        }
        return found.join(QStringLiteral(", "));
    };
    QCOMPARE(lowContrast(mapstyle::Surface::Screen), QString());
    QCOMPARE(lowContrast(mapstyle::Surface::Paper), QString());

    QApplication::setPalette(test::darkPalette());
    StakeholderMapScene screen(true);
    screen.setMap(map);
    StakeholderMapScene paper(false);
    paper.setMap(map);
    StakeholderMapView view;
    view.setScene(&screen);
    const QColor behind = view.backgroundBrush().color();
    QStringList wrong;
    for (const Stakeholder &person : map.people) {
        const QColor onScreen = fillOf(screen, screen.node(person.id));
        const QColor onPaper = fillOf(paper, paper.node(person.id));
        if (onScreen.lightness() > 100 || onPaper.lightness() < 200)
            wrong.append(QStringLiteral("%1: screen %2, paper %3").arg(person.name, onScreen.name(), onPaper.name()));
    }
    const QString darkProblems = lowContrast(mapstyle::Surface::Screen);
    const QString paperProblems = lowContrast(mapstyle::Surface::Paper);
    QApplication::setPalette(light);

    QVERIFY2(behind.lightness() < 64, qPrintable(behind.name()));
    QVERIFY2(!map.people.isEmpty() && wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    QCOMPARE(darkProblems, QString());
    QCOMPARE(paperProblems, QString());
}

QTEST_MAIN(TestMapColours)
#include "tst_mapcolours.moc"
