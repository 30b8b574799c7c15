#pragma once

#include <QStringList>

// The command line as DESIGN.md lays it out. Subcommands need no display.
// Exit status: 0 done, 1 the input was refused (reason on stderr, nothing written), 2 wrong usage.
namespace keyplan::cli {

enum ExitCode { Done = 0, Refused = 1, Usage = 2 };

bool isSubcommand(const QString &word);
QString usage();
// `arguments` without the program name: {"report", "plan.keyplan", "--json"}.
int runSubcommand(const QStringList &arguments);

} // namespace keyplan::cli
