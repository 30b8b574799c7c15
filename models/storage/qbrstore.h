#pragma once

#include "domain/accountrecord.h"
#include "domain/qbr.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace keyplan {

// The SQL for quarterly business reviews: value outcomes, risks, next steps and the reviews with
// their sections, chosen opportunities and snapshots. Callers own the transaction. Inserting keeps
// a non-zero id, so undo brings rows back exactly as they were.
class QbrStore
{
public:
    explicit QbrStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    QList<ValueOutcome> valueOutcomes(AccountId accountId, QString *error = nullptr) const; // oldest first
    std::optional<ValueOutcomeId> insertValueOutcome(const ValueOutcome &outcome, QString *error = nullptr);
    bool updateValueOutcome(const ValueOutcome &outcome, QString *error = nullptr);
    bool removeValueOutcome(ValueOutcomeId id, QString *error = nullptr);

    QList<Risk> risks(AccountId accountId, QString *error = nullptr) const; // in the order raised
    std::optional<RiskId> insertRisk(const Risk &risk, QString *error = nullptr);
    bool updateRisk(const Risk &risk, QString *error = nullptr);
    bool removeRisk(RiskId id, QString *error = nullptr);

    QList<NextStep> nextSteps(AccountId accountId, QString *error = nullptr) const; // by due date
    std::optional<NextStepId> insertNextStep(const NextStep &step, QString *error = nullptr);
    bool updateNextStep(const NextStep &step, QString *error = nullptr);
    bool removeNextStep(NextStepId id, QString *error = nullptr);

    // Oldest first, the one in preparation (not held) last.
    QList<Qbr> qbrs(AccountId accountId, QString *error = nullptr) const;
    std::optional<QbrId> insertQbr(const Qbr &qbr, QString *error = nullptr);
    // Replaces the review's fields, sections and chosen opportunities.
    bool updateQbr(const Qbr &qbr, QString *error = nullptr);
    bool removeQbr(QbrId id, QString *error = nullptr);

    // Inserts the account's outcomes, risks, steps and reviews as the record holds them, ids
    // included (undoing the deletion of an account, writing the sample).
    bool insertAccountReviews(AccountId accountId, const AccountRecord &record, QString *error = nullptr);

private:
    bool writeQbrParts(const Qbr &qbr, QString *error);

    QSqlDatabase m_db;
};

} // namespace keyplan
