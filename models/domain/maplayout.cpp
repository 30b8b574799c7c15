#include "domain/maplayout.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace keyplan {

namespace {

// The forest as indices: children per node in input order, and the roots.
struct Forest
{
    std::vector<std::vector<int>> children;
    std::vector<int> roots;
};

Forest buildForest(const QList<MapLayoutNode> &nodes)
{
    const int count = int(nodes.size());
    QHash<qint64, int> indexOf;
    indexOf.reserve(count);
    for (int i = 0; i < count; ++i)
        indexOf.insert(nodes.at(i).id, i);

    std::vector<int> parent(std::size_t(count), -1);
    for (int i = 0; i < count; ++i) {
        const std::optional<qint64> manager = nodes.at(i).parent;
        if (manager && *manager != nodes.at(i).id)
            parent[std::size_t(i)] = indexOf.value(*manager, -1);
    }

    // Break reporting cycles: walk up from every node; a walk that meets itself makes the node
    // where it started over again a root.
    std::vector<char> state(std::size_t(count), 0); // 0 unseen, 1 on the current walk, 2 done
    for (int start = 0; start < count; ++start) {
        std::vector<int> walk;
        int at = start;
        while (at >= 0 && state[std::size_t(at)] == 0) {
            state[std::size_t(at)] = 1;
            walk.push_back(at);
            at = parent[std::size_t(at)];
        }
        if (at >= 0 && state[std::size_t(at)] == 1)
            parent[std::size_t(at)] = -1; // `at` closes the cycle: it becomes a root
        for (const int node : walk)
            state[std::size_t(node)] = 2;
    }

    Forest forest;
    forest.children.resize(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const int manager = parent[std::size_t(i)];
        if (manager < 0)
            forest.roots.push_back(i);
        else
            forest.children[std::size_t(manager)].push_back(i);
    }
    return forest;
}

// A laid-out subtree in its own coordinates: its box starts at x = 0, its root at y = 0.
struct Subtree
{
    double width = 0;
    double anchor = 0; // the x of the root's centre, or of the spine for a stack
};

class Layouter
{
public:
    Layouter(const QList<MapLayoutNode> &nodes, const Forest &forest, const MapLayoutMetrics &metrics)
        : m_nodes(nodes)
        , m_forest(forest)
        , m(metrics)
    {
    }

    // Places the subtree of `node` with its box's left edge at `left` and returns its width.
    // Done in two passes over the same recursion: measure, then place with known offsets.
    Subtree measure(int node)
    {
        const auto &kids = m_forest.children[std::size_t(node)];
        if (kids.empty())
            return remember(node, Subtree {m.nodeWidth, m.nodeWidth / 2});
        if (hangsInAColumn(node))
            return remember(node, Subtree {m.nodeWidth + 2 * m.stackIndent, m.nodeWidth / 2});

        const ChildRow row = lineUp(group(node), [this](int child) { return measure(child); });
        double width = row.width;
        double anchor = row.centre;
        if (width < m.nodeWidth) { // narrow children under a wider manager: centre them
            anchor = m.nodeWidth / 2;
            width = m.nodeWidth;
        }
        return remember(node, Subtree {width, anchor});
    }

    void place(int node, double left, int layer)
    {
        const Subtree self = m_sizes.value(node);
        const double top = layer * (m.nodeHeight + m.levelGap);
        setPlacement(node, QPointF(left + self.anchor - m.nodeWidth / 2, top), layer, std::nullopt);

        const auto &kids = m_forest.children[std::size_t(node)];
        if (kids.empty())
            return;
        if (hangsInAColumn(node)) {
            // One column below the manager, indented, on a spine that drops from the manager.
            const double spine = left + m.stackIndent;
            for (std::size_t i = 0; i < kids.size(); ++i)
                setPlacement(kids[i],
                    QPointF(spine + m.stackIndent,
                        top + m.nodeHeight + m.levelGap + double(i) * (m.nodeHeight + m.stackGap)),
                    layer + 1, spine);
            return;
        }
        const Groups groups = group(node);
        const ChildRow row = lineUp(groups, [this](int child) { return m_sizes.value(child); });
        const std::vector<Subtree> &sizes = row.sizes;
        double x = left + self.anchor - row.centre; // the children centred under their manager
        for (std::size_t i = 0; i < groups.parts.size(); ++i) {
            const Slot &slot = groups.parts[i];
            if (slot.stack)
                placeStack(groups.leaves, x, layer + 1);
            else
                place(slot.node, x, layer + 1);
            x += sizes[i].width + m.siblingGap;
        }
    }

    MapLayout &result() { return m_layout; }

private:
    struct Slot
    {
        int node = -1;
        bool stack = false;
    };
    struct Groups
    {
        std::vector<Slot> parts;
        std::vector<int> leaves; // stacked, when a slot says so
    };

    // A few reports who manage nobody, and nobody else: they hang in one column under the manager.
    bool hangsInAColumn(int node) const
    {
        const auto &kids = m_forest.children[std::size_t(node)];
        if (kids.size() < 2 || int(kids.size()) > m.columnUpTo)
            return false;
        return std::all_of(
            kids.begin(), kids.end(), [&](int kid) { return m_forest.children[std::size_t(kid)].empty(); });
    }

    // The children of `node` as parts: every manager its own slot; the leaves one stacked slot in
    // the middle when there are enough of them, else each its own slot in their order.
    Groups group(int node) const
    {
        const auto &kids = m_forest.children[std::size_t(node)];
        Groups groups;
        for (const int kid : kids) {
            if (m_forest.children[std::size_t(kid)].empty())
                groups.leaves.push_back(kid);
        }
        if (int(groups.leaves.size()) < m.stackFrom) {
            groups.leaves.clear();
            for (const int kid : kids)
                groups.parts.push_back(Slot {kid, false});
            return groups;
        }
        std::vector<Slot> managers;
        for (const int kid : kids) {
            if (!m_forest.children[std::size_t(kid)].empty())
                managers.push_back(Slot {kid, false});
        }
        const auto middle = managers.begin() + std::ptrdiff_t(managers.size() / 2);
        groups.parts.assign(managers.begin(), middle);
        groups.parts.push_back(Slot {-1, true});
        groups.parts.insert(groups.parts.end(), middle, managers.end());
        return groups;
    }

    // The children of one manager side by side: their sizes, the row's width and the centre
    // between the first and the last child's anchor (where the manager goes).
    struct ChildRow
    {
        std::vector<Subtree> sizes;
        double width = 0;
        double centre = 0;
    };
    template<typename SizeOf> ChildRow lineUp(const Groups &groups, SizeOf &&sizeOf)
    {
        ChildRow row;
        double firstAnchor = 0;
        double lastAnchor = 0;
        for (std::size_t i = 0; i < groups.parts.size(); ++i) {
            const Slot &slot = groups.parts[i];
            const Subtree child = slot.stack ? stackSize() : sizeOf(slot.node);
            row.sizes.push_back(child);
            if (i > 0)
                row.width += m.siblingGap;
            if (i == 0)
                firstAnchor = row.width + child.anchor;
            lastAnchor = row.width + child.anchor;
            row.width += child.width;
        }
        row.centre = (firstAnchor + lastAnchor) / 2;
        return row;
    }

    Subtree stackSize() const
    {
        const double width = 2 * m.nodeWidth + 2 * m.stackIndent;
        return Subtree {width, width / 2};
    }

    void placeStack(const std::vector<int> &leaves, double left, int layer)
    {
        const double spine = left + m.nodeWidth + m.stackIndent;
        const double top = layer * (m.nodeHeight + m.levelGap);
        for (std::size_t i = 0; i < leaves.size(); ++i) {
            const double row = double(i / 2);
            const double x = i % 2 == 0 ? left : spine + m.stackIndent;
            setPlacement(leaves[i], QPointF(x, top + row * (m.nodeHeight + m.stackGap)), layer, spine);
        }
    }

    Subtree remember(int node, Subtree size)
    {
        m_sizes.insert(node, size);
        return size;
    }

    void setPlacement(int node, QPointF topLeft, int layer, std::optional<double> spine)
    {
        m_layout.placements.insert(m_nodes.at(node).id, MapPlacement {topLeft, layer, spine});
        m_layout.bounds |= QRectF(topLeft, QSizeF(m.nodeWidth, m.nodeHeight));
    }

    const QList<MapLayoutNode> &m_nodes;
    const Forest &m_forest;
    const MapLayoutMetrics &m;
    QHash<int, Subtree> m_sizes;
    MapLayout m_layout;
};

} // namespace

MapLayout layoutMap(const QList<MapLayoutNode> &nodes, const QList<MapLayoutPlaceholder> &placeholders,
    const MapLayoutMetrics &metrics)
{
    const Forest forest = buildForest(nodes);
    Layouter layouter(nodes, forest, metrics);
    double left = 0;
    for (const int root : forest.roots) {
        const Subtree tree = layouter.measure(root);
        layouter.place(root, left, 0);
        left += tree.width + metrics.treeGap;
    }

    // Empty seats: a column of their own right of the trees, each on its layer.
    MapLayout &layout = layouter.result();
    const double seatsLeft = nodes.isEmpty() ? 0 : layout.bounds.right() + metrics.treeGap;
    const QList<QPointF> spots = placeholderSpots(seatsLeft, placeholders, metrics);
    for (int i = 0; i < placeholders.size(); ++i) {
        layout.placements.insert(placeholders.at(i).id,
            MapPlacement {spots.at(i), std::max(0, placeholders.at(i).layer), std::nullopt});
        layout.bounds |= QRectF(spots.at(i), QSizeF(metrics.nodeWidth, metrics.nodeHeight));
    }
    return layout;
}

QList<QPointF> placeholderSpots(
    double left, const QList<MapLayoutPlaceholder> &placeholders, const MapLayoutMetrics &metrics)
{
    QList<QPointF> spots;
    spots.reserve(placeholders.size());
    QHash<int, int> usedOnLayer;
    for (const MapLayoutPlaceholder &seat : placeholders) {
        const int layer = std::max(0, seat.layer);
        const int index = usedOnLayer[layer]++;
        spots.append(QPointF(left + index * (metrics.nodeWidth + metrics.siblingGap),
            layer * (metrics.nodeHeight + metrics.levelGap)));
    }
    return spots;
}

} // namespace keyplan
