// Times the portfolio on a generated large plan: opening it and showing the portfolio, a filter
// keystroke, and `keyplan report --json` against `sqlite3 PLAN .dump`; reports peak memory.
// Prints figures; never fails on time.
//
// Usage: keyplan_bench [--accounts N] [--runs R] [--keep PLAN]
#include "benchstats.h"
#include "livingplanbench.h"
#include "domain/revenuefigures.h"
#include "item/portfoliofilterproxy.h"
#include "storage/accountstore.h"
#include "storage/plandatabase.h"
#include "storage/portfoliorecords.h"
#include "storage/planrevenue.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/portfoliopanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace keyplan;

namespace {

using bench::runMs;

long peakKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int accounts = bench::option(args, QStringLiteral("--accounts"), 2000);
    const int runs = bench::option(args, QStringLiteral("--runs"), 7);
    const QString keep = bench::option(args, QStringLiteral("--keep"));
    QTemporaryDir dir;
    const QString plan = keep.isEmpty() ? dir.filePath(QStringLiteral("large.keyplan")) : keep;
    QFile::remove(plan);

    const double generate = runMs(test::keyplanBinary(),
        {QStringLiteral("sample"), plan, QStringLiteral("--accounts"), QString::number(accounts)});
    std::printf("accounts: %d (plan file %.1f MiB)\n", accounts, double(QFileInfo(plan).size()) / 1048576.0);
    std::printf("generate (keyplan sample --accounts %d): %.0f ms\n", accounts, generate);

    // Opening the plan and showing the portfolio, painted, in a window.
    QList<double> opens;
    QList<double> keystrokes;
    QList<double> filterOnly;
    for (int run = 0; run < runs; ++run) {
        MainWindow window;
        window.show();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        window.openPlan(plan);
        window.portfolioPanel()->table()->viewport()->repaint();
        QCoreApplication::processEvents();
        opens.append(double(timer.nsecsElapsed()) / 1e6);
        if (window.portfolioPanel()->proxy()->rowCount() != accounts)
            std::fprintf(
                stderr, "expected %d rows, saw %d\n", accounts, window.portfolioPanel()->proxy()->rowCount());

        QLineEdit *search = window.portfolioPanel()->searchField();
        search->setFocus();
        const auto keystroke = [&](auto key) {
            QElapsedTimer clock;
            clock.start();
            QTest::keyClick(search, key);
            // The header and the bridge add up the shown rows from the event loop, once per keystroke.
            QCoreApplication::processEvents();
            const double filtered = double(clock.nsecsElapsed()) / 1e6;
            window.portfolioPanel()->table()->viewport()->repaint();
            keystrokes.append(double(clock.nsecsElapsed()) / 1e6);
            filterOnly.append(filtered);
        };
        for (const QChar letter : QStringLiteral("north"))
            keystroke(letter.toLatin1());
        for (int i = 0; i < 5; ++i)
            keystroke(Qt::Key_Backspace);
    }
    std::printf("open plan and show the portfolio (median of %d): %.1f ms\n", runs, bench::median(opens));
    std::printf("filter keystroke, with repaint (median of %lld, max %.1f): %.2f ms\n",
        static_cast<long long>(keystrokes.size()), *std::max_element(keystrokes.cbegin(), keystrokes.cend()),
        bench::median(keystrokes));
    std::printf("  of which filtering, updating the models and views and adding up the header (median): %.2f ms\n",
        bench::median(filterOnly));
    std::printf("peak memory of this process after opening: %.1f MiB\n", double(peakKiB()) / 1024.0);

    QList<double> reports;
    QList<double> dumps;
    for (int run = 0; run < runs; ++run) {
        reports.append(
            runMs(test::keyplanBinary(), {QStringLiteral("report"), plan, QStringLiteral("--json")}));
        dumps.append(runMs(QStringLiteral("sqlite3"), {plan, QStringLiteral(".dump")}));
    }
    std::printf("keyplan report --json (median of %d): %.1f ms\n", runs, bench::median(reports));
    std::printf("sqlite3 PLAN .dump (median of %d): %.1f ms\n", runs, bench::median(dumps));

    // The ARR bridge and retention of every account, by segment, tier and owner: the computation
    // behind the header, the bridge dock and the report, on timelines already read.
    PlanOpenResult opened;
    std::unique_ptr<PlanDatabase> database = PlanDatabase::open(plan, PlanOpenMode::ReadOnly, &opened);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    const QDate today = QDate::currentDate();
    QElapsedTimer readClock;
    readClock.start();
    PlanRevenue revenue = readPlanRevenue(database->connection());
    const QList<Account> all = AccountStore(database->connection()).all(nullptr, today);
    const double readMs = double(readClock.nsecsElapsed()) / 1e6;
    QList<RevenueInput> inputs;
    qsizetype changes = 0;
    for (const Account &account : all) {
        changes += revenue.timelines.value(account.id).size();
        inputs.append(revenueInput(account, QString::number(account.ownerId.value_or(0)), revenue.timelines.value(account.id)));
    }
    QList<double> bridges;
    MinorUnits check = 0;
    for (int run = 0; run < runs * 3; ++run) {
        QElapsedTimer clock;
        clock.start();
        const RevenueFigures figures = computeRevenueFigures(inputs, revenue.rates, revenue.reportingCurrency,
            ReportingPeriod::trailingTwelveMonths(today), today);
        bridges.append(double(clock.nsecsElapsed()) / 1e6);
        check += figures.total.bridge ? figures.total.bridge->end : 0;
    }
    std::printf("reading %lld accounts' ARR timelines (%lld changes) and rates: %.1f ms\n",
        static_cast<long long>(all.size()), static_cast<long long>(changes), readMs);
    std::printf("ARR bridge and retention of %lld accounts, with segments, tiers and owners (median of %d, max %.1f): "
                "%.2f ms%s\n",
        static_cast<long long>(all.size()), runs * 3, *std::max_element(bridges.cbegin(), bridges.cend()),
        bench::median(bridges), check > 0 ? "" : " (no figures!)");

    // The living plan: the rules over every key account, after one edit, and This Week shown.
    database.reset(); // its own connection, writable
    return benchLivingPlan(plan, runs);
}
