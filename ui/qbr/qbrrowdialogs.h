#pragma once

#include "domain/goal.h"
#include "domain/qbr.h"
#include "domain/teammember.h"

#include <QList>

#include <optional>

class QWidget;

// The small form dialogs of the QBR tab. Each shows the row, lets the user change it and returns
// the edited row on OK (nothing on Cancel); OK stays disabled until the row is complete.
namespace keyplan {

// `goals`: the customer's, one of which the outcome may have delivered against.
std::optional<ValueOutcome> editValueOutcome(
    QWidget *parent, const QString &title, const ValueOutcome &outcome, const QList<Goal> &goals = {});
std::optional<Risk> editRisk(
    QWidget *parent, const QString &title, const Risk &risk, const QList<TeamMember> &team);
std::optional<NextStep> editNextStep(QWidget *parent, const QString &title, const NextStep &step);

} // namespace keyplan
