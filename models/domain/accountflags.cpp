#include "domain/accountflags.h"

#include "domain/opportunity.h"

#include <QCoreApplication>

namespace keyplan {
namespace {

class FlagText
{
    Q_DECLARE_TR_FUNCTIONS(AccountFlags)
};

} // namespace

QStringList accountFlags(const Account &account, const Coverage &coverage, std::optional<double> health,
    const CoverageSettings &settings, const QDate &today)
{
    QStringList flags;
    if (fixFirst(account.stage, health))
        flags.append(FlagText::tr("Fix first"));
    if (coverage.singleThreaded)
        flags.append(FlagText::tr("Single-threaded"));
    if (account.renewalDate.isValid()) {
        const qint64 days = today.daysTo(account.renewalDate);
        if (days >= 0 && days <= renewalSoonDays)
            flags.append(FlagText::tr("Renews in %1 d").arg(days));
        else if (days < 0)
            flags.append(FlagText::tr("Renewal passed"));
    }
    if (coverage.depth() && *coverage.depth() < settings.targetLow)
        flags.append(FlagText::tr("Low coverage"));
    if (!coverage.emptySeats.isEmpty())
        flags.append(FlagText::tr("%n empty seats", nullptr, int(coverage.emptySeats.size())));
    if (coverage.stale)
        flags.append(FlagText::tr("Stale map"));
    return flags;
}

} // namespace keyplan
