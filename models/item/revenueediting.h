#pragma once

#include "domain/arrchange.h"
#include "domain/exchangerates.h"
#include "storage/planrevenue.h"

#include <QObject>

#include <optional>

namespace keyplan {

class PlanDocument;

// Editing an account's ARR timeline and the plan's revenue settings (reporting currency,
// fiscal-year start, exchange rates): the undo commands and the write primitives they call.
//
// One per document (of() makes it on first use, as the document's child). Writes announce
// themselves through the document's signals: revenueChanged and accountChanged for a timeline
// (the account's ARR today moves with it), revenueSettingsChanged for the settings.
class RevenueEditing final : public QObject
{
    Q_OBJECT

public:
    static RevenueEditing *of(PlanDocument *document);
    PlanDocument *document() const { return m_document; }

    // Reading.
    QList<ArrChange> timeline(AccountId id) const; // oldest first
    PlanRevenue planRevenue() const; // everything the figures need, every account's timeline
    int fiscalYearStart() const;
    QList<ExchangeRate> rates() const;

    // Editing through the undo stack. A change must have a valid day, ARR ≥ 0 within range, and
    // belong to an account; a refused change is reported through the document's writeFailed.
    void recordChange(const ArrChange &change);
    void editChange(const ArrChange &change);
    void removeChange(const ArrChange &change);
    // Sets the reporting currency, the fiscal-year start and the whole table of rates, as one step.
    void setRevenueSettings(const QString &reportingCurrency, int fiscalYearStart, const QList<ExchangeRate> &rates);

    struct Settings
    {
        QString reportingCurrency;
        int fiscalYearStart = 1;
        QList<ExchangeRate> rates;

        // The same currency, start and rates (by pair, day and rate, in any order, whatever
        // their row ids): writing one over the other would change nothing.
        bool sameAs(const Settings &other) const;
    };
    Settings settings() const;

private:
    explicit RevenueEditing(PlanDocument *document);
    // Write primitives: what the commands call. Each returns false (reported) when refused.
    std::optional<ArrChangeId> writeChange(const ArrChange &change);
    bool updateChange(const ArrChange &change);
    bool deleteChange(const ArrChange &change);
    bool writeSettings(const Settings &settings);
    bool refuse(const ArrChange &change);

    PlanDocument *m_document;
};

} // namespace keyplan
