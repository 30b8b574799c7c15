// An editing session for the fault-injection test: opens the plan as the window does, makes
// edits through the undo stack, and acknowledges on stdout only the edits the plan took; then
// closes the plan and says whether the close was clean.
//
// Usage: keyplan_edit_probe PLAN FIRST_EDIT COUNT
//   prints "ack EDIT ACCOUNT" per edit written, "failed EDIT" per edit refused, then "closed" or
//   "close failed: WHY"; exit 0 when every edit and the close went through, else 1.
#include "item/accountediting.h"
#include "item/plandocument.h"
#include "item/revenueediting.h"
#include "storage/plandatabase.h"

#include <QCoreApplication>

#include <cstdio>

using namespace keyplan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan
        = PlanDatabase::open(QString::fromLocal8Bit(argv[1]), PlanOpenMode::ReadWrite, &result);
    if (!plan) {
        std::printf("refused: %s\n", qPrintable(result.message));
        return 1;
    }
    PlanDocument document(std::move(plan));
    bool failed = false;
    QObject::connect(&document, &PlanDocument::writeFailed, [&failed] { failed = true; });
    QList<AccountId> ids;
    const QList<Account> accounts = document.accounts();
    for (const Account &account : accounts)
        ids.append(account.id);
    if (ids.size() < 5)
        return 2;
    const qint64 first = QByteArray(argv[2]).toLongLong();
    const qint64 count = QByteArray(argv[3]).toLongLong();
    bool allWritten = true;
    for (qint64 edit = first; edit < first + count; ++edit) {
        const AccountId id = ids.at(edit % 5);
        failed = false;
        if (edit % 2 == 0)
            RevenueEditing::of(&document)->recordChange(
                {0, id, QDate(2030, 1, 1), ArrChangeKind::Upsell, edit, {}, std::nullopt, 1});
        else
            AccountEditing::of(&document)->editAccountField(id, AccountField::Notes, QStringLiteral("edit %1").arg(edit));
        if (failed)
            std::printf("failed %lld\n", static_cast<long long>(edit));
        else
            std::printf("ack %lld %lld\n", static_cast<long long>(edit), static_cast<long long>(id));
        std::fflush(stdout);
        allWritten = allWritten && !failed;
    }
    QString why;
    if (!document.database().close(&why)) {
        std::printf("close failed: %s\n", qPrintable(why));
        return 1;
    }
    std::printf("closed\n");
    return allWritten ? 0 : 1;
}
