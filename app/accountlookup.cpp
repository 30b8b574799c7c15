#include "accountlookup.h"

#include <QCoreApplication>

namespace keyplan::cli {

namespace {

class LookupText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

std::optional<Account> accountNamed(
    const QList<Account> &accounts, const QString &name, const QString &planPath, QString *error)
{
    QList<Account> matches;
    for (const Account &account : accounts) {
        if (account.name == name)
            return account;
        if (account.name.compare(name, Qt::CaseInsensitive) == 0)
            matches.append(account);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.isEmpty())
        *error = LookupText::tr("there is no account named \"%1\" in %2; nothing was written.")
                     .arg(name, planPath);
    else
        *error = LookupText::tr(
            "more than one account is named \"%1\"; give the name exactly as the plan spells "
            "it. Nothing was written.")
                     .arg(name);
    return std::nullopt;
}

} // namespace keyplan::cli
