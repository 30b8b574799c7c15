#pragma once

#include "domain/account.h"
#include "domain/accountrecord.h"
#include "domain/coverage.h"
#include "domain/stagechange.h"
#include "domain/teammember.h"

#include <QDate>
#include <QObject>
#include <QVariant>

#include <optional>

namespace keyplan {

class PlanDocument;

// Editing the plan's accounts, their stages, our team and the coverage settings: the undo
// commands (accountcommands.h) and the write primitives they call, private to them. One per
// document (of() makes it on first use, as the document's child). Every write announces itself
// through the document's accountChanged(), accountInserted(), accountRemoved(),
// stageHistoryChanged(), teamChanged() or coverageSettingsChanged(); reading stays with the
// document (PlanDocument::accounts, stageChanges, team, coverageSettings).
class AccountEditing final : public QObject
{
    Q_OBJECT

public:
    static AccountEditing *of(PlanDocument *document);
    PlanDocument *document() const { return m_document; }

    // Through the undo stack; a refused edit is reported through the document's writeFailed, and a
    // stale one through its writeConflict.
    // `readVersion`: the account's version the view showed; the edit is then refused as a conflict
    // when someone changed the account since.
    void editAccountField(AccountId id, AccountField field, const QVariant &value,
        std::optional<qint64> readVersion = std::nullopt);
    // A new account, at its stage from today (`reason`: why), its ARR as new business today.
    void addAccount(const Account &account, const QString &reason);
    // Deletes the account and everything of it; undo puts it all back.
    void removeAccount(AccountId id);
    void changeStage(AccountId id, Stage to, const QDate &on, const QString &reason);
    // A change of stage's day or reason, over the version the user read.
    void editStageChange(const StageChange &change);
    void addTeamMember(const QString &name);
    // The plan's required seats and coverage thresholds; refused when they do not fit together.
    void setCoverageSettings(const CoverageSettings &settings);

private:
    friend class SetAccountFieldCommand;
    friend class AddAccountCommand;
    friend class RemoveAccountCommand;
    friend class ChangeStageCommand;
    friend class EditStageChangeCommand;
    friend class AddTeamMemberCommand;
    friend class SetCoverageSettingsCommand;
    explicit AccountEditing(PlanDocument *document);

    // Write primitives: what the commands call. Each returns false (or nothing), reported through
    // the document's writeFailed, when the plan refused the write; nothing was changed then.
    bool writeAccountField(AccountId id, AccountField field, const QVariant &value);
    std::optional<AccountId> writeAccountRecord(const AccountRecord &record);
    bool deleteAccount(AccountId id);
    std::optional<StageChangeId> writeStageChange(const StageChange &change);
    bool deleteStageChange(const StageChange &change, Stage restoreStage);
    bool updateStageChange(const StageChange &change);
    std::optional<qint64> writeTeamMember(const TeamMember &member);
    bool deleteTeamMember(qint64 id);
    bool writeCoverageSettings(const CoverageSettings &settings);

    PlanDocument *m_document;
};

} // namespace keyplan
