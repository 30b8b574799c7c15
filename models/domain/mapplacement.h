#pragma once

#include "domain/maplayout.h"
#include "domain/stakeholder.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <optional>

// Where everyone on one account's stakeholder map sits, shared by the window, paper and the
// editing that keeps a map steady.
//
// The automatic layout (maplayout) places everyone the user has not placed. It is a tidy tree, so a
// person added under one manager widens that branch and shifts every branch beside it; that is
// why adding someone to a map first pins everyone where they are shown (see MapEditing) and the
// newcomer goes to the free spot nearest their manager and colleagues (freeSpotOnMap).
// Who has left keeps their place: the order of the automatic layout does not depend on it.
namespace keyplan {

// Colleagues in a stable, meaningful order: buying layer, then name.
QList<const Stakeholder *> mapLayoutOrder(const QList<Stakeholder> &people);

struct MapPlacements
{
    MapLayout automatic; // where the automatic layout puts everyone, and the empty seats
    QHash<StakeholderId, QPointF> shown; // top-left of each person's box: their own place or automatic
    QList<QPointF> seats; // top-left of each empty seat, in the order given
};

// Seat placeholders carry ids -1, -2, ... in `automatic`; `seats` is where they are shown: right of
// the automatic trees, or right of everyone shown once people have places of their own.
MapPlacements placeMap(
    const QList<Stakeholder> &people, const QStringList &emptySeats, const MapLayoutMetrics &metrics = {});

// The top-left of a box for `newcomer` on a map whose people stay where `shown` puts them: in the
// row of their colleagues (same manager) right of the last, under the last of a column, under their
// manager when they are the first report, right of everyone on the top row without a manager;
// `preferred` (an empty seat being filled) goes first. Never on or touching another box (a side gap
// of treeGap leaves room for a column's spine beside it), and where
// a reporting line can reach them from their manager without crossing anyone's box, when any near
// spot allows it.
QPointF freeSpotOnMap(const Stakeholder &newcomer, const QList<Stakeholder> &people,
    const QHash<StakeholderId, QPointF> &shown, std::optional<QPointF> preferred = std::nullopt,
    const MapLayoutMetrics &metrics = {});

// How a report hangs from their manager: from above, or from a spine on their left or right (a
// column of reports).
enum class ReportAttachment { Top, SpineOnLeft, SpineOnRight };
using MapPolyline = QList<QPointF>;

// The ways a reporting line may run from the manager's box to the report's, `first` first: down to
// a bus halfway to the next layer and into the report's top; down a spine beside the report into
// its side; out of the manager's side, level, then down into the top or down a spine.
QList<MapPolyline> reportingLines(
    const QRectF &manager, const QRectF &report, ReportAttachment first, const MapLayoutMetrics &metrics = {});
// How many of `boxes` a line of level and upright stretches passes through (touching is not).
int boxesCrossed(const MapPolyline &line, const QList<QRectF> &boxes);

} // namespace keyplan
