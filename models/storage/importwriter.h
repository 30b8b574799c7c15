#pragma once

#include "domain/importrecords.h"
#include "domain/stakeholder.h"
#include "storage/sourcerecordstore.h"
#include "storage/stakeholderstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

// Writes records read from another tool into a plan, matching each to what the plan already has
// so that importing the same or a newer export again updates instead of duplicating: first by the
// source's id (source_record), then by name (case, accents and legal forms folded; a person also by
// email). Names only alike are not guessed: the account is left out as uncertain until the user
// answers (AccountDecisions). Records go in by kind, in the order accounts, people, opportunities,
// contact roles, ARR changes, metrics; each kind's finish*() settles what needed all its rows
// (parents, managers, places on a hand-arranged map, the kinds of ARR changes).
//
// The caller owns the transaction: a false return means the plan refused a write (its message in
// `error`), and the caller rolls everything back. Skips are not failures; they are in outcome().
namespace keyplan {

class RowJournal;

class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    struct Options
    {
        QDate today;
        std::optional<AccountId> intoAccount; // every record belongs to this account
        AccountDecisions decisions;
        RowJournal *journal = nullptr; // records what changed, for undo
    };

    ImportWriter(QSqlDatabase db, Options options);
    ~ImportWriter();
    Q_DISABLE_COPY_MOVE(ImportWriter)

    // Reads the plan's accounts and team; false when the plan cannot be read.
    bool prepare(QString *error);

    bool account(const IncomingAccount &incoming, QString *error);
    bool finishAccounts(QString *error);
    bool person(const IncomingPerson &incoming, QString *error);
    // A LinkedIn connection: matched to a person on a map, never added.
    bool connection(const IncomingPerson &incoming, QString *error);
    bool finishPeople(QString *error);
    bool opportunity(const IncomingOpportunity &incoming, QString *error);
    bool contactRole(const IncomingContactRole &incoming, QString *error);
    bool arr(const IncomingArr &incoming, QString *error);
    bool finishArr(QString *error);
    bool metric(const IncomingMetric &incoming, QString *error);

    const ImportOutcome &outcome() const { return m_outcome; }
    // Accounts the import created, changed or added to.
    const QSet<AccountId> &touchedAccounts() const { return m_touched; }
    bool teamChanged() const { return m_teamChanged; }

private:
    struct Known
    {
        AccountId id = 0;
        QString name;
        QString currency;
        std::optional<TeamMemberId> owner;
        QString key; // nameKey, nameStem: folded once
        QString stem;
    };
    void remember(Known known);
    struct Resolved
    {
        AccountId account = 0;
        QString businessUnit; // the unit a child account became
    };
    enum class Creation { Allowed, Refused };

    std::optional<Resolved> resolveAccount(const AccountReference &reference, const ImportOrigin &origin,
        ImportSubject subject, const QString &recordName, Creation creation, bool *failed, QString *error);
    std::optional<AccountId> accountByName(const QString &name, const ImportOrigin &origin, ImportSubject subject,
        const QString &recordName, bool *uncertain);
    std::optional<AccountId> createAccount(const IncomingAccount &incoming, QString *error);
    bool updateAccount(const Known &known, const IncomingAccount &incoming, bool bySourceId, QStringList *changes,
        QString *error);
    std::optional<TeamMemberId> teamMember(const QString &name, QString *error);
    std::optional<SourceRecordStore::Found> findSource(
        const QString &source, const QString &kind, const QString &sourceId, QString *error);
    bool link(const QString &source, const QString &kind, const QString &sourceId, qint64 recordId,
        const QString &details, QString *error);
    bool journalChange(const QString &table, qint64 id, QString *error);
    void journalInsert(const QString &table, qint64 id);
    void skip(ImportSubject subject, const QString &name, const QString &reason, const ImportOrigin &origin);
    void note(ImportAction action, ImportSubject subject, const QString &name, const QString &detail,
        const ImportOrigin &origin);
    // An account's people, read once, with indexes by id, email and name kept as the import adds.
    struct People
    {
        QList<Stakeholder> list;
        QHash<StakeholderId, qsizetype> byId;
        QHash<QString, qsizetype> byEmail; // case-folded
        QHash<QString, qsizetype> byName; // personKey
        void index(qsizetype at);
        Stakeholder *find(StakeholderId id);
        Stakeholder *match(const QString &email, const QString &name);
    };
    People &peopleOf(AccountId account, QString *error);
    bool createPerson(Stakeholder person, const IncomingPerson &incoming, QString *error);
    bool updatePerson(Stakeholder &person, const IncomingPerson &incoming, bool bySourceId, QString *error);

    QSqlDatabase m_db;
    SourceRecordStore m_sources; // kept: its statements are prepared once for every row
    StakeholderStore m_stakeholders;
    Options m_options;
    ImportOutcome m_outcome;
    QSet<AccountId> m_touched;
    bool m_teamChanged = false;

    QHash<AccountId, Known> m_accounts;
    QHash<QString, AccountId> m_byKey; // nameKey -> account
    QHash<QString, QString> m_uncertainNoted; // incoming key -> already reported
    QSet<QString> m_notAlike; // incoming keys like no account of the plan
    // Per "source/kind": the ids linked in this import, when the plan had none of the kind from the
    // source before it (a first import asks the plan nothing); nothing: the plan is asked.
    QHash<QString, std::optional<QSet<QString>>> m_linkedNow;
    QHash<QString, QString> m_nameKeys; // an account's name as rows write it -> its nameKey (a report repeats it)
    QHash<QString, AccountId> m_byStem; // nameStem -> an account
    QHash<QString, QList<AccountId>> m_bySlip; // slipKeys -> accounts (checked before use)
    QHash<QString, QString> m_uncertainIds; // "source/id" of an account left for the user -> its name
    QHash<QString, TeamMemberId> m_team; // case-folded name -> member
    // Child accounts created by this import with their parent, settled by finishAccounts().
    struct PendingParent
    {
        AccountId child = 0;
        QString childName;
        QString childSourceId;
        QString source;
        AccountReference parent;
        ImportOrigin origin;
    };
    QList<PendingParent> m_parents;
    // People by account, read once and kept up to date as the import adds to them.
    QHash<AccountId, People> m_people;
    QHash<AccountId, QList<Stakeholder>> m_peopleBefore; // as the plan had them, for map places
    struct PendingManager
    {
        StakeholderId person = 0;
        QString source;
        QString managerSourceId;
        ImportOrigin origin;
        QString name;
    };
    QList<PendingManager> m_managers;
    QHash<AccountId, QList<IncomingArr>> m_arr;
    QHash<AccountId, QList<Opportunity>> m_opportunities; // read once per account
    QList<Opportunity> &opportunitiesOf(AccountId account, QString *error);
};

} // namespace keyplan
