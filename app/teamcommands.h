#pragma once

#include <QStringList>

// Team plans on a PostgreSQL server: `keyplan team init URL`, `keyplan team grant URL USER
// --role reader|editor`, and `keyplan copy SRC DST` between plan files and team plans.
namespace keyplan::cli {

int runTeam(const QStringList &words);
int runCopy(const QStringList &words);

} // namespace keyplan::cli
