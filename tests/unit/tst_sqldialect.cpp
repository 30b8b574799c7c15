// The statement helpers on both backends Keyplan runs on: a plan file (SQLite, through SQLite's own
// interface) and a team plan (PostgreSQL 15 through QPSQL, started by scripts/test.sh). The same
// values bound the same way must read back the same on both: '' for a QString without text, NULL
// for a QVariant without a value, integers, reals and any Unicode text as given; and a statement
// kept for many rows must leave a PostgreSQL transaction usable.
#include "storage/sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyplan;

class TestSqlDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bindingRules_data();
    void bindingRules();
    void keptStatement_runsManyTimesInOneTransaction_data();
    void keptStatement_runsManyTimesInOneTransaction();

private:
    QSqlDatabase open(const QString &backend);
    void addBackends();

    QTemporaryDir m_dir;
    QString m_pgDatabase; // created for this run on the test server, dropped after
};

namespace {

const QString admin = QStringLiteral("keyplan_pg_admin");

// DDL as it is: PostgreSQL cannot PREPARE a CREATE (QPSQL prepares every bound statement).
bool execute(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

// "host=127.0.0.1 port=5432 user=u dbname=d" into a QPSQL connection.
void configure(QSqlDatabase &db, const QString &conninfo)
{
    for (const QString &pair : conninfo.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0);
        const QString value = pair.section(u'=', 1);
        if (key == u"host")
            db.setHostName(value);
        else if (key == u"port")
            db.setPort(value.toInt());
        else if (key == u"user")
            db.setUserName(value);
        else if (key == u"dbname")
            db.setDatabaseName(value);
    }
}

} // namespace

void TestSqlDialect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
        "the QPSQL driver (libqt6sql6-psql) is needed; scripts/test.sh installs it");
    const QString conninfo = qEnvironmentVariable("KEYPLAN_TEST_PG");
    QVERIFY2(!conninfo.isEmpty(), "KEYPLAN_TEST_PG names the test server; scripts/test.sh starts one (scripts/pgserver.sh)");
    QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
    configure(server, conninfo);
    QVERIFY2(server.open(), qPrintable(server.lastError().text()));
    m_pgDatabase = QStringLiteral("keyplan_dialect_%1").arg(QCoreApplication::applicationPid());
    QString error;
    execute(server, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_pgDatabase), &error);
    QVERIFY2(execute(server, QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase), &error), qPrintable(error));
}

void TestSqlDialect::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name != admin)
            QSqlDatabase::database(name, false).close();
    }
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name != admin)
            QSqlDatabase::removeDatabase(name);
    }
    {
        QSqlDatabase server = QSqlDatabase::database(admin, false);
        if (server.isOpen() && !m_pgDatabase.isEmpty())
        {
            QString error;
            execute(server, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_pgDatabase), &error);
        }
        server.close();
    }
    QSqlDatabase::removeDatabase(admin);
}

QSqlDatabase TestSqlDialect::open(const QString &backend)
{
    const QString name = backend + u'-' + QString::fromLatin1(QTest::currentTestFunction()) + u'-'
        + QString::fromLatin1(QTest::currentDataTag());
    QSqlDatabase db;
    if (backend == u"sqlite") {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(name + QStringLiteral(".db")));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        configure(db, qEnvironmentVariable("KEYPLAN_TEST_PG"));
        db.setDatabaseName(m_pgDatabase);
    }
    if (!db.open())
        qWarning("%s", qPrintable(db.lastError().text()));
    return db;
}

void TestSqlDialect::addBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("plan file (SQLite)") << QStringLiteral("sqlite");
    QTest::newRow("team plan (PostgreSQL)") << QStringLiteral("postgresql");
}

void TestSqlDialect::bindingRules_data()
{
    addBackends();
}

void TestSqlDialect::bindingRules()
{
    QFETCH(QString, backend);
    QSqlDatabase db = open(backend);
    QVERIFY(db.isOpen());
    QString error;
    const QString table = QStringLiteral("binding_%1").arg(backend);
    QVERIFY2(execute(db, QStringLiteral("CREATE TABLE %1 (n INTEGER PRIMARY KEY, text_value TEXT NOT NULL, maybe TEXT, "
                                        "day TEXT, big BIGINT, real_value DOUBLE PRECISION)")
                             .arg(table),
                 &error),
        qPrintable(error));
    const QString words = QStringLiteral("Łódź · 東京 · شركة الخليج · 🚚 · <b>markup</b> · 'quoted' \"twice\"");
    const qint64 largest = std::numeric_limits<qint64>::max();
    sql::Statement insert(QStringLiteral("INSERT INTO %1 (n, text_value, maybe, day, big, real_value) VALUES (?, ?, ?, ?, ?, ?)").arg(table));
    // A QString without text is '' (the column is NOT NULL); a QVariant without a value is NULL.
    QVERIFY2(insert.exec(db, {1, QString(), QVariant(), sql::nullableDate(QDate()), largest, 0.1}, &error), qPrintable(error));
    QVERIFY2(sql::run(db, QStringLiteral("INSERT INTO %1 (n, text_value, maybe, day, big, real_value) VALUES (?, ?, ?, ?, ?, ?)").arg(table),
                 {2, words, QString(), sql::nullableDate(QDate(2026, 12, 3)), qint64(-1), 1e-9}, &error)
                 .isActive(),
        qPrintable(error));
    QCOMPARE(insert.rowsAffected(), 1);

    sql::Statement select(QStringLiteral("SELECT text_value, maybe IS NULL, maybe, day, big, real_value FROM %1 ORDER BY n").arg(table));
    QVERIFY2(select.exec(db, {}, &error), qPrintable(error));
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toString(), QString(""));
    QVERIFY(select.value(1).toBool());
    QVERIFY(select.value(3).isNull());
    QCOMPARE(select.value(4).toLongLong(), largest);
    QCOMPARE(select.value(5).toDouble(), 0.1);
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toString(), words);
    QVERIFY(!select.value(1).toBool());
    QCOMPARE(select.value(2).toString(), QString(""));
    QCOMPARE(select.value(3).toString(), QStringLiteral("2026-12-03"));
    QCOMPARE(select.value(4).toLongLong(), qint64(-1));
    QCOMPARE(select.value(5).toDouble(), 1e-9);
    QVERIFY(!select.next());
    // scalar() reads the same.
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT text_value FROM %1 WHERE n = ?").arg(table), {2}).toString(), words);
}

void TestSqlDialect::keptStatement_runsManyTimesInOneTransaction_data()
{
    addBackends();
}

void TestSqlDialect::keptStatement_runsManyTimesInOneTransaction()
{
    QFETCH(QString, backend);
    QSqlDatabase db = open(backend);
    QVERIFY(db.isOpen());
    QString error;
    const QString table = QStringLiteral("kept_%1").arg(backend);
    QVERIFY2(execute(db, QStringLiteral("CREATE TABLE %1 (n INTEGER PRIMARY KEY, name TEXT NOT NULL)").arg(table), &error),
        qPrintable(error));
    QVERIFY(db.transaction());
    sql::Statement insert(QStringLiteral("INSERT INTO %1 (n, name) VALUES (?, ?) RETURNING n").arg(table));
    sql::Statement find(QStringLiteral("SELECT name FROM %1 WHERE n = ?").arg(table));
    sql::Statement rename(QStringLiteral("UPDATE %1 SET name = ? WHERE n = ?").arg(table));
    // A lookup that finds nothing, then an insert, a rename and a lookup, a hundred times over:
    // on PostgreSQL one failed statement would abort the transaction (25P02) and every later one
    // would fail with it.
    for (int n = 1; n <= 100; ++n) {
        QVERIFY2(find.exec(db, {n}, &error), qPrintable(error));
        QVERIFY(!find.next());
        QVERIFY2(insert.exec(db, {n, QStringLiteral("row %1").arg(n)}, &error), qPrintable(error));
        QVERIFY(insert.next());
        QCOMPARE(insert.value(0).toInt(), n); // the id, as RETURNING gives it on both
        insert.finish();
        QVERIFY2(rename.exec(db, {QStringLiteral("renamed %1").arg(n), n}, &error), qPrintable(error));
        QCOMPARE(rename.rowsAffected(), 1);
        QVERIFY2(find.exec(db, {n}, &error), qPrintable(error));
        QVERIFY(find.next());
        QCOMPARE(find.value(0).toString(), QStringLiteral("renamed %1").arg(n));
        find.finish();
    }
    QVERIFY2(db.commit(), qPrintable(db.lastError().text()));
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE name LIKE 'renamed %'").arg(table)).toInt(), 100);
}

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
