// A team plan on a real PostgreSQL 15 (the server scripts/test.sh starts, KEYPLAN_TEST_PG), as its
// administrator and its users meet it: made with `keyplan team init`, filled with `keyplan copy`,
// read by every subcommand with the same figures as the plan file it came from, refused clearly
// when it is not Keyplan's or not this Keyplan's, and guarded by the server itself: a reader's
// write is refused whatever tool sends it, a password or TLS is required where the server says so.
#include "item/plandocument.h"
#include "storage/migrator.h"
#include "storage/plandatabase.h"
#include "storage/serverlocation.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"
#include "storage/teamschema.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyplan;
using test::Run;
using test::runKeyplan;
using test::tryAs;

class TestTeamPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init_makesTheSchemaAndRolesOnce();
    void open_refusesWhatIsNotThisKeyplansPlan_data();
    void open_refusesWhatIsNotThisKeyplansPlan();
    void copy_publishesAndTakesOfflineWithTheSameFigures();
    void subcommands_takeTheTeamPlansAddress();
    void check_runsOnTheServer();
    void roles_theServerRefusesAReadersWrite();
    void password_isAskedForAndChecked();
    void tls_plaintextRefusedWhenRequiredAndTheCertificateChecked();
    void upgrade_twoClientsAtOnceMigrateOnce();

private:
    // A new database on the test server, as a postgresql:// URL (for `user`, if given).
    QString newDatabase(const QString &user = {});
    QString urlFor(const QString &database, const QString &user, const QString &extra = {}) const;
    static QString databaseOf(const QString &url) { return url.section(u'/', -1).section(u'?', 0, 0); }
    Run report(const QString &plan) const;

    QTemporaryDir m_dir;
    QString m_sampleFile;
    QString m_sampleTeam; // the sample copied to the server
};

namespace {

QString adminUrl()
{
    return test::serverUrl(QStringLiteral("postgres"));
}

bool admin(const QStringList &statements)
{
    return test::runSql(adminUrl(), statements);
}


} // namespace

void TestTeamPlan::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "libqt6sql6-psql is needed; scripts/test.sh installs it");
    QVERIFY2(!qEnvironmentVariable("KEYPLAN_TEST_PG").isEmpty(),
        "KEYPLAN_TEST_PG names the test server; scripts/test.sh starts one (scripts/pgserver.sh)");
    QVERIFY(m_dir.isValid());
    m_sampleFile = m_dir.filePath(QStringLiteral("sample.keyplan"));
    QVERIFY(test::writeSamplePlan(m_sampleFile));
    m_sampleTeam = newDatabase();
    const Run copied = runKeyplan({QStringLiteral("copy"), m_sampleFile, m_sampleTeam});
    QVERIFY2(copied.exitCode == 0, copied.err.constData());
}

QString TestTeamPlan::urlFor(const QString &database, const QString &user, const QString &extra) const
{
    QString url = test::serverUrl(database);
    if (!user.isEmpty())
        url.replace(QRegularExpression(QStringLiteral("//[^@]*@")), QStringLiteral("//") + user + u'@');
    return url + extra;
}

QString TestTeamPlan::newDatabase(const QString &user)
{
    const QString url = test::newServerDatabase();
    return user.isEmpty() ? url : urlFor(databaseOf(url), user);
}

Run TestTeamPlan::report(const QString &plan) const
{
    return runKeyplan({QStringLiteral("report"), plan, QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
}

void TestTeamPlan::init_makesTheSchemaAndRolesOnce()
{
    const QString url = newDatabase();
    const Run made = runKeyplan({QStringLiteral("team"), QStringLiteral("init"), url});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QVERIFY(made.out.contains("Made a new team plan"));
    QVERIFY(made.out.contains("keyplan_reader"));

    PlanOpenResult result;
    {
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(url, PlanOpenMode::ReadOnly, &result);
        QVERIFY2(plan, qPrintable(result.message));
        QVERIFY(plan->isServer());
        QCOMPARE(sql::schemaVersion(plan->connection()), PlanDatabase::currentSchemaVersion());
        QCOMPARE(team::schemaDifferences(plan->connection()), QStringList());
        const QSqlDatabase db = plan->connection();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('keyplan_reader', 'keyplan_editor')")).toInt(), 2);
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT has_table_privilege('keyplan_editor', 'stakeholder', 'UPDATE')")).toBool());
        QVERIFY(!sql::scalar(db, QStringLiteral("SELECT has_table_privilege('keyplan_reader', 'stakeholder', 'UPDATE')")).toBool());
        QVERIFY(!sql::scalar(db, QStringLiteral("SELECT has_table_privilege('keyplan_editor', 'schema_version', 'UPDATE')")).toBool());
        // Identity columns: a new row gets an id without being given one.
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT is_identity FROM information_schema.columns WHERE table_name = 'account' AND column_name = 'id'")).toString(),
            QStringLiteral("YES"));
    }
    const QByteArray before = test::planState(url);
    const Run again = runKeyplan({QStringLiteral("team"), QStringLiteral("init"), url});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(again.out.contains("nothing to do"));
    QCOMPARE(test::planState(url), before);

    // A database that holds someone else's tables is not taken over.
    const QString other = newDatabase();
    QVERIFY(test::runSql(other, {QStringLiteral("CREATE TABLE invoices (id integer)")}));
    const Run refused = runKeyplan({QStringLiteral("team"), QStringLiteral("init"), other});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("other tables"), refused.err.constData());
}

void TestTeamPlan::open_refusesWhatIsNotThisKeyplansPlan_data()
{
    QTest::addColumn<QStringList>("tampering"); // statements on a copy of the sample
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty database") << QStringList {QStringLiteral("DROP TABLE IF EXISTS schema_version")} << int(PlanOpenError::NotAPlan)
                                    << QStringLiteral("keyplan team init");
    QTest::newRow("newer Keyplan") << QStringList {QStringLiteral("UPDATE schema_version SET version = 99")} << int(PlanOpenError::Newer)
                                   << QStringLiteral("newer Keyplan");
    QTest::newRow("older Keyplan, opened by a reader") << QStringList {QStringLiteral("UPDATE schema_version SET version = 7")}
                                                       << int(PlanOpenError::NeedsUpgrade) << QStringLiteral("keyplan team init");
    QTest::newRow("a trigger added") << QStringList {QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER rewrite BEFORE UPDATE ON account FOR EACH ROW EXECUTE FUNCTION f()")}
                                     << int(PlanOpenError::ForeignSchema) << QStringLiteral("trigger rewrite");
    QTest::newRow("a column dropped") << QStringList {QStringLiteral("ALTER TABLE account DROP COLUMN notes")}
                                      << int(PlanOpenError::ForeignSchema) << QStringLiteral("lacks column notes");
    QTest::newRow("a view posing") << QStringList {QStringLiteral("CREATE VIEW everything AS SELECT * FROM account")}
                                   << int(PlanOpenError::ForeignSchema) << QStringLiteral("view everything");
}

void TestTeamPlan::open_refusesWhatIsNotThisKeyplansPlan()
{
    QFETCH(QStringList, tampering);
    QFETCH(int, error);
    QFETCH(QString, says);
    const QString url = newDatabase();
    const Run copied = runKeyplan({QStringLiteral("copy"), m_sampleFile, url});
    QVERIFY2(copied.exitCode == 0, copied.err.constData());
    QVERIFY(test::runSql(url, tampering));
    const QByteArray before = test::planState(url);

    PlanOpenResult result;
    const PlanOpenMode mode = error == int(PlanOpenError::NeedsUpgrade) ? PlanOpenMode::ReadOnly : PlanOpenMode::ReadWrite;
    QVERIFY(!PlanDatabase::open(url, mode, &result));
    QCOMPARE(int(result.error), error);
    QVERIFY2(result.message.contains(says), qPrintable(result.message));
    // The command line says the same and exits 1; the plan is as it was.
    const Run run = report(url);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
    QCOMPARE(test::planState(url), before);
}

void TestTeamPlan::copy_publishesAndTakesOfflineWithTheSameFigures()
{
    const Run fromFile = report(m_sampleFile);
    QCOMPARE(fromFile.exitCode, 0);
    const Run fromTeam = report(m_sampleTeam);
    QVERIFY2(fromTeam.exitCode == 0, fromTeam.err.constData());
    QCOMPARE(fromTeam.out, fromFile.out); // every figure, byte for byte

    const QString offline = m_dir.filePath(QStringLiteral("offline.keyplan"));
    const Run back = runKeyplan({QStringLiteral("copy"), m_sampleTeam, offline});
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QVERIFY(back.out.contains("29 accounts"));
    QCOMPARE(report(offline).out, fromFile.out);
    QCOMPARE(test::unixMode(offline), 0600);
    {
        PlanOpenResult result;
        const std::unique_ptr<PlanDatabase> a = PlanDatabase::open(m_sampleFile, PlanOpenMode::ReadOnly, &result);
        const std::unique_ptr<PlanDatabase> b = PlanDatabase::open(offline, PlanOpenMode::ReadOnly, &result);
        const std::unique_ptr<PlanDatabase> team = PlanDatabase::open(m_sampleTeam, PlanOpenMode::ReadOnly, &result);
        QVERIFY(a && b && team);
        QCOMPARE(test::planDump(b->connection()), test::planDump(a->connection()));
        QCOMPARE(test::planDump(team->connection()).size(), test::planDump(a->connection()).size());
    }
    // The whole-plan JSON is the same from either.
    const QString jsonFile = m_dir.filePath(QStringLiteral("file.json"));
    const QString jsonTeam = m_dir.filePath(QStringLiteral("team.json"));
    QCOMPARE(runKeyplan({QStringLiteral("export"), m_sampleFile, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), jsonFile}).exitCode, 0);
    QCOMPARE(runKeyplan({QStringLiteral("export"), m_sampleTeam, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), jsonTeam}).exitCode, 0);
    QCOMPARE(test::fileHash(jsonTeam), test::fileHash(jsonFile));

    // Never over a plan that is there: the team plan and the file stay as they were.
    const QByteArray teamBefore = test::planState(m_sampleTeam);
    const Run overTeam = runKeyplan({QStringLiteral("copy"), offline, m_sampleTeam});
    QCOMPARE(overTeam.exitCode, 1);
    QVERIFY2(overTeam.err.contains("already holds a team plan"), overTeam.err.constData());
    QCOMPARE(test::planState(m_sampleTeam), teamBefore);
    const QByteArray fileBefore = test::fileHash(offline);
    QCOMPARE(runKeyplan({QStringLiteral("copy"), m_sampleTeam, offline}).exitCode, 1);
    QCOMPARE(test::fileHash(offline), fileBefore);

    // A new row on the team plan gets an id after the copied ones.
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_sampleTeam, PlanOpenMode::ReadWrite, &result);
    QVERIFY2(plan, qPrintable(result.message));
    QString error;
    const std::optional<qint64> id = sql::insertReturningId(plan->connection(),
        QStringLiteral("INSERT INTO team_member (id, name) VALUES (?, ?) RETURNING id"), {QVariant(), QStringLiteral("New colleague")}, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(*id > sql::scalar(plan->connection(), QStringLiteral("SELECT max(id) FROM team_member WHERE name <> 'New colleague'")).toLongLong());
    QVERIFY(sql::run(plan->connection(), QStringLiteral("DELETE FROM team_member WHERE id = ?"), {*id}).isActive());
}

void TestTeamPlan::subcommands_takeTheTeamPlansAddress()
{
    const QString url = newDatabase();
    QCOMPARE(runKeyplan({QStringLiteral("copy"), m_sampleFile, url}).exitCode, 0);
    const Run plays = runKeyplan({QStringLiteral("plays"), url, QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    QVERIFY2(plays.exitCode == 0, plays.err.constData());
    QCOMPARE(plays.out, runKeyplan({QStringLiteral("plays"), m_sampleFile, QStringLiteral("--as-of"), QStringLiteral("2026-11-23")}).out);
    // A team plan's backups are its server's: `backup` and `restore` say so and point at `copy`.
    const Run backup = runKeyplan({QStringLiteral("backup"), url});
    QCOMPARE(backup.exitCode, 1);
    QVERIFY2(backup.err.contains("keyplan copy"), backup.err.constData());
    QCOMPARE(runKeyplan({QStringLiteral("restore"), url, QStringLiteral("--from"), m_sampleFile}).exitCode, 1);
    const QString calendar = m_dir.filePath(QStringLiteral("team.ics"));
    const Run ics = runKeyplan({QStringLiteral("export"), url, QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("-o"), calendar,
        QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    QVERIFY2(ics.exitCode == 0, ics.err.constData());
    QVERIFY(QFile(calendar).size() > 1000);

    // An import goes into the team plan as it is: its accounts and people, seen by the next report.
    const QString export_ = test::testDataDir() + QStringLiteral("/import/salesforce_lwc_recipes/Accounts-Contacts.csv");
    const Run imported = runKeyplan({QStringLiteral("import"), url, export_, QStringLiteral("--as-of"), QStringLiteral("2026-12-02")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(report(url).out.contains("Alpha Dynamics"), imported.out.constData());
    const Run again = runKeyplan({QStringLiteral("import"), url, export_, QStringLiteral("--as-of"), QStringLiteral("2026-12-02")});
    QVERIFY2(QString::fromUtf8(again.out).contains(QStringLiteral("Accounts: 10 unchanged")), again.out.constData());
}

void TestTeamPlan::check_runsOnTheServer()
{
    const QString url = newDatabase();
    QCOMPARE(runKeyplan({QStringLiteral("copy"), m_sampleFile, url}).exitCode, 0);
    const Run sound = runKeyplan({QStringLiteral("check"), url});
    QVERIFY2(sound.exitCode == 0, sound.err.constData());
    QVERIFY(sound.out.contains("the plan is sound"));
    // Another tool moves an account's stage without its history: check finds it.
    QVERIFY(test::runSql(url, {QStringLiteral("UPDATE account SET stage = 'uncoupling_kam' WHERE id = 1")}));
    const Run broken = runKeyplan({QStringLiteral("check"), url});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.out.contains("last stage change moved it to"), broken.out.constData());
}

void TestTeamPlan::roles_theServerRefusesAReadersWrite()
{
    QVERIFY(admin({QStringLiteral("DO $$ BEGIN CREATE ROLE kp_alice LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"),
        QStringLiteral("DO $$ BEGIN CREATE ROLE kp_bob LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")}));
    const QString url = newDatabase();
    QCOMPARE(runKeyplan({QStringLiteral("copy"), m_sampleFile, url}).exitCode, 0);
    const Run editor = runKeyplan({QStringLiteral("team"), QStringLiteral("grant"), url, QStringLiteral("kp_alice"), QStringLiteral("--role"), QStringLiteral("editor")});
    QVERIFY2(editor.exitCode == 0, editor.err.constData());
    const Run reader = runKeyplan({QStringLiteral("team"), QStringLiteral("grant"), url, QStringLiteral("kp_bob"), QStringLiteral("--role"), QStringLiteral("reader")});
    QVERIFY2(reader.exitCode == 0, reader.err.constData());
    const Run nobody = runKeyplan({QStringLiteral("team"), QStringLiteral("grant"), url, QStringLiteral("kp_nobody"), QStringLiteral("--role"), QStringLiteral("reader")});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY2(nobody.err.contains("no user called kp_nobody"), nobody.err.constData());
    const Run injected = runKeyplan({QStringLiteral("team"), QStringLiteral("grant"), url, QStringLiteral("kp_bob\"; DROP TABLE account; --"), QStringLiteral("--role"), QStringLiteral("editor")});
    QCOMPARE(injected.exitCode, 1);
    // A login nobody granted a role is told so, and how to get one (not that the plan is old).
    QVERIFY(admin({QStringLiteral("DO $$ BEGIN CREATE ROLE kp_ungranted LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")}));
    const Run ungranted = runKeyplan({QStringLiteral("report"), urlFor(databaseOf(url), QStringLiteral("kp_ungranted"))});
    QCOMPARE(ungranted.exitCode, 1);
    QVERIFY2(ungranted.err.contains("kp_ungranted may not read this team plan") && ungranted.err.contains("team grant"),
        ungranted.err.constData());
    // Roles are the server's, but a role on one plan opens no other: Alice, an editor of this plan,
    // may not even connect to another team's.
    const QString otherTeams = newDatabase();
    QCOMPARE(runKeyplan({QStringLiteral("copy"), m_sampleFile, otherTeams}).exitCode, 0);
    const Run elsewhere = runKeyplan({QStringLiteral("report"), urlFor(databaseOf(otherTeams), QStringLiteral("kp_alice"))});
    QCOMPARE(elsewhere.exitCode, 1);
    QVERIFY2(elsewhere.err.contains("kp_alice may not read this team plan"), elsewhere.err.constData());
    QVERIFY(!tryAs(urlFor(databaseOf(otherTeams), QStringLiteral("kp_alice")), QStringLiteral("SELECT 1 FROM account")).isEmpty());

    const QString bob = urlFor(databaseOf(url), QStringLiteral("kp_bob"));
    const QString alice = urlFor(databaseOf(url), QStringLiteral("kp_alice"));
    PlanOpenResult result;
    {
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(bob, PlanOpenMode::ReadWrite, &result);
        QVERIFY2(plan, qPrintable(result.message));
        QVERIFY(result.readerRole);
        QVERIFY(plan->isReadOnly());
        PlanDocument document(std::unique_ptr<PlanDatabase>(PlanDatabase::open(bob, PlanOpenMode::ReadWrite, &result)));
        QVERIFY(document.isReadOnly());
        QCOMPARE(document.accounts().size(), 29);
    }
    QCOMPARE(report(bob).out, report(m_sampleFile).out); // a reader reads everything
    // Not Keyplan's doing: the server's. The same statement from any other tool is refused.
    const QString refused = tryAs(bob, QStringLiteral("UPDATE account SET name = 'Mine now' WHERE id = 1"));
    QVERIFY2(refused.contains(QStringLiteral("permission denied")), qPrintable(refused));
    QVERIFY(tryAs(bob, QStringLiteral("DELETE FROM stakeholder")).contains(QStringLiteral("permission denied")));
    QCOMPARE(tryAs(alice, QStringLiteral("UPDATE account SET notes = 'Edited by Alice' WHERE id = 1")), QString());
    QVERIFY(tryAs(alice, QStringLiteral("UPDATE schema_version SET version = 1")).contains(QStringLiteral("permission denied")));
    QVERIFY(tryAs(alice, QStringLiteral("DROP TABLE account")).contains(QStringLiteral("must be owner")));
    {
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(alice, PlanOpenMode::ReadWrite, &result);
        QVERIFY2(plan, qPrintable(result.message));
        QVERIFY(!result.readerRole);
        QVERIFY(!plan->isReadOnly());
    }
    // Grants change with the role: Bob made an editor may write.
    QCOMPARE(runKeyplan({QStringLiteral("team"), QStringLiteral("grant"), url, QStringLiteral("kp_bob"), QStringLiteral("--role"), QStringLiteral("editor")}).exitCode, 0);
    QCOMPARE(tryAs(bob, QStringLiteral("UPDATE account SET notes = 'Bob too' WHERE id = 1")), QString());
}

void TestTeamPlan::password_isAskedForAndChecked()
{
    QVERIFY(admin({QStringLiteral("DO $$ BEGIN CREATE ROLE keyplan_password_user LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"),
        QStringLiteral("ALTER ROLE keyplan_password_user PASSWORD 'correct horse'")}));
    const QString url = newDatabase();
    QCOMPARE(runKeyplan({QStringLiteral("copy"), m_sampleFile, url}).exitCode, 0);
    QCOMPARE(runKeyplan({QStringLiteral("team"), QStringLiteral("grant"), url, QStringLiteral("keyplan_password_user"), QStringLiteral("--role"), QStringLiteral("reader")}).exitCode, 0);
    const QString database = databaseOf(url);
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-such-pgpass"))));

    PlanOpenResult result;
    QVERIFY(!PlanDatabase::open(urlFor(database, QStringLiteral("keyplan_password_user")), PlanOpenMode::ReadOnly, &result));
    QCOMPARE(result.error, PlanOpenError::NeedsPassword);
    QVERIFY2(result.message.contains(QStringLiteral("asks for keyplan_password_user's password")), qPrintable(result.message));
    QVERIFY(!PlanDatabase::open(urlFor(database, QStringLiteral("keyplan_password_user:wrong")), PlanOpenMode::ReadOnly, &result));
    QCOMPARE(result.error, PlanOpenError::AuthenticationFailed);
    QVERIFY(!result.message.contains(QStringLiteral("wrong"))); // a password is never repeated back
    {
        const std::unique_ptr<PlanDatabase> plan
            = PlanDatabase::open(urlFor(database, QStringLiteral("keyplan_password_user:correct%20horse")), PlanOpenMode::ReadOnly, &result);
        QVERIFY2(plan, qPrintable(result.message));
        QVERIFY(!plan->path().contains(QStringLiteral("horse"))); // nor kept in what is shown
    }
    // Nor in what the command line says, on success or failure.
    const QString withPassword = urlFor(database, QStringLiteral("keyplan_password_user:correct%20horse"));
    const Run checked = runKeyplan({QStringLiteral("check"), withPassword});
    QCOMPARE(checked.exitCode, 0);
    QVERIFY2(checked.out.contains("the plan is sound") && !checked.out.contains("horse"), checked.out.constData());
    const Run noSuchAccount = runKeyplan({QStringLiteral("export-map"), withPassword, QStringLiteral("--account"),
        QStringLiteral("No such account"), QStringLiteral("--output"), m_dir.filePath(QStringLiteral("map.pdf"))});
    QCOMPARE(noSuchAccount.exitCode, 1);
    QVERIFY2(noSuchAccount.err.contains("No such account") && !noSuchAccount.err.contains("horse"), noSuchAccount.err.constData());
    // The password file, as libpq reads it: nothing in the address.
    const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
    {
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("127.0.0.1:*:*:keyplan_password_user:correct horse\n");
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(urlFor(database, QStringLiteral("keyplan_password_user")), PlanOpenMode::ReadOnly, &result);
    QVERIFY2(plan, qPrintable(result.message));
    qunsetenv("PGPASSFILE");
}

void TestTeamPlan::tls_plaintextRefusedWhenRequiredAndTheCertificateChecked()
{
    const QString ca = qEnvironmentVariable("KEYPLAN_TEST_PG_DIR") + QStringLiteral("/ca.crt");
    QVERIFY2(QFile::exists(ca), "scripts/pgserver.sh makes the test server's CA");
    QVERIFY(admin({QStringLiteral("DO $$ BEGIN CREATE ROLE keyplan_tls_user LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")}));
    const QString url = newDatabase();
    QCOMPARE(runKeyplan({QStringLiteral("copy"), m_sampleFile, url}).exitCode, 0);
    QCOMPARE(runKeyplan({QStringLiteral("team"), QStringLiteral("grant"), url, QStringLiteral("keyplan_tls_user"), QStringLiteral("--role"), QStringLiteral("reader")}).exitCode, 0);
    const QString database = databaseOf(url);
    PlanOpenResult result;
    QVERIFY(!PlanDatabase::open(urlFor(database, QStringLiteral("keyplan_tls_user"), QStringLiteral("?sslmode=disable")), PlanOpenMode::ReadOnly, &result));
    QCOMPARE(result.error, PlanOpenError::Insecure);
    QVERIFY2(result.message.contains(QStringLiteral("secure connection only")), qPrintable(result.message));
    // A CA that did not sign the server's certificate: refused, before anything is sent.
    QVERIFY(!PlanDatabase::open(urlFor(database, QStringLiteral("keyplan_tls_user"), QStringLiteral("?sslmode=verify-full&sslrootcert=")
                                        + QStringLiteral("/etc/ssl/certs/ca-certificates.crt")),
        PlanOpenMode::ReadOnly, &result));
    QCOMPARE(result.error, PlanOpenError::Insecure);
    {
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(
            urlFor(database, QStringLiteral("keyplan_tls_user"), QStringLiteral("?sslmode=verify-full&sslrootcert=") + ca), PlanOpenMode::ReadOnly,
            &result);
        QVERIFY2(plan, qPrintable(result.message));
        QVERIFY(sql::scalar(plan->connection(), QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).toBool());
    }
    // The name must match too: the certificate is for 127.0.0.1 and localhost, not this machine's name.
    QString byName = urlFor(database, QStringLiteral("keyplan_tls_user"), QStringLiteral("?sslmode=verify-full&sslrootcert=") + ca);
    byName.replace(QStringLiteral("@127.0.0.1:"), QStringLiteral("@localhost:"));
    const std::unique_ptr<PlanDatabase> local = PlanDatabase::open(byName, PlanOpenMode::ReadOnly, &result);
    QVERIFY2(local || result.error == PlanOpenError::NoServer, qPrintable(result.message));
}

void TestTeamPlan::upgrade_twoClientsAtOnceMigrateOnce()
{
    // A team plan as the Keyplan before this one made it (format 7).
    const QString url = newDatabase();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("older"));
        ServerLocation::parse(url, nullptr)->configure(db);
        QVERIFY(db.open());
        QList<MigrationStep> steps = Migrator::builtInSteps();
        steps.removeIf([](const MigrationStep &step) { return step.version > 7; });
        Migrator older(steps);
        QVERIFY2(older.migrate(db, 0, {}, [](const QSqlDatabase &d, QString *why) { return team::grantRoles(d, why); }),
            qPrintable(older.errorString()));
        QCOMPARE(sql::schemaVersion(db), 7);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    const Run early = report(url);
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains("older format (7"), early.err.constData());

    // Two owners' clients at once: one migrates, the other waits on the lock and finds it done.
    QProcess first;
    QProcess second;
    for (QProcess *process : {&first, &second})
        process->start(test::keyplanBinary(), {QStringLiteral("team"), QStringLiteral("init"), url});
    QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));
    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
    const QByteArray said = first.readAllStandardOutput() + second.readAllStandardOutput();
    QVERIFY2(said.count("from format 7 to 8") + said.count("already in this Keyplan's format") == 2, said.constData());
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(url, PlanOpenMode::ReadOnly, &result);
    QVERIFY2(plan, qPrintable(result.message));
    QCOMPARE(sql::schemaVersion(plan->connection()), PlanDatabase::currentSchemaVersion());
    QCOMPARE(sql::scalar(plan->connection(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
    QCOMPARE(team::schemaDifferences(plan->connection()), QStringList());
}

QTEST_GUILESS_MAIN(TestTeamPlan)
#include "tst_teamplan.moc"
