// Times a large team plan on the test server (KEYPLAN_TEST_PG, loopback): opening it as the
// window does (the connection, the document and the portfolio table), against the same plan as a
// file; how long another client's edit takes to show in a window (its live refresh), from the
// moment the edit is saved; and `keyplan report --json` against the server and against the file.
// Prints figures; never fails on time.
//
// Usage: keyplan_team_bench [--accounts N] [--runs R] [--edits E]
#include "benchstats.h"
#include "domain/accountfields.h"
#include "item/accountediting.h"
#include "item/liverefresh.h"
#include "item/plandocument.h"
#include "item/portfoliomodel.h"
#include "storage/plandatabase.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace keyplan;

namespace {

double runMs(const QStringList &arguments)
{
    return bench::runMs(test::keyplanBinary(), arguments);
}

std::unique_ptr<PlanDocument> openDocument(const QString &location)
{
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(location, PlanOpenMode::ReadWrite, &result);
    if (!plan) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(result.message));
        return nullptr;
    }
    return std::make_unique<PlanDocument>(std::move(plan));
}

// Opening as the window does: the plan, its document and the portfolio table's rows.
double openMs(const QString &location, int *rows)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<PlanDocument> document = openDocument(location);
    if (!document)
        return 0;
    PortfolioModel model(document.get());
    *rows = model.rowCount();
    return bench::msSince(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int accounts = bench::option(args, QStringLiteral("--accounts"), 20000);
    const int runs = bench::option(args, QStringLiteral("--runs"), 5);
    const int edits = bench::option(args, QStringLiteral("--edits"), 30);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("large.keyplan"));
    const QStringList asOf = {QStringLiteral("--as-of"), test::sampleAsOf.toString(Qt::ISODate)};
    const double generate
        = runMs(QStringList {QStringLiteral("sample"), file, QStringLiteral("--accounts"), QString::number(accounts)} + asOf);
    const QString url = test::newServerDatabase();
    const double copy = runMs({QStringLiteral("copy"), file, url});
    std::printf("team plan of %d accounts: generated in %.0f ms, published (keyplan copy) in %.0f ms\n", accounts,
        generate, copy);

    QList<double> serverOpen;
    QList<double> fileOpen;
    int rows = 0;
    for (int run = 0; run < runs; ++run) {
        serverOpen.append(openMs(url, &rows));
        fileOpen.append(openMs(file, &rows));
    }
    std::printf("open with the portfolio table (%d rows): team plan median %.0f ms (max %.0f), plan file median "
                "%.0f ms (max %.0f)\n",
        rows, bench::median(serverOpen), bench::maximum(serverOpen), bench::median(fileOpen),
        bench::maximum(fileOpen));

    // Another client's edit, from its save to this window's table showing it.
    std::unique_ptr<PlanDocument> theirs = openDocument(url);
    std::unique_ptr<PlanDocument> mine = openDocument(url);
    if (!theirs || !mine)
        return 1;
    LiveRefresh *live = LiveRefresh::of(mine.get());
    if (!live)
        return 1;
    PortfolioModel model(mine.get());
    QList<double> visible;
    QList<double> saveAndVisible;
    for (int edit = 0; edit < edits; ++edit) {
        const int row = (edit * 7919) % model.rowCount();
        const AccountId id = model.accountIdAt(row);
        const QString name = QStringLiteral("Renamed %1 #%2").arg(id).arg(edit);
        QElapsedTimer timer;
        timer.start();
        AccountEditing::of(theirs.get())->editAccountField(id, AccountField::Name, name);
        const double saved = bench::msSince(timer);
        QElapsedTimer wait;
        wait.start();
        while (model.index(model.rowOf(id), PortfolioModel::Name).data().toString() != name && wait.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const double shown = bench::msSince(timer);
        visible.append(shown - saved);
        saveAndVisible.append(shown);
        // Apart, as people's edits are: each is its own notification.
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 50)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    std::printf("another client's edit shown in this window's table (%d edits): median %.0f ms after it was saved "
                "(max %.0f); median %.0f ms from the start of the save (max %.0f)\n",
        edits, bench::median(visible), bench::maximum(visible), bench::median(saveAndVisible),
        bench::maximum(saveAndVisible));
    theirs.reset();
    mine.reset();

    QList<double> serverReport;
    QList<double> fileReport;
    for (int run = 0; run < runs; ++run) {
        serverReport.append(runMs(QStringList {QStringLiteral("report"), url, QStringLiteral("--json")} + asOf));
        fileReport.append(runMs(QStringList {QStringLiteral("report"), file, QStringLiteral("--json")} + asOf));
    }
    std::printf("report --json: team plan median %.0f ms (max %.0f), plan file median %.0f ms (max %.0f): %.2fx\n",
        bench::median(serverReport), bench::maximum(serverReport), bench::median(fileReport),
        bench::maximum(fileReport), bench::median(serverReport) / qMax(1.0, bench::median(fileReport)));
    return 0;
}
