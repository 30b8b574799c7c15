// Times QBR summaries on the sample portfolio: reading one account's summary data, one QBR as PDF
// end to end (read, lay out, paint, write) for a small and for the largest map, the same as an
// OpenDocument file, every key account's PDF plus the portfolio summary (what `keyplan export-qbr
// PLAN -o FOLDER` does), and the portfolio summary of a generated large portfolio. Prints figures;
// never fails on time.
//
// Usage: keyplan_qbr_bench [--runs R] [--accounts N]   (N: the generated portfolio, default 2000)
#include "benchstats.h"
#include "io/portfolioreport.h"
#include "item/plandocument.h"
#include "item/reviewediting.h"
#include "item/qbrdata.h"
#include "storage/plandatabase.h"
#include "testsupport.h"
#include "ui/qbr/qbrexport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace keyplan;
using bench::maximum;
using bench::median;
using bench::msSince;

namespace {

void print(const char *what, const QList<double> &times)
{
    std::printf("%-58s median %8.1f ms   max %8.1f ms\n", what, median(times), maximum(times));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    const int runs = bench::option(arguments, QStringLiteral("--runs"), 9);
    const int accounts = bench::option(arguments, QStringLiteral("--accounts"), 2000);
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("sample.keyplan"));
    if (!test::writeSamplePlan(plan))
        return 1;
    std::unique_ptr<PlanDocument> document = test::openDocument(plan);
    document->setAsOf(test::sampleAsOf);
    const QPageLayout layout = defaultQbrPageLayout();

    QList<double> read, smallPdf, largePdf, internalPdf, odt, pptx, all;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        for (const auto &[name, times] : {std::pair {QStringLiteral("Northgate Logistics"), &smallPdf},
                 std::pair {QStringLiteral("Meridian Retail Group"), &largePdf}}) {
            const AccountId id = test::accountNamed(*document, name);
            timer.start();
            const QbrData data = readQbrData(*document, ReviewEditing::of(document.get())->qbrInPreparation(id));
            if (times == &smallPdf)
                read.append(msSince(timer));
            if (!exportQbr(data, QbrEdition::Customer, dir.filePath(QStringLiteral("one.pdf")), layout))
                return 1;
            times->append(msSince(timer));
        }
        timer.start();
        const AccountId northgate = test::accountNamed(*document, QStringLiteral("Northgate Logistics"));
        if (!exportQbr(readQbrData(*document, ReviewEditing::of(document.get())->qbrInPreparation(northgate)), QbrEdition::Customer,
                dir.filePath(QStringLiteral("one.odt")), layout))
            return 1;
        odt.append(msSince(timer));
        timer.start();
        if (!exportQbr(readQbrData(*document, ReviewEditing::of(document.get())->qbrInPreparation(northgate)), QbrEdition::Internal,
                dir.filePath(QStringLiteral("one.pptx")), layout))
            return 1;
        pptx.append(msSince(timer));
        timer.start();
        const AccountId meridian = test::accountNamed(*document, QStringLiteral("Meridian Retail Group"));
        if (!exportQbr(readQbrData(*document, ReviewEditing::of(document.get())->qbrInPreparation(meridian)), QbrEdition::Internal,
                dir.filePath(QStringLiteral("internal.pdf")), layout))
            return 1;
        internalPdf.append(msSince(timer));

        // Every key account and the portfolio summary, as export-qbr PLAN -o FOLDER writes them.
        timer.start();
        const QDir folder(dir.filePath(QStringLiteral("all")));
        QDir().mkpath(folder.path());
        int written = 0;
        for (const Account &account : document->accounts()) {
            if (!account.isKey)
                continue;
            const QbrData data = readQbrData(*document, ReviewEditing::of(document.get())->qbrInPreparation(account.id));
            if (!exportQbr(data, QbrEdition::Customer, folder.filePath(qbrFileName(account.name, QStringLiteral("pdf"))), layout))
                return 1;
            ++written;
        }
        const std::optional<PortfolioReport> report
            = buildPortfolioReport(document->database().connection(), ReportOptions {{}, {true, {}}, document->asOf(), {}});
        if (!report
            || !exportPortfolioSummary(*report, document->asOf(),
                folder.filePath(QStringLiteral("summary.pdf")), defaultSummaryPageLayout()))
            return 1;
        all.append(msSince(timer));
        if (run == 0)
            std::printf("%d key accounts' QBRs and the portfolio summary per run\n", written);
    }
    std::printf("QBR summaries on the sample portfolio, %d runs\n", runs);
    print("read one account's summary data (Northgate)", read);
    print("one customer-edition QBR PDF end to end (Northgate)", smallPdf);
    print("one customer-edition QBR PDF end to end (Meridian)", largePdf);
    print("one internal-edition QBR PDF, 42-person map (Meridian)", internalPdf);
    print("one customer-edition QBR as OpenDocument text (Northgate)", odt);
    print("one internal-edition QBR as slides, PPTX with figures (Northgate)", pptx);
    print("all key accounts' customer PDFs + the portfolio summary", all);
    document.reset();

    // The portfolio summary of a generated large portfolio: report and paint.
    const QString large = dir.filePath(QStringLiteral("large.keyplan"));
    if (!test::writeSamplePlan(large, accounts))
        return 1;
    document = test::openDocument(large);
    document->setAsOf(test::sampleAsOf);
    QList<double> summary;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<PortfolioReport> report
            = buildPortfolioReport(document->database().connection(), ReportOptions {{}, {true, {}}, document->asOf(), {}});
        if (!report
            || !exportPortfolioSummary(*report, document->asOf(), dir.filePath(QStringLiteral("large.pdf")),
                defaultSummaryPageLayout()))
            return 1;
        summary.append(msSince(timer));
    }
    int keyAccounts = 0;
    for (const Account &account : document->accounts())
        keyAccounts += account.isKey ? 1 : 0;
    std::printf("Portfolio summary of %d accounts (%d key), %d runs\n", accounts, keyAccounts, runs);
    print("report and portfolio summary PDF", summary);
    return 0;
}
