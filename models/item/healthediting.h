#pragma once

#include "domain/accounthealth.h"
#include "storage/healthstore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace keyplan {

class PlanDocument;

// Editing the health scorecard of an account: measures entered by hand, the override, usage
// metrics (one at a time, or pasted as CSV): the undo commands and the write primitives they call.
// One per document (of() makes it on first use, as the document's child). Every write announces
// itself through healthChanged(). The history of scores is kept by the play evaluator, outside
// the undo stack.
class HealthEditing final : public QObject
{
    Q_OBJECT

public:
    static HealthEditing *of(PlanDocument *document);
    PlanDocument *document() const { return m_document; }

    // The card as of the document's today, with its trend.
    AccountHealth health(AccountId id) const;
    QList<HealthSnapshot> history(AccountId id) const;
    QList<HealthEntry> entries(AccountId id) const;
    QList<MetricSeries> metrics(AccountId id) const;
    // How often accounts scored below 6 lost revenue within six months, against the others, from
    // every account's history and ARR timeline as of the document's today.
    TrackRecord trackRecord() const;

    // Through the undo stack; a refused edit is reported through the document's writeFailed.
    // An entry needs a measure entered by hand, a day and a score of 1 to 10.
    void recordEntry(const HealthEntry &entry);
    void removeEntry(const HealthEntry &entry);
    // The user's score with a reason until `expiresOn` (the last day it holds), from today; it
    // replaces one that holds today.
    void setOverride(AccountId id, int score, const QString &reason, const QDate &expiresOn);
    // Ends the override that holds today.
    void clearOverride(AccountId id);
    void addMetric(const MetricSeries &series);
    void editMetric(const MetricSeries &series); // its name, unit, thresholds and points
    // `readVersion`: as the user saw it; a change by someone else since is a conflict.
    void removeMetric(MetricSeriesId id, std::optional<qint64> readVersion = std::nullopt);

    // Pasted or imported CSV: "account,date,metric,value" (a header row is optional; accounts by
    // name, case-insensitively; dates YYYY-MM-DD; values with a point). Each row adds a point or
    // replaces the one of its day; a metric not yet there is created.
    struct MetricImport
    {
        QList<MetricSeries> added; // new series, with their points
        QList<std::pair<MetricSeries, MetricSeries>> changed; // before, after
        int points = 0; // rows taken
        QStringList problems; // "Line 4: no account is named “Acme”"; any problem refuses the whole
    };
    MetricImport readMetricCsv(const QString &text) const;
    // Applies an import without problems as one undo step: all of it, or nothing.
    void applyMetricImport(const MetricImport &import);

Q_SIGNALS:
    void healthChanged(keyplan::AccountId account);

private:
    explicit HealthEditing(PlanDocument *document);
    // Runs one write in a transaction and announces it for `account`; false (reported) when refused.
    bool write(AccountId account, const QString &what, const std::function<bool(HealthStore &store, QString *error)> &change);

    PlanDocument *m_document;
};

} // namespace keyplan
