// Any bytes as a plan exported as JSON (docs/plan-json.md), loaded into a real, empty plan inside a
// transaction that is rolled back: every table, column, type, reference and check the loader and
// the plan's constraints refuse must come back as a message, never a crash. A document the loader
// takes leaves a plan that its own integrity check passes.
#include "io/planjson.h"
#include "storage/planchecker.h"
#include "storage/plandatabase.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

#include <unistd.h>

using namespace keyplan;

namespace {

PlanDatabase *plan()
{
    static std::unique_ptr<PlanDatabase> made = [] {
        static int argc = 1;
        static char name[] = "fuzz_planjson";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv); // the SQL drivers are plugins
        const QString path = QDir::temp().filePath(QStringLiteral("keyplan-fuzz-%1.keyplan").arg(getpid()));
        QFile::remove(path);
        PlanOpenResult result;
        return PlanDatabase::create(path, &result);
    }();
    return made.get();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PlanDatabase *database = plan();
    if (!database)
        __builtin_trap();
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QSqlDatabase db = database->connection();
    WriteTransaction transaction(db);
    PlanJsonLoad load;
    QString error;
    const bool loaded = loadPlanJson(db, json, &load, &error);
    if (!loaded && error.isEmpty())
        __builtin_trap(); // a refusal always says why
    if (loaded) {
        for (const CheckFinding &finding : checkPlan(db)) {
            if (finding.severity == CheckFinding::Severity::Error) {
                fprintf(stderr, "taken, but the plan fails its check: %s\n", qPrintable(finding.message));
                __builtin_trap();
            }
        }
    }
    // The transaction is rolled back as it goes out of scope: the plan is empty for the next input.
    return 0;
}
