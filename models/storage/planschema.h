#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace keyplan {

// Compares a plan's schema (tables with their columns and rules, indexes, and the absence of
// triggers and views) with the one this Keyplan's migrations create for the plan's version.
// A plan whose schema differs was changed outside Keyplan: a foreign trigger could rewrite what
// Keyplan writes, a view could pose as a table, an altered CHECK could let bad values in.
//
// Returns one translated line per difference; empty when the schema is exactly Keyplan's.
// `version` is the plan's PRAGMA user_version; versions this Keyplan does not know are refused
// before this is asked.
QStringList schemaDifferences(const QSqlDatabase &db, int version);

// The schema of today's plan format, as a SHA-256 of what the comparison above looks at. A plan
// whose schema has this fingerprint is compared no further, so the migrations need not be run in
// memory on every open. A test checks it against the migrations: a new schema step updates it.
struct SchemaFingerprint
{
    int version = 0;
    QByteArray fingerprint; // lowercase hex
};
SchemaFingerprint currentSchemaFingerprint();
QByteArray schemaFingerprint(const QSqlDatabase &db, QString *error = nullptr);

// One translated line per column holding an amount beyond ±maxMoney (money.h), or an amount that
// is not a whole number (text, a fraction) where the schema expects minor units. Empty when sound.
QStringList moneyOutOfRange(const QSqlDatabase &db);

} // namespace keyplan
