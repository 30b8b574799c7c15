#include "domain/accountfields.h"
#include "item/accountediting.h"
#include "item/plandocument.h"
#include "storage/accountstore.h"
#include "storage/migrator.h"
#include "storage/planbackup.h"
#include "storage/plandatabase.h"
#include "storage/arrchangestore.h"
#include "storage/goalstore.h"
#include "storage/healthstore.h"
#include "storage/planschema.h"
#include "storage/qbrstore.h"
#include "storage/sqlhelpers.h"
#include "storage/stagestore.h"
#include "storage/stakeholderstore.h"
#include "storage/teamstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

namespace {

// Runs statements on a file through a plain SQLite connection, outside Keyplan.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}


} // namespace

class TestPlanDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void create_makesAPlanOnlyTheUserCanRead();
    void create_refusesAnExistingFile();
    void open_refusesAndKeepsFile_data();
    void open_refusesAndKeepsFile();
    void open_secondWriter_isToldThePlanIsInUse();
    void open_staleLockOfDeadProcess_isTakenOver();
    void open_readOnly_refusesEditsAndWritesNothing();
    void open_olderSchema_upgradesAfterBackup();
    void openReadOnly_olderSchema_upgradesInMemoryAndLeavesTheFile();
    void open_everyReleasedSchemaFixture_opensAndReports();
    void migration_turnsEveryFixturesMonthlyHistoryIntoChanges();
    void migration_keepsEveryHealthMarkAndWhoOfOursWasThere();
    void migration_keepsEveryGoalAndLeavesItUnvalued();
    void goalStore_keepsWhatAUnitIsWorth();
    void currentSchemaFingerprint_isWhatTheMigrationsMake();
    void roundTrip_keepsEveryField();
    void timelines_readInDateOrderHoweverRecorded();
    void backupPlan_writesAConsistentPrivateCopy();
};

void TestPlanDatabase::create_makesAPlanOnlyTheUserCanRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.keyplan"));
    PlanOpenResult result;
    {
        std::unique_ptr<PlanDatabase> plan = PlanDatabase::create(path, &result);
        QVERIFY2(plan, qPrintable(result.message));
        QCOMPARE(sql::scalar(plan->connection(), QStringLiteral("PRAGMA application_id")).toLongLong(),
            qint64(PlanDatabase::applicationId));
        QCOMPARE(sql::scalar(plan->connection(), QStringLiteral("PRAGMA user_version")).toInt(),
            PlanDatabase::currentSchemaVersion());
        QCOMPARE(sql::scalar(plan->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(sql::scalar(plan->connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
            QStringLiteral("wal"));
        QVERIFY(QFile::exists(lockFilePath(path)));
    }
    QCOMPARE(test::unixMode(path), 0600);
    QVERIFY(!QFile::exists(lockFilePath(path))); // released on close
    QVERIFY(PlanDatabase::currentSchemaVersion() >= 1);
}

void TestPlanDatabase::create_refusesAnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.keyplan"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my notes");
    file.close();
    PlanOpenResult result;
    QVERIFY(!PlanDatabase::create(path, &result));
    QCOMPARE(result.error, PlanOpenError::AlreadyExists);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my notes"));
}

void TestPlanDatabase::open_refusesAndKeepsFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty file") << "empty" << int(PlanOpenError::Empty);
    QTest::newRow("text file") << "text" << int(PlanOpenError::NotSqlite);
    QTest::newRow("short binary") << "short" << int(PlanOpenError::NotSqlite);
    QTest::newRow("directory") << "directory" << int(PlanOpenError::IsDirectory);
    QTest::newRow("missing") << "missing" << int(PlanOpenError::Missing);
    QTest::newRow("foreign sqlite") << "foreign" << int(PlanOpenError::NotAPlan);
    QTest::newRow("plain sqlite with no tables") << "blank" << int(PlanOpenError::NotAPlan);
    QTest::newRow("newer plan") << "newer" << int(PlanOpenError::Newer);
    QTest::newRow("truncated plan") << "truncated" << int(PlanOpenError::Damaged);
    QTest::newRow("damaged plan") << "damaged" << int(PlanOpenError::Damaged);
}

void TestPlanDatabase::open_refusesAndKeepsFile()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.keyplan"));
    const auto writeBytes = [&](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    if (kind == u"empty") {
        writeBytes({});
    } else if (kind == u"text") {
        writeBytes("Account,ARR\nNorthgate,24000\n");
    } else if (kind == u"short") {
        writeBytes(QByteArray("SQLite format 3\0", 16));
    } else if (kind == u"directory") {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("input.keyplan")));
    } else if (kind == u"foreign") {
        rawExec(path,
            {QStringLiteral("CREATE TABLE notes (body TEXT)"),
                QStringLiteral("INSERT INTO notes VALUES ('hi')")});
    } else if (kind == u"blank") {
        rawExec(path, {QStringLiteral("PRAGMA user_version = 1")});
    } else if (kind == u"newer" || kind == u"truncated" || kind == u"damaged") {
        QVERIFY(test::writeSamplePlan(path));
        if (kind == u"newer") {
            rawExec(path,
                {QStringLiteral("PRAGMA journal_mode = DELETE"),
                    QStringLiteral("PRAGMA user_version = %1")
                        .arg(PlanDatabase::currentSchemaVersion() + 1)});
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            if (kind == u"truncated") {
                QVERIFY(file.resize(size / 2 + 100));
            } else {
                // Scribble over the middle pages, where the tables' b-trees live.
                QVERIFY(file.seek(size / 3));
                file.write(QByteArray(int(size / 3), '\xA5'));
            }
        }
    }
    const QByteArray before = test::fileHash(path);
    const QStringList listing = test::folderListing(dir.path());

    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    QVERIFY(!plan);
    QCOMPARE(int(result.error), expected);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(test::fileHash(path), before);
    QCOMPARE(test::folderListing(dir.path()), listing); // no lock, journal or copy left behind
}

void TestPlanDatabase::open_secondWriter_isToldThePlanIsInUse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> first = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    QVERIFY2(first, qPrintable(result.message));
    const std::unique_ptr<PlanDatabase> second = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    QVERIFY(!second);
    QCOMPARE(result.error, PlanOpenError::InUse);
    QVERIFY(result.message.contains(QString::number(QCoreApplication::applicationPid())));
    // Readers (keyplan report) are still welcome.
    const std::unique_ptr<PlanDatabase> reader = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
    QVERIFY2(reader, qPrintable(result.message));
    QCOMPARE(AccountStore(reader->connection()).count(), 29);
}

void TestPlanDatabase::open_staleLockOfDeadProcess_isTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stale.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    // A lock left by a process that was killed: its PID no longer runs.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForFinished());
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
    QFile lock(lockFilePath(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\nkeyplan\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    QVERIFY2(plan, qPrintable(result.message));
}

void TestPlanDatabase::open_readOnly_refusesEditsAndWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    const QByteArray before = test::fileHash(path);
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
    QVERIFY2(plan, qPrintable(result.message));
    QVERIFY(plan->isReadOnly());
    PlanDocument document(std::move(plan));
    QSignalSpy failures(&document, &PlanDocument::writeFailed);
    const AccountId id = document.accounts().constFirst().id;
    AccountEditing::of(&document)->editAccountField(id, AccountField::Name, QStringLiteral("Renamed"));
    QCOMPARE(failures.count(), 1);
    // Nor does any write a feature's editing class would make.
    QVERIFY(!document.writeInTransaction(QStringLiteral("A write"), [](const QSqlDatabase &, QString *) { return true; }));
    QCOMPARE(failures.count(), 2);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(document.account(id)->name != u"Renamed");
    QCOMPARE(test::fileHash(path), before);
}

void TestPlanDatabase::openReadOnly_olderSchema_upgradesInMemoryAndLeavesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.keyplan"));
    QVERIFY(QFile::copy(test::testDataDir() + QStringLiteral("/plans/schema-v2.keyplan"), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QByteArray before = test::fileHash(path);
    const QStringList listing = test::folderListing(dir.path());
    PlanOpenResult result;
    {
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
        QVERIFY2(plan, qPrintable(result.message));
        QVERIFY(result.upgradedInMemory);
        QVERIFY(plan->isReadOnly());
        QCOMPARE(sql::scalar(plan->connection(), QStringLiteral("PRAGMA user_version")).toInt(),
            PlanDatabase::currentSchemaVersion());
        // The old data, and the new tables (empty), are there to read.
        QCOMPARE(AccountStore(plan->connection()).count(), 29);
        QCOMPARE(
            sql::scalar(plan->connection(), QStringLiteral("SELECT COUNT(*) FROM stakeholder")).toInt(), 3);
        QCOMPARE(
            sql::scalar(plan->connection(), QStringLiteral("SELECT COUNT(*) FROM opportunity")).toInt(), 0);
    }
    QCOMPARE(test::fileHash(path), before);
    QCOMPARE(test::folderListing(dir.path()), listing); // no backup, lock or journal: nothing was written
    QVERIFY(result.backupPath.isEmpty());
    // A current plan read-only is read as it is.
    const QString current = dir.filePath(QStringLiteral("current.keyplan"));
    QVERIFY(test::writeSamplePlan(current));
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(current, PlanOpenMode::ReadOnly, &result);
    QVERIFY(plan);
    QVERIFY(!result.upgradedInMemory);
}

void TestPlanDatabase::open_olderSchema_upgradesAfterBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.keyplan"));
    QVERIFY(QFile::copy(test::testDataDir() + QStringLiteral("/plans/schema-v3.keyplan"), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    int accounts = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        accounts = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM account")).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    QVERIFY(accounts > 0);
    PlanOpenResult result;
    {
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
        QVERIFY2(plan, qPrintable(result.message));
        QCOMPARE(sql::scalar(plan->connection(), QStringLiteral("PRAGMA user_version")).toInt(),
            PlanDatabase::currentSchemaVersion());
        QCOMPARE(AccountStore(plan->connection()).count(), accounts);
    }
    QVERIFY(!result.backupPath.isEmpty());
    QVERIFY(QFile::exists(result.backupPath));
    QCOMPARE(test::unixMode(result.backupPath), 0600);
    // The backup is the plan as it was: still at version 3.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        db.setDatabaseName(result.backupPath);
        QVERIFY(db.open());
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 3);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM account")).toInt(), accounts);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
}

void TestPlanDatabase::open_everyReleasedSchemaFixture_opensAndReports()
{
    const QDir fixtures(test::testDataDir() + QStringLiteral("/plans"));
    const QStringList files
        = fixtures.entryList({QStringLiteral("schema-v*.keyplan")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    QCOMPARE(files.size(), PlanDatabase::currentSchemaVersion()); // one fixture per released schema
    for (const QString &file : files) {
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QVERIFY(QFile::copy(fixtures.filePath(file), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const int version = file.section(QLatin1Char('v'), 1).section(QLatin1Char('.'), 0, 0).toInt();
        PlanOpenResult result;
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
        QVERIFY2(plan, qPrintable(file + QStringLiteral(": ") + result.message));
        QCOMPARE(result.backupPath.isEmpty(), version == PlanDatabase::currentSchemaVersion());
        QCOMPARE(sql::scalar(plan->connection(), QStringLiteral("PRAGMA user_version")).toInt(),
            PlanDatabase::currentSchemaVersion());
        QVERIFY(AccountStore(plan->connection()).count() > 0);
        QCOMPARE(sql::scalar(plan->connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
            QStringLiteral("ok"));
    }
}

void TestPlanDatabase::migration_keepsEveryHealthMarkAndWhoOfOursWasThere()
{
    const QDir fixtures(test::testDataDir() + QStringLiteral("/plans"));
    int marksSeen = 0;
    int meetingsSeen = 0;
    for (int version = 2; version < 6; ++version) {
        const QString file = QStringLiteral("schema-v%1.keyplan").arg(version);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QVERIFY(QFile::copy(fixtures.filePath(file), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        // Read before the upgrade: each account's marks by day (the latest of a day), and who of
        // ours was at each touchpoint.
        QHash<AccountId, QMap<QDate, std::pair<int, QString>>> marks;
        QHash<TouchpointId, qint64> ours;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            if (version >= 3) {
                QSqlQuery rows = sql::run(db,
                    QStringLiteral("SELECT account_id, assessed_on, score, note FROM account_health ORDER BY id"));
                while (rows.next())
                    marks[rows.value(0).toLongLong()].insert(QDate::fromString(rows.value(1).toString(), Qt::ISODate),
                        {rows.value(2).toInt(), rows.value(3).toString()});
            }
            QSqlQuery meetings
                = sql::run(db, QStringLiteral("SELECT id, our_member_id FROM touchpoint WHERE our_member_id IS NOT NULL"));
            while (meetings.next())
                ours.insert(meetings.value(0).toLongLong(), meetings.value(1).toLongLong());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));

        PlanOpenResult result;
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
        QVERIFY2(plan, qPrintable(result.message));
        const QSqlDatabase db = plan->connection();
        const HealthStore health(db);
        for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
            // Every day's mark is in the history, as a judgement made before the scorecard.
            const QList<HealthSnapshot> history = health.history(it.key());
            QCOMPARE(history.size(), it->size());
            qsizetype i = 0;
            for (auto mark = it->cbegin(); mark != it->cend(); ++mark, ++i) {
                QCOMPARE(history.at(i).on, mark.key());
                QCOMPARE(history.at(i).tenths, mark->first * 10);
                QCOMPARE(history.at(i).weights, QStringLiteral("assessed"));
            }
            // The latest holds as an override for 90 days from the upgrade, with its note.
            const QList<HealthOverride> overrides = health.overrides(it.key());
            QCOMPARE(overrides.size(), 1);
            QCOMPARE(overrides.at(0).score, it->last().first);
            QCOMPARE(overrides.at(0).expiresOn, QDate::currentDate().addDays(90));
            QVERIFY(overrides.at(0).holdsOn(QDate::currentDate()));
            QVERIFY(overrides.at(0).reason.endsWith(it->last().second));
            ++marksSeen;
        }
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM health_override")).toInt(), int(marks.size()));
        // Who of ours was at each meeting is in touchpoint_member; the old column is left empty.
        for (const Touchpoint &touchpoint : StakeholderStore(db).allTouchpoints()) {
            if (ours.contains(touchpoint.id)) {
                QCOMPARE(touchpoint.ourMembers, QList<TeamMemberId> {ours.value(touchpoint.id)});
                ++meetingsSeen;
            } else {
                QVERIFY(touchpoint.ourMembers.isEmpty());
            }
        }
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM touchpoint WHERE our_member_id IS NOT NULL")).toInt(), 0);
        QVERIFY(schemaDifferences(db, PlanDatabase::currentSchemaVersion()).isEmpty());
    }
    QVERIFY(marksSeen >= 3); // the fixtures carry marks from schema 3 on
    QVERIFY(meetingsSeen >= 3);
}

void TestPlanDatabase::migration_keepsEveryGoalAndLeavesItUnvalued()
{
    // Schema 6's goals come through schema 7 as they were, told in their unit only until the
    // user says what a unit is worth.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-v6.keyplan"));
    QVERIFY(QFile::copy(test::testDataDir() + QStringLiteral("/plans/schema-v6.keyplan"), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QStringList before;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery rows = sql::run(db, QStringLiteral("SELECT id, objective, unit, baseline, target FROM goal ORDER BY id"));
        while (rows.next())
            before.append(QStringLiteral("%1|%2|%3|%4|%5").arg(rows.value(0).toString(), rows.value(1).toString(),
                rows.value(2).toString(), rows.value(3).toString(), rows.value(4).toString()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    QVERIFY(before.size() >= 50);

    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    QVERIFY2(plan, qPrintable(result.message));
    QStringList after;
    const QHash<AccountId, QList<Goal>> goals = GoalStore(plan->connection()).all();
    for (const QList<Goal> &list : goals) {
        for (const Goal &goal : list) {
            after.append(QStringLiteral("%1|%2|%3|%4|%5").arg(QString::number(goal.id), goal.objective, goal.unit,
                QString::number(goal.baseline.value_or(-1), 'f', 1), QString::number(goal.target.value_or(-1), 'f', 1)));
            QVERIFY(!goal.unitValue);
            QCOMPARE(goal.valuePer, ValuePeriod::Year);
        }
    }
    QCOMPARE(after.size(), before.size());
    // Every remark of schema 6 was printed for everyone: it still is.
    QCOMPARE(sql::scalar(plan->connection(), QStringLiteral("SELECT count(*) FROM qbr_section WHERE remark_internal <> 0")).toInt(), 0);
    // The fixture's second goal carries markup and "&" in its objective: kept as typed.
    QVERIFY(std::any_of(after.cbegin(), after.cend(), [](const QString &row) { return row.startsWith(u"2|") && row.contains(u'&'); }));
}

void TestPlanDatabase::goalStore_keepsWhatAUnitIsWorth()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-v7.keyplan"));
    QVERIFY(QFile::copy(test::testDataDir() + QStringLiteral("/plans/schema-v7.keyplan"), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    QVERIFY2(plan, qPrintable(result.message));
    GoalStore store(plan->connection());
    // As the fixture was written by hand: £1,234.56 a unit, once.
    std::optional<Goal> albion = store.find(3);
    QVERIFY(albion);
    QCOMPARE(albion->unitValue, std::optional<MinorUnits>(123456));
    QCOMPARE(albion->valuePer, ValuePeriod::Once);
    QCOMPARE(albion->measure, QStringLiteral("Agency <b>invoices</b> & \"credits\""));
    // Changed and cleared again through the store.
    albion->unitValue = 3250;
    albion->valuePer = ValuePeriod::Week;
    QString error;
    QVERIFY2(store.update(*albion, &error), qPrintable(error));
    QCOMPARE(store.find(3)->unitValue, std::optional<MinorUnits>(3250));
    QCOMPARE(store.find(3)->valuePer, ValuePeriod::Week);
    albion->unitValue.reset();
    QVERIFY2(store.update(*albion, &error), qPrintable(error));
    QVERIFY(!store.find(3)->unitValue);
    // Review 1's revenue remark is for us only, as written by hand.
    const QList<Qbr> reviews = QbrStore(plan->connection()).qbrs(1);
    const auto first = std::find_if(reviews.cbegin(), reviews.cend(), [](const Qbr &qbr) { return qbr.id == 1; });
    QVERIFY(first != reviews.cend());
    QVERIFY(first->section(QbrSection::Revenue).remarkInternal);
    QCOMPARE(first->section(QbrSection::Revenue).remark, QStringLiteral("Ask <i>Gareth</i> about the budget & renewal"));
    QVERIFY(!first->section(QbrSection::Value).remarkInternal);
    // The database refuses a value of nothing or less, whatever writes it.
    QVERIFY(!sql::run(plan->connection(), QStringLiteral("UPDATE goal SET unit_value = 0 WHERE id = 3")).isActive());
    QVERIFY(!sql::run(plan->connection(), QStringLiteral("UPDATE goal SET value_per = 'fortnight' WHERE id = 3")).isActive());
}

void TestPlanDatabase::migration_turnsEveryFixturesMonthlyHistoryIntoChanges()
{
    const QDir fixtures(test::testDataDir() + QStringLiteral("/plans"));
    for (int version = 1; version < 5; ++version) {
        const QString file = QStringLiteral("schema-v%1.keyplan").arg(version);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QVERIFY(QFile::copy(fixtures.filePath(file), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        // What the months say, read before the upgrade: a change wherever a month differs from the
        // one before it (the first month with revenue is new business).
        struct Expected
        {
            QDate on;
            MinorUnits arr;
        };
        QHash<AccountId, QList<Expected>> expected;
        QHash<AccountId, MinorUnits> details;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery months = sql::run(db, QStringLiteral(
                "SELECT account_id, month, recurring_minor FROM revenue_snapshot ORDER BY account_id, month"));
            QHash<AccountId, MinorUnits> last;
            while (months.next()) {
                const AccountId id = months.value(0).toLongLong();
                const MinorUnits value = months.value(2).toLongLong();
                if (last.value(id, 0) != value || (!last.contains(id) && value > 0))
                    expected[id].append({QDate::fromString(months.value(1).toString() + QStringLiteral("-01"), Qt::ISODate), value});
                last.insert(id, value);
            }
            QSqlQuery arr = sql::run(db, QStringLiteral("SELECT id, arr_minor FROM account"));
            while (arr.next())
                details.insert(arr.value(0).toLongLong(), arr.value(1).toLongLong());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
        QVERIFY(!expected.isEmpty());

        PlanOpenResult result;
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
        QVERIFY2(plan, qPrintable(result.message));
        const QSqlDatabase db = plan->connection();
        const QHash<AccountId, QList<ArrChange>> timelines = ArrChangeStore(db).all();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QList<ArrStep> steps = stepsOf(timelines.value(it.key()));
            QCOMPARE(steps.size(), it->size());
            for (qsizetype i = 0; i < steps.size(); ++i) {
                QCOMPARE(steps.at(i).change.on, it->at(i).on);
                QCOMPARE(steps.at(i).change.arr, it->at(i).arr);
                // Recorded as what ARR did: the bridge counts each one as it was recorded.
                QVERIFY(steps.at(i).counted);
                QCOMPARE(*steps.at(i).counted, steps.at(i).change.kind);
            }
            // The account's own ARR field agreed with its history in these plans: ARR today is it.
            QCOMPARE(AccountStore(db).find(it.key(), nullptr, QDate(2026, 11, 23))->arr, details.value(it.key()));
        }
        // Harbour Leisure churned three months before the fixtures were made: an explicit change to zero.
        bool churn = false;
        for (const QList<ArrChange> &timeline : timelines) {
            for (const ArrChange &change : timeline)
                churn |= change.kind == ArrChangeKind::Churn && change.arr == 0 && change.on == QDate(2026, 7, 1);
        }
        QVERIFY2(churn, qPrintable(file));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'revenue_snapshot'")).toInt(), 0);
        QVERIFY(schemaDifferences(db, PlanDatabase::currentSchemaVersion()).isEmpty());
    }
}

void TestPlanDatabase::currentSchemaFingerprint_isWhatTheMigrationsMake()
{
    // Opening trusts a schema with this fingerprint without building one from the migrations: it
    // must be exactly what they make today, both in memory and in a new plan file.
    const SchemaFingerprint current = currentSchemaFingerprint();
    QCOMPARE(current.version, PlanDatabase::currentSchemaVersion());
    QByteArray made;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fingerprint"));
        memory.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(memory.open());
        Migrator migrator;
        QVERIFY2(migrator.migrate(memory, 0), qPrintable(migrator.errorString()));
        QString error;
        made = schemaFingerprint(memory, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        memory.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fingerprint"));
    QVERIFY2(made == current.fingerprint,
        qPrintable(QStringLiteral("the migrations make schema %1; set currentSchema in planschema.cpp to it")
                       .arg(QString::fromLatin1(made))));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fingerprint.keyplan"));
    PlanOpenResult result;
    QVERIFY(PlanDatabase::create(path, &result));
    {
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
        QVERIFY2(plan, qPrintable(result.message));
        QCOMPARE(schemaFingerprint(plan->connection()), current.fingerprint);
    }
    // One changed rule makes another schema: the full comparison then names it.
    rawExec(path, {QStringLiteral("PRAGMA writable_schema = ON"),
                      QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, 'arr_minor >= 0', 'arr_minor >= -1') "
                                     "WHERE name = 'arr_change'")});
    QVERIFY(!PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result));
    QCOMPARE(result.error, PlanOpenError::ForeignSchema);
    QVERIFY2(result.message.contains(QStringLiteral("arr_change")), qPrintable(result.message));
}

void TestPlanDatabase::roundTrip_keepsEveryField()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fields.keyplan"));
    Account account;
    account.name = QStringLiteral("<b>Fenwick & Hale</b> 🚀 שלום");
    account.segment = Segment::Smb;
    account.tier = Tier::AtRisk;
    account.isKey = false;
    account.industry = QStringLiteral("Legal");
    account.region = QStringLiteral("North West");
    account.employees = 300;
    account.currency = QStringLiteral("EUR");
    account.arr = 1560050;
    account.renewalDate = QDate(2027, 2, 15);
    account.stage = Stage::UncouplingKam;
    account.notes = QStringLiteral("Line one\nLine 'two' with \"quotes\"; DROP TABLE account; --");
    {
        PlanOpenResult result;
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::create(path, &result);
        QVERIFY(plan);
        const QSqlDatabase db = plan->connection();
        const std::optional<qint64> owner = TeamStore(db).insert(
            {0, QStringLiteral("Sofia Lindqvist"), QStringLiteral("s@x.example"), QStringLiteral("KAM"), {}});
        QVERIFY(owner);
        account.ownerId = owner;
        const std::optional<AccountId> id = AccountStore(db).insert(account);
        QVERIFY(id);
        account.id = *id;
        QVERIFY(StageStore(db).insert(
            {0, *id, Stage::MidKam, Stage::UncouplingKam, QDate(2026, 8, 10), QStringLiteral("New COO")}));
        QVERIFY(ArrChangeStore(db).insert({0, *id, QDate(2026, 10, 1), ArrChangeKind::CrossSell, 1560050,
            QStringLiteral("Won \"Timesheets\"; DROP TABLE arr_change; --"), std::nullopt, 1}));
        QVERIFY(ArrChangeStore(db).insertRate({0, QStringLiteral("EUR"), QStringLiteral("GBP"), QDate(2026, 9, 30),
            857'123'456, 1}));
    }
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
    QVERIFY(plan);
    const QSqlDatabase db = plan->connection();
    const std::optional<Account> read = AccountStore(db).find(account.id);
    QVERIFY(read);
    for (const AccountField field :
        {AccountField::Name, AccountField::Segment, AccountField::Tier, AccountField::IsKey,
            AccountField::Owner, AccountField::Industry, AccountField::Region, AccountField::Employees,
            AccountField::Currency, AccountField::RenewalDate, AccountField::Notes})
        QCOMPARE(fieldValue(*read, field), fieldValue(account, field));
    QCOMPARE(read->stage, Stage::UncouplingKam);
    const QList<StageChange> changes = StageStore(db).forAccount(account.id);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(*changes.constFirst().from, Stage::MidKam);
    QCOMPARE(changes.constFirst().reason, QStringLiteral("New COO"));
    QCOMPARE(read->arr, MinorUnits(1560050)); // ARR today: the timeline's last change
    const QList<ArrChange> timeline = ArrChangeStore(db).forAccount(account.id);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.constFirst().kind, ArrChangeKind::CrossSell);
    QCOMPARE(timeline.constFirst().on, QDate(2026, 10, 1));
    QCOMPARE(timeline.constFirst().note, QStringLiteral("Won \"Timesheets\"; DROP TABLE arr_change; --"));
    const QList<ExchangeRate> rates = ArrChangeStore(db).rates();
    QCOMPARE(rates.size(), 1);
    QCOMPARE(rates.constFirst().rate, 857'123'456);
    QCOMPARE(rates.constFirst().on, QDate(2026, 9, 30));
    QCOMPARE(TeamStore(db).all().constFirst().email, QStringLiteral("s@x.example"));
}

void TestPlanDatabase::timelines_readInDateOrderHoweverRecorded()
{
    // Changes are recorded in any order (a late entry for last spring, two on one day): every read
    // gives them by day, and those of one day in the order they were recorded.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("order.keyplan"));
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::create(path, &result);
    QVERIFY(plan);
    const QSqlDatabase db = plan->connection();
    Account first;
    first.name = QStringLiteral("Quayside");
    Account second;
    second.name = QStringLiteral("Marlow");
    const std::optional<AccountId> a = AccountStore(db).insert(first);
    const std::optional<AccountId> b = AccountStore(db).insert(second);
    QVERIFY(a && b);
    ArrChangeStore store(db);
    const auto record = [&](AccountId account, QDate on, ArrChangeKind kind, MinorUnits arr) {
        return store.insert({0, account, on, kind, arr, {}, std::nullopt, 1}).has_value();
    };
    QVERIFY(record(*a, QDate(2026, 10, 1), ArrChangeKind::PriceIncrease, 30000));
    QVERIFY(record(*b, QDate(2026, 3, 1), ArrChangeKind::New, 7000));
    QVERIFY(record(*a, QDate(2026, 1, 1), ArrChangeKind::New, 10000));
    QVERIFY(record(*a, QDate(2026, 6, 1), ArrChangeKind::Upsell, 20000));
    QVERIFY(record(*b, QDate(2026, 2, 1), ArrChangeKind::New, 5000));
    QVERIFY(record(*a, QDate(2026, 6, 1), ArrChangeKind::SeatGrowth, 25000)); // later the same day

    const auto arrs = [](const QList<ArrChange> &timeline) {
        QList<MinorUnits> values;
        for (const ArrChange &change : timeline)
            values.append(change.arr);
        return values;
    };
    const QList<MinorUnits> quayside {10000, 20000, 25000, 30000};
    const QList<MinorUnits> marlow {5000, 7000};
    QString error;
    const QHash<AccountId, QList<ArrChange>> figures = store.allForFigures(&error);
    const QHash<AccountId, QList<ArrChange>> everything = store.all(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(arrs(figures.value(*a)), quayside);
    QCOMPARE(arrs(figures.value(*b)), marlow);
    QCOMPARE(arrs(everything.value(*a)), quayside);
    QCOMPARE(arrs(store.forAccount(*a)), quayside);
    QCOMPARE(figures.value(*a).at(2).kind, ArrChangeKind::SeatGrowth);
    QCOMPARE(arrOn(figures.value(*a), QDate(2026, 6, 15)), MinorUnits(25000));
    QCOMPARE(AccountStore(db).find(*a, nullptr, QDate(2026, 6, 15))->arr, MinorUnits(25000));
}

void TestPlanDatabase::backupPlan_writesAConsistentPrivateCopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.keyplan"));
    const QString copy = dir.filePath(QStringLiteral("copy.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    std::unique_ptr<PlanDocument> document = test::openDocument(path);
    QVERIFY(document);
    const AccountId id = document->accounts().constFirst().id;
    AccountEditing::of(document.get())->editAccountField(id, AccountField::Name, QStringLiteral("Copied while open"));
    QFile old(copy);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older file the user chose to replace");
    old.close();
    QString error;
    QSqlDatabase db = document->database().connection();
    QVERIFY2(backupPlan(db, copy, &error), qPrintable(error));
    QCOMPARE(test::unixMode(copy), 0600);
    document.reset();
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(copy, PlanOpenMode::ReadOnly, &result);
    QVERIFY2(plan, qPrintable(result.message));
    QCOMPARE(AccountStore(plan->connection()).find(id)->name, QStringLiteral("Copied while open"));
    QCOMPARE(AccountStore(plan->connection()).count(), 29);
}

QTEST_GUILESS_MAIN(TestPlanDatabase)
#include "tst_plandatabase.moc"
