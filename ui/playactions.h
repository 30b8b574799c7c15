#pragma once

#include "domain/play.h"

#include <optional>

class QWidget;

namespace keyplan {

class PlanDocument;

// The user's answers to a play, each one undo step: done, snoozed until a day with a reason,
// dismissed with a reason (asked for in a small dialog; Cancel changes nothing). `shownVersion`:
// the play's version as the page showed it; a change by someone else since is a conflict.
void markPlayDone(PlanDocument *document, PlayId id, std::optional<qint64> shownVersion);
bool snoozePlay(QWidget *parent, PlanDocument *document, PlayId id, std::optional<qint64> shownVersion);
bool dismissPlay(QWidget *parent, PlanDocument *document, PlayId id, std::optional<qint64> shownVersion);

} // namespace keyplan
