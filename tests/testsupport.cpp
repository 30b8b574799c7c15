#include "testsupport.h"

#include "i18n/language.h"

#include "storage/serverlocation.h"
#include "storage/sqldialect.h"

#include "io/sampleportfolio.h"
#include "io/syntheticportfolio.h"
#include "item/plandocument.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"
#include "storage/stakeholderstore.h"
#include "storage/writetransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

// Every test speaks English as Keyplan does, plurals included ("1 day", "%n days").
static void speakEnglish()
{
    keyplan::i18n::useLanguage(QStringLiteral("en"));
}
Q_COREAPP_STARTUP_FUNCTION(speakEnglish)

namespace keyplan::test {

namespace {

bool writeSampleInto(const QString &path, int accounts)
{
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::create(path, &result);
    if (!plan) {
        qWarning("create failed: %s", qPrintable(result.message));
        return false;
    }
    QString error;
    if (!writeSamplePortfolio(*plan, SampleOptions {sampleAsOf, accounts}, &error)) {
        qWarning("sample failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

QStringList &madeDatabases()
{
    static QStringList names;
    return names;
}

// The database a test made with newServerDatabase() that `path` names, if it still holds no table.
QString emptyMadeDatabase(const QString &path)
{
    for (const QString &name : std::as_const(madeDatabases())) {
        if (path == serverUrl(name)) {
            QString count;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("keyplan-test-empty"));
                ServerLocation::parse(path, nullptr)->configure(db);
                if (db.open()) {
                    QSqlQuery query(db);
                    if (query.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) && query.next())
                        count = query.value(0).toString();
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("keyplan-test-empty"));
            return count == u"0" ? name : QString();
        }
    }
    return {};
}

} // namespace

// On the test server the sample is written once per process and size; every further sample plan
// is PostgreSQL's copy of that one (CREATE DATABASE ... TEMPLATE), as writing it anew through the
// storage layer took seconds per test function.
bool writeSamplePlan(const QString &path, int accounts)
{
    const QString target = ServerLocation::isServerUrl(path) ? emptyMadeDatabase(path) : QString();
    if (target.isEmpty())
        return writeSampleInto(path, accounts);
    static QHash<int, QString> samples;
    if (!samples.contains(accounts)) {
        const QString sample = newServerDatabase();
        if (!writeSampleInto(sample, accounts))
            return false;
        samples.insert(accounts, sample.section(u'/', -1));
    }
    return runSql(serverUrl(QStringLiteral("postgres")),
        {QStringLiteral("DROP DATABASE %1").arg(target),
            QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(target, samples.value(accounts))});
}

bool clearPipeline(const QString &path)
{
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    if (!plan)
        return false;
    WriteTransaction transaction(plan->connection());
    for (const char *table : {"health_entry", "health_override", "health_snapshot", "whitespace_cell", "opportunity_check", "opportunity",
             "business_unit", "offering"}) {
        QString error;
        if (!sql::run(
                plan->connection(), QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)), {}, &error)
                 .isActive()) {
            qWarning("clearing %s failed: %s", table, qPrintable(error));
            return false;
        }
    }
    return transaction.commit();
}

bool addSyntheticMap(const QString &path, qint64 accountId, int people)
{
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    if (!plan)
        return false;
    const AccountRecord map = syntheticStakeholderMap(people, sampleAsOf, 1000000);
    WriteTransaction transaction(plan->connection());
    QString error;
    if (!StakeholderStore(plan->connection()).insertMap(accountId, map, &error) || !transaction.commit()) {
        qWarning("map failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

std::unique_ptr<PlanDocument> openDocument(const QString &path)
{
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    if (!plan) {
        qWarning("open failed: %s", qPrintable(result.message));
        return nullptr;
    }
    return std::make_unique<PlanDocument>(std::move(plan));
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString planDump(const QSqlDatabase &db, const QStringList &leaveOut)
{
    QString text;
    const QStringList names = sql::tableNames(db);
    for (const QString &table : names) {
        if (leaveOut.contains(table))
            continue;
        text += u'[' + table + QStringLiteral("]\n");
        // Rows sorted as text: the same rows compare equal whatever order they were written in,
        // and on either backend.
        QStringList lines;
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            lines.append(values.join(u'|'));
        }
        lines.sort();
        for (const QString &line : std::as_const(lines))
            text += line + u'\n';
    }
    return text;
}

QStringList danglingReferences(const QSqlDatabase &db)
{
    QStringList dangling;
    for (const QString &table : sql::tableNames(db)) {
        for (const auto &[column, parent] : sql::foreignKeys(db, table)) {
            const qint64 count = sql::scalar(db,
                QStringLiteral("SELECT count(*) FROM %1 c WHERE c.%2 IS NOT NULL AND NOT EXISTS "
                               "(SELECT 1 FROM %3 p WHERE p.id = c.%2)")
                    .arg(table, column, parent))
                                     .toLongLong();
            if (count != 0)
                dangling.append(QStringLiteral("%1.%2: %3").arg(table, column).arg(count));
        }
    }
    return dangling;
}

QString keyplanBinary()
{
    return qEnvironmentVariable("KEYPLAN_BINARY");
}

QString testDataDir()
{
    return qEnvironmentVariable("KEYPLAN_TEST_DATA");
}

} // namespace keyplan::test

#include <sys/stat.h>

namespace keyplan::test {

int unixMode(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

qint64 accountNamed(const PlanDocument &document, const QString &name)
{
    for (const Account &account : document.accounts()) {
        if (account.name == name)
            return account.id;
    }
    return 0;
}

bool damagePage(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(5 * 4096) && file.write(QByteArray(4096, '\x5a')) == 4096;
}

QStringList folderListing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QString tryAs(const QString &url, const QString &statement)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("keyplan-test-as"));
        ServerLocation::parse(url, nullptr)->configure(db);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("keyplan-test-as"));
    return error;
}

bool runSql(const QString &path, const QStringList &statements)
{
    bool ok = false;
    {
        QSqlDatabase db;
        if (ServerLocation::isServerUrl(path)) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("keyplan-test-raw"));
            ServerLocation::parse(path, nullptr)->configure(db);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("keyplan-test-raw"));
            db.setDatabaseName(path);
        }
        ok = db.open();
        if (!ok)
            qWarning("%s", qPrintable(db.lastError().text()));
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning("%s failed: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("keyplan-test-raw"));
    return ok;
}

bool onServer()
{
    return qEnvironmentVariable("KEYPLAN_TEST_BACKEND") == u"postgresql";
}

QString serverUrl(const QString &database)
{
    QString host = QStringLiteral("127.0.0.1");
    QString port = QStringLiteral("5432");
    QString user;
    for (const QString &pair : qEnvironmentVariable("KEYPLAN_TEST_PG").split(u' ', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0);
        const QString value = pair.section(u'=', 1);
        if (key == u"host")
            host = value;
        else if (key == u"port")
            port = value;
        else if (key == u"user")
            user = value;
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host, port, database);
}

namespace {

// Drops the databases this test made, once it is done with them (FORCE: whatever still holds one).
void dropMadeDatabases()
{
    if (madeDatabases().isEmpty())
        return;
    QStringList statements;
    for (const QString &name : std::as_const(madeDatabases()))
        statements.append(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    madeDatabases().clear();
    runSql(serverUrl(QStringLiteral("postgres")), statements);
}

} // namespace

QString newPlanLocation(const QTemporaryDir &dir, const QString &name)
{
    return onServer() ? newServerDatabase() : dir.filePath(name);
}

QString newServerDatabase()
{
    if (qEnvironmentVariable("KEYPLAN_TEST_PG").isEmpty())
        qFatal("KEYPLAN_TEST_BACKEND=postgresql needs KEYPLAN_TEST_PG, the test server (scripts/pgserver.sh)");
    static int counter = 0;
    const QString database = QStringLiteral("kp_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    if (madeDatabases().isEmpty())
        qAddPostRoutine(dropMadeDatabases);
    if (!runSql(serverUrl(QStringLiteral("postgres")), {QStringLiteral("CREATE DATABASE %1").arg(database)}))
        qFatal("the test database %s could not be made", qPrintable(database));
    madeDatabases().append(database);
    return serverUrl(database);
}

QString publishTeamSample(const QTemporaryDir &dir, const QStringList &editors, QString *error)
{
    const QString sample = dir.filePath(QStringLiteral("sample.keyplan"));
    if (!QFileInfo::exists(sample) && !writeSamplePlan(sample)) {
        *error = QStringLiteral("the sample could not be written");
        return {};
    }
    const QString url = newServerDatabase();
    const Run copied = runKeyplan({QStringLiteral("copy"), sample, url});
    if (copied.exitCode != 0) {
        *error = QString::fromUtf8(copied.err);
        return {};
    }
    for (const QString &user : editors) {
        if (!grantLogin(url, user, QStringLiteral("editor"), error))
            return {};
    }
    return url;
}

bool grantLogin(const QString &planUrl, const QString &user, const QString &role, QString *error)
{
    // Logins are the server's, shared by every database on it: made once, kept able to log in.
    if (!runSql(serverUrl(QStringLiteral("postgres")),
            {QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$").arg(user),
                QStringLiteral("ALTER ROLE %1 LOGIN").arg(user)})) {
        *error = QStringLiteral("the login %1 could not be made").arg(user);
        return false;
    }
    const Run granted = runKeyplan({QStringLiteral("team"), QStringLiteral("grant"), planUrl, user, QStringLiteral("--role"), role});
    if (granted.exitCode != 0) {
        *error = QString::fromUtf8(granted.err);
        return false;
    }
    return true;
}

QString urlAs(const QString &url, const QString &user)
{
    QString address = url;
    return address.replace(QRegularExpression(QStringLiteral("//[^@]*@")), QStringLiteral("//") + user + u'@');
}

QByteArray planState(const QString &location)
{
    if (!ServerLocation::isServerUrl(location))
        return fileHash(location);
    QByteArray state;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("keyplan-test-state"));
        ServerLocation::parse(location, nullptr)->configure(db);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SET search_path = public"));
            state = QCryptographicHash::hash(planDump(db).toUtf8(), QCryptographicHash::Sha256).toHex();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("keyplan-test-state"));
    return state;
}

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

Run runKeyplan(const QStringList &arguments)
{
    return run(keyplanBinary(), arguments);
}

QString pdfText(const QString &path, PdfText mode)
{
    const Run text = run(QStringLiteral("pdftotext"),
        {mode == PdfText::Layout ? QStringLiteral("-layout") : QStringLiteral("-raw"), path,
            QStringLiteral("-")});
    return text.exitCode == 0 ? QString::fromUtf8(text.out) : QString();
}

int pdfPages(const QString &path)
{
    const Run info = run(QStringLiteral("pdfinfo"), {path});
    for (const QByteArray &line : info.out.split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

bool xmlWellFormed(const QString &path)
{
    const Run lint = run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--nonet"), path});
    if (lint.exitCode != 0)
        qWarning("xmllint: %s", lint.err.constData());
    return lint.exitCode == 0;
}

} // namespace keyplan::test
