// A steady stakeholder map: adding a person, removing one or marking one as left moves nobody
// else on the map (on screen, and so on paper); a newcomer lands in free space near their manager.
#include "domain/mapplacement.h"
#include "item/accountediting.h"
#include "item/mapediting.h"
#include "item/plandocument.h"
#include "item/stakeholdermodel.h"
#include "item/peopleediting.h"
#include "storage/plandatabase.h"
#include "testsupport.h"
#include "ui/map/mapedgeitem.h"
#include "ui/map/mapnodeitem.h"
#include "ui/map/maproutes.h"
#include "ui/map/stakeholdermappage.h"
#include "ui/map/stakeholdermapscene.h"

#include <QAction>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

namespace {

const MapLayoutMetrics metrics;

// Where every person's box is on the scene, by id.
QHash<StakeholderId, QPointF> positionsOn(const StakeholderMapScene &scene)
{
    QHash<StakeholderId, QPointF> positions;
    const QList<MapNodeItem *> nodes = scene.nodeItems();
    for (const MapNodeItem *node : nodes) {
        if (!node->isSeat())
            positions.insert(node->stakeholderId(), node->pos());
    }
    return positions;
}

// The people whose box is no longer where it was.
QStringList moved(const StakeholderMapScene &scene, const QHash<StakeholderId, QPointF> &before)
{
    QStringList names;
    const QHash<StakeholderId, QPointF> after = positionsOn(scene);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.contains(it.key()) && after.value(it.key()) != it.value())
            names.append(scene.map().person(it.key())->name);
    }
    return names;
}

// How many people the automatic layout alone would move if `people` became `changed`.
int movedByTheLayout(const QList<Stakeholder> &people, const QList<Stakeholder> &changed)
{
    const MapPlacements before = placeMap(people, {});
    const MapPlacements after = placeMap(changed, {});
    int moved = 0;
    for (auto it = before.shown.cbegin(); it != before.shown.cend(); ++it)
        moved += after.shown.contains(it.key()) && after.shown.value(it.key()) != it.value() ? 1 : 0;
    return moved;
}

// The manager under whom one more report would shift the most people in the automatic layout.
StakeholderId worstManagerToAddUnder(const QList<Stakeholder> &people, const Stakeholder &newcomer)
{
    StakeholderId worst = 0;
    int most = 0;
    for (const Stakeholder &manager : people) {
        QList<Stakeholder> changed = people;
        changed.append(newcomer);
        changed.last().id = 999999;
        changed.last().reportsTo = manager.id;
        const int moved = movedByTheLayout(people, changed);
        if (moved > most) {
            most = moved;
            worst = manager.id;
        }
    }
    return worst;
}

// The person whose removal would shift the most people in the automatic layout.
StakeholderId worstToRemove(const QList<Stakeholder> &people)
{
    StakeholderId worst = 0;
    int most = 0;
    for (qsizetype i = 0; i < people.size(); ++i) {
        QList<Stakeholder> changed = people;
        changed.removeAt(i);
        for (Stakeholder &person : changed) {
            if (person.reportsTo == people.at(i).id)
                person.reportsTo.reset(); // as the database does
        }
        const int moved = movedByTheLayout(people, changed);
        if (moved > most) {
            most = moved;
            worst = people.at(i).id;
        }
    }
    return worst;
}

// The manager with the most direct reports.
const Stakeholder *busiestManager(const StakeholderMapData &map)
{
    QHash<StakeholderId, int> reports;
    for (const Stakeholder &person : map.people) {
        if (person.reportsTo)
            ++reports[*person.reportsTo];
    }
    const Stakeholder *busiest = nullptr;
    for (const Stakeholder &person : map.people) {
        if (reports.value(person.id) > (busiest ? reports.value(busiest->id) : 0))
            busiest = &person;
    }
    return busiest;
}

bool overlapsSomeone(const StakeholderMapScene &scene, StakeholderId id)
{
    const QRectF box = scene.node(id)->nodeRect();
    const QList<MapNodeItem *> nodes = scene.nodeItems();
    for (const MapNodeItem *node : nodes) {
        if (node->stakeholderId() != id && node->nodeRect().intersects(box))
            return true;
    }
    return false;
}

// The reporting lines that pass through someone else's box.
QStringList linesThroughBoxes(const StakeholderMapScene &scene)
{
    QStringList through;
    const QList<MapEdgeItem *> edges = scene.edgeItems();
    const QList<MapNodeItem *> nodes = scene.nodeItems();
    for (const MapEdgeItem *edge : edges) {
        if (edge->kind() != MapEdgeItem::Kind::ReportsTo)
            continue;
        QList<QRectF> others;
        for (const MapNodeItem *node : nodes) {
            if (node != edge->from() && node != edge->to())
                others.append(node->nodeRect());
        }
        if (crossings(edge->path(), others) > 0)
            through.append(scene.map().person(edge->to()->stakeholderId())->name);
    }
    return through;
}

// An account's map page on screen (a hidden map draws itself only when shown).
struct ShownMap
{
    ShownMap(PlanDocument *document, AccountId id)
        : model(document)
    {
        page.setDocument(document, &model);
        page.setAccount(id);
        page.show();
    }
    StakeholderModel model;
    StakeholderMapPage page;
};

} // namespace

class TestMapEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addingAPersonMovesNobodyElse_data();
    void addingAPersonMovesNobodyElse();
    void removingAPersonMovesNobodyElse();
    void markingSomeoneAsLeftMovesNobody();
    void theFirstPersonOnAnEmptyMapIsLaidOutAutomatically();
    void readOnlyPlanRefusesAndPinsNobody();

    void freeSpot_firstReportGoesUnderTheManager();
    void freeSpot_nextReportJoinsTheRowOrTheColumn();
    void freeSpot_preferredSpotWhenFree();
    void freeSpot_neverOnAnotherBoxOfACrowdedMap();
    void seatsStandAsideFromPeoplePlacedByHand();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

void TestMapEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMapEditing::init()
{
    const QString plan = test::newPlanLocation(m_dir, QStringLiteral("%1.keyplan").arg(QTest::currentTestFunction()));
    QFile::remove(plan);
    QVERIFY(test::writeSamplePlan(plan));
    m_document = test::openDocument(plan);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
}

void TestMapEditing::cleanup()
{
    m_document.reset();
}

void TestMapEditing::addingAPersonMovesNobodyElse_data()
{
    QTest::addColumn<QString>("account");
    QTest::newRow("Meridian, 42 people") << QStringLiteral("Meridian Retail Group");
    QTest::newRow("Albion") << QStringLiteral("Albion Health NHS Trust");
    QTest::newRow("Northgate") << QStringLiteral("Northgate Logistics");
}

void TestMapEditing::addingAPersonMovesNobodyElse()
{
    QFETCH(QString, account);
    const AccountId id = test::accountNamed(*m_document, account);
    QVERIFY(id);
    ShownMap shown(m_document.get(), id);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.page));
    StakeholderMapPage &page = shown.page;
    StakeholderMapScene &scene = *page.scene();
    const QHash<StakeholderId, QPointF> before = positionsOn(scene);
    const int steps = m_document->undoStack()->count();

    Stakeholder newcomer;
    newcomer.accountId = id;
    newcomer.name = QStringLiteral("Aaron Abbott"); // first in every alphabetical order
    // Under the manager where the automatic layout would shift the most people.
    const StakeholderId managerId = worstManagerToAddUnder(scene.map().people, newcomer);
    QVERIFY2(managerId, "somewhere, one more person must shift the automatic layout");
    newcomer.reportsTo = managerId;
    MapEditing::addPerson(m_document.get(), newcomer);

    QCOMPARE(scene.map().people.size(), before.size() + 1);
    QCOMPARE(moved(scene, before), QStringList());
    StakeholderId added = 0;
    for (const Stakeholder &person : scene.map().people) {
        if (person.name == newcomer.name)
            added = person.id;
    }
    QVERIFY(added);
    QVERIFY(!overlapsSomeone(scene, added));
    QCOMPARE(linesThroughBoxes(scene), QStringList());
    QVERIFY(scene.node(added)->nodeRect().top() > scene.node(managerId)->nodeRect().bottom());
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Add Aaron Abbott to the map"));
    QVERIFY(page.automaticLayoutAction()->isEnabled()); // tidying the map is one click away

    // Undo takes the newcomer away and leaves the map to the automatic layout, as it was.
    m_document->undoStack()->undo();
    QCOMPARE(scene.map().people.size(), before.size());
    QCOMPARE(moved(scene, before), QStringList());
    for (const Stakeholder &person : scene.map().people)
        QVERIFY2(!person.mapPosition, qPrintable(person.name));

    // Without the pins, the same newcomer under the automatic layout would have moved people:
    // the check above is one that can fail.
    PeopleEditing::of(m_document.get())->addStakeholder(newcomer);
    QVERIFY(!moved(scene, before).isEmpty());
}

void TestMapEditing::removingAPersonMovesNobodyElse()
{
    const AccountId id = test::accountNamed(*m_document, QStringLiteral("Meridian Retail Group"));
    ShownMap shown(m_document.get(), id);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.page));
    StakeholderMapPage &page = shown.page;
    StakeholderMapScene &scene = *page.scene();
    QHash<StakeholderId, QPointF> before = positionsOn(scene);
    const StakeholderId leaving = worstToRemove(scene.map().people);
    QVERIFY2(leaving, "someone's removal must shift the automatic layout");
    const QString name = scene.map().person(leaving)->name;
    MapEditing::removePerson(m_document.get(), leaving);
    QVERIFY(!scene.node(leaving));
    before.remove(leaving);
    QCOMPARE(moved(scene, before), QStringList());
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Remove %1 from the map").arg(name));
    m_document->undoStack()->undo();
    QVERIFY(scene.node(leaving));
    QCOMPARE(moved(scene, before), QStringList());
}

void TestMapEditing::markingSomeoneAsLeftMovesNobody()
{
    const AccountId id = test::accountNamed(*m_document, QStringLiteral("Meridian Retail Group"));
    ShownMap shown(m_document.get(), id);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.page));
    StakeholderMapPage &page = shown.page;
    StakeholderMapScene &scene = *page.scene();
    const QHash<StakeholderId, QPointF> before = positionsOn(scene);
    const Stakeholder *manager = busiestManager(scene.map());
    QVERIFY(manager);
    // Mark each of the busiest manager's reports as left in turn, first in the order first.
    QList<StakeholderId> reports;
    for (const Stakeholder *person : mapLayoutOrder(scene.map().people)) {
        if (person->reportsTo == manager->id && !person->hasLeft())
            reports.append(person->id);
    }
    QVERIFY(reports.size() >= 2);
    for (const StakeholderId report : std::as_const(reports)) {
        Stakeholder gone = *scene.map().person(report);
        gone.leftOn = test::sampleAsOf;
        PeopleEditing::of(m_document.get())->editStakeholder(gone);
        QVERIFY(scene.map().person(report)->hasLeft());
        QCOMPARE(moved(scene, before), QStringList());
    }
    for (const Stakeholder &person : scene.map().people)
        QVERIFY2(!person.mapPosition, qPrintable(person.name)); // nobody was pinned to get there
}

void TestMapEditing::theFirstPersonOnAnEmptyMapIsLaidOutAutomatically()
{
    Account account;
    account.name = QStringLiteral("Fenwick & Hale");
    account.currency = QStringLiteral("GBP");
    AccountEditing::of(m_document.get())->addAccount(account, QString());
    const AccountId id = test::accountNamed(*m_document, account.name);
    QVERIFY(id);
    Stakeholder first;
    first.accountId = id;
    first.name = QStringLiteral("Dana Fenwick");
    MapEditing::addPerson(m_document.get(), first);
    const QList<Stakeholder> people = m_document->stakeholders(id);
    QCOMPARE(people.size(), 1);
    QVERIFY(!people.at(0).mapPosition); // an automatic map stays automatic

    Stakeholder second;
    second.accountId = id;
    second.name = QStringLiteral("Eli Hale");
    second.reportsTo = people.at(0).id;
    MapEditing::addPerson(m_document.get(), second);
    const StakeholderMapData map = m_document->stakeholderMap(id);
    QCOMPARE(map.people.size(), 2);
    const MapPlacements placements = placeMap(map.people, map.coverage.emptySeats);
    const QRectF danaBox(placements.shown.value(people.at(0).id), QSizeF(metrics.nodeWidth, metrics.nodeHeight));
    StakeholderId eli = 0;
    for (const Stakeholder &person : map.people)
        eli = person.name == second.name ? person.id : eli;
    const QRectF eliBox(placements.shown.value(eli), QSizeF(metrics.nodeWidth, metrics.nodeHeight));
    QCOMPARE(danaBox.topLeft(), QPointF(0, 0)); // where the automatic layout had put her
    QCOMPARE(eliBox.left(), danaBox.left());
    QCOMPARE(eliBox.top(), danaBox.bottom() + metrics.levelGap);
}

void TestMapEditing::readOnlyPlanRefusesAndPinsNobody()
{
    const QString path = m_document->database().path();
    m_document.reset();
    const QByteArray before = test::planState(path);
    PlanOpenResult result;
    auto database = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
    QVERIFY(database);
    PlanDocument document(std::move(database));
    const AccountId id = test::accountNamed(document, QStringLiteral("Albion Health NHS Trust"));
    QSignalSpy refused(&document, &PlanDocument::writeFailed);
    Stakeholder newcomer;
    newcomer.accountId = id;
    newcomer.name = QStringLiteral("Aaron Abbott");
    MapEditing::addPerson(&document, newcomer);
    MapEditing::removePerson(&document, document.stakeholders(id).constFirst().id);
    QCOMPARE(refused.count(), 2);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(test::planState(path), before);
}

namespace {

Stakeholder person(StakeholderId id, std::optional<StakeholderId> manager = std::nullopt)
{
    Stakeholder p;
    p.id = id;
    p.accountId = 1;
    p.name = QStringLiteral("P%1").arg(id);
    p.reportsTo = manager;
    return p;
}

} // namespace

void TestMapEditing::freeSpot_firstReportGoesUnderTheManager()
{
    const QList<Stakeholder> people {person(1), person(2, 1)};
    const QHash<StakeholderId, QPointF> shown {{1, QPointF(300, 0)}};
    QCOMPARE(freeSpotOnMap(people.at(1), people, shown), QPointF(300, metrics.nodeHeight + metrics.levelGap));
    // Without a manager: on the top row, right of everyone.
    QCOMPARE(freeSpotOnMap(person(3), people, shown), QPointF(300 + metrics.nodeWidth + metrics.treeGap, 0));
}

void TestMapEditing::freeSpot_nextReportJoinsTheRowOrTheColumn()
{
    const double below = metrics.nodeHeight + metrics.levelGap;
    const QList<Stakeholder> row {person(1), person(2, 1), person(3, 1), person(4, 1)};
    const QHash<StakeholderId, QPointF> inARow {{1, QPointF(110, 0)}, {2, QPointF(0, below)}, {3, QPointF(220, below)}};
    QCOMPARE(freeSpotOnMap(row.at(3), row, inARow), QPointF(220 + metrics.nodeWidth + metrics.treeGap, below));

    const double step = metrics.nodeHeight + metrics.stackGap;
    const QHash<StakeholderId, QPointF> inAColumn {
        {1, QPointF(0, 0)}, {2, QPointF(40, below)}, {3, QPointF(40, below + step)}};
    QCOMPARE(freeSpotOnMap(row.at(3), row, inAColumn), QPointF(40, below + 2 * step));
}

void TestMapEditing::freeSpot_preferredSpotWhenFree()
{
    const QList<Stakeholder> people {person(1), person(2)};
    const QHash<StakeholderId, QPointF> shown {{1, QPointF(0, 0)}};
    QCOMPARE(freeSpotOnMap(people.at(1), people, shown, QPointF(600, 130)), QPointF(600, 130));
    // Taken: the nearest free spot on its row, never above it.
    const QPointF spot = freeSpotOnMap(people.at(1), people, shown, QPointF(10, 10));
    QCOMPARE(spot, QPointF(10 + metrics.nodeWidth + metrics.treeGap, 10)); // beside it, room for a spine
}

void TestMapEditing::freeSpot_neverOnAnotherBoxOfACrowdedMap()
{
    // 300 people added one by one, each to a random manager already on the map.
    QRandomGenerator random(20261202);
    QList<Stakeholder> people {person(1)};
    QHash<StakeholderId, QPointF> shown {{1, QPointF(0, 0)}};
    for (StakeholderId id = 2; id <= 300; ++id) {
        const Stakeholder newcomer = person(id, 1 + StakeholderId(random.bounded(int(id - 1))));
        people.append(newcomer);
        const QRectF box(freeSpotOnMap(newcomer, people, shown), QSizeF(metrics.nodeWidth, metrics.nodeHeight));
        for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
            const QRectF other(it.value(), QSizeF(metrics.nodeWidth, metrics.nodeHeight));
            QVERIFY2(!box.adjusted(-metrics.stackGap + 1, -metrics.stackGap + 1, metrics.stackGap - 1, metrics.stackGap - 1)
                          .intersects(other),
                qPrintable(QStringLiteral("%1 on %2").arg(id).arg(it.key())));
        }
        QVERIFY(box.top() > shown.value(*newcomer.reportsTo).y() + metrics.nodeHeight); // below the manager
        shown.insert(id, box.topLeft());
    }
}

void TestMapEditing::seatsStandAsideFromPeoplePlacedByHand()
{
    QList<Stakeholder> people {person(1), person(2, 1)};
    const QStringList seats {QStringLiteral("executive_sponsor"), QStringLiteral("economic_buyer")};
    const MapPlacements automatic = placeMap(people, seats);
    QCOMPARE(automatic.seats.size(), 2);
    // Someone dragged to where the first seat stood: the seats move right of everyone shown.
    people[1].mapPosition = automatic.seats.at(0);
    const MapPlacements placed = placeMap(people, seats);
    for (const QPointF &seat : placed.seats) {
        const QRectF seatBox(seat, QSizeF(metrics.nodeWidth, metrics.nodeHeight));
        for (const QPointF &shown : placed.shown)
            QVERIFY(!seatBox.intersects(QRectF(shown, QSizeF(metrics.nodeWidth, metrics.nodeHeight))));
    }
    QCOMPARE(placed.seats.at(0).y(), automatic.seats.at(0).y()); // still on its layer
}

QTEST_MAIN(TestMapEditing)
#include "tst_mapediting.moc"
