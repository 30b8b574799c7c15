#include "domain/filenames.h"

namespace keyplan {

QString safeFileStem(const QString &text, const QString &fallback, int maxBytes)
{
    QString name;
    for (const QChar c : text.trimmed()) {
        const bool unsafe = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || QStringLiteral("/\\:*?\"<>|").contains(c);
        name += unsafe ? QLatin1Char('-') : c;
    }
    while (!name.isEmpty() && (name.front() == u'.' || name.front() == u'-' || name.front().isSpace()))
        name.remove(0, 1);
    // Cut to the byte budget at a whole character (never half a surrogate pair).
    int bytes = 0;
    qsizetype end = 0;
    while (end < name.size()) {
        const qsizetype width = name.at(end).isHighSurrogate() && end + 1 < name.size() ? 2 : 1;
        const int size = int(name.mid(end, width).toUtf8().size());
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        end += width;
    }
    name.truncate(end);
    while (!name.isEmpty() && (name.back().isSpace() || name.back() == u'.'))
        name.chop(1);
    return name.isEmpty() ? fallback : name;
}

QString distinctFileName(const QString &stem, const QString &suffix, QSet<QString> *taken,
    const std::function<bool(const QString &name)> &exists)
{
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? stem + suffix : QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix);
        const QString key = name.toCaseFolded();
        if (taken->contains(key) || (exists && exists(name)))
            continue;
        taken->insert(key);
        return name;
    }
}

} // namespace keyplan
