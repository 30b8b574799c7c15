#pragma once

#include "domain/accounthealth.h"
#include "domain/account.h"
#include "domain/opportunity.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace keyplan {

// The sentences the pipeline and whitespace pages show, in one place so both say the same.
class PipelineText
{
    Q_DECLARE_TR_FUNCTIONS(PipelineText)

public:
    // "Fix first: …" when the account is uncoupling or its health is poor; empty otherwise.
    static QString fixFirstWarning(const Account &account, std::optional<double> health);
    // "Health 4/10, assessed on 31 Oct 2026: two homes stopped using rotas" or "No health mark yet".
    static QString healthSummary(const AccountHealth &health);
    // "5 open · £120,000.00 · weighted £48,500.00"
    static QString totals(const PipelineTotals &totals, const QString &currency);
};

} // namespace keyplan
