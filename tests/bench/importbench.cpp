// Times imports and exports as a user runs them (`keyplan import`, `keyplan export`), each in its
// own process so its peak memory is its own: an opportunity report of 8,800 rows over 85 accounts,
// a contact export of 100,000 rows, and the whole plan of a 2,000-account portfolio as JSON.
// With --stream-mib N (1024 for the 1 GB file), also an org-wide Data Loader contact extract of
// that size, imported into a plan of 25 key accounts: read to the end, the key accounts' people
// taken, everyone else's left out; its peak memory is what streaming keeps flat.
// Prints figures; never fails on time.
//
// Usage: keyplan_import_bench [--opportunities N] [--contacts N] [--accounts N] [--runs R]
//                             [--stream-mib N]
// (KEYPLAN_BINARY names the keyplan program.)
#include "benchstats.h"
#include "io/csvwriter.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace keyplan;

namespace {

struct Measured
{
    double ms = 0;
    double peakMiB = 0;
    int status = -1;
};

// Runs keyplan with the arguments, output discarded; its wall time and peak resident memory.
Measured runKeyplan(const QStringList &arguments)
{
    QList<QByteArray> words {QFile::encodeName(test::keyplanBinary())};
    for (const QString &argument : arguments)
        words.append(QFile::encodeName(argument));
    QList<char *> argv;
    for (QByteArray &word : words)
        argv.append(word.data());
    argv.append(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Measured result;
    if (posix_spawn(&pid, argv.constFirst(), &actions, nullptr, argv.data(), environ) != 0)
        return result;
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    result.ms = bench::msSince(timer);
    result.peakMiB = double(usage.ru_maxrss) / 1024.0;
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return result;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString accountName(int index)
{
    static const char *words[] = {"Northwind", "Harbour", "Meridian", "Albion", "Pennine", "Kestrel", "Lumen", "Vantage", "Orchard",
        "Granite", "Summit", "Beacon", "Riverside", "Crown", "Atlas", "Falcon", "Juniper"};
    return QStringLiteral("%1 %2 Holdings %3").arg(QLatin1String(words[index % 17]), QLatin1String(words[(index / 17) % 17])).arg(index);
}

void report(const char *what, const QList<Measured> &runs)
{
    QList<double> ms;
    QList<double> peak;
    for (const Measured &run : runs) {
        ms.append(run.ms);
        peak.append(run.peakMiB);
    }
    std::printf("%-58s median %8.1f ms  max %8.1f ms  peak memory %6.1f MiB\n", what, bench::median(ms), bench::maximum(ms),
        bench::maximum(peak));
}

// A Data Loader extract of an org's every contact, `mib` MiB of it, written in slices (the bench
// holds no more of it than the import does); 1 row in 4,000 is at one of the 25 key accounts the
// plan holds. Imports it once and reports.
bool streamLargeExtract(const QTemporaryDir &dir, int mib)
{
    const QString plan = dir.filePath(QStringLiteral("stream.keyplan"));
    const QString accounts = dir.filePath(QStringLiteral("extract_account.csv"));
    CsvWriter csv;
    for (const char *header : {"ID", "NAME", "TYPE", "INDUSTRY"})
        csv.text(QString::fromLatin1(header));
    csv.endRow();
    for (int i = 0; i < 25; ++i) {
        csv.text(QStringLiteral("0015g00000Key%1AAA").arg(i, 2, 10, QChar(u'0')))
            .text(accountName(i))
            .text(QStringLiteral("Customer - Direct"))
            .text(QStringLiteral("Logistics"));
        csv.endRow();
    }
    if (!writeFile(accounts, csv.take()) || runKeyplan({QStringLiteral("import"), plan, accounts}).status != 0) {
        std::fprintf(stderr, "the key accounts could not be imported\n");
        return false;
    }

    const QString contacts = dir.filePath(QStringLiteral("extract_contact.csv"));
    QFile out(contacts);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    const qint64 target = qint64(mib) * 1024 * 1024;
    for (const char *header : {"ID", "ACCOUNTID", "LASTNAME", "FIRSTNAME", "TITLE", "EMAIL", "PHONE", "REPORTSTOID"})
        csv.text(QString::fromLatin1(header));
    csv.endRow();
    qint64 rows = 0;
    bool first = true;
    while (out.size() < target) {
        for (int slice = 0; slice < 20000; ++slice, ++rows) {
            const bool key = rows % 4000 == 0;
            const QString account = key ? QStringLiteral("0015g00000Key%1AAA").arg((rows / 4000) % 25, 2, 10, QChar(u'0'))
                                        : QStringLiteral("0015g%1AAA").arg(rows % 500000, 10, 10, QChar(u'0'));
            csv.text(QStringLiteral("0035g%1AAA").arg(rows, 10, 10, QChar(u'0')))
                .text(account)
                .text(QStringLiteral("Family%1").arg(rows / 3))
                .text(QStringLiteral("Given%1").arg(rows))
                .text(rows % 10 == 0 ? QStringLiteral("Vice President, Operations") : QStringLiteral("Analyst"))
                .text(QStringLiteral("person%1@example.com").arg(rows))
                .number(QStringLiteral("+44 20 7946 %1").arg(rows % 10000, 4, 10, QChar(u'0')))
                .text(QStringLiteral("000000000000000AAA"));
            csv.endRow();
        }
        const QByteArray slice = csv.take();
        const QByteArray bytes = first ? slice : slice.mid(3); // one byte-order mark, at the start
        first = false;
        if (out.write(bytes) != bytes.size())
            return false;
    }
    out.close();
    std::printf("org-wide contact extract: %.1f MiB, %lld rows, 1 in 4,000 at a key account\n",
        double(QFileInfo(contacts).size()) / (1024.0 * 1024.0), rows);
    const Measured measured = runKeyplan({QStringLiteral("import"), plan, contacts});
    QFile::remove(contacts);
    if (measured.status != 0) {
        std::fprintf(stderr, "the extract import failed\n");
        return false;
    }
    report("import it into the 25 key accounts' plan", {measured});
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int opportunities = bench::option(args, QStringLiteral("--opportunities"), 8800);
    const int contacts = bench::option(args, QStringLiteral("--contacts"), 100000);
    const int accounts = bench::option(args, QStringLiteral("--accounts"), 2000);
    const int runs = bench::option(args, QStringLiteral("--runs"), 5);
    const int streamMiB = bench::option(args, QStringLiteral("--stream-mib"), 0);
    if (test::keyplanBinary().isEmpty()) {
        std::fprintf(stderr, "KEYPLAN_BINARY is not set\n");
        return 1;
    }
    QTemporaryDir dir;

    // A Salesforce report of opportunities with accounts, as labels: 85 accounts.
    {
        const char *stages[] = {"Prospecting", "Qualification", "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost"};
        CsvWriter csv;
        for (const char *header : {"Opportunity ID", "Account Name", "Account Type", "Opportunity Name", "Stage", "Amount", "Probability (%)",
                 "Close Date", "Type"})
            csv.number(QString::fromLatin1(header));
        csv.endRow();
        for (int i = 0; i < opportunities; ++i) {
            csv.number(QStringLiteral("0065g00000%1AAA").arg(i, 5, 10, QChar(u'0')))
                .text(accountName(i % 85))
                .text(QStringLiteral("Customer - Direct"))
                .text(QStringLiteral("Expansion %1").arg(i))
                .text(QString::fromLatin1(stages[i % 6]))
                .number(QStringLiteral("$%1.00").arg(1000 + (i * 37) % 90000))
                .number(QString::number((i * 7) % 100))
                .number(QStringLiteral("%1/%2/2027").arg(1 + i % 12).arg(1 + i % 28))
                .text(i % 3 == 0 ? QStringLiteral("New Customer") : QStringLiteral("Existing Customer - Upgrade"));
            csv.endRow();
        }
        const QString file = dir.filePath(QStringLiteral("opportunities.csv"));
        writeFile(file, csv.take());
        QList<Measured> measured;
        for (int run = 0; run < runs; ++run) {
            const QString plan = dir.filePath(QStringLiteral("opportunities-%1.keyplan").arg(run));
            measured.append(runKeyplan({QStringLiteral("import"), plan, file}));
            if (measured.constLast().status != 0) {
                std::fprintf(stderr, "the opportunity import failed\n");
                return 1;
            }
        }
        report(qPrintable(QStringLiteral("import %1 opportunities, 85 accounts (new plan)").arg(opportunities)), measured);
        // The same report again into the plan it made: every row matched, nothing new.
        QList<Measured> again;
        for (int run = 0; run < runs; ++run)
            again.append(runKeyplan({QStringLiteral("import"), dir.filePath(QStringLiteral("opportunities-0.keyplan")), file}));
        report(qPrintable(QStringLiteral("re-import the same %1 (all unchanged)").arg(opportunities)), again);
    }

    // A contact export: 100,000 people at 500 accounts.
    {
        CsvWriter csv;
        for (const char *header : {"Contact ID", "Account Name", "First Name", "Last Name", "Title", "Email", "Phone"})
            csv.number(QString::fromLatin1(header));
        csv.endRow();
        for (int i = 0; i < contacts; ++i) {
            csv.number(QStringLiteral("0035g0%1AAA").arg(i, 9, 10, QChar(u'0')))
                .text(accountName(i % 500))
                .text(QStringLiteral("Given%1").arg(i))
                .text(QStringLiteral("Family%1").arg(i / 3))
                .text(i % 10 == 0 ? QStringLiteral("Vice President, Operations") : QStringLiteral("Analyst"))
                .text(QStringLiteral("person%1@example.com").arg(i))
                .number(QStringLiteral("+44 20 7946 %1").arg(i % 10000, 4, 10, QChar(u'0')));
            csv.endRow();
        }
        const QString file = dir.filePath(QStringLiteral("contacts.csv"));
        writeFile(file, csv.take());
        std::printf("contact export: %.1f MiB\n", double(QFileInfo(file).size()) / (1024.0 * 1024.0));
        QList<Measured> measured;
        for (int run = 0; run < std::max(1, runs / 2); ++run) {
            const QString plan = dir.filePath(QStringLiteral("contacts-%1.keyplan").arg(run));
            measured.append(runKeyplan({QStringLiteral("import"), plan, file}));
            if (measured.constLast().status != 0) {
                std::fprintf(stderr, "the contact import failed\n");
                return 1;
            }
        }
        report(qPrintable(QStringLiteral("import %1 contacts, 500 accounts (new plan)").arg(contacts)), measured);
    }

    if (streamMiB > 0 && !streamLargeExtract(dir, streamMiB))
        return 1;

    // The whole plan of a large portfolio as JSON.
    {
        const QString plan = dir.filePath(QStringLiteral("large.keyplan"));
        if (!test::writeSamplePlan(plan, accounts))
            return 1;
        QList<Measured> measured;
        for (int run = 0; run < runs; ++run)
            measured.append(runKeyplan({QStringLiteral("export"), plan, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("-o"), dir.filePath(QStringLiteral("large.json"))}));
        report(qPrintable(QStringLiteral("export a %1-account plan as JSON").arg(accounts)), measured);
        std::printf("  (%.1f MiB of JSON)\n", double(QFileInfo(dir.filePath(QStringLiteral("large.json"))).size()) / (1024.0 * 1024.0));
        QList<Measured> ics;
        for (int run = 0; run < runs; ++run)
            ics.append(runKeyplan({QStringLiteral("export"), plan, QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("-o"),
                dir.filePath(QStringLiteral("large.ics"))}));
        report(qPrintable(QStringLiteral("export a %1-account plan's calendar").arg(accounts)), ics);
        QList<Measured> back;
        for (int run = 0; run < std::max(1, runs / 2); ++run)
            back.append(runKeyplan({QStringLiteral("import"), dir.filePath(QStringLiteral("back-%1.keyplan").arg(run)),
                dir.filePath(QStringLiteral("large.json"))}));
        report(qPrintable(QStringLiteral("import that JSON into a new plan")), back);
    }
    return 0;
}
