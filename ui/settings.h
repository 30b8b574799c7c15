#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

// Typed preferences, declared once with their key and default (Tiled's Preference<T> pattern).
namespace keyplan {

template<typename T> struct Setting
{
    QString key;
    T defaultValue {};

    T get() const
    {
        const QVariant value = QSettings().value(key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : defaultValue;
    }
    void set(const T &value) const { QSettings().setValue(key, QVariant::fromValue(value)); }
};

namespace settings {

inline const Setting<QByteArray> windowGeometry {QStringLiteral("window/geometry")};
inline const Setting<QByteArray> windowState {QStringLiteral("window/state")};
inline const Setting<QByteArray> splitterState {QStringLiteral("window/splitter")};
inline const Setting<QByteArray> portfolioHeader {QStringLiteral("portfolio/header")};
inline const Setting<QStringList> recentFiles {QStringLiteral("files/recent")};
inline const Setting<QString> lastFolder {QStringLiteral("files/lastFolder")};
inline const Setting<int> maxKeyAccounts {QStringLiteral("thresholds/maxKeyAccounts"), 30};
inline const Setting<double> concentrationWarning {QStringLiteral("thresholds/top3Concentration"), 0.30};
// Page size of printed and exported maps: a QPageSize id; unset, the locale decides.
inline const Setting<int> mapPageSize {QStringLiteral("map/pageSize"), -1};
inline const Setting<int> mapPageOrientation {QStringLiteral("map/pageOrientation"), 1}; // landscape

constexpr int maxRecentFiles = 8;

} // namespace settings
} // namespace keyplan
