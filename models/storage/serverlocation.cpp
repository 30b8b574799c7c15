#include "storage/serverlocation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace keyplan {
namespace {

class ServerLocationText
{
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)
};

// libpq's connection-string quoting: a value with spaces or quotes in single quotes, \ and ' escaped.
QString optionValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return escaped.contains(u' ') || escaped.contains(u'\'') || escaped.contains(u';') || escaped.isEmpty()
        ? u'\'' + escaped + u'\''
        : escaped;
}

} // namespace

bool ServerLocation::isServerUrl(const QString &text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerLocation> ServerLocation::parse(const QString &text, QString *error)
{
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isServerUrl(text))
        return refuse(ServerLocationText::tr("%1 is not a team plan's address; it looks like "
                                             "postgresql://user@host:5432/database.").arg(text));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(ServerLocationText::tr("The team plan's address is not a valid URL: %1").arg(url.errorString()));
    ServerLocation location;
    if (!url.host().isEmpty())
        location.host = url.host();
    location.port = url.port(5432);
    if (location.port <= 0 || location.port > 65535)
        return refuse(ServerLocationText::tr("The team plan's address has no usable port."));
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(u'/'))
        return refuse(ServerLocationText::tr("The team plan's address names no database: add it after the "
                                             "server, as in postgresql://user@host:5432/database."));
    location.user = url.userName();
    location.password = url.password();
    const QUrlQuery query(url);
    const QStringList known = {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"), QStringLiteral("connect_timeout")};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(key))
            return refuse(ServerLocationText::tr("The team plan's address has an option Keyplan does not use: %1 "
                                                 "(it takes %2).")
                              .arg(key, known.join(QStringLiteral(", "))));
    }
    location.sslMode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
    static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!location.sslMode.isEmpty() && !modes.contains(location.sslMode))
        return refuse(ServerLocationText::tr("sslmode=%1 is not one of %2.").arg(location.sslMode, modes.join(QStringLiteral(", "))));
    location.sslRootCert = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    location.sslCert = query.queryItemValue(QStringLiteral("sslcert"), QUrl::FullyDecoded);
    location.sslKey = query.queryItemValue(QStringLiteral("sslkey"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("connect_timeout"))) {
        bool ok = false;
        location.connectTimeoutSeconds = query.queryItemValue(QStringLiteral("connect_timeout")).toInt(&ok);
        if (!ok || location.connectTimeoutSeconds < 1)
            return refuse(ServerLocationText::tr("connect_timeout must be a whole number of seconds."));
    }
    return location;
}

QString shownLocation(const QString &pathOrUrl)
{
    if (!ServerLocation::isServerUrl(pathOrUrl))
        return pathOrUrl;
    if (const std::optional<ServerLocation> where = ServerLocation::parse(pathOrUrl, nullptr))
        return where->displayUrl();
    QUrl url(pathOrUrl);
    url.setPassword(QString());
    return url.toString();
}

QString ServerLocation::displayUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    if (!sslCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslcert"), sslCert);
    if (!sslKey.isEmpty())
        query.addQueryItem(QStringLiteral("sslkey"), sslKey);
    if (connectTimeoutSeconds != 10)
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(connectTimeoutSeconds));
    url.setQuery(query);
    // Encoded, so that it can be pasted into a shell or a config file as it is.
    return url.toString(QUrl::FullyEncoded);
}

QString ServerLocation::connectionUrl() const
{
    if (password.isEmpty())
        return displayUrl();
    QUrl url(displayUrl());
    url.setPassword(password);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerLocation::shortName() const
{
    return ServerLocationText::tr("%1 on %2").arg(database, host);
}

void ServerLocation::configure(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    // Sums come back as NUMERIC: as exact text, never through a double.
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    QStringList options = {QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
        QStringLiteral("application_name=keyplan"), QStringLiteral("keepalives=1"),
        QStringLiteral("keepalives_idle=20"), QStringLiteral("keepalives_interval=5"),
        QStringLiteral("keepalives_count=4")};
    if (!sslMode.isEmpty())
        options.append(QStringLiteral("sslmode=") + optionValue(sslMode));
    if (!sslRootCert.isEmpty())
        options.append(QStringLiteral("sslrootcert=") + optionValue(sslRootCert));
    if (!sslCert.isEmpty())
        options.append(QStringLiteral("sslcert=") + optionValue(sslCert));
    if (!sslKey.isEmpty())
        options.append(QStringLiteral("sslkey=") + optionValue(sslKey));
    db.setConnectOptions(options.join(u';'));
}

QString quotedIdentifier(const QString &name)
{
    QString inner = name;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

} // namespace keyplan
