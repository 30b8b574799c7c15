// The stakeholder map on screen and on paper: the scene, editing from the map, and every output
// (PDF checked with pdftotext, SVG parsed, PNG loaded, the export-map command).
#include "item/plandocument.h"
#include "item/stakeholdermodel.h"
#include "item/peopleediting.h"
#include "mapfill.h"
#include "testsupport.h"
#include "ui/map/mapedgeitem.h"
#include "ui/map/mapnodeitem.h"
#include "ui/map/mapprinter.h"
#include "ui/map/mapstyle.h"
#include "ui/map/stakeholdermappage.h"
#include "ui/map/stakeholdermapscene.h"
#include "ui/map/stakeholdermapview.h"
#include "ui/stakeholderdialog.h"

#include <QAction>
#include <QImage>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

using namespace keyplan;
using test::fillOf;

using test::pdfPages;
using test::pdfText;
using test::run;
using test::Run;

namespace {

// All character data of an SVG document, joined: what a reader of the file sees as text.
QString svgText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text().toString() + QStringLiteral("\n");
    }
    return xml.hasError() ? QString() : text;
}

AccountId accountNamed(PlanDocument &document, const QString &name)
{
    const QList<Account> accounts = document.accounts();
    for (const Account &account : accounts) {
        if (account.name == name)
            return account.id;
    }
    return 0;
}

StakeholderId personNamed(const StakeholderMapData &map, const QString &name)
{
    for (const Stakeholder &person : map.people) {
        if (person.name == name)
            return person.id;
    }
    return 0;
}

void sendMouse(QWidget *viewport, QEvent::Type type, const QPoint &at, Qt::MouseButton button,
    Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, QPointF(at), viewport->mapToGlobal(QPointF(at)), button, buttons, modifiers);
    QApplication::sendEvent(viewport, &event);
}

} // namespace

class TestStakeholderMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scene_hasEveryPersonEmptySeatsAndLines();
    void scene_coloursRelationshipAndGreysPeopleWhoLeft();
    void scene_showsMarkupAndOddNamesLiterally();
    void scene_routesLinksAroundPeopleWithTheirLabelsInFreeSpace();
    void page_dragMovesAPersonAndUndoPutsThemBack();
    void page_automaticLayoutForgetsPositionsUndoably();
    void page_shiftDragAsksToConnectTwoPeople();
    void page_linksAndReportingLinesAreUndoableAndCyclesRefused();
    void page_arrowKeysWalkTheMap();
    void page_followsTheStakeholderModel();
    void page_doubleClickEditsAPersonAndAnEmptySeatAddsOne();
    void paper_pageSizeFollowsTheLocale();
    void paper_smallMapIsOnePageWithEveryNameAsText();
    void paper_largeMapIsTiledWithAnOverviewAndKeepsEveryName();
    void paper_svgAndPngShowTheWholeMap();
    void paper_printerGetsTheSamePagesAsThePdf();
    void svg_writesTheAccountNameAsText();
    void cli_exportMapWritesWhatPrintPrints();
    void cli_exportMapRefusesAndWritesNothing_data();
    void cli_exportMapRefusesAndWritesNothing();

private:
    QTemporaryDir m_dir;
    QString m_plan;
    std::unique_ptr<PlanDocument> m_document;
};

void TestStakeholderMap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // To look at what the tests wrote: KEYPLAN_KEEP_TEST_FILES=1 keeps the folder, and says where.
    if (qEnvironmentVariableIsSet("KEYPLAN_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo("Test files are kept in %s", qPrintable(m_dir.path()));
    }
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
        "pdftotext (poppler-utils) is needed; scripts/test.sh installs it");
}

void TestStakeholderMap::init()
{
    m_plan = test::newPlanLocation(m_dir, QStringLiteral("%1.keyplan").arg(QTest::currentTestFunction()));
    QFile::remove(m_plan);
    QVERIFY(test::writeSamplePlan(m_plan));
    m_document = test::openDocument(m_plan);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
}

void TestStakeholderMap::cleanup()
{
    m_document.reset();
}

void TestStakeholderMap::scene_hasEveryPersonEmptySeatsAndLines()
{
    const AccountId brightwater = accountNamed(*m_document, QStringLiteral("Brightwater Utilities"));
    const StakeholderMapData map = m_document->stakeholderMap(brightwater);
    QVERIFY(!map.people.isEmpty());
    QVERIFY(map.coverage.emptySeats.contains(QStringLiteral("economic_buyer")));
    StakeholderMapScene scene(true);
    scene.setMap(map);
    for (const Stakeholder &person : map.people) {
        QVERIFY(scene.node(person.id));
        QCOMPARE(scene.node(person.id)->name(), person.name);
    }
    MapNodeItem *seat = scene.seatNode(QStringLiteral("economic_buyer"));
    QVERIFY(seat);
    QVERIFY(seat->isSeat());
    QCOMPARE(scene.nodeItems().size(), map.people.size() + map.coverage.emptySeats.size());
    const QList<MapNodeItem *> nodes = scene.nodeItems();
    for (int i = 0; i < nodes.size(); ++i) {
        for (int j = i + 1; j < nodes.size(); ++j)
            QVERIFY(!nodes.at(i)->nodeRect().intersects(nodes.at(j)->nodeRect()));
    }
    int reporting = 0;
    int links = 0;
    const QList<MapEdgeItem *> edges = scene.edgeItems();
    for (const MapEdgeItem *edge : edges) {
        if (edge->kind() == MapEdgeItem::Kind::ReportsTo) {
            ++reporting;
            QVERIFY(edge->to()->nodeRect().top() > edge->from()->nodeRect().bottom()); // below the manager
        } else {
            ++links;
        }
    }
    int managed = 0;
    for (const Stakeholder &person : map.people)
        managed += person.reportsTo ? 1 : 0;
    QCOMPARE(reporting, managed);
    QCOMPARE(links, map.links.size());
}

// On every key account's map: a link passes through no one else's box, and its label covers no
// box (Quayside's "shift pattern talks" ran under two people and vanished).
void TestStakeholderMap::scene_routesLinksAroundPeopleWithTheirLabelsInFreeSpace()
{
    int links = 0;
    int labels = 0;
    QStringList crossings;
    for (const Account &account : m_document->accounts()) {
        if (!account.isKey)
            continue;
        StakeholderMapScene scene(false);
        scene.setMap(m_document->stakeholderMap(account.id));
        const QList<MapNodeItem *> nodes = scene.nodeItems();
        for (const MapEdgeItem *edge : scene.edgeItems()) {
            if (edge->kind() == MapEdgeItem::Kind::ReportsTo)
                continue;
            ++links;
            const QString what = account.name + QStringLiteral(": ") + edge->from()->name() + QStringLiteral(" → ")
                + edge->to()->name();
            for (const MapNodeItem *node : nodes) {
                if (node == edge->from() || node == edge->to())
                    continue;
                const QRectF box = node->nodeRect().adjusted(2, 2, -2, -2);
                for (int step = 1; step < 64; ++step) {
                    if (box.contains(edge->mapToScene(edge->path().pointAtPercent(step / 64.0)))) {
                        crossings.append(what + QStringLiteral(" crosses ") + node->name());
                        break;
                    }
                }
                if (!edge->labelRect().isEmpty())
                    QVERIFY2(!box.intersects(edge->mapRectToScene(edge->labelRect())),
                        qPrintable(what + QStringLiteral(": its label covers ") + node->name()));
            }
            labels += edge->labelRect().isEmpty() ? 0 : 1;
        }
    }
    QVERIFY2(crossings.isEmpty(), qPrintable(crossings.join(QStringLiteral("; "))));
    QVERIFY(links >= 10);
    QVERIFY(labels >= 5);
}

void TestStakeholderMap::scene_coloursRelationshipAndGreysPeopleWhoLeft()
{
    const AccountId kestrel = accountNamed(*m_document, QStringLiteral("Kestrel Aviation Services"));
    const StakeholderMapData map = m_document->stakeholderMap(kestrel);
    StakeholderMapScene scene(false);
    scene.setMap(map);
    bool sawLeft = false;
    for (const Stakeholder &person : map.people) {
        const QColor expected
            = person.hasLeft() ? mapstyle::departedFill(mapstyle::Surface::Paper)
                               : mapstyle::fill(person.relationship, mapstyle::Surface::Paper);
        QCOMPARE(fillOf(scene, scene.node(person.id)), expected);
        sawLeft = sawLeft || person.hasLeft();
    }
    QVERIFY(sawLeft); // the champion who just left is on the map, greyed, not deleted
}

void TestStakeholderMap::scene_showsMarkupAndOddNamesLiterally()
{
    const AccountId oakridge = accountNamed(*m_document, QStringLiteral("Oakridge Academies Trust"));
    const QStringList names {QStringLiteral("<b>Bold</b> & Co <img src=file:///etc/passwd>"),
        QStringLiteral("Zoë Ng 😀"), QStringLiteral("דוד לוי"), QStringLiteral("Fiona Flynn")};
    for (const QString &name : names) {
        Stakeholder person;
        person.accountId = oakridge;
        person.name = name;
        person.title = QString(300, QLatin1Char('t'));
        person.layer = BuyingLayer::UsersAndAdmins;
        PeopleEditing::of(m_document.get())->addStakeholder(person);
    }
    const StakeholderMapData map = m_document->stakeholderMap(oakridge);
    StakeholderMapScene scene(true);
    scene.setMap(map);
    const StakeholderId markup = personNamed(map, names.at(0));
    QVERIFY(markup);
    QCOMPARE(scene.node(markup)->name(), names.at(0));
    const QString tooltip = scene.node(markup)->toolTip();
    QVERIFY(tooltip.contains(
        QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; &amp; Co &lt;img src=file:///etc/passwd&gt;")));
    QVERIFY(!tooltip.contains(QStringLiteral("<img")));
    QVERIFY(tooltip.contains(QString(300, QLatin1Char('t')))); // the whole title, where the box elides it

    const QString pdf = m_dir.filePath(QStringLiteral("odd.pdf"));
    QString error;
    QVERIFY2(
        exportMap(map, pdf, defaultMapPageLayout(QLocale(QLocale::English, QLocale::UnitedKingdom)), &error),
        qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("<b>Bold</b> & Co"))); // literally, tags and all (then elided)
    QVERIFY(text.contains(QStringLiteral("Zoë Ng"))); // the emoji itself has no glyph in the PDF's fonts
    QVERIFY(text.contains(QStringLiteral("Fiona Flynn"))); // no "fl" ligature in searchable text
    const QString svg = m_dir.filePath(QStringLiteral("odd.svg"));
    QVERIFY2(exportMap(map, svg, defaultMapPageLayout(), &error), qPrintable(error));
    const QString drawn = svgText(svg);
    for (const QString &name : names)
        QVERIFY2(drawn.contains(name.left(14)), qPrintable(name)); // the long one is elided in its box
}

void TestStakeholderMap::svg_writesTheAccountNameAsText()
{
    // The account name went into <title> unescaped: "&" made invalid XML, and this name a live
    // <script> element.
    const AccountId oakridge = accountNamed(*m_document, QStringLiteral("Oakridge Academies Trust"));
    StakeholderMapData map = m_document->stakeholderMap(oakridge);
    map.accountName = QStringLiteral("Fenwick & Hale</title><script>alert('x')</script><title> ]]> \"q\"");
    const QString svg = m_dir.filePath(QStringLiteral("crafted.svg"));
    QString error;
    QVERIFY2(exportMap(map, svg, defaultMapPageLayout(), &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList elements;
    QString title;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        elements.append(xml.name().toString());
        if (xml.name() == QLatin1String("title"))
            title = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(!elements.contains(QStringLiteral("script")));
    QCOMPARE(elements.count(QStringLiteral("title")), 1);
    QCOMPARE(title, QStringLiteral("%1: stakeholder map").arg(map.accountName));
    QVERIFY2(test::xmlWellFormed(svg), "xmllint refuses the SVG");
}

void TestStakeholderMap::page_dragMovesAPersonAndUndoPutsThemBack()
{
    const AccountId albion = accountNamed(*m_document, QStringLiteral("Albion Health NHS Trust"));
    StakeholderModel model(m_document.get());
    StakeholderMapPage page;
    page.resize(1200, 800);
    page.setDocument(m_document.get(), &model);
    model.setAccount(albion);
    page.setAccount(albion);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.view()->setZoom(1.0);

    const StakeholderId graham = personNamed(page.scene()->map(), QStringLiteral("Graham Fletcher"));
    MapNodeItem *node = page.scene()->node(graham);
    QVERIFY(node);
    const QPointF before = node->pos();
    page.view()->centerOn(node);
    QWidget *viewport = page.view()->viewport();
    const QPoint start = page.view()->mapFromScene(node->nodeRect().center());
    sendMouse(viewport, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 6; ++step)
        sendMouse(
            viewport, QEvent::MouseMove, start + QPoint(step * 10, step * 5), Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, start + QPoint(60, 30), Qt::LeftButton, Qt::NoButton);

    const Stakeholder *moved = m_document->stakeholderMap(albion).person(graham);
    StakeholderMapData after = m_document->stakeholderMap(albion);
    QVERIFY(after.person(graham)->mapPosition);
    QCOMPARE(*after.person(graham)->mapPosition, before + QPointF(60, 30));
    QCOMPARE(page.scene()->node(graham)->pos(), before + QPointF(60, 30)); // redrawn where it was dropped
    Q_UNUSED(moved)
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Move a person on the map"));
    m_document->undoStack()->undo();
    QVERIFY(!m_document->stakeholderMap(albion).person(graham)->mapPosition);
    QCOMPARE(page.scene()->node(graham)->pos(), before);
    m_document->undoStack()->redo();
    QCOMPARE(page.scene()->node(graham)->pos(), before + QPointF(60, 30));
}

void TestStakeholderMap::page_automaticLayoutForgetsPositionsUndoably()
{
    const AccountId albion = accountNamed(*m_document, QStringLiteral("Albion Health NHS Trust"));
    StakeholderModel model(m_document.get());
    StakeholderMapPage page;
    page.setDocument(m_document.get(), &model);
    page.setAccount(albion);
    page.show(); // a hidden map draws itself only when shown
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.automaticLayoutAction()->isEnabled()); // nobody placed by hand yet
    const QList<Stakeholder> people = page.scene()->map().people;
    QVERIFY(people.size() >= 2);
    const QPointF automatic = page.scene()->automaticPosition(people.at(0).id);
    PeopleEditing::of(m_document.get())->moveOnMap(
        albion, {{people.at(0).id, QPointF(-500, 900)}, {people.at(1).id, QPointF(1500, -80)}});
    QCOMPARE(page.scene()->node(people.at(0).id)->pos(), QPointF(-500, 900));
    QVERIFY(page.automaticLayoutAction()->isEnabled());
    page.automaticLayoutAction()->trigger();
    QCOMPARE(page.scene()->node(people.at(0).id)->pos(), automatic);
    for (const Stakeholder &person : m_document->stakeholderMap(albion).people)
        QVERIFY(!person.mapPosition);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Automatic layout"));
    m_document->undoStack()->undo();
    QCOMPARE(page.scene()->node(people.at(1).id)->pos(), QPointF(1500, -80));
}

void TestStakeholderMap::page_shiftDragAsksToConnectTwoPeople()
{
    const AccountId albion = accountNamed(*m_document, QStringLiteral("Albion Health NHS Trust"));
    StakeholderModel model(m_document.get());
    StakeholderMapPage page;
    page.resize(1400, 900);
    page.setDocument(m_document.get(), &model);
    page.setAccount(albion);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.view()->setZoom(0.5);
    page.view()->centerOn(page.scene()->mapRect().center());
    const StakeholderMapData &map = page.scene()->map();
    const StakeholderId from = personNamed(map, QStringLiteral("Ian Moss"));
    const StakeholderId to = personNamed(map, QStringLiteral("Graham Fletcher"));
    QSignalSpy asked(page.view(), &StakeholderMapView::connectRequested);
    QWidget *viewport = page.view()->viewport();
    const QPoint a = page.view()->mapFromScene(page.scene()->node(from)->nodeRect().center());
    const QPoint b = page.view()->mapFromScene(page.scene()->node(to)->nodeRect().center());
    QVERIFY(viewport->rect().contains(a) && viewport->rect().contains(b));
    sendMouse(viewport, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
    QVERIFY(page.view()->isConnecting());
    sendMouse(viewport, QEvent::MouseMove, (a + b) / 2, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    // The menu that asks how the two are connected would block the test; answer through the spy.
    QObject::disconnect(page.view(), &StakeholderMapView::connectRequested, &page, nullptr);
    sendMouse(viewport, QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toLongLong(), from);
    QCOMPARE(asked.at(0).at(1).toLongLong(), to);
    QVERIFY(!page.view()->isConnecting());
    // Nothing was written by the gesture alone; nobody's node moved.
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestStakeholderMap::page_linksAndReportingLinesAreUndoableAndCyclesRefused()
{
    const AccountId albion = accountNamed(*m_document, QStringLiteral("Albion Health NHS Trust"));
    StakeholderModel model(m_document.get());
    StakeholderMapPage page;
    page.setDocument(m_document.get(), &model);
    page.setAccount(albion);
    page.show(); // a hidden map draws itself only when shown
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const StakeholderMapData map = page.scene()->map();
    const StakeholderId ian = personNamed(map, QStringLiteral("Ian Moss"));
    const StakeholderId graham = personNamed(map, QStringLiteral("Graham Fletcher"));
    const StakeholderId olu = personNamed(map, QStringLiteral("Olu Martins"));
    QVERIFY(ian && graham && olu);
    const int links = int(map.links.size());
    const int edges = int(page.scene()->edgeItems().size());

    page.connectPeople(ian, graham, LinkKind::Influence, QStringLiteral("  union rep & ally  "));
    QCOMPARE(page.scene()->map().links.size(), links + 1);
    QCOMPARE(page.scene()->map().links.constLast().label, QStringLiteral("union rep & ally"));
    QCOMPARE(page.scene()->edgeItems().size(), edges + 1);
    m_document->undoStack()->undo();
    QCOMPARE(page.scene()->map().links.size(), links);
    m_document->undoStack()->redo();
    QCOMPARE(page.scene()->map().links.size(), links + 1);

    page.makeReport(ian, olu);
    QCOMPARE(page.scene()->map().person(ian)->reportsTo, std::optional<StakeholderId>(olu));
    QVERIFY(page.scene()->node(ian)->nodeRect().top() > page.scene()->node(olu)->nodeRect().bottom());
    m_document->undoStack()->undo();
    QVERIFY(!page.scene()->map().person(ian)->reportsTo);

    // Olu reports to Graham: Graham reporting to Olu would be a cycle.
    QCOMPARE(page.scene()->map().person(olu)->reportsTo, std::optional<StakeholderId>(graham));
    QSignalSpy refused(m_document.get(), &PlanDocument::writeFailed);
    const int steps = m_document->undoStack()->count();
    page.makeReport(graham, olu);
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("Graham Fletcher")));
    QCOMPARE(m_document->undoStack()->count(), steps);
    QVERIFY(!page.scene()->map().person(graham)->reportsTo);

    // Removing the link from its line's context menu action.
    const StakeholderLink added = page.scene()->map().links.constLast();
    PeopleEditing::of(m_document.get())->removeStakeholderLink(added);
    QCOMPARE(page.scene()->map().links.size(), links);
    m_document->undoStack()->undo();
    QCOMPARE(page.scene()->map().links.size(), links + 1);
}

void TestStakeholderMap::page_arrowKeysWalkTheMap()
{
    const AccountId albion = accountNamed(*m_document, QStringLiteral("Albion Health NHS Trust"));
    StakeholderModel model(m_document.get());
    StakeholderMapPage page;
    page.resize(1200, 800);
    page.setDocument(m_document.get(), &model);
    page.setAccount(albion);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy selected(&page, &StakeholderMapPage::personSelected);
    const StakeholderMapData &map = page.scene()->map();
    const StakeholderId nadia = personNamed(map, QStringLiteral("Prof. Nadia Rahman"));
    const StakeholderId siobhan = personNamed(map, QStringLiteral("Siobhan Kelly"));
    page.view()->setFocus();
    page.view()->selectNode(page.scene()->node(nadia));
    QTest::keyClick(page.view(), Qt::Key_Down);
    QVERIFY(page.scene()->node(siobhan)->isSelected());
    QVERIFY(!page.scene()->node(nadia)->isSelected());
    QCOMPARE(selected.constLast().at(0).toLongLong(), siobhan);
    QTest::keyClick(page.view(), Qt::Key_Up);
    QVERIFY(page.scene()->node(nadia)->isSelected());
    QTest::keyClick(page.view(), Qt::Key_Right);
    QVERIFY(!page.scene()->node(nadia)->isSelected());
    QVERIFY(page.scene()->selectedItems().size() == 1);
    const qreal zoom = page.view()->zoom();
    QTest::keyClick(page.view(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(page.view()->zoom() > zoom);
}

void TestStakeholderMap::page_followsTheStakeholderModel()
{
    const AccountId albion = accountNamed(*m_document, QStringLiteral("Albion Health NHS Trust"));
    StakeholderModel model(m_document.get());
    StakeholderMapPage page;
    page.setDocument(m_document.get(), &model);
    model.setAccount(albion);
    page.setAccount(albion);
    page.show(); // a hidden map draws itself only when shown
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int nodes = int(page.scene()->nodeItems().size());
    // An edit made in the table (the other view of the same model) shows on the map.
    const int row = 0;
    const StakeholderId id = model.stakeholderIdAt(row);
    QVERIFY(model.setData(model.index(row, StakeholderModel::Name), QStringLiteral("Renamed in the table")));
    QCOMPARE(page.scene()->node(id)->name(), QStringLiteral("Renamed in the table"));
    Stakeholder person;
    person.accountId = albion;
    person.name = QStringLiteral("New Person");
    PeopleEditing::of(m_document.get())->addStakeholder(person);
    QCOMPARE(page.scene()->nodeItems().size(), nodes + 1);
    // Behind another tab the map waits, then catches up when it is shown again.
    page.hide();
    m_document->undoStack()->undo();
    QCOMPARE(page.scene()->nodeItems().size(), nodes + 1);
    page.show();
    QCOMPARE(page.scene()->nodeItems().size(), nodes);
}

// Answers the next modal dialog of type T with `answer`, once it is shown.
template<typename T, typename Answer> void answerDialog(Answer answer)
{
    QTimer::singleShot(0, [answer] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        answer(dialog);
    });
}

void TestStakeholderMap::page_doubleClickEditsAPersonAndAnEmptySeatAddsOne()
{
    const AccountId brightwater = accountNamed(*m_document, QStringLiteral("Brightwater Utilities"));
    StakeholderModel model(m_document.get());
    StakeholderMapPage page;
    page.resize(1400, 900);
    page.setDocument(m_document.get(), &model);
    page.setAccount(brightwater);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.view()->setZoom(0.5);
    page.view()->centerOn(page.scene()->mapRect().center());
    QWidget *viewport = page.view()->viewport();

    // Double-click a person: their dialog; a new title is one undoable edit.
    const Stakeholder first = page.scene()->map().people.constFirst();
    answerDialog<StakeholderDialog>([](StakeholderDialog *dialog) {
        QCOMPARE(dialog->nameField()->text().isEmpty(), false);
        dialog->findChildren<QLineEdit *>().at(1)->setText(QStringLiteral("Chief <Everything> Officer"));
        dialog->accept();
    });
    QTest::mouseDClick(viewport, Qt::LeftButton, {},
        page.view()->mapFromScene(page.scene()->node(first.id)->nodeRect().center()));
    QCOMPARE(page.scene()->map().person(first.id)->title, QStringLiteral("Chief <Everything> Officer"));
    m_document->undoStack()->undo();
    QCOMPARE(page.scene()->map().person(first.id)->title, first.title);

    // Double-click the empty economic buyer seat: a new person who fills it.
    MapNodeItem *seat = page.scene()->seatNode(QStringLiteral("economic_buyer"));
    QVERIFY(seat);
    const int people = int(page.scene()->map().people.size());
    answerDialog<StakeholderDialog>([](StakeholderDialog *dialog) {
        QVERIFY(dialog->nameField()->text().isEmpty());
        dialog->nameField()->setText(QStringLiteral("Nadia Brennan"));
        dialog->accept();
    });
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, page.view()->mapFromScene(seat->nodeRect().center()));
    QCOMPARE(page.scene()->map().people.size(), people + 1);
    const Stakeholder *added
        = page.scene()->map().person(personNamed(page.scene()->map(), QStringLiteral("Nadia Brennan")));
    QVERIFY(added);
    QCOMPARE(added->layer, BuyingLayer::EconomicBuyer);
    QVERIFY(!page.scene()->seatNode(QStringLiteral("economic_buyer"))); // the seat is filled
    m_document->undoStack()->undo();
    QVERIFY(page.scene()->seatNode(QStringLiteral("economic_buyer")));
}

void TestStakeholderMap::paper_pageSizeFollowsTheLocale()
{
    QCOMPARE(defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(), QPageSize::Letter);
    QCOMPARE(defaultPageSize(QLocale(QLocale::French, QLocale::Canada)).id(), QPageSize::Letter);
    QCOMPARE(defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(), QPageSize::A4);
    QCOMPARE(defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    QCOMPARE(defaultMapPageLayout().orientation(), QPageLayout::Landscape);
}

void TestStakeholderMap::paper_smallMapIsOnePageWithEveryNameAsText()
{
    const AccountId oakridge = accountNamed(*m_document, QStringLiteral("Oakridge Academies Trust"));
    const StakeholderMapData map = m_document->stakeholderMap(oakridge);
    const QString pdf = m_dir.filePath(QStringLiteral("oakridge.pdf"));
    QString error;
    QPageLayout letter = defaultMapPageLayout();
    letter.setPageSize(QPageSize(QPageSize::Letter));
    QVERIFY2(exportMap(map, pdf, letter, &error), qPrintable(error));
    QCOMPARE(pdfPages(pdf), 1);
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.out.contains("792 x 612 pts")); // Letter, landscape
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Oakridge Academies Trust")));
    QVERIFY(text.contains(QStringLiteral("Stakeholder map")));
    QVERIFY(text.contains(QStringLiteral("single-threaded")));
    QVERIFY(text.contains(QStringLiteral("Relationship"))); // the legend
    for (const Stakeholder &person : map.people)
        QVERIFY2(text.contains(person.name), qPrintable(person.name));
    // Vector: text is text and there is no picture of the map in the file.
    const Run images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QCOMPARE(images.exitCode, 0);
    QCOMPARE(images.out.trimmed().split('\n').size(), 2); // the header lines only
}

void TestStakeholderMap::paper_largeMapIsTiledWithAnOverviewAndKeepsEveryName()
{
    const AccountId calder = accountNamed(*m_document, QStringLiteral("Marlow Events")); // no map of its own
    m_document.reset();
    QVERIFY(test::addSyntheticMap(m_plan, calder, 300));
    m_document = test::openDocument(m_plan);
    m_document->setAsOf(test::sampleAsOf);
    const StakeholderMapData map = m_document->stakeholderMap(calder);
    QCOMPARE(map.people.size(), 300);
    StakeholderMapScene scene(false);
    scene.setMap(map);
    const QPageLayout a4 = defaultMapPageLayout(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const MapPagePlan plan = planMapPages(scene, a4.paintRect(QPageLayout::Point).size());
    QVERIFY(plan.tiled());
    QVERIFY(plan.scale >= 0.55); // readable, which is why it tiles
    const QString pdf = m_dir.filePath(QStringLiteral("calder.pdf"));
    QString error;
    QVERIFY2(exportMap(map, pdf, a4, &error), qPrintable(error));
    QCOMPARE(pdfPages(pdf), plan.pageCount());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Overview · page 1 of %1").arg(plan.pageCount())));
    QVERIFY(text.contains(QStringLiteral("continues on page 3")));
    for (const Stakeholder &person : map.people)
        QVERIFY2(text.contains(person.name), qPrintable(person.name));
}

void TestStakeholderMap::paper_svgAndPngShowTheWholeMap()
{
    const AccountId meridian = accountNamed(*m_document, QStringLiteral("Meridian Retail Group"));
    const StakeholderMapData map = m_document->stakeholderMap(meridian);
    QVERIFY(map.people.size() >= 40);
    QString error;
    const QString svg = m_dir.filePath(QStringLiteral("meridian.svg"));
    QVERIFY2(exportMap(map, svg, defaultMapPageLayout(), &error), qPrintable(error));
    const QString text = svgText(svg);
    QVERIFY(text.contains(QStringLiteral("Meridian Retail Group")));
    for (const Stakeholder &person : map.people)
        QVERIFY2(text.contains(person.name), qPrintable(person.name));

    const QString png = m_dir.filePath(QStringLiteral("meridian.png"));
    QVERIFY2(exportMap(map, png, defaultMapPageLayout(), &error), qPrintable(error));
    const QImage image(png);
    StakeholderMapScene scene(false);
    scene.setMap(map);
    QCOMPARE(image.size(), (mapSheetSize(scene) * 2).toSize());
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
}

void TestStakeholderMap::paper_printerGetsTheSamePagesAsThePdf()
{
    const AccountId meridian = accountNamed(*m_document, QStringLiteral("Meridian Retail Group"));
    const StakeholderMapData map = m_document->stakeholderMap(meridian);
    const QPageLayout a4 = defaultMapPageLayout(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString viaWriter = m_dir.filePath(QStringLiteral("writer.pdf"));
    QString error;
    QVERIFY2(exportMap(map, viaWriter, a4, &error), qPrintable(error));
    // What File > Print does, to a PDF printer so the test can read it.
    const QString viaPrinter = m_dir.filePath(QStringLiteral("printer.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(viaPrinter);
        printer.setPageLayout(a4);
        QVERIFY(paintMapPages(&printer, map, &error));
    }
    QCOMPARE(pdfPages(viaPrinter), pdfPages(viaWriter));
    const QString printed = pdfText(viaPrinter);
    for (const Stakeholder &person : map.people)
        QVERIFY2(printed.contains(person.name), qPrintable(person.name));
    QCOMPARE(run(QStringLiteral("pdfinfo"), {viaPrinter}).out.contains("842 x 595 pts"), true);
}

void TestStakeholderMap::cli_exportMapWritesWhatPrintPrints()
{
    m_document.reset();
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    const Run done = run(test::keyplanBinary(),
        {QStringLiteral("export-map"), m_plan, QStringLiteral("--account"),
            QStringLiteral("kestrel aviation services"), QStringLiteral("-o"), pdf,
            QStringLiteral("--page-size"), QStringLiteral("letter"), QStringLiteral("--as-of"),
            QStringLiteral("2026-11-23")});
    QVERIFY2(done.exitCode == 0, done.err.constData());
    {
        // The command paginates exactly as printing does.
        m_document = test::openDocument(m_plan);
        StakeholderMapScene scene(false);
        scene.setMap(m_document->stakeholderMap(
            accountNamed(*m_document, QStringLiteral("Kestrel Aviation Services"))));
        QPageLayout letter = defaultMapPageLayout();
        letter.setPageSize(QPageSize(QPageSize::Letter));
        QCOMPARE(pdfPages(pdf), planMapPages(scene, letter.paintRect(QPageLayout::Point).size()).pageCount());
        m_document.reset();
    }
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Kestrel Aviation Services")));
    QVERIFY(text.contains(QStringLiteral("Helen Marsh"))); // the champion who left, greyed but there
    QVERIFY(text.contains(QStringLiteral("23 November 2026")));
    const QString svg = m_dir.filePath(QStringLiteral("cli.svg"));
    QCOMPARE(run(test::keyplanBinary(),
                 {QStringLiteral("export-map"), m_plan, QStringLiteral("--account=Kestrel Aviation Services"),
                     QStringLiteral("--output"), svg})
                 .exitCode,
        0);
    QVERIFY(svgText(svg).contains(QStringLiteral("Helen Marsh")));
}

void TestStakeholderMap::cli_exportMapRefusesAndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown account") << QStringList {QStringLiteral("--account"),
        QStringLiteral("Nobody Ltd")} << 1;
    QTest::newRow("no account") << QStringList {} << 2;
    QTest::newRow("bad page size") << QStringList {QStringLiteral("--account"),
        QStringLiteral("Calder Foods"), QStringLiteral("--page-size"), QStringLiteral("a7")}
                                   << 2;
}

void TestStakeholderMap::cli_exportMapRefusesAndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    m_document.reset();
    const QString out = m_dir.filePath(QStringLiteral("refused.pdf"));
    QFile::remove(out);
    const Run refused = run(test::keyplanBinary(),
        QStringList {QStringLiteral("export-map"), m_plan, QStringLiteral("-o"), out} + arguments);
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY(!refused.err.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
    // An existing file is left as it was.
    QFile existing(out);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    QCOMPARE(run(test::keyplanBinary(),
                 QStringList {QStringLiteral("export-map"), m_plan, QStringLiteral("-o"), out} + arguments)
                 .exitCode,
        exitCode);
    QFile kept(out);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me"));
    const Run wrongSuffix = run(test::keyplanBinary(),
        {QStringLiteral("export-map"), m_plan, QStringLiteral("--account"), QStringLiteral("Calder Foods"),
            QStringLiteral("-o"), m_dir.filePath(QStringLiteral("map.docx"))});
    QCOMPARE(wrongSuffix.exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("map.docx"))));
}

QTEST_MAIN(TestStakeholderMap)
#include "tst_stakeholdermap.moc"
