#pragma once

#include <algorithm>
#include <iterator>
#include <string_view>

// The words `keyplan` takes as its first argument, in plain C++: the launcher reads them before
// any library is loaded, and the command line through isSubcommand().
namespace keyplan::cli {

inline constexpr std::string_view subcommandNames[] = {"sample", "report", "plays", "check", "export-map",
    "export-qbr", "backup", "restore", "import", "export", "team", "copy"};

constexpr bool isSubcommandName(std::string_view word)
{
    return std::find(std::begin(subcommandNames), std::end(subcommandNames), word) != std::end(subcommandNames);
}

// The subcommands that paint: keyplan-gui runs them, on the offscreen platform.
constexpr bool paints(std::string_view word)
{
    return word == "export-map" || word == "export-qbr";
}

// `keyplan`, `keyplan PLAN`: the window. Everything else is the command line (or, for an
// option or a stray word, its usage).
constexpr bool opensWindow(int argc, std::string_view first)
{
    return argc <= 2 && !first.starts_with('-') && !isSubcommandName(first);
}

} // namespace keyplan::cli
