// Times backups on a generated large plan: a backup as AutoBackup takes it (SQLite's backup API,
// test-opened and integrity-checked, compared with the newest), its size, and what the window
// feels while one runs: how long an edit that starts a backup holds the event loop, and the
// longest gap between two ticks of a 1 ms timer while the backup runs on its worker thread.
// Prints figures; never fails on time.
//
// Usage: keyplan_backup_bench [--accounts N] [--runs R]
#include "benchstats.h"
#include "item/accountediting.h"
#include "item/autobackup.h"
#include "item/plandocument.h"
#include "storage/backupfolder.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace keyplan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int accounts = bench::option(args, QStringLiteral("--accounts"), 2000);
    const int runs = bench::option(args, QStringLiteral("--runs"), 9);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.keyplan"));
    if (!test::writeSamplePlan(path, accounts))
        return 1;
    const QString root = dir.filePath(QStringLiteral("backups"));
    std::unique_ptr<PlanDocument> document = test::openDocument(path);
    if (!document)
        return 1;
    const AccountId id = document->accounts().constFirst().id;

    // A backup from start to finish, on this thread (the worker's work, timed alone).
    QList<double> taken;
    qint64 size = 0;
    for (int run = 0; run < runs; ++run) {
        AccountEditing::of(document.get())->editAccountField(id, AccountField::Notes, QStringLiteral("run %1").arg(run));
        QElapsedTimer timer;
        timer.start();
        const BackupOutcome outcome = BackupFolder(path, root).takeFromFile(
            path, BackupReason::Automatic, QDateTime::currentDateTimeUtc().addSecs(run * 3600));
        taken.append(bench::msSince(timer));
        if (!outcome.ok || !outcome.kept) {
            std::fprintf(stderr, "backup failed: %s\n", qPrintable(outcome.error));
            return 1;
        }
        size = outcome.entry.size;
    }
    // Unchanged since the newest: written, checked, compared, and not kept.
    QList<double> unchanged;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const BackupOutcome outcome = BackupFolder(path, root).takeFromFile(
            path, BackupReason::Automatic, QDateTime::currentDateTimeUtc().addDays(2).addSecs(run));
        unchanged.append(bench::msSince(timer));
        if (!outcome.ok || outcome.kept)
            return 1;
    }

    // The window's side: an edit that starts a backup, then the event loop while it runs.
    QList<double> editWithBackup;
    QList<double> longestStall;
    for (int run = 0; run < runs; ++run) {
        QDateTime now = QDateTime::currentDateTimeUtc().addDays(3 + run);
        AutoBackup backups(document.get(), root);
        backups.setClock([&now] { return now; });
        bool done = false;
        QObject::connect(&backups, &AutoBackup::finished, [&done] { done = true; });
        QElapsedTimer edit;
        edit.start();
        AccountEditing::of(document.get())->editAccountField(id, AccountField::Notes, QStringLiteral("stall %1").arg(run));
        QCoreApplication::processEvents(); // the deferred start of the backup
        editWithBackup.append(bench::msSince(edit));
        QElapsedTimer sinceTick;
        sinceTick.start();
        double stall = 0;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            stall = std::max(stall, bench::msSince(sinceTick));
            sinceTick.restart();
        });
        tick.start();
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        longestStall.append(stall);
    }

    std::printf("backup of a %d-account plan (%.1f MB): median %.1f ms, max %.1f ms (%d runs)\n", accounts,
        double(size) / 1e6, bench::median(taken), bench::maximum(taken), runs);
    std::printf("backup of an unchanged plan (checked, then not kept): median %.1f ms, max %.1f ms\n",
        bench::median(unchanged), bench::maximum(unchanged));
    std::printf("an edit that starts an automatic backup holds the window: median %.1f ms, max %.1f ms\n",
        bench::median(editWithBackup), bench::maximum(editWithBackup));
    std::printf("longest gap between 1 ms timer ticks while the backup runs: median %.1f ms, max %.1f ms\n",
        bench::median(longestStall), bench::maximum(longestStall));
    return 0;
}
