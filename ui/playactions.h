#pragma once

#include "domain/play.h"

class QWidget;

namespace keyplan {

class PlanDocument;

// The user's answers to a play, each one undo step: done, snoozed until a day with a reason,
// dismissed with a reason (asked for in a small dialog; Cancel changes nothing).
void markPlayDone(PlanDocument *document, PlayId id);
bool snoozePlay(QWidget *parent, PlanDocument *document, PlayId id);
bool dismissPlay(QWidget *parent, PlanDocument *document, PlayId id);

} // namespace keyplan
