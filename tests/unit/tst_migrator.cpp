#include "storage/migrator.h"
#include "storage/sqlhelpers.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyplan;

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statements_splitsOnLineEndingSemicolons();
    void builtInSteps_areNumberedFromOne();
    void migrate_fromZero_appliesEveryStep();
    void migrate_fromOne_appliesOnlyLaterSteps();
    void migrate_failingStep_rollsBackEverything();
    void builtInSteps_areIdempotent();

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

namespace {
const QList<MigrationStep> threeSteps {
    {1, QStringLiteral("CREATE TABLE IF NOT EXISTS a (id INTEGER PRIMARY KEY);\n")},
    {2, QStringLiteral("ALTER TABLE a ADD COLUMN name TEXT;\nINSERT INTO a (name) VALUES ('x;y');\n")},
    {3, QStringLiteral("CREATE TABLE IF NOT EXISTS b (id INTEGER);\n")},
};
} // namespace

void TestMigrator::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrator"));
    m_db.setDatabaseName(
        m_dir.filePath(QStringLiteral("m%1.db").arg(QRandomGenerator::global()->generate())));
    QVERIFY(m_db.open());
}

void TestMigrator::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("migrator"));
}

void TestMigrator::statements_splitsOnLineEndingSemicolons()
{
    const QStringList parts
        = Migrator::statements(QStringLiteral("-- a comment; not a statement\nCREATE TABLE t (\n  a TEXT -- "
                                              "x\n);\nINSERT INTO t VALUES ('a;b');\n"));
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts.at(0).startsWith(QStringLiteral("CREATE TABLE t")));
    QCOMPARE(parts.at(1), QStringLiteral("INSERT INTO t VALUES ('a;b')"));
}

void TestMigrator::builtInSteps_areNumberedFromOne()
{
    const QList<MigrationStep> steps = Migrator::builtInSteps();
    QVERIFY(!steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(steps.at(i).version, int(i + 1));
}

void TestMigrator::migrate_fromZero_appliesEveryStep()
{
    Migrator migrator(threeSteps);
    QVERIFY2(migrator.migrate(m_db, 0), qPrintable(migrator.errorString()));
    QCOMPARE(sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt(), 3);
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT name FROM a")).toString(), QStringLiteral("x;y"));
    QVERIFY(sql::run(m_db, QStringLiteral("SELECT * FROM b")).isActive());
}

void TestMigrator::migrate_fromOne_appliesOnlyLaterSteps()
{
    QVERIFY(Migrator({threeSteps.at(0)}).migrate(m_db, 0));
    QCOMPARE(sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    Migrator migrator(threeSteps);
    QVERIFY2(migrator.migrate(m_db, 1), qPrintable(migrator.errorString()));
    QCOMPARE(sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt(), 3);
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM a")).toInt(), 1);
}

void TestMigrator::migrate_failingStep_rollsBackEverything()
{
    QList<MigrationStep> steps = threeSteps;
    steps.append({4, QStringLiteral("CREATE TABLE c (id INTEGER);\nTHIS IS NOT SQL;\n")});
    Migrator migrator(steps);
    QVERIFY(!migrator.migrate(m_db, 0));
    QVERIFY(migrator.errorString().contains(QStringLiteral("4")));
    QCOMPARE(sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt(), 0);
}

void TestMigrator::builtInSteps_areIdempotent()
{
    // Steps 1–4 only create: running them again changes nothing. Step 5 moves the monthly revenue
    // into ARR changes and drops the old table and column, so it can run only once, which the
    // version recorded in the same transaction guarantees.
    QList<MigrationStep> creating = Migrator::builtInSteps();
    creating.removeIf([](const MigrationStep &step) { return step.version >= 5; });
    Migrator migrator(creating);
    QVERIFY(migrator.migrate(m_db, 0));
    const QString schema
        = sql::scalar(m_db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")).toString();
    QVERIFY2(migrator.migrate(m_db, 0), qPrintable(migrator.errorString()));
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")).toString(),
        schema);
    // From there, the full set runs step 5 once, and nothing again after that.
    Migrator all;
    QVERIFY2(all.migrate(m_db, 4), qPrintable(all.errorString()));
    const QString latest
        = sql::scalar(m_db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")).toString();
    QVERIFY(latest.contains(QStringLiteral("arr_change")));
    QVERIFY(!latest.contains(QStringLiteral("revenue_snapshot")));
    QVERIFY2(all.migrate(m_db, all.latestVersion()), qPrintable(all.errorString()));
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")).toString(),
        latest);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
