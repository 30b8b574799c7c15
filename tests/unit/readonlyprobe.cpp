// Run by readonly_medium.sh inside a private mount namespace, on a plan that sits on a file
// system mounted read-only: opening it for writing must fall back to read-only and say so, and
// edits must be refused without touching the file.
//
// Usage: keyplan_readonly_probe PLAN
#include "item/accountediting.h"
#include "item/plandocument.h"
#include "storage/plandatabase.h"

#include <QCoreApplication>

#include <cstdio>

using namespace keyplan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan
        = PlanDatabase::open(QString::fromLocal8Bit(argv[1]), PlanOpenMode::ReadWrite, &result);
    if (!plan) {
        std::fprintf(stderr, "refused: %s\n", qPrintable(result.message));
        return 1;
    }
    if (!result.readOnlyMedium || !plan->isReadOnly()) {
        std::fprintf(stderr, "a plan on a read-only medium was opened for writing\n");
        return 1;
    }
    PlanDocument document(std::move(plan));
    int failures = 0;
    QObject::connect(&document, &PlanDocument::writeFailed, [&failures] { ++failures; });
    const QList<Account> accounts = document.accounts();
    if (accounts.isEmpty())
        return 1;
    AccountEditing::of(&document)->editAccountField(accounts.constFirst().id, AccountField::Name, QStringLiteral("changed"));
    if (failures != 1 || document.account(accounts.constFirst().id)->name == u"changed") {
        std::fprintf(stderr, "an edit was not refused on a read-only plan\n");
        return 1;
    }
    std::printf("opened read-only (%lld accounts), edit refused\n", static_cast<long long>(accounts.size()));
    return 0;
}
