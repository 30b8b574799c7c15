#pragma once

#include "domain/qbr.h"
#include "storage/qbrstore.h"

#include <QObject>

#include <functional>

namespace keyplan {

class PlanDocument;

// Editing an account's quarterly business reviews: the value delivered (outcomes), its risks, its
// next steps and the reviews themselves (the one in preparation, those held), with the undo
// commands and the write primitive they call. One per document (of() makes it on first use, as the
// document's child). Every write announces itself through the document's reviewsChanged(); edits
// and removals of a row go over the version the user read (PlanDocument::pushEdit).
class ReviewEditing final : public QObject
{
    Q_OBJECT

public:
    static ReviewEditing *of(PlanDocument *document);
    // For reading a document held const (made on first use all the same: a cache of the document's).
    static const ReviewEditing *of(const PlanDocument *document) { return of(const_cast<PlanDocument *>(document)); }
    PlanDocument *document() const { return m_document; }

    QList<ValueOutcome> valueOutcomes(AccountId id) const;
    QList<Risk> risks(AccountId id) const;
    QList<NextStep> nextSteps(AccountId id) const;
    QList<Qbr> qbrs(AccountId id) const;
    // The review being prepared for the account, or a new one (id 0) with the default period,
    // every section, the suggested opportunities and the account's owner as our team.
    Qbr qbrInPreparation(AccountId id) const;

    // Through the undo stack; a refused edit is reported through the document's writeFailed, and a
    // stale one through its writeConflict.
    void addValueOutcome(const ValueOutcome &outcome);
    void editValueOutcome(const ValueOutcome &outcome);
    void removeValueOutcome(const ValueOutcome &outcome);
    void addRisk(const Risk &risk);
    void editRisk(const Risk &risk);
    void removeRisk(const Risk &risk);
    void addNextStep(const NextStep &step);
    void editNextStep(const NextStep &step);
    void removeNextStep(const NextStep &step);
    // Keeps the user's choices for the review being prepared (inserting it the first time).
    void saveQbrPreparation(const Qbr &qbr);
    // Marks the review as held on `day`: the plan keeps a snapshot of the account as it is, which
    // the next review compares against. One undo step.
    void markQbrHeld(const Qbr &qbr, const QDate &day);

private:
    friend struct ReviewCommands; // the commands, in the .cpp
    explicit ReviewEditing(PlanDocument *document);
    // The write primitive the commands call: one review write in a transaction, announced for
    // `account`; false (reported) when refused.
    bool writeReviews(AccountId account, const QString &what,
        const std::function<bool(QbrStore &store, QString *error)> &write);

    PlanDocument *m_document;
};

} // namespace keyplan
