#include "item/autobackup.h"

#include "item/plandocument.h"
#include "storage/plandatabase.h"

#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace keyplan {

AutoBackup::AutoBackup(PlanDocument *document, const QString &root, QObject *parent)
    : QObject(parent)
    , m_planPath(document->database().path())
    , m_root(root)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    const QList<BackupEntry> entries = BackupFolder(m_planPath, m_root).entries();
    if (!entries.isEmpty())
        m_newest = entries.constFirst().takenAt;
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        m_edited = true;
        // After the edit has been shown: the backup starts on the next turn of the event loop.
        QTimer::singleShot(0, this, &AutoBackup::backUpIfDue);
    });
    connect(&m_watcher, &QFutureWatcher<BackupOutcome>::finished, this, [this] {
        const BackupOutcome outcome = m_watcher.result();
        if (outcome.ok)
            m_newest = m_clock();
        else
            m_edited = true; // try again at the next chance
        Q_EMIT finished(outcome);
    });
    // Editing that goes on for hours gets its backups even between two quiet edits; the first is
    // a few seconds after opening, once the window is on screen.
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::backUpIfDue);
    m_timer.start();
    QTimer::singleShot(5000, this, &AutoBackup::backUpIfDue);
}

AutoBackup::~AutoBackup()
{
    waitForIdle();
}

void AutoBackup::waitForIdle()
{
    m_watcher.waitForFinished();
}

bool AutoBackup::isDue() const
{
    return m_edited && (!m_newest.isValid() || m_newest.secsTo(m_clock()) >= intervalSeconds);
}

void AutoBackup::backUpIfDue()
{
    if (!isRunning() && isDue())
        start();
}

void AutoBackup::start()
{
    m_edited = false;
    const QString plan = m_planPath;
    const QString root = m_root;
    const QDateTime now = m_clock();
    m_watcher.setFuture(QtConcurrent::run([plan, root, now] {
        return BackupFolder(plan, root).takeFromFile(plan, BackupReason::Automatic, now);
    }));
}

} // namespace keyplan
