#pragma once

#include "domain/accountrecord.h"
#include "storage/sqlhelpers.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace keyplan {

// The SQL for the stakeholder map: people, links, touchpoints and reviews. Callers own the
// transaction. Inserting keeps a non-zero id, so undo brings rows back exactly as they were.
// One kept for many rows (an import's) prepares its insert and update once.
class StakeholderStore
{
public:
    explicit StakeholderStore(QSqlDatabase db);

    QList<Stakeholder> forAccount(AccountId accountId, QString *error = nullptr) const;
    QList<Stakeholder> all(QString *error = nullptr) const; // by account
    // The person's account (nothing for no such person).
    std::optional<AccountId> accountOf(StakeholderId id) const;
    std::optional<StakeholderId> insert(const Stakeholder &stakeholder, QString *error = nullptr);
    // The person as the plan's row holds it, by column name (for showing an edit beside another).
    static QJsonObject columnsOf(const Stakeholder &stakeholder);
    // `into` with every column `columns` names taken from it (the other way round).
    static Stakeholder fromColumns(const QJsonObject &columns, Stakeholder into);
    // Writes the person over the row at `stakeholder.version` (the version its editor read), and
    // counts the version up; a row changed or removed since is left alone (sql::staleRowError).
    bool update(const Stakeholder &stakeholder, QString *error = nullptr);
    // Writes the person, version and all (a higher one), over the row at `expectedVersion`.
    bool update(const Stakeholder &stakeholder, qint64 expectedVersion, QString *error);
    bool remove(StakeholderId id, QString *error = nullptr);
    // What deleting a person takes with it, so that undo can put it all back.
    struct Removal
    {
        Stakeholder person;
        QList<StakeholderLink> links; // links from or to the person
        QList<TouchpointId> touchpoints; // meetings the person was in
        QList<StakeholderId> directReports; // people whose reports-to pointed at the person
    };
    Removal removalOf(const Stakeholder &person, QString *error = nullptr) const;
    bool restore(const Removal &removal, QString *error = nullptr);
    // Where the user placed the node on the map; nothing: the automatic layout decides.
    bool setPosition(StakeholderId id, std::optional<QPointF> position, QString *error = nullptr);
    QHash<StakeholderId, QPointF> positions(AccountId accountId, QString *error = nullptr) const;
    // Where the person sits on the map now (`*position`; nothing: the automatic layout), locked on a
    // team plan until the transaction ends, so that a colleague's move of them waits. False, with
    // an empty error, when there is no such person; with the plan's error when it could not ask.
    bool lockPosition(StakeholderId id, std::optional<QPointF> *position, QString *error = nullptr) const;

    QList<StakeholderLink> links(AccountId accountId, QString *error = nullptr) const;
    std::optional<StakeholderLinkId> insertLink(const StakeholderLink &link, QString *error = nullptr);
    bool removeLink(StakeholderLinkId id, QString *error = nullptr);

    QList<Touchpoint> touchpoints(AccountId accountId, QString *error = nullptr) const; // oldest first
    QList<Touchpoint> allTouchpoints(QString *error = nullptr) const;
    std::optional<TouchpointId> insertTouchpoint(const Touchpoint &touchpoint, QString *error = nullptr);
    bool removeTouchpoint(TouchpointId id, QString *error = nullptr);

    QList<MapReview> reviews(AccountId accountId, QString *error = nullptr) const; // oldest first
    // The latest review date of every account that has one.
    QHash<AccountId, QDate> latestReviews(QString *error = nullptr) const;
    std::optional<qint64> insertReview(const MapReview &review, QString *error = nullptr);
    bool removeReview(qint64 id, QString *error = nullptr);

    // Inserts an account's whole map as the record holds it, ids included. Reports-to lines may
    // point at people inserted later, so foreign keys are checked when the transaction commits.
    bool insertMap(AccountId accountId, const AccountRecord &record, QString *error = nullptr);

private:
    QSqlDatabase m_db;
    sql::Statement m_insert;
    sql::Statement m_update;
};

} // namespace keyplan
