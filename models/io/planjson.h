#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

// The whole plan as one JSON document (docs/plan-json.md): every table, every column, every row,
// so that loading it into a new plan reproduces the plan, and every figure `keyplan report --json`
// gives, byte for byte. Versioned by the plan's schema: a document from a newer Keyplan is refused.
namespace keyplan {

class RowJournal;

inline constexpr int planJsonFormatVersion = 1;

// The document; empty, with why, when the plan cannot be read.
QByteArray planToJson(const QSqlDatabase &db, QString *error);

// Whether the bytes are a Keyplan plan document (and not some other JSON).
bool isPlanJson(const QByteArray &head);

struct PlanJsonLoad
{
    qint64 rows = 0; // rows written
    qint64 accounts = 0;
    qint64 people = 0;
    qint64 opportunities = 0;
    qint64 teamMatched = 0; // of ours already in the plan, by name
};

// Loads a document into the plan open on `db`, inside the caller's transaction. The plan must hold
// no account (acceptsWholePlan()); its team is matched by name. False, with why (the table and
// row of a value the plan refuses), when nothing should be kept.
// With a journal, every row with an id is noted as inserted, so that undo takes the plan away again
// (the plan's settings it replaced stay).
bool loadPlanJson(const QSqlDatabase &db, const QByteArray &json, PlanJsonLoad *load, QString *error,
    RowJournal *journal = nullptr);

} // namespace keyplan
