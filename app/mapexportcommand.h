#pragma once

#include <QStringList>

namespace keyplan::cli {

// `keyplan export-map PLAN --account NAME -o OUT.pdf|OUT.svg|OUT.png`: what printing the map
// prints, to a file. Runs in keyplan-gui (it paints), on the offscreen platform.
int runExportMap(const QStringList &words);

} // namespace keyplan::cli
