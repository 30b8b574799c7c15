#pragma once

#include <QSet>
#include <QString>

#include <functional>

// File names made from what users typed (account names, plan names).
namespace keyplan {

// A file name stem from user text that any file system takes: path separators, reserved
// characters and control characters become '-', it never starts with '-' or '.' (an option, a
// hidden file) and is at most `maxBytes` bytes of UTF-8, cut at a whole character. `fallback`
// when nothing is left.
QString safeFileStem(const QString &text, const QString &fallback, int maxBytes = 120);

// `stem` + `suffix` (".pdf"), or "stem (2).pdf", "stem (3).pdf", ... : the first whose name is not
// in `taken` (case-folded, since many file systems ignore case) and for which `exists` is false.
// The chosen name is added to `taken`.
QString distinctFileName(const QString &stem, const QString &suffix, QSet<QString> *taken,
    const std::function<bool(const QString &name)> &exists);

} // namespace keyplan
