#pragma once

#include "domain/accountrecord.h"
#include "domain/coverage.h"
#include "domain/qbr.h"
#include "domain/reportingperiod.h"
#include "domain/stakeholdermap.h"
#include "domain/teammember.h"
#include "domain/whitespace.h"
#include "item/writeconflict.h"
#include "storage/pipelinestore.h"
#include "storage/qbrstore.h"
#include "storage/rowversion.h"
#include "storage/stakeholderstore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace keyplan {

class PlanDatabase;
class PortfolioModel;

// One open plan: its database, its undo stack, reading its accounts, stages and team, and the one
// write path every edit takes (writeInTransaction, pushEdit: the version the user read).
//
// Each feature is edited through its own class, which owns its commands and its private write
// primitives: AccountEditing (accounts, stages, the team, coverage settings), PeopleEditing (the
// stakeholder map), PipelineEditing, ReviewEditing, GoalEditing,
// HealthEditing, RevenueEditing, PlayEditing, LivingPlanEditing. Every primitive writes through in
// one transaction and only then announces the change on the document's signals, so a signal
// always describes what is on disk. Views never write: they ask an editing class, which pushes an
// undo command, which is what makes every change undoable.
class PlanDocument final : public QObject
{
    Q_OBJECT

public:
    explicit PlanDocument(std::unique_ptr<PlanDatabase> database, QObject *parent = nullptr);
    ~PlanDocument() override;
    Q_DISABLE_COPY_MOVE(PlanDocument)

    PlanDatabase &database() const { return *m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Undoes or redoes the last step as the user asked (Edit > Undo): on a team plan the server
    // then refuses to overwrite a change someone else made to the same rows after this one.
    void undo();
    void redo();
    bool isReadOnly() const;
    // A team plan whose server cannot be reached: every write is refused with `reason` until it is
    // back (liverefresh.h sets it; empty: online).
    bool isOffline() const { return !m_offline.isEmpty(); }
    void setOffline(const QString &reason);
    QString currency() const; // the plan's reporting currency
    QString title() const; // the plan's name, or its file name
    bool isSample() const; // made from the sample portfolio

    // The period the window's retention figures and ARR bridge are measured over; by default the
    // trailing twelve months to asOf().
    ReportingPeriod period() const;
    void setPeriod(const ReportingPeriod &period);

    // The day coverage and contact recency are measured on: today, unless set (tests, reports).
    QDate asOf() const { return m_asOf.isValid() ? m_asOf : QDate::currentDate(); }
    void setAsOf(const QDate &day);
    CoverageSettings coverageSettings() const; // changed through AccountEditing
    // Coverage of one account, or of every account (read in three queries).
    Coverage coverage(AccountId id) const;
    QHash<AccountId, Coverage> coverages() const;

    QList<TeamMember> team() const { return m_team; }
    // Reads the team again after a feature's write changed it (an import), and says so.
    void reloadTeam();
    QString teamMemberName(std::optional<qint64> id) const;

    // Reading.
    QList<Account> accounts() const;
    std::optional<Account> account(AccountId id) const;
    AccountRecord accountRecord(AccountId id) const;
    QList<StageChange> stageChanges(AccountId id) const;

    // The stakeholder map: people, links, our owners and coverage of one account. Edited through
    // PeopleEditing (peopleediting.h).
    StakeholderMapData stakeholderMap(AccountId id) const;

    QHash<AccountId, QString> accountNames() const;

    QList<Stakeholder> stakeholders(AccountId id) const;
    std::optional<Stakeholder> stakeholder(StakeholderId id) const;
    QList<Touchpoint> touchpoints(AccountId id) const;

    // Pushes the edit of a row the user read (`read`: its table, id and version as they read it;
    // `subject`: the row as they know it, "Renewal with Acme"). Its first write goes through only
    // while the row is still at that version; when someone changed it since, nothing is written and
    // writeConflict shows who changed what, with the user's values as the edit would have written
    // them, and can put those over theirs (not when `overwritable` is false: an edit that also
    // writes other rows, which a write of the row's columns would leave out). Undo and redo are
    // checked by the server (changelog.h).
    void pushEdit(QUndoCommand *command, const sql::ReadRow &read, const QString &subject, bool overwritable = true);
    // The same for a removal of the row: refused when someone changed or removed it since.
    void pushRemoval(QUndoCommand *command, const sql::ReadRow &read, const QString &subject);
    // Pushes an edit whose write checks the row's version itself (a person's, whose undo compares
    // values as well). When the plan refuses it as stale, the conflict shows `mine` (the row as the
    // edit writes it) and offers `overwrite` (the user's values put over the row as it is now).
    void pushCheckedEdit(QUndoCommand *command, const QString &subject, const QJsonObject &mine,
        const std::function<void(const QJsonObject &merged)> &overwrite);
    // Says, as a conflict, that the row the user read went since (`mine`: what they wanted of it;
    // `removing`: they wanted it gone too).
    void reportRemovedSince(const QString &what, const sql::ReadRow &read, const QString &subject, const QJsonObject &mine,
        bool removing = false);

    // Runs one write of a feature's editing class (revenueediting.h, ...) in one transaction:
    // refused on a read-only plan, and reported through writeFailed when the plan refuses it.
    bool writeInTransaction(const QString &what, const std::function<bool(const QSqlDatabase &db, QString *error)> &write);

Q_SIGNALS:
    void accountChanged(keyplan::AccountId id);
    void accountInserted(keyplan::AccountId id);
    void accountRemoved(keyplan::AccountId id);
    void stageHistoryChanged(keyplan::AccountId id);
    void revenueChanged(keyplan::AccountId id); // the account's ARR timeline (revenueediting.h)
    // The reporting currency, fiscal-year start or exchange rates: every converted figure may move.
    void revenueSettingsChanged();
    void periodChanged();
    void coverageSettingsChanged(); // every coverage figure may have changed
    void catalogueChanged(); // the offerings
    void pipelineChanged(keyplan::AccountId id); // units, whitespace or opportunities
    void reviewsChanged(keyplan::AccountId id); // value outcomes, risks, next steps or reviews
    void teamChanged();
    void stakeholdersChanged(keyplan::AccountId id);
    void mapPositionsChanged(keyplan::AccountId id); // only where people sit on the map
    void stakeholderLinksChanged(keyplan::AccountId id);
    void writeFailed(const QString &message);
    // An edit was refused because the row changed after the user read it (writeconflict.h).
    // Connect queued: the user's choice starts a new edit.
    void writeConflict(const keyplan::WriteConflict &conflict);

public:
    // True, having said so through writeFailed, when the plan is read-only or offline: what every
    // editing class asks before it pushes an edit.
    bool refuseWhenReadOnly();

private:
    // Runs `write(db, &error)` in one write transaction; reports and returns false on failure.
    template<typename Write> bool inWriteTransaction(const QString &what, Write &&write);
    void reportFailure(const QString &what, const QString &error);
    // What an edit in progress offers when the plan refuses it as stale (pushEdit, pushCheckedEdit).
    struct ConflictContext
    {
        QString subject;
        QJsonObject mine;
        // Writes these columns (the row now, with what the user changed put over it).
        std::function<void(const QJsonObject &merged)> overwrite;
        bool removing = false; // the edit removes the row
    };
    WriteConflict conflictFor(const QString &what, const sql::StaleRow &stale);
    // Puts `merged` (the row's columns) over the row at `read`: a conflict's "Save Mine over Theirs".
    void overwriteRow(const sql::ReadRow &read, const QJsonObject &merged, const QString &subject);

    std::unique_ptr<PlanDatabase> m_database;
    QUndoStack *m_undoStack = nullptr;
    ReportingPeriod m_period; // invalid: the default
    QDate m_asOf;
    QList<TeamMember> m_team;
    bool m_replaying = false; // inside undo() or redo()
    QString m_offline; // why the team server cannot be reached, while it cannot
    std::optional<ConflictContext> m_conflictContext; // while an edit that can be repeated is pushed
    std::optional<sql::ReadRow> m_expectedRead; // the row the next write must find as read (pushEdit)
    // The row as a refused edit would have left it, for the conflict (empty: the edit removed it;
    // nothing: not known).
    std::optional<QJsonObject> m_refusedEdit;
};

} // namespace keyplan
