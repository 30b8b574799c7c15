#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace keyplan {

// A team plan's address: `postgresql://user@host:port/dbname`, with libpq's own query options
// for TLS (`?sslmode=verify-full&sslrootcert=/path/ca.pem`, sslcert, sslkey) and connect_timeout.
// A password is never part of what Keyplan keeps or shows: libpq reads it from the password file
// (~/.pgpass, PGPASSFILE), or the window asks for it; one written in the URL is used for that
// connection only and left out of displayUrl().
struct ServerLocation
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString password; // only when the URL or a prompt gave one; never stored
    QString sslMode; // libpq's: disable, allow, prefer, require, verify-ca, verify-full
    QString sslRootCert;
    QString sslCert;
    QString sslKey;
    int connectTimeoutSeconds = 10;

    // Whether `text` names a team plan (postgresql:// or postgres://) rather than a plan file.
    static bool isServerUrl(const QString &text);
    // Reads a URL; nothing, with why in `error` (translated), when it is not one Keyplan can use.
    static std::optional<ServerLocation> parse(const QString &url, QString *error);

    // The URL without a password, as a recent file, a title bar or a message shows it.
    QString displayUrl() const;
    // The URL with the password, if one was given: to open a connection with, never to keep or show.
    QString connectionUrl() const;
    // "dbname on host": what a window's title calls it.
    QString shortName() const;

    // A QPSQL connection to it, not yet opened: host, port, database, user, TLS and keep-alive
    // options (a dead connection is noticed within about a minute), numeric values exact.
    void configure(QSqlDatabase &db) const;
};

// What a message or a title shows for a plan file's path or a team plan's URL: the path as it is,
// the URL without its password (a URL that does not parse has its password part blanked).
QString shownLocation(const QString &pathOrUrl);

// PostgreSQL's own quoting of an identifier (a role's name): "name", inner quotes doubled.
QString quotedIdentifier(const QString &name);

} // namespace keyplan
