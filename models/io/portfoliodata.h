#pragma once

#include "domain/accountrecord.h"
#include "domain/exchangerates.h"
#include "domain/teammember.h"
#include "domain/whitespace.h"

#include <QList>
#include <QString>

#include <optional>

namespace keyplan {

class PlanDatabase;

// A whole portfolio in memory, before it is written to a plan.
struct PortfolioAccount
{
    AccountRecord record;
    QString ownerName; // matched to a team member by name when written
};

struct PortfolioData
{
    QString name;
    QString currency; // the reporting currency
    int fiscalYearStart = 1; // the month the fiscal year starts in
    QList<ExchangeRate> rates;
    QList<TeamMember> team;
    QList<Offering> offerings; // the catalogue
    QList<PortfolioAccount> accounts;
};

// The id of the team member called `name` (sample and import files name our people).
std::optional<TeamMemberId> teamMemberNamed(const QList<TeamMember> &team, const QString &name);

// Writes a portfolio into an empty plan in one transaction, with its catalogue and every
// account's map and pipeline: all of it, or nothing.
bool writePortfolio(PlanDatabase &plan, const PortfolioData &data, QString *error);

} // namespace keyplan
