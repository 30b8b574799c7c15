#pragma once

#include <QStringList>

// `keyplan backup PLAN [-o FILE]` and `keyplan restore PLAN --from FILE`.
namespace keyplan::cli {

int runBackup(const QStringList &words);
int runRestore(const QStringList &words);

} // namespace keyplan::cli
