#pragma once

namespace keyplan {

// Starts the window on the plan named on the command line, or on the user's portfolio (created
// from the sample portfolio on the first run).
int runGui(int argc, char *argv[]);

} // namespace keyplan
