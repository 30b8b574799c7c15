// keyplan: the command users type. It hands over at once to the window (keyplan-gui) or to the
// command line (keyplan-cli), both installed beside it, and loads no library of its own: the
// window would otherwise wait while the command line's libraries (Qt Core and Sql, SQLite,
// libzip and OpenSSL, libical, uchardet) were loaded only to be dropped again.
#include "subcommands.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

int main(int argc, char *argv[])
{
    const std::string_view first = argc > 1 ? argv[1] : "";
    const bool gui = keyplan::cli::opensWindow(argc, first) || keyplan::cli::paints(first);
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    std::string program = length > 0 ? std::string(self, std::size_t(length)) : std::string(argv[0]);
    program = program.substr(0, program.rfind('/') + 1) + (gui ? "keyplan-gui" : "keyplan-cli");
    argv[0] = program.data();
    ::execv(program.c_str(), argv);
    // Only a damaged installation gets here, before any translation could be loaded.
    std::fprintf(stderr, "keyplan: cannot start %s: %s\n", program.c_str(), std::strerror(errno));
    return 1;
}
