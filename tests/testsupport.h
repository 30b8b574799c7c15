#pragma once

#include <QSqlDatabase>

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace keyplan {
class PlanDocument;
}

// Helpers shared by the test executables: fixed dates, sample plans and file fingerprints.
namespace keyplan::test {

// Every test that builds the sample dates it from this day, so figures never depend on today.
inline const QDate sampleAsOf(2026, 11, 23);

// Writes the sample portfolio (or `accounts` synthetic accounts) into a new plan at `path`.
bool writeSamplePlan(const QString &path, int accounts = 0);

// Empties the plan's catalogue, business units, whitespace, opportunities and health marks, for
// tests that build a pipeline from nothing on the sample's accounts and people.
bool clearPipeline(const QString &path);

// Opens an existing plan as a document; fails the test (returns nullptr) when it cannot.
std::unique_ptr<PlanDocument> openDocument(const QString &path);
// The id of the account with that name in the document, or 0.
qint64 accountNamed(const PlanDocument &document, const QString &name);

// Runs statements on a plan through a plain SQLite (or, for a team plan's URL, PostgreSQL)
// connection, outside Keyplan (as another program would); false, with a warning, when one fails.
bool runSql(const QString &path, const QStringList &statements);
// One statement through a connection as `url`'s user, outside Keyplan (as psql would): the
// server's refusal, or empty when it ran.
QString tryAs(const QString &url, const QString &statement);

// Overwrites one page of the plan (the sixth) with garbage, as a failing disk would.
bool damagePage(const QString &path);
// What a folder holds, hidden files too, to prove nothing was left behind.
QStringList folderListing(const QString &folder);

// SHA-256 of the file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);

// Every row of every table (but those left out), table by table: two plans with equal dumps hold
// the same data.
QString planDump(const QSqlDatabase &db, const QStringList &leaveOut = {});

// Every reference to a row that is not there, as "table.column: count" (empty when sound), the
// same question on either backend.
QStringList danglingReferences(const QSqlDatabase &db);

// Adds a generated map of `people` people (ids from 1,000,000) to the account, in one transaction.
bool addSyntheticMap(const QString &path, qint64 accountId, int people);

// Where a test keeps a plan: a plan file `name` in `dir`; or, when the test runs against the team
// backend (KEYPLAN_TEST_BACKEND=postgresql, as CTest's *_pg runs do), a new empty database on
// the test server (KEYPLAN_TEST_PG), whose postgresql:// URL is returned, dropped when the test
// ends. Every helper here that takes a plan's path takes either.
QString newPlanLocation(const QTemporaryDir &dir, const QString &name);
bool onServer();
// A new empty database on the test server, whichever backend the test runs against.
QString newServerDatabase();
// The URL of `database` on the test server.
QString serverUrl(const QString &database);
// The sample, written in `dir` and published (keyplan copy) to a new team plan on the test server,
// with each of `editors` (logins made when missing) granted the editor role. Its address, as the
// plan's owner; empty, with why in `error`, when a step failed.
QString publishTeamSample(const QTemporaryDir &dir, const QStringList &editors, QString *error);
// Makes the server login `user` (where it has none; kept able to log in) and grants it `role`
// (reader or editor) on the team plan at `planUrl`; false with `error` when it could not.
bool grantLogin(const QString &planUrl, const QString &user, const QString &role, QString *error);
// `url` as `user` connects to it.
QString urlAs(const QString &url, const QString &user);
// What proves a plan unchanged: its file's hash, or a hash of every row of a team plan.
QByteArray planState(const QString &location);

QString keyplanBinary();
QString testDataDir();

} // namespace keyplan::test

namespace keyplan::test {

struct Run
{
    int exitCode = -1; // -1: it crashed or did not finish within two minutes
    QByteArray out;
    QByteArray err;
};

// Runs a program as a user would from a terminal without a display: no DISPLAY, WAYLAND_DISPLAY
// or QT_QPA_PLATFORM (subcommands must choose their platform themselves), in the C.UTF-8 locale.
Run run(const QString &program, const QStringList &arguments);
Run runKeyplan(const QStringList &arguments);

// The text of a PDF as pdftotext reads it (empty when it cannot), and its page count. Laid out,
// columns stay side by side; raw, the text comes in the order it was drawn, so a table cell's
// wrapped lines stay together.
enum class PdfText { Layout, Raw };
QString pdfText(const QString &path, PdfText mode = PdfText::Layout);
int pdfPages(const QString &path);
// Whether xmllint (libxml2-utils) reads `path` as well-formed XML; false when it cannot be run.
bool xmlWellFormed(const QString &path);

// The file's permission bits as the kernel has them (0600 for a private file).
int unixMode(const QString &path);
} // namespace keyplan::test
