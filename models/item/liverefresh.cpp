#include "item/liverefresh.h"

#include "item/changeannouncer.h"
#include "item/plandocument.h"
#include "storage/changelog.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace keyplan {
namespace {

constexpr int settleMilliseconds = 10;
constexpr int keepAliveMilliseconds = 5000;

} // namespace

LiveRefresh *LiveRefresh::of(PlanDocument *document)
{
    if (!document->database().isServer())
        return nullptr;
    if (auto *existing = document->findChild<LiveRefresh *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new LiveRefresh(document);
}

LiveRefresh::LiveRefresh(PlanDocument *document)
    : QObject(document)
    , m_document(document)
{
    QString error;
    if (const std::optional<team::CommitMark> mark = team::commitMark(document->database().connection(), &error))
        m_mark = *mark;
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMilliseconds);
    connect(&m_settle, &QTimer::timeout, this, &LiveRefresh::catchUp);
    m_keepAlive.setInterval(keepAliveMilliseconds);
    connect(&m_keepAlive, &QTimer::timeout, this, &LiveRefresh::checkConnection);
    m_keepAlive.start();
    subscribe();
}

void LiveRefresh::setKeepAliveInterval(int milliseconds)
{
    m_keepAlive.start(milliseconds);
}

bool LiveRefresh::subscribe()
{
    QSqlDriver *driver = m_document->database().connection().driver();
    // A driver is made once per connection and kept through a reconnect; connect once.
    disconnect(driver, nullptr, this, nullptr);
    connect(driver, qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
        this, &LiveRefresh::onNotification);
    if (driver->subscribedToNotifications().contains(team::changeChannel))
        driver->unsubscribeFromNotification(team::changeChannel);
    return driver->subscribeToNotification(team::changeChannel);
}

void LiveRefresh::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &)
{
    // This window's own changes were announced when it made them.
    if (name == team::changeChannel && source == QSqlDriver::OtherSource && !m_settle.isActive())
        m_settle.start();
}

void LiveRefresh::catchUp()
{
    const QSqlDatabase db = m_document->database().connection();
    QString error;
    if (!m_mark.isValid()) {
        // The server did not answer when the window began to follow: everything the log holds
        // is read once (more than was missed, but nothing missed), and the mark taken with it.
        m_mark = team::CommitMark {1, {}};
    }
    const std::optional<team::CommittedChanges> committed
        = team::changesCommittedSince(db, m_mark, m_document->database().clientId(), &error);
    if (!committed) {
        checkConnection();
        return;
    }
    m_mark = committed->mark;
    const QList<team::ChangeEntry> &changes = committed->entries;
    // One announcement per table and account, however many rows a burst touched.
    QSet<std::pair<QString, AccountId>> announced;
    for (const team::ChangeEntry &change : changes) {
        const AccountId account = change.accountId.value_or(0);
        const bool perRow = change.table == QLatin1String("account");
        if (!perRow && announced.contains({change.table, account}))
            continue;
        announced.insert({change.table, account});
        announceChange(m_document, change.table, change.action, change.rowId.value_or(0), account);
    }
    if (!changes.isEmpty())
        Q_EMIT refreshed(int(changes.size()));
}

void LiveRefresh::checkConnection()
{
    const QSqlDatabase db = m_document->database().connection();
    QString error;
    if (m_online) {
        if (team::ping(db, &error))
            return;
        setOnline(false, error);
    }
    if (!m_document->database().reconnect(&error)) {
        setOnline(false, error);
        return;
    }
    subscribe();
    setOnline(true);
    catchUp();
}

void LiveRefresh::setOnline(bool online, const QString &reason)
{
    const bool changed = online != m_online;
    m_online = online;
    m_document->setOffline(online ? QString() : (reason.simplified().isEmpty() ? tr("no answer") : reason.simplified()));
    if (!changed)
        return;
    if (online)
        Q_EMIT cameBackOnline();
    else
        Q_EMIT wentOffline(reason.simplified());
}

} // namespace keyplan
