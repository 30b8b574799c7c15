#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>

// The table behind each closed vocabulary: a value, its stable key (stored and reported, never
// translated) and its translatable name. Used by accountenums.cpp and stakeholder.cpp.
namespace keyplan::detail {

template<typename Enum> struct EnumEntry
{
    Enum value;
    const char *key;
    const char *name; // source text for QCoreApplication::translate
};

template<typename Enum, std::size_t N>
const EnumEntry<Enum> &entryOf(const std::array<EnumEntry<Enum>, N> &entries, Enum value)
{
    for (const auto &entry : entries) {
        if (entry.value == value)
            return entry;
    }
    return entries.front();
}

template<typename Enum, std::size_t N>
QString keyIn(const std::array<EnumEntry<Enum>, N> &entries, Enum value)
{
    return QLatin1StringView(entryOf(entries, value).key);
}

template<typename Enum, std::size_t N>
QString nameIn(const char *context, const std::array<EnumEntry<Enum>, N> &entries, Enum value)
{
    return QCoreApplication::translate(context, entryOf(entries, value).name);
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<EnumEntry<Enum>, N> &entries, const QString &key)
{
    for (const auto &entry : entries) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace keyplan::detail
