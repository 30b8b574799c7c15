#pragma once

#include <QStringList>

namespace keyplan::cli {

// `keyplan export-qbr PLAN --account NAME -o OUT.pdf|OUT.odt`: the account's QBR summary as the
// review in preparation has it (or, when none was saved, every section for the period since the
// last review). Without --account, `-o FOLDER` writes one PDF per key account and the portfolio
// summary. Runs in keyplan-gui (it paints), on the offscreen platform.
int runExportQbr(const QStringList &words);

} // namespace keyplan::cli
