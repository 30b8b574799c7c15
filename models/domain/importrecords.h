#pragma once

#include "domain/account.h"
#include "domain/arrchange.h"
#include "domain/opportunity.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// Records read from another tool's export, with their values already read (dates, amounts,
// stages), on their way into a plan; and what importing them did. Each names the file and line it
// came from, so that a skip can say where.
namespace keyplan {

struct ImportOrigin
{
    QString source; // "salesforce", "hubspot", "linkedin", "vcard", "csv" (source_record.source)
    QString file; // the file's name as the user knows it ("Contact.csv" in "WE_00D….zip")
    qint64 line = 0;
};

// Which account a row belongs to: by the source's id, else by name.
struct AccountReference
{
    QString sourceId;
    QString name;
    bool isEmpty() const { return sourceId.isEmpty() && name.trimmed().isEmpty(); }
};

struct IncomingAccount
{
    ImportOrigin origin;
    QString sourceId;
    QString name;
    AccountReference parent;
    QString industry;
    std::optional<int> employees;
    QString type; // "Customer - Direct": a customer, not a prospect
    QString region;
    QString owner; // one of ours, by name
    QString currency; // ISO 4217, or empty
};

struct IncomingPerson
{
    ImportOrigin origin;
    QString sourceId;
    AccountReference account;
    QString name;
    QString title;
    QString department;
    QString email;
    QString phone;
    QString reportsToSourceId;
    QString profileUrl; // normalised (importvalues.h)
    QDate connectedOn;
};

struct IncomingOpportunity
{
    ImportOrigin origin;
    QString sourceId;
    AccountReference account;
    QString title;
    QString stageText; // as the source wrote it
    std::optional<OpportunityStage> stage; // nothing: the stage table does not know it
    QString typeText;
    ExpansionMotion motion = ExpansionMotion::Upsell;
    std::optional<MinorUnits> amount;
    QString currency; // of the amount, when the source says
    std::optional<int> probability;
    QDate closeDate;
};

struct IncomingContactRole
{
    ImportOrigin origin;
    QString opportunitySourceId;
    QString personSourceId;
    QString role;
    bool primary = false;
};

struct IncomingArr
{
    ImportOrigin origin;
    AccountReference account;
    QDate on;
    MinorUnits arr = 0;
    std::optional<ArrChangeKind> kind; // the motion the source names; else read from the timeline
    QString currency;
};

struct IncomingMetric
{
    ImportOrigin origin;
    AccountReference account;
    QDate on;
    QString metric;
    double value = 0;
    QString unit;
};

// What happened to one incoming record.
enum class ImportAction { Created, Updated, Linked, Unchanged, Skipped, Uncertain };
enum class ImportSubject { Account, BusinessUnit, Person, Opportunity, ContactRole, ArrChange, Metric };
inline constexpr int importActionCount = 6;
inline constexpr int importSubjectCount = 7;
QString displayName(ImportSubject subject); // "Accounts", "People", ...

struct ImportEntry
{
    ImportAction action = ImportAction::Created;
    ImportSubject subject = ImportSubject::Account;
    QString name; // the record as the user knows it ("Amy Taylor at Alpha Dynamics")
    QString detail; // why it was skipped, what changed ("title: VP Sales → CRO"), the likely match
    ImportOrigin origin;
    // For an uncertain account: the plan's account it may be, and the incoming name's key.
    AccountId candidate = 0;
    QString candidateName;
    QString key;
};

struct ImportOutcome
{
    std::array<std::array<qint64, importActionCount>, importSubjectCount> counts {};
    QList<ImportEntry> entries; // the first `entryLimit`, in the order they happened
    qint64 entriesLeftOut = 0;
    static constexpr qsizetype entryLimit = 5000;

    void add(ImportEntry entry)
    {
        ++counts[std::size_t(entry.subject)][std::size_t(entry.action)];
        if (entries.size() < entryLimit)
            entries.append(std::move(entry));
        else
            ++entriesLeftOut;
    }
    qint64 count(ImportSubject subject, ImportAction action) const
    {
        return counts[std::size_t(subject)][std::size_t(action)];
    }
    qint64 count(ImportAction action) const
    {
        qint64 total = 0;
        for (const auto &subject : counts)
            total += subject[std::size_t(action)];
        return total;
    }
};

// The user's answers for accounts whose names were alike but not the same: by the incoming name's
// key, the plan's account it is, or 0 for a new account. An account left unanswered is skipped.
using AccountDecisions = QHash<QString, AccountId>;

} // namespace keyplan
