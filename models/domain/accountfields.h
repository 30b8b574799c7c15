#pragma once

#include "domain/account.h"

#include <QVariant>

// Reading and writing one field of an Account as a QVariant, so one undo command and one store
// statement serve every field. The QVariant holds: QString for text and for segment and tier
// keys, bool for the key flag, qint64 for the owner id (null QVariant: no owner), int for employees, QDate for the renewal date (invalid: none).
namespace keyplan {

QVariant fieldValue(const Account &account, AccountField field);
// False when the value does not fit the field (an unknown segment key, a currency that is not
// an ISO 4217 code, ...).
bool setFieldValue(Account &account, AccountField field, const QVariant &value);

} // namespace keyplan
