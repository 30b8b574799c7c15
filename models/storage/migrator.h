#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace keyplan {

// One numbered schema step: the SQL that takes a plan from version - 1 to version.
struct MigrationStep
{
    int version = 0;
    QString sql;
};

// Applies schema steps cumulatively inside one write transaction and records the reached version
// (sql::setSchemaVersion: PRAGMA user_version, or the schema_version table on PostgreSQL). Either
// every needed step applies, or the plan is left exactly as it was. On PostgreSQL the steps run
// under an advisory lock, so two clients never migrate a team plan at once.
class Migrator
{
public:
    // The advisory lock's key on PostgreSQL ("KPLN").
    static constexpr qint64 migrationLockKey = 0x4B504C4E;

    explicit Migrator(QList<MigrationStep> steps = builtInSteps());

    // The steps compiled into Keyplan, read from the resources (":/migrations/NNN_name.sql").
    static QList<MigrationStep> builtInSteps();
    // The schema version this Keyplan writes: the highest step.
    int latestVersion() const;

    // Runs the steps after `fromVersion` up to latestVersion(). `beforeCommit` statements run in
    // the same transaction (used to stamp the application id on new plans), then `finishing`
    // (a team plan's grants), if given.
    using Finishing = std::function<bool(const QSqlDatabase &, QString *)>;
    bool migrate(QSqlDatabase &db, int fromVersion, const QStringList &beforeCommit = {}, const Finishing &finishing = {});
    QString errorString() const { return m_error; }

    // Splits a migration file into statements: statements end with ';' at the end of a line.
    static QStringList statements(const QString &sql);

private:
    QList<MigrationStep> m_steps;
    QString m_error;
};

} // namespace keyplan
