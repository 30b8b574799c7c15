// Times whitespace and the pipeline on a generated large plan: opening a key account's matrix and
// pipeline (models loaded, tabs laid out and painted), and recomputing the portfolio pipeline (the
// list's model, its totals and both chart breakdowns, the whitespace summaries), also as a whole
// after an edit. Prints figures; never fails on time.
//
// Usage: keyplan_pipeline_bench [--accounts N] [--runs R]
#include "benchstats.h"
#include "domain/pipelinebreakdown.h"
#include "item/pipelinemodel.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/whitespacemodel.h"
#include "item/whitespacesummarymodel.h"
#include "testsupport.h"
#include "ui/pipelinepage.h"
#include "ui/whitespacepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace keyplan;

namespace {

struct Figures
{
    double median = 0;
    double max = 0;
};

Figures figures(const QList<double> &values)
{
    return {bench::median(values), bench::maximum(values)};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int accounts = bench::option(args, QStringLiteral("--accounts"), 2000);
    const int runs = bench::option(args, QStringLiteral("--runs"), 15);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipeline.keyplan"));
    if (!test::writeSamplePlan(path, accounts))
        return 1;
    std::unique_ptr<PlanDocument> document = test::openDocument(path);
    if (!document)
        return 1;
    document->setAsOf(test::sampleAsOf);
    QList<AccountId> keyAccounts;
    for (const Account &account : document->accounts()) {
        if (account.isKey)
            keyAccounts.append(account.id);
    }
    const QList<Opportunity> everything = PipelineEditing::of(document.get())->allOpportunities();
    std::printf("Plan: %d accounts (%lld key), %lld opportunities, %lld whitespace cells\n", accounts,
        qlonglong(keyAccounts.size()), qlonglong(everything.size()),
        qlonglong(PipelineEditing::of(document.get())->keyAccountWhitespace().cells.size()));

    // Opening an account's matrix and pipeline, as the two tabs show them side by side.
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *whitespace = new WhitespacePage(&window);
    auto *pipeline = new PipelinePage(PipelinePage::Scope::Account, &window);
    layout->addWidget(whitespace);
    layout->addWidget(pipeline);
    whitespace->setDocument(document.get());
    pipeline->setDocument(document.get());
    window.resize(1600, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QList<double> open;
    for (int run = 0; run < runs && !keyAccounts.isEmpty(); ++run) {
        const AccountId id = keyAccounts.at((run * 37) % keyAccounts.size());
        QElapsedTimer timer;
        timer.start();
        whitespace->setAccount(id);
        pipeline->setAccount(id);
        window.repaint(); // laid out and painted, synchronously
        open.append(bench::msSince(timer));
    }
    const Figures opened = figures(open);
    std::printf(
        "Open a key account's matrix and pipeline (load, lay out, paint): median %.1f ms, max %.1f ms "
        "(target 50 ms)\n",
        opened.median, opened.max);

    // Recomputing the portfolio pipeline: the list's model, its totals and the charts' figures.
    PipelineModel portfolio(document.get());
    WhitespaceSummaryModel byOffering(document.get(), WhitespaceSummaryModel::Grouping::ByOffering);
    WhitespaceSummaryModel byUnit(document.get(), WhitespaceSummaryModel::Grouping::ByBusinessUnit);
    QList<double> pipelineRuns;
    QList<double> whitespaceRuns;
    MinorUnits check = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        portfolio.setAccount(0);
        QList<Opportunity> list;
        list.reserve(portfolio.rowCount());
        for (int row = 0; row < portfolio.rowCount(); ++row)
            list.append(portfolio.opportunityAt(row));
        const PipelineTotals totals = pipelineTotals(list);
        const PipelineBreakdown stage = breakdownByStage(list, true);
        const PipelineBreakdown quarter = breakdownByQuarter(list, test::sampleAsOf, false);
        pipelineRuns.append(bench::msSince(timer));
        check += totals.weighted - stage.total() + totals.unweighted - quarter.total();
        timer.restart();
        byOffering.setActive(true);
        byUnit.setActive(true);
        byOffering.reload();
        byUnit.reload();
        whitespaceRuns.append(bench::msSince(timer));
    }
    if (check != 0)
        std::printf("Charts and totals disagree by %lld minor units\n", qlonglong(check));
    const Figures recomputed = figures(pipelineRuns);
    const Figures summaries = figures(whitespaceRuns);
    std::printf(
        "Recompute the portfolio pipeline (%d opportunities: list, totals, both breakdowns): median %.1f ms, "
        "max %.1f ms (target 100 ms)\n",
        portfolio.rowCount(), recomputed.median, recomputed.max);
    std::printf(
        "Recompute whitespace across key accounts (by offering and by unit): median %.1f ms, max %.1f ms\n",
        summaries.median, summaries.max);

    // An edit end to end: written in a transaction, then every view's model follows.
    QList<double> edits;
    for (int run = 0; run < runs && !everything.isEmpty(); ++run) {
        Opportunity o
            = PipelineEditing::of(document.get())->opportunities(everything.at(run % everything.size()).accountId).constFirst();
        o.amount += 100;
        QElapsedTimer timer;
        timer.start();
        PipelineEditing::of(document.get())->editOpportunity(o);
        edits.append(bench::msSince(timer));
    }
    const Figures edited = figures(edits);
    std::printf(
        "Edit an opportunity with the portfolio list and both summaries following: median %.1f ms, max %.1f "
        "ms\n",
        edited.median, edited.max);
    return 0;
}
