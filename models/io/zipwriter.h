#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A zip container built in memory (libzip), for the OpenDocument text and the slides: entries in
// the order added, each stored or deflated.
namespace keyplan {

class ZipWriter
{
public:
    enum class Compression { Store, Deflate };

    void add(const QString &name, const QByteArray &data, Compression compression = Compression::Deflate);
    // The whole archive; empty, with the reason, when libzip refused.
    QByteArray finish(QString *error = nullptr) const;

private:
    struct Entry
    {
        QString name;
        QByteArray data;
        Compression compression;
    };
    QList<Entry> m_entries;
};

} // namespace keyplan
