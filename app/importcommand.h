#pragma once

#include <QStringList>

// keyplan import PLAN FILE... [--format ...] [--account NAME] [--mapping FILE] [--dry-run]
namespace keyplan::cli {

int runImport(const QStringList &words);

} // namespace keyplan::cli
