#pragma once

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
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
    void set(const T &value) const
    {
        QSettings settings;
        settings.setValue(key, QVariant::fromValue(value));
        keepPrivate(settings);
    }
    void remove() const
    {
        QSettings settings;
        settings.remove(key);
        keepPrivate(settings);
    }

private:
    // Settings name the user's plans and folders: readable by the user only, whatever the umask.
    // (QSettings keeps a file's permissions when it rewrites it.)
    static void keepPrivate(QSettings &settings)
    {
        settings.sync();
        QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::setPermissions(QFileInfo(settings.fileName()).absolutePath(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
};

namespace settings {

inline const Setting<QByteArray> windowGeometry {QStringLiteral("window/geometry")};
inline const Setting<QByteArray> windowState {QStringLiteral("window/state")};
inline const Setting<QByteArray> splitterState {QStringLiteral("window/splitter")};
inline const Setting<QByteArray> portfolioHeader {QStringLiteral("portfolio/header")};
// Whether a plan opens on This Week: on, until the user closes the dock.
inline const Setting<bool> weekOnOpen {QStringLiteral("window/weekOnOpen"), true};
inline const Setting<QStringList> recentFiles {QStringLiteral("files/recent")};
inline const Setting<QString> lastFolder {QStringLiteral("files/lastFolder")};
// The team plan last connected to, as its address without a password.
inline const Setting<QString> lastTeamPlan {QStringLiteral("files/lastTeamPlan")};
// The language of the window: "" for the system's, or "en", "de", "fr".
inline const Setting<QString> language {QStringLiteral("ui/language")};
inline const Setting<int> maxKeyAccounts {QStringLiteral("thresholds/maxKeyAccounts"), 30};
inline const Setting<double> concentrationWarning {QStringLiteral("thresholds/top3Concentration"), 0.30};
// Page size of printed and exported maps: a QPageSize id; unset, the locale decides.
// The map's legend: 1 shown, 0 hidden, -1 as the screen allows (hidden below 800 pixels' height).
inline const Setting<int> mapLegend {QStringLiteral("map/legend"), -1};
inline const Setting<int> mapPageSize {QStringLiteral("map/pageSize"), -1};
inline const Setting<int> mapPageOrientation {QStringLiteral("map/pageOrientation"), 1}; // landscape

constexpr int maxRecentFiles = 8;

} // namespace settings
} // namespace keyplan
