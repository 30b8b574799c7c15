#pragma once

#include "domain/importrecords.h"
#include "domain/opportunity.h"
#include "io/import/importfields.h"
#include "io/planjson.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QTemporaryDir;

// An import: the files the user chose (a Salesforce weekly-export zip is one file), each table in
// them recognised (source, kind, encoding, delimiter, which column is which field), then every row
// written into the plan through ImportWriter. The caller owns the transaction, so that a dry run
// or the wizard's preview rolls it back and an import applies whole or not at all.
namespace keyplan {

class DealTables;
class RowJournal;
class TableReader;

struct ImportRequest
{
    QStringList files;
    std::optional<ImportSource> format; // nothing: recognised from each file
    bool json = false; // every file is read as JSON (a plan, a Salesforce tree export or jCard), whatever its name
    QString intoAccount; // every record belongs to this account of the plan (by name)
    // The user's mapping: {"columns": {"Header": "field"}, "kinds": {"file": "people"},
    // "stages": {"Their stage": "commit"}, "types": {"Their type": "cross_sell"}}.
    QJsonObject mapping;
    QDate today;
    AccountDecisions decisions;
};

// One table of the import, as recognised.
struct ImportTable
{
    QString displayName; // "Contact.csv", or "export.zip: Contact.csv"
    ImportSource source = ImportSource::Csv;
    TableKind kind = TableKind::Accounts;
    QStringList headers;
    QList<ImportField> columns; // one per header
    QByteArray encoding;
    QChar delimiter;
    bool wholePlan = false; // a Keyplan plan document (JSON): every table as it was
};

// A stage or type that an import's opportunities use, and what Keyplan takes it for.
struct DealTerm
{
    enum Kind { Stage, Type };
    Kind kind = Stage;
    QString text; // as the source writes it
    qint64 rows = 0; // the opportunities that use it
    std::optional<OpportunityStage> stage; // a stage Keyplan does not know leaves its rows out
    ExpansionMotion motion = ExpansionMotion::Upsell; // a type Keyplan does not know is an upsell
    bool known = false; // the built-in table, the plan's remembered choice or the user's mapping has it
};

class ImportJob
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)

public:
    explicit ImportJob(ImportRequest request);
    ~ImportJob();
    Q_DISABLE_COPY_MOVE(ImportJob)

    // Opens every file (unpacking archives into a private folder), finds each table's header and
    // maps its columns (the mapping given, else the plan's remembered choices for the source, else
    // by the headers); false, with why, when a file cannot be read or recognised.
    bool inspect(const QSqlDatabase &db, QString *error);
    QList<ImportTable> tables() const;
    // Files and archive entries left out, with why ("Task.csv: Keyplan does not import tasks").
    QStringList leftOut() const { return m_leftOut; }
    // The user's change to a table's kind and mapping (the wizard).
    void setTable(qsizetype index, TableKind kind, const QList<ImportField> &columns);
    // The user's answers for accounts whose names were only alike.
    void setDecisions(const AccountDecisions &decisions) { m_request.decisions = decisions; }
    const AccountDecisions &decisions() const { return m_request.decisions; }

    // Each column's first value in the table's opening rows, to show what a column holds.
    QStringList examples(qsizetype index);
    // The stages and types the opportunity tables use, each as Keyplan will take it; false, with
    // why, when a table cannot be read.
    bool dealTerms(const QSqlDatabase &db, QList<DealTerm> *terms, QString *error);
    // The user's choice for a stage or a type, as a mapping file's "stages" and "types" would give it.
    void setStage(const QString &text, OpportunityStage stage);
    void clearStage(const QString &text); // back to the built-in table (unknown: left out)
    void setMotion(const QString &text, ExpansionMotion motion);

    // Writes every row into the plan open on `db`, inside the caller's transaction; false, with
    // the file, line and column in `error`, when a value cannot be read or the plan refuses a write.
    // It may be called again (a preview, then the import): every table is read from its start.
    bool write(const QSqlDatabase &db, RowJournal *journal, ImportOutcome *outcome, QString *error);
    const QSet<AccountId> &touchedAccounts() const { return m_touched; }
    bool teamChanged() const { return m_teamChanged; }
    // What a whole plan document brought, when the import had one.
    std::optional<PlanJsonLoad> wholePlan() const { return m_wholePlan; }

    // Keeps this import's column, stage and type choices as the source's own, for the next import (the wizard).
    bool rememberMappings(const QSqlDatabase &db, QString *error) const;

private:
    struct Part;
    bool addFile(const QString &path, QString *error);
    bool addTable(const QString &path, const QString &displayName, QString *error);
    bool readUsers(const QString &path, const QString &displayName, QString *error);
    bool addJson(const QString &path, const QByteArray &bytes, QString *error);
    void applyMapping(Part &part, const QHash<QString, QString> &remembered);
    bool dealTables(const QSqlDatabase &db, std::vector<DealTables> *tables, QString *error) const;

    ImportRequest m_request;
    std::unique_ptr<QTemporaryDir> m_unpacked;
    std::vector<std::unique_ptr<Part>> m_parts;
    QStringList m_leftOut;
    QHash<QString, QString> m_users; // a Salesforce export's user ids and names
    QSet<AccountId> m_touched;
    bool m_teamChanged = false;
    std::optional<PlanJsonLoad> m_wholePlan;
};

} // namespace keyplan
