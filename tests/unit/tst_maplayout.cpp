#include "domain/maplayout.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace keyplan;

namespace {

const MapLayoutMetrics metrics;

QRectF rectOf(const MapLayout &layout, qint64 id)
{
    return QRectF(layout.placements.value(id).topLeft, QSizeF(metrics.nodeWidth, metrics.nodeHeight));
}

// A random org: every person reports to someone listed before them, or (now and then) to
// nobody on the map; `fanOut` biases towards wide levels.
QList<MapLayoutNode> randomOrg(int size, quint32 seed, int rootEvery, bool wide)
{
    QRandomGenerator random(seed);
    QList<MapLayoutNode> nodes;
    for (int i = 0; i < size; ++i) {
        MapLayoutNode node {1000 + i, std::nullopt};
        if (i > 0 && (rootEvery == 0 || random.bounded(rootEvery) != 0)) {
            const int manager = wide ? int(random.bounded(std::min(i, 6))) : int(random.bounded(i));
            node.parent = 1000 + manager;
        }
        nodes.append(node);
    }
    return nodes;
}

// No two nodes overlap; every person is placed; a person sits below their manager.
void checkLayout(const QList<MapLayoutNode> &nodes, const MapLayout &layout)
{
    QCOMPARE(layout.placements.size(), nodes.size());
    QList<QRectF> rects;
    for (const MapLayoutNode &node : nodes) {
        QVERIFY2(layout.placements.contains(node.id), qPrintable(QString::number(node.id)));
        rects.append(rectOf(layout, node.id));
        QVERIFY(layout.bounds.contains(rects.last()));
    }
    // Sweep by left edge, so 1,000 people take a moment, not a quadratic crawl.
    std::vector<int> order(std::size_t(rects.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(
        order.begin(), order.end(), [&](int a, int b) { return rects.at(a).left() < rects.at(b).left(); });
    for (std::size_t i = 0; i < order.size(); ++i) {
        const QRectF &a = rects.at(order[i]);
        for (std::size_t j = i + 1; j < order.size() && rects.at(order[j]).left() < a.right(); ++j) {
            const QRectF &b = rects.at(order[j]);
            QVERIFY2(!a.intersects(b),
                qPrintable(
                    QStringLiteral("%1 overlaps %2").arg(nodes.at(order[i]).id).arg(nodes.at(order[j]).id)));
        }
    }
    for (const MapLayoutNode &node : nodes) {
        if (!node.parent || !layout.placements.contains(*node.parent))
            continue;
        const QRectF child = rectOf(layout, node.id);
        const QRectF manager = rectOf(layout, *node.parent);
        QVERIFY2(child.top() >= manager.bottom() + metrics.levelGap - 0.01,
            qPrintable(QStringLiteral("%1 is not below its manager").arg(node.id)));
        QCOMPARE(layout.placements.value(node.id).layer, layout.placements.value(*node.parent).layer + 1);
    }
}

} // namespace

class TestMapLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyMap()
    {
        const MapLayout layout = layoutMap({});
        QVERIFY(layout.placements.isEmpty());
        QVERIFY(layout.bounds.isEmpty());
    }

    void managerCentredOverReports()
    {
        const QList<MapLayoutNode> nodes {{1, {}}, {2, 1}, {3, 1}, {4, 2}, {5, 3}, {6, 5}};
        const MapLayout layout = layoutMap(nodes);
        checkLayout(nodes, layout);
        const QRectF boss = rectOf(layout, 1);
        const QRectF left = rectOf(layout, 2);
        const QRectF right = rectOf(layout, 3);
        QCOMPARE(boss.center().x(), (left.center().x() + right.center().x()) / 2);
        QCOMPARE(left.top(), right.top()); // one layer
        QVERIFY(left.right() + metrics.siblingGap <= right.left() + 0.01);
        QCOMPARE(layout.placements.value(4).layer, 2);
        QCOMPARE(rectOf(layout, 4).center().x(), left.center().x());
    }

    void leafReportsStackBesideASpine()
    {
        QList<MapLayoutNode> nodes {{1, {}}};
        for (int i = 2; i <= 9; ++i)
            nodes.append({i, 1});
        const MapLayout layout = layoutMap(nodes);
        checkLayout(nodes, layout);
        const double spine = rectOf(layout, 1).center().x();
        for (int i = 2; i <= 9; ++i) {
            const MapPlacement placement = layout.placements.value(i);
            QVERIFY(placement.spineX);
            QCOMPARE(*placement.spineX, spine);
            const QRectF rect = rectOf(layout, i);
            QVERIFY(rect.right() < spine || rect.left() > spine); // beside, never across the spine
        }
        // Eight reports: four rows of two, not one level eight nodes wide.
        QVERIFY(layout.bounds.width() < 3 * metrics.nodeWidth);
        QCOMPARE(
            rectOf(layout, 9).top(), rectOf(layout, 2).top() + 3 * (metrics.nodeHeight + metrics.stackGap));
    }

    void aFewLeafReportsHangInAColumn()
    {
        const QList<MapLayoutNode> nodes {{1, {}}, {2, 1}, {3, 1}, {4, 1}};
        const MapLayout layout = layoutMap(nodes);
        checkLayout(nodes, layout);
        const QRectF boss = rectOf(layout, 1);
        for (const int id : {2, 3, 4}) {
            QCOMPARE(*layout.placements.value(id).spineX, boss.left() + metrics.stackIndent);
            QCOMPARE(rectOf(layout, id).left(), boss.left() + 2 * metrics.stackIndent);
        }
        QCOMPARE(rectOf(layout, 3).top(), rectOf(layout, 2).bottom() + metrics.stackGap);
        QCOMPARE(layout.bounds.width(), metrics.nodeWidth + 2 * metrics.stackIndent); // one column wide
    }

    void leavesBesideManagersStayOnTheLevel()
    {
        const QList<MapLayoutNode> nodes {{1, {}}, {2, 1}, {3, 1}, {4, 1}, {5, 2}};
        const MapLayout layout = layoutMap(nodes);
        checkLayout(nodes, layout);
        QVERIFY(!layout.placements.value(3).spineX);
        QCOMPARE(rectOf(layout, 2).top(), rectOf(layout, 4).top());
        QCOMPARE(rectOf(layout, 3).top(), rectOf(layout, 4).top());
    }

    void severalRootsSideBySide()
    {
        const QList<MapLayoutNode> nodes {{1, {}}, {2, 1}, {3, {}}, {4, 3}, {5, 99}};
        const MapLayout layout = layoutMap(nodes);
        checkLayout(nodes, layout);
        QCOMPARE(layout.placements.value(1).layer, 0);
        QCOMPARE(layout.placements.value(3).layer, 0);
        QCOMPARE(layout.placements.value(5).layer, 0); // manager not on the map: a root
        QVERIFY(rectOf(layout, 1).right() + metrics.treeGap <= rectOf(layout, 3).left() + 0.01);
    }

    void cyclesAreBroken()
    {
        const QList<MapLayoutNode> nodes {{1, 3}, {2, 1}, {3, 2}, {4, 4}, {5, 2}};
        const MapLayout layout = layoutMap(nodes);
        QCOMPARE(layout.placements.size(), 5);
        QCOMPARE(layout.placements.value(4).layer, 0); // reports to themselves: a root
        int roots = 0;
        for (const int id : {1, 2, 3})
            roots += layout.placements.value(id).layer == 0 ? 1 : 0;
        QCOMPARE(roots, 1);
    }

    void placeholdersOnTheirLayerRightOfTheTrees()
    {
        QList<MapLayoutNode> nodes = randomOrg(60, 7, 0, false);
        const MapLayout trees = layoutMap(nodes);
        const MapLayout layout = layoutMap(nodes, {{-1, 0}, {-2, 1}, {-3, 1}, {-4, 2}});
        QCOMPARE(layout.placements.size(), nodes.size() + 4);
        for (const qint64 seat : {-1, -2, -3, -4})
            QVERIFY(rectOf(layout, seat).left() >= trees.bounds.right() + metrics.treeGap - 0.01);
        QCOMPARE(layout.placements.value(-1).layer, 0);
        QCOMPARE(rectOf(layout, -2).top(), rectOf(layout, -3).top());
        QVERIFY(!rectOf(layout, -2).intersects(rectOf(layout, -3)));
        QCOMPARE(rectOf(layout, -4).top(), 2 * (metrics.nodeHeight + metrics.levelGap));
    }

    void generatedOrgs_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("rootEvery");
        QTest::addColumn<bool>("wide");
        QTest::newRow("one") << 1 << 1u << 0 << false;
        QTest::newRow("12 deep") << 12 << 2u << 0 << false;
        QTest::newRow("50 with roots") << 50 << 3u << 8 << false;
        QTest::newRow("300") << 300 << 4u << 0 << false;
        QTest::newRow("300 wide") << 300 << 5u << 0 << true;
        QTest::newRow("300 forest") << 300 << 6u << 20 << false;
        QTest::newRow("1000") << 1000 << 8u << 0 << false;
        QTest::newRow("1000 wide") << 1000 << 9u << 0 << true;
        QTest::newRow("1000 forest") << 1000 << 10u << 50 << true;
    }

    void generatedOrgs()
    {
        QFETCH(int, size);
        QFETCH(quint32, seed);
        QFETCH(int, rootEvery);
        QFETCH(bool, wide);
        const QList<MapLayoutNode> nodes = randomOrg(size, seed, rootEvery, wide);
        checkLayout(nodes, layoutMap(nodes));
    }

    void aLongChain()
    {
        QList<MapLayoutNode> nodes {{0, {}}};
        for (int i = 1; i < 1000; ++i)
            nodes.append({i, i - 1});
        const MapLayout layout = layoutMap(nodes);
        checkLayout(nodes, layout);
        QCOMPARE(layout.placements.value(999).layer, 999);
    }
};

QTEST_APPLESS_MAIN(TestMapLayout)
#include "tst_maplayout.moc"
