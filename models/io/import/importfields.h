#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What the columns of an exported table mean. Each table is of one kind (accounts, people,
// opportunities, ...); each column maps to one field of that kind, or to none. Headers are matched
// case-insensitively against API names ("AccountId", "ACCOUNTID", "Account.Name"), labels ("Account
// Name", "Account: Account Name") and their German and French forms; the user can change any
// mapping.
namespace keyplan {

enum class ImportSource { Salesforce, HubSpot, LinkedIn, VCard, Csv };
QString keyOf(ImportSource source); // "salesforce", ... (stored in source_record.source)
QString displayName(ImportSource source);
std::optional<ImportSource> importSourceFromKey(const QString &key);

enum class TableKind { Accounts, People, Opportunities, ContactRoles, ArrChanges, Metrics, Connections };
QString keyOf(TableKind kind);
QString displayName(TableKind kind);
std::optional<TableKind> tableKindFromKey(const QString &key);

enum class ImportField {
    None,
    Id, // the row's own record id
    AccountRef, // the account a row belongs to, by the source's id
    AccountName,
    ParentId,
    ParentName,
    Industry,
    Employees,
    AccountType,
    Region,
    Owner,
    OwnerRef, // one of ours by the source's user id (a weekly export's User.csv names them)
    Currency,
    FirstName,
    LastName,
    FullName,
    Title,
    Department,
    Email,
    Phone,
    ReportsToId,
    ProfileUrl,
    ConnectedOn,
    OpportunityName,
    Stage,
    OpportunityType,
    Amount,
    Probability,
    CloseDate,
    OpportunityRef, // the opportunity a row names, by the source's id
    ContactRef, // the person a row names, by the source's id
    Role,
    IsPrimary,
    Date,
    Arr,
    Mrr,
    Motion,
    Metric,
    Value,
    Unit,
};
QString keyOf(ImportField field); // "account_name", ...; "" for None
QString displayName(ImportField field);
std::optional<ImportField> importFieldFromKey(const QString &key);
// The fields a kind of table can fill, in the order the wizard lists them.
QList<ImportField> fieldsOf(TableKind kind);

// A header as matching sees it: lower case, letters and digits only, an "Object: " prefix apart.
struct HeaderName
{
    QString object; // "account" for "Account: Account Name"; empty without a prefix
    QString name; // "accountname"
};
HeaderName normalisedHeader(const QString &header);

// The field `header` names in a table of `kind`; None when it names none.
ImportField fieldForHeader(const QString &header, TableKind kind);

// What a table's header row says about it.
struct TableGuess
{
    TableKind kind = TableKind::Accounts;
    ImportSource source = ImportSource::Csv;
    QList<ImportField> columns; // one per header
    int recognised = 0; // headers that name a field
};
// `fileName` hints at the kind ("Contact.csv", "hubspot-crm-exports-all-deals.csv").
TableGuess guessTable(const QStringList &headers, const QString &fileName);
// Whether a row could be a header row: at least two of its cells name fields of some kind.
bool looksLikeHeader(const QStringList &cells);

} // namespace keyplan
