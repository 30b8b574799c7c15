#include "item/writeconflict.h"

namespace keyplan {

QStringList WriteConflict::columns() const
{
    QStringList changed;
    const QJsonObject &shape = base.isEmpty() ? now : base;
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        const QString &column = it.key();
        if (column == QLatin1String("version") || column == QLatin1String("id"))
            continue;
        const QJsonValue read = shape.value(column);
        const bool theyChanged = !base.isEmpty() && !removed() && now.value(column) != read;
        const bool iChanged = it.value() != read;
        if (theyChanged || iChanged)
            changed.append(column);
    }
    return changed;
}

} // namespace keyplan
