// A child process for tst_crashsafety: makes edits through the undo stack, as the window does,
// and acknowledges each one on stdout only after it returned, i.e. after the UI would show it as
// done. The test kills this process with SIGKILL at random moments.
//
// Usage: keyplan_kill_writer PLAN FIRST_EDIT_NUMBER
#include "domain/month.h"
#include "item/accountediting.h"
#include "item/plandocument.h"
#include "item/revenueediting.h"
#include "testsupport.h"

#include <QCoreApplication>

#include <cstdio>

using namespace keyplan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    std::unique_ptr<PlanDocument> document = test::openDocument(QString::fromLocal8Bit(argv[1]));
    if (!document)
        return 1;
    const qint64 first = QByteArray(argv[2]).toLongLong();
    QList<AccountId> ids;
    const QList<Account> accounts = document->accounts();
    for (const Account &account : accounts)
        ids.append(account.id);
    const QDate month(2030, 1, 1);
    std::printf("ready\n");
    std::fflush(stdout);
    for (qint64 edit = first; edit < first + 100000; ++edit) {
        const AccountId id = ids.at(edit % 5);
        if (edit % 2 == 0)
            RevenueEditing::of(document.get())->recordChange(
                {0, id, month, ArrChangeKind::Upsell, edit, {}, std::nullopt, 1});
        else
            AccountEditing::of(document.get())->editAccountField(id, AccountField::Notes, QStringLiteral("edit %1").arg(edit));
        std::printf("ack %lld %lld\n", static_cast<long long>(edit), static_cast<long long>(id));
        std::fflush(stdout);
    }
    return 0;
}
