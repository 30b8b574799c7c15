#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What a team plan (PostgreSQL) has beyond a plan file's tables: Keyplan's two roles and their
// grants, and the check that the schema is Keyplan's own.
namespace keyplan::team {

// Reads everything; cannot change anything (the server refuses, whatever tool asks).
inline const QString readerRole = QStringLiteral("keyplan_reader");
// Reads and edits the plan's rows; cannot change the schema or the version.
inline const QString editorRole = QStringLiteral("keyplan_editor");

// Creates the two roles when the server has none yet (roles are the whole server's, so every
// team plan on it shares them) and grants them what they may do on every table of the plan.
// Run by the plan's owner, in the transaction that made or upgraded its schema.
bool grantRoles(const QSqlDatabase &db, QString *error);

// Gives `user` (a login role the server has) the reader or the editor role, taking the other away.
// A translated message in `error` when the server has no such user or refuses.
bool grantRole(const QSqlDatabase &db, const QString &user, const QString &role, QString *error);

// The tables Keyplan's migrations make, by name (what team plans may hold besides their
// schema_version and change_log).
QStringList planTableNames();
// Those of them with a `version` column.
QStringList versionedTableNames();

// One translated line per way the database's tables differ from what Keyplan's migrations make
// (a missing or added table or column, a column of another type, a view, or a trigger Keyplan did not
// make).
QStringList schemaDifferences(const QSqlDatabase &db);

// Whether the connected user may change rows (is an editor or the owner).
bool canEdit(const QSqlDatabase &db);
// Whether the connected user owns the plan's tables (and so may upgrade its schema).
bool ownsSchema(const QSqlDatabase &db);

} // namespace keyplan::team
