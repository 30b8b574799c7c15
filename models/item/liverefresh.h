#pragma once

#include "domain/accountrecord.h"
#include "storage/changelog.h"

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

namespace keyplan {

class PlanDocument;

// Keeps an open team plan current with what everyone else changes. It listens on the plan's
// notification channel, reads what changed from the change log since it last looked (the payload
// only says that something did), and announces it through the signals the window's own edits use,
// so every view refreshes itself in place. A keep-alive notices a dropped connection: the
// document is then offline (edits are refused, saying why) until the connection is made again,
// when the subscription is renewed and everything missed meanwhile is announced.
class LiveRefresh final : public QObject
{
    Q_OBJECT

public:
    // The one follower of a team plan document (nullptr for a plan file).
    static LiveRefresh *of(PlanDocument *document);

    bool isOnline() const { return m_online; }
    // How often the connection is checked while nothing arrives (tests make it short).
    void setKeepAliveInterval(int milliseconds);

    // Reads and announces every change others committed since it last looked; what a
    // notification starts, and what a reconnect does first.
    void catchUp();
    // Checks the connection now (what the keep-alive timer does).
    void checkConnection();

Q_SIGNALS:
    // Others' changes were announced (`changes` log entries).
    void refreshed(int changes);
    void wentOffline(const QString &reason);
    void cameBackOnline();

private:
    explicit LiveRefresh(PlanDocument *document);
    bool subscribe();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void setOnline(bool online, const QString &reason = {});

    PlanDocument *m_document;
    team::CommitMark m_mark; // what the server had committed when it last looked
    bool m_online = true;
    QTimer m_settle; // gathers a burst of notifications into one catch-up
    QTimer m_keepAlive;
};

} // namespace keyplan
