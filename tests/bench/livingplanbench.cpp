#include "livingplanbench.h"

#include "benchstats.h"
#include "domain/playevaluation.h"
#include "item/livingplanediting.h"
#include "item/plandocument.h"
#include "item/playediting.h"
#include "item/playevaluator.h"
#include "item/thisweekmodel.h"
#include "item/peopleediting.h"
#include "storage/accountstore.h"
#include "storage/plandatabase.h"
#include "storage/portfoliorecords.h"
#include "ui/thisweekview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTreeView>
#include <QUndoStack>

#include <cstdio>

namespace keyplan {

int benchLivingPlan(const QString &plan, int runs)
{
    PlanOpenResult opened;
    std::unique_ptr<PlanDatabase> database = PlanDatabase::open(plan, PlanOpenMode::ReadWrite, &opened);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    PlanDocument document(std::move(database));
    if (document.isReadOnly())
        std::fprintf(stderr, "the plan opened read-only: nothing is written\n");
    const QSqlDatabase db = document.database().connection();
    const QDate today = document.asOf();
    PlayEvaluator *evaluator = PlayEvaluator::of(&document);

    // A whole pass as when a plan opens: the first writes every play the rules open.
    QElapsedTimer clock;
    clock.start();
    evaluator->evaluateAll();
    const double firstPass = bench::msSince(clock);
    QList<double> passes;
    for (int run = 0; run < runs; ++run) {
        clock.restart();
        evaluator->evaluateAll();
        passes.append(bench::msSince(clock));
    }

    // The rules alone, on records read in bulk: every rule of every key account, reconciled with
    // its plays, and the portfolio's rules.
    clock.restart();
    const QList<AccountRecord> records = readKeyAccountRecords(db);
    const double readMs = bench::msSince(clock);
    const LivingPlanSettings settings = LivingPlanEditing::of(&document)->settings();
    const CoverageSettings coverage = document.coverageSettings();
    const QList<Account> accounts = AccountStore(db).all(nullptr, {}, AccountStore::Arr::Skip);
    QList<double> evaluations;
    qsizetype alive = 0;
    for (int run = 0; run < runs * 3; ++run) {
        clock.restart();
        qsizetype changes = 0;
        for (const AccountRecord &record : records) {
            const AccountEvaluation evaluation = evaluateAccountPlays(record, settings, coverage, document.team(), today);
            changes += evaluation.changes.toOpen.size() + evaluation.changes.toResolve.size();
        }
        changes += evaluatePortfolioPlays(accounts, PlayEditing::of(&document)->plays(0), settings, document.team())
                       .toOpen.size();
        evaluations.append(bench::msSince(clock));
        if (changes != 0)
            std::fprintf(stderr, "a second evaluation changed %lld plays\n", static_cast<long long>(changes));
    }
    for (const AccountRecord &record : records) {
        for (const Play &play : record.plays)
            alive += play.isAlive() ? 1 : 0;
    }

    // After one edit: a touchpoint recorded with a key account's people, then its pass (the
    // account only), and the same for the undo.
    QList<double> afterEdit;
    const AccountRecord *busy = nullptr;
    for (const AccountRecord &record : records) {
        if (!busy || record.stakeholders.size() > busy->stakeholders.size())
            busy = &record;
    }
    for (int run = 0; busy && run < runs; ++run) {
        Touchpoint met;
        met.accountId = busy->account.id;
        met.on = today;
        for (const Stakeholder &person : busy->stakeholders)
            met.stakeholders.append(person.id);
        const int steps = document.undoStack()->index();
        PeopleEditing::of(&document)->recordTouchpoint(met);
        if (document.undoStack()->index() == steps)
            std::fprintf(stderr, "the touchpoint was refused (%lld people)\n", static_cast<long long>(met.stakeholders.size()));
        int editPasses = 0;
        const QMetaObject::Connection counting
            = QObject::connect(evaluator, &PlayEvaluator::evaluated, [&editPasses] { ++editPasses; });
        clock.restart();
        evaluator->flush();
        afterEdit.append(bench::msSince(clock));
        QObject::disconnect(counting);
        if (editPasses != 1)
            std::fprintf(stderr, "the edit was evaluated %d times\n", editPasses);
        document.undoStack()->undo();
        clock.restart();
        evaluator->flush();
        afterEdit.append(bench::msSince(clock));
    }

    // This Week shown: the view given the plan, its list read and painted.
    QList<double> weeks;
    qsizetype weekAccounts = 0;
    for (int run = 0; run < runs; ++run) {
        ThisWeekView view;
        view.resize(1200, 400);
        view.show();
        QCoreApplication::processEvents();
        clock.restart();
        view.setDocument(&document);
        view.tree()->viewport()->repaint();
        QCoreApplication::processEvents();
        weeks.append(bench::msSince(clock));
        weekAccounts = view.model()->rowCount();
    }

    std::printf("living plan: %lld key accounts, %lld plays alive\n", static_cast<long long>(records.size()),
        static_cast<long long>(alive));
    std::printf("evaluator, first pass on open (reads, evaluates, writes every new play and score): %.1f ms\n", firstPass);
    std::printf("evaluator, a whole pass with nothing new (median of %d, max %.1f): %.1f ms\n", runs,
        bench::maximum(passes), bench::median(passes));
    std::printf("reading the key accounts' records with their living plan: %.1f ms\n", readMs);
    std::printf("evaluating every rule and reconciling every play (median of %d, max %.1f): %.2f ms\n", runs * 3,
        bench::maximum(evaluations), bench::median(evaluations));
    std::printf("evaluator pass after one edit, the account it touched (median of %lld, max %.2f): %.2f ms\n",
        static_cast<long long>(afterEdit.size()), bench::maximum(afterEdit), bench::median(afterEdit));
    std::printf("This Week shown, painted (median of %d, max %.1f): %.1f ms, %lld accounts\n", runs,
        bench::maximum(weeks), bench::median(weeks), static_cast<long long>(weekAccounts));
    return 0;
}

} // namespace keyplan
