#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

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

// SHA-256 of the file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);

// Adds a generated map of `people` people (ids from 1,000,000) to the account, in one transaction.
bool addSyntheticMap(const QString &path, qint64 accountId, int people);

QString keyplanBinary();
QString testDataDir();

} // namespace keyplan::test

namespace keyplan::test {
// The file's permission bits as the kernel has them (0600 for a private file).
int unixMode(const QString &path);
} // namespace keyplan::test
