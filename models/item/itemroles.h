#pragma once

#include <Qt>

// Roles shared by Keyplan's item models. DisplayRole is locale-formatted text; RawValueRole
// carries the number, date or key behind it, which proxies sort and filter on.
namespace keyplan {

enum ItemRole {
    RawValueRole = Qt::UserRole + 1, // qint64 money, double ratio, QDate, enum key
    AccountIdRole, // qint64 account id on every cell of an account row
    IsKeyAccountRole, // bool
    SearchTextRole, // text the filter box matches against, case-folded
    StakeholderIdRole, // qint64 stakeholder id on every cell of a stakeholder row
    RowVersionRole, // qint64 the row's version as the model read it (what a removal goes over)
};

} // namespace keyplan
