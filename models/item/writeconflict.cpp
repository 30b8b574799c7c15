#include "item/writeconflict.h"

namespace keyplan {

QStringList WriteConflict::columns() const
{
    QStringList changed;
    const QJsonObject &shape = base.isEmpty() ? now : base;
    // A removal has no values of its own: what they changed is what it would have gone over.
    const QJsonObject &names = mine.isEmpty() ? shape : mine;
    for (auto it = names.begin(); it != names.end(); ++it) {
        const QString &column = it.key();
        if (column == QLatin1String("version") || column == QLatin1String("id"))
            continue;
        const QJsonValue read = shape.value(column);
        const bool theyChanged = !base.isEmpty() && !removed() && now.value(column) != read;
        const bool iChanged = !mine.isEmpty() && mine.value(column) != read;
        if (theyChanged || iChanged)
            changed.append(column);
    }
    return changed;
}

} // namespace keyplan
