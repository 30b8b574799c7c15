#include "storage/migrator.h"

#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QUuid>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace keyplan {

Migrator::Migrator(QList<MigrationStep> steps)
    : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(),
        [](const MigrationStep &a, const MigrationStep &b) { return a.version < b.version; });
}

QList<MigrationStep> Migrator::builtInSteps()
{
    QList<MigrationStep> steps;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (version > 0)
            steps.append({version, QString::fromUtf8(file.readAll())});
    }
    return steps;
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

QStringList Migrator::statements(const QString &sql)
{
    QStringList result;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            const QString statement = current.trimmed();
            if (statement.size() > 1)
                result.append(statement.chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

bool Migrator::migrate(QSqlDatabase &db, int fromVersion, const QStringList &beforeCommit, const Finishing &finishing)
{
    m_error.clear();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    const sql::Backend backend = sql::backend(db);
    if (backend == sql::Backend::PostgreSQL) {
        // Two clients opening an older team plan at once: the second waits here for the first's
        // steps, then finds the version they reached and applies nothing twice.
        QString error;
        if (!sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(migrationLockKey)}, &error).isActive()) {
            m_error = error;
            return false;
        }
        fromVersion = sql::schemaVersion(db, &error);
        if (!error.isEmpty()) {
            m_error = error;
            return false;
        }
    }
    for (const MigrationStep &step : std::as_const(m_steps)) {
        if (step.version <= fromVersion)
            continue;
        const QStringList parts = statements(step.sql);
        for (const QString &statement : parts) {
            QString error;
            const bool done = backend == sql::Backend::SQLite
                ? sql::run(db, statement, {}, &error).isActive()
                : sql::execute(db, sql::schemaStatement(statement, backend), &error);
            if (!done) {
                m_error = QCoreApplication::translate("Migrator", "Schema step %1 failed: %2")
                              .arg(step.version)
                              .arg(error);
                return false;
            }
        }
    }
    // A plan's own identity, made once: calendars and other tools tell its records apart by it.
    const bool hasPlanInfo = sql::tableExists(db, QStringLiteral("plan_info"));
    if (hasPlanInfo) {
        QString error;
        if (!sql::run(db,
                QStringLiteral("INSERT INTO plan_info (key, value) SELECT 'uid', ? "
                               "WHERE NOT EXISTS (SELECT 1 FROM plan_info WHERE key = 'uid')"),
                {QUuid::createUuid().toString(QUuid::WithoutBraces)}, &error)
                 .isActive()) {
            m_error = error;
            return false;
        }
    }
    for (const QString &statement : beforeCommit) {
        QString error;
        if (!sql::run(db, statement, {}, &error).isActive()) {
            m_error = error;
            return false;
        }
    }
    QString error;
    if (!sql::setSchemaVersion(db, latestVersion(), &error)) {
        m_error = error;
        return false;
    }
    if (finishing && !finishing(db, &error)) {
        m_error = error;
        return false;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace keyplan
