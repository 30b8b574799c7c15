#pragma once

#include "domain/importrecords.h"
#include "io/import/importfields.h"
#include "io/import/importvalues.h"
#include "io/import/tablereader.h"

#include <QCoreApplication>
#include <QHash>

// A mapped row of an exported table made into the record it describes, its values read (dates,
// amounts, stages through the stage table). A value that cannot be read is an error naming the
// file, line and column; the import then writes nothing.
namespace keyplan {

// How the source's opportunity stages and types map to Keyplan's: the built-in tables for
// Salesforce's and HubSpot's defaults, with the user's own entries on top (by the name as the
// source writes it).
class DealTables
{
public:
    DealTables();
    void setStage(const QString &name, OpportunityStage stage);
    void setMotion(const QString &type, ExpansionMotion motion);
    std::optional<OpportunityStage> stage(const QString &name) const;
    ExpansionMotion motion(const QString &type) const; // upsell when the table does not know it
    bool knowsMotion(const QString &type) const;

private:
    QHash<QString, OpportunityStage> m_stages; // by folded name
    QHash<QString, ExpansionMotion> m_motions;
};

// What a converter needs to know of the table its rows come from, for values and messages.
struct TableShape
{
    QString displayName;
    QStringList headers;
    TableKind kind = TableKind::Accounts;
    bool lineIsRecord = false; // rows are numbered records (a JSON file), not lines
};

class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(RowConverter)

public:
    // `users` names the source's user ids (a weekly export's User.csv), for owners given by id.
    RowConverter(ImportSource source, TableShape table, const DealTables &deals,
        const QHash<QString, QString> &users = {});

    // Each returns false with `error` set when a value cannot be read.
    bool account(const MappedRow &row, IncomingAccount *out, QString *error);
    bool person(const MappedRow &row, IncomingPerson *out, QString *error);
    bool opportunity(const MappedRow &row, IncomingOpportunity *out, QString *error);
    bool contactRole(const MappedRow &row, IncomingContactRole *out, QString *error);
    bool arr(const MappedRow &row, IncomingArr *out, QString *error);
    bool metric(const MappedRow &row, IncomingMetric *out, QString *error);

    // Reads the row's dates only, to settle each column's day/month order before any is used.
    bool learnDates(const MappedRow &row, QString *error);

private:
    QString id(const MappedRow &row, ImportField field) const;
    AccountReference accountOf(const MappedRow &row) const;
    ImportOrigin origin(const MappedRow &row) const;
    QString problem(const MappedRow &row, ImportField field, const QString &what) const;
    bool date(const MappedRow &row, ImportField field, QDate *out, QString *error);
    bool amount(const MappedRow &row, ImportField field, std::optional<MinorUnits> *out, QString *currency, QString *error);

    ImportSource m_source;
    TableShape m_table;
    const DealTables &m_deals;
    QHash<QString, QString> m_users;
    QHash<ImportField, DateOrder> m_orders;
};

} // namespace keyplan
