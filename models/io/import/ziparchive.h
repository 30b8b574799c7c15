#pragma once

#include <QString>
#include <QStringList>

// Reads a zip archive another tool wrote (a Salesforce weekly export): its entries' names, and an
// entry copied out to a file in chunks, so a large CSV never sits in memory whole.
namespace keyplan {

// True when the file starts like a zip archive.
bool looksLikeZip(const QString &path);

struct ZipEntry
{
    qint64 index = 0;
    QString name; // as stored, with its folders
    qint64 size = 0; // uncompressed
};

// The archive's files (not its folders); false, with why, when it cannot be read.
bool listZip(const QString &path, QList<ZipEntry> *entries, QString *error);
// Writes entry `index` of the archive to `target`; false, with why.
bool extractZipEntry(const QString &path, qint64 index, const QString &target, QString *error);

} // namespace keyplan
