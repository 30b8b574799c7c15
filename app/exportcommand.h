#pragma once

#include <QStringList>

// keyplan export PLAN --format json|csv|ics -o OUT [--as-of YYYY-MM-DD]
namespace keyplan::cli {

int runExport(const QStringList &words);

} // namespace keyplan::cli
