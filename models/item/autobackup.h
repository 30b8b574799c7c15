#pragma once

#include "storage/backupfolder.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

namespace keyplan {

class PlanDocument;

// Automatic backups of the plan a window has open for writing: one when the plan is opened if the
// newest backup is 30 minutes old or more, then at most one every 30 minutes while it is being
// edited. Each is written on a worker thread through a read-only connection of its own (the
// window's connection never leaves its thread), so typing is not held up; an unchanged plan
// leaves no new backup (BackupFolder compares it with the newest).
class AutoBackup final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 intervalSeconds = 30 * 60;

    explicit AutoBackup(PlanDocument *document, const QString &root = BackupFolder::defaultRoot(),
        QObject *parent = nullptr);
    ~AutoBackup() override; // waits for a backup under way
    Q_DISABLE_COPY_MOVE(AutoBackup)

    // Tests replace the clock; UTC.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Starts a backup now if one is due (the plan changed since the last, 30 minutes ago or more).
    void backUpIfDue();
    bool isRunning() const { return m_watcher.isRunning(); }
    void waitForIdle();

Q_SIGNALS:
    // A backup finished: kept, found unchanged, or failed (outcome.error says why).
    void finished(const keyplan::BackupOutcome &outcome);

private:
    bool isDue() const;
    void start();

    QString m_planPath;
    QString m_root;
    QDateTime m_newest; // when the newest backup of this plan was taken, invalid when none
    bool m_edited = true; // not yet compared with a backup in this session
    QTimer m_timer;
    QFutureWatcher<BackupOutcome> m_watcher;
    std::function<QDateTime()> m_clock;
};

} // namespace keyplan
