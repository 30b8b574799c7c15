#pragma once

#include "domain/account.h"

#include <QList>
#include <QString>

#include <optional>

namespace keyplan::cli {

// The account named `name` in a subcommand's --account: an exact match wins over a match that
// ignores case; no match, or two accounts matching, is refused with a message saying so.
std::optional<Account> accountNamed(
    const QList<Account> &accounts, const QString &name, const QString &planPath, QString *error);

} // namespace keyplan::cli
