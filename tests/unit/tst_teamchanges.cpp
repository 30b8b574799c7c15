// A team plan's change log, as two people editing the same plan meet it (on the real PostgreSQL 15
// of scripts/test.sh): every write is logged by the server with who made it and the row before and
// after, no editor can write or skip the log, every other window hears of each change at once, and
// an undo never overwrites a change someone else made after it.
#include "item/liverefresh.h"
#include "item/plandocument.h"
#include "item/stakeholdermodel.h"
#include "item/peopleediting.h"
#include "storage/changelog.h"
#include "storage/plandatabase.h"
#include "storage/serverlocation.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;
using test::tryAs;

class TestTeamChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void log_recordsWhoWhatBeforeAndAfter();
    void log_editorsCannotWriteOrSkipIt();
    void undo_refusedWhereSomeoneElseChangedItSince();
    void edit_refusedWhenSomeoneSavedFirst_theUserChooses();
    void notify_anotherWindowHearsOfEachChange();
    void liveRefresh_anotherWindowsEditArrivesInPlace();
    void liveRefresh_offlineRefusesEditsAndCatchesUp();
    void liveRefresh_aSaveThatEndsAfterALaterOneIsStillHeard();
    void log_madeBeforeItsIndexGetsItFromItsOwner();

private:
    QString urlAs(const QString &user) const;
    std::unique_ptr<PlanDocument> openAs(const QString &user) const;

    QTemporaryDir m_dir;
    QString m_url; // the sample, published to the test server
};

namespace {

const QString carol = QStringLiteral("kp_carol");
const QString dave = QStringLiteral("kp_dave");
const QString erin = QStringLiteral("kp_erin"); // loses her connection


qint64 logSize(const PlanDocument &document)
{
    return sql::scalar(document.database().connection(), QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
}

// An account of the sample with at least two people on its map.
AccountId accountWithPeople(const PlanDocument &document)
{
    for (const Account &account : document.accounts()) {
        if (document.stakeholders(account.id).size() >= 2)
            return account.id;
    }
    return 0;
}

} // namespace

void TestTeamChanges::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "libqt6sql6-psql is needed; scripts/test.sh installs it");
    QVERIFY2(!qEnvironmentVariable("KEYPLAN_TEST_PG").isEmpty(),
        "KEYPLAN_TEST_PG names the test server; scripts/test.sh starts one (scripts/pgserver.sh)");
    QVERIFY(m_dir.isValid());
    QString error;
    m_url = test::publishTeamSample(m_dir, {carol, dave, erin}, &error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
}

QString TestTeamChanges::urlAs(const QString &user) const
{
    return test::urlAs(m_url, user);
}

std::unique_ptr<PlanDocument> TestTeamChanges::openAs(const QString &user) const
{
    return test::openDocument(urlAs(user));
}

void TestTeamChanges::log_recordsWhoWhatBeforeAndAfter()
{
    const std::unique_ptr<PlanDocument> document = openAs(carol);
    QVERIFY(document);
    const qint64 before = logSize(*document);
    const AccountId account = accountWithPeople(*document);
    QVERIFY(account > 0);
    Stakeholder person = document->stakeholders(account).constFirst();
    const QString oldTitle = person.title;
    person.title = QStringLiteral("Chief <b>Operating</b> Officer");
    PeopleEditing::of(document.get())->editStakeholder(person);
    QCOMPARE(logSize(*document), before + 1);

    QString error;
    const QList<team::ChangeEntry> history = team::accountHistory(document->database().connection(), account, 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!history.isEmpty());
    const team::ChangeEntry &latest = history.constFirst();
    QCOMPARE(latest.table, QStringLiteral("stakeholder"));
    QCOMPARE(latest.rowId, std::optional<qint64>(person.id));
    QCOMPARE(latest.accountId, std::optional<qint64>(account));
    QCOMPARE(latest.who, carol);
    QCOMPARE(latest.client, document->database().clientId());
    QCOMPARE(latest.action, team::ChangeEntry::Action::Update);
    QCOMPARE(latest.before.value(QStringLiteral("title")).toString(), oldTitle);
    QCOMPARE(latest.after.value(QStringLiteral("title")).toString(), person.title);
    QVERIFY(latest.changedColumns().contains(QStringLiteral("title")));
    QVERIFY(!latest.changedColumns().contains(QStringLiteral("name")));
    QVERIFY(qAbs(latest.at.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    // A meeting with two people: its rows and its attendees' rows all name the account.
    const QList<Stakeholder> people = document->stakeholders(account);
    PeopleEditing::of(document.get())->recordTouchpoint({0, account, QDate(2026, 12, 1), {people.at(0).id, people.at(1).id}, {},
        TouchpointKind::Meeting, QStringLiteral("Renewal lunch")});
    const QList<team::ChangeEntry> after = team::accountHistory(document->database().connection(), account, 10, &error);
    QCOMPARE(after.size(), history.size() + 3);
    QStringList tables;
    for (qsizetype i = 0; i < 3; ++i) {
        tables.append(after.at(i).table);
        QCOMPARE(after.at(i).action, team::ChangeEntry::Action::Insert);
        QCOMPARE(after.at(i).accountId, std::optional<qint64>(account));
    }
    tables.sort();
    QCOMPARE(tables, (QStringList {QStringLiteral("touchpoint"), QStringLiteral("touchpoint_stakeholder"),
                          QStringLiteral("touchpoint_stakeholder")}));
    // Saving the person unchanged makes no step and logs nothing.
    const qint64 logged = logSize(*document);
    const int steps = document->undoStack()->count();
    QSignalSpy conflicts(document.get(), &PlanDocument::writeConflict);
    PeopleEditing::of(document.get())->editStakeholder(*document->stakeholder(person.id));
    QCOMPARE(logSize(*document), logged);
    QCOMPARE(document->undoStack()->count(), steps);
    QCOMPARE(conflicts.size(), 0);
}

void TestTeamChanges::log_editorsCannotWriteOrSkipIt()
{
    const QString url = urlAs(carol);
    QVERIFY(tryAs(url, QStringLiteral("DELETE FROM change_log")).contains(QStringLiteral("permission denied")));
    QVERIFY(tryAs(url, QStringLiteral("UPDATE change_log SET changed_by = 'nobody'")).contains(QStringLiteral("permission denied")));
    QVERIFY(tryAs(url, QStringLiteral("INSERT INTO change_log (table_name, action) VALUES ('account', 'insert')"))
                .contains(QStringLiteral("permission denied")));
    // What only the plan's owner may ask for (a copy's rows unlogged) an editor asks for in vain.
    const std::unique_ptr<PlanDocument> document = openAs(dave);
    QVERIFY(document);
    const qint64 before = logSize(*document);
    const AccountId account = document->accounts().constFirst().id;
    QCOMPARE(tryAs(url,
                 QStringLiteral("BEGIN; SELECT set_config('keyplan.bulk', 'on', true); "
                                "UPDATE account SET name = name || ' (renamed outside Keyplan)' WHERE id = %1; COMMIT")
                     .arg(account)),
        QString());
    QCOMPARE(logSize(*document), before + 1);
    QString error;
    const QList<team::ChangeEntry> history = team::accountHistory(document->database().connection(), account, 1, &error);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.constFirst().who, carol);
    QVERIFY(history.constFirst().client.isEmpty());
    QVERIFY(history.constFirst().after.value(QStringLiteral("name")).toString().endsWith(QStringLiteral("(renamed outside Keyplan)")));
}

void TestTeamChanges::undo_refusedWhereSomeoneElseChangedItSince()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    const AccountId account = accountWithPeople(*mine);
    const QList<Stakeholder> people = mine->stakeholders(account);
    QSignalSpy failures(mine.get(), &PlanDocument::writeFailed);

    // Nobody else touched it: undo and redo go through.
    Stakeholder alone = people.at(1);
    const QString aloneTitle = alone.title;
    alone.title = QStringLiteral("Head of Procurement");
    PeopleEditing::of(mine.get())->editStakeholder(alone);
    mine->undo();
    QCOMPARE(theirs->stakeholder(alone.id)->title, aloneTitle);
    mine->redo();
    QCOMPARE(theirs->stakeholder(alone.id)->title, QStringLiteral("Head of Procurement"));
    QCOMPARE(failures.size(), 0);

    // Carol edits, Dave edits, Carol edits again (over his, which she sees) and undoes that: the
    // first step's undo would now put her oldest title over Dave's change, so it is refused.
    {
        Stakeholder first = *mine->stakeholder(people.at(0).id);
        const QString original = first.title;
        first.title = QStringLiteral("Carol first");
        PeopleEditing::of(mine.get())->editStakeholder(first);
        Stakeholder between = *theirs->stakeholder(first.id);
        between.department = QStringLiteral("Dave's department");
        PeopleEditing::of(theirs.get())->editStakeholder(between);
        Stakeholder second = *mine->stakeholder(first.id);
        second.email = QStringLiteral("carol.second@example.com");
        PeopleEditing::of(mine.get())->editStakeholder(second);
        mine->undo(); // the second step: nobody changed the person since
        QCOMPARE(theirs->stakeholder(first.id)->email, between.email);
        QCOMPARE(failures.size(), 0);
        mine->undo(); // the first step: Dave's department came after it
        QCOMPARE(failures.size(), 1);
        QCOMPARE(theirs->stakeholder(first.id)->title, QStringLiteral("Carol first"));
        QCOMPARE(theirs->stakeholder(first.id)->department, QStringLiteral("Dave's department"));
        QVERIFY(original != QStringLiteral("Carol first"));
        failures.clear();
    }

    // Dave changes the person after Carol: Carol's undo would put her old title over his.
    Stakeholder person = *mine->stakeholder(people.at(0).id);
    person.title = QStringLiteral("Carol's title");
    PeopleEditing::of(mine.get())->editStakeholder(person);
    Stakeholder seen = *theirs->stakeholder(person.id);
    QCOMPARE(seen.title, QStringLiteral("Carol's title"));
    seen.title = QStringLiteral("Dave's title");
    PeopleEditing::of(theirs.get())->editStakeholder(seen);
    mine->undo();
    QCOMPARE(failures.size(), 1);
    const QString message = failures.constFirst().constFirst().toString();
    QVERIFY2(message.contains(dave), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("their change stays")), qPrintable(message));
    QCOMPARE(theirs->stakeholder(person.id)->title, QStringLiteral("Dave's title"));
    QCOMPARE(mine->stakeholder(person.id)->title, QStringLiteral("Dave's title"));

    // Redo as well: Carol undoes, Dave edits, Carol's redo would overwrite him.
    Stakeholder again = *mine->stakeholder(people.at(1).id);
    again.notes = QStringLiteral("Carol's note");
    PeopleEditing::of(mine.get())->editStakeholder(again);
    QCOMPARE(theirs->stakeholder(again.id)->notes, QStringLiteral("Carol's note"));
    mine->undo();
    QCOMPARE(theirs->stakeholder(again.id)->notes, people.at(1).notes);
    QCOMPARE(failures.size(), 1);
    Stakeholder daves = *theirs->stakeholder(again.id);
    daves.notes = QStringLiteral("Dave's note");
    PeopleEditing::of(theirs.get())->editStakeholder(daves);
    mine->redo();
    QCOMPARE(failures.size(), 2);
    QCOMPARE(theirs->stakeholder(again.id)->notes, QStringLiteral("Dave's note"));
}

void TestTeamChanges::edit_refusedWhenSomeoneSavedFirst_theUserChooses()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    const AccountId account = accountWithPeople(*mine);
    const StakeholderId id = mine->stakeholders(account).constLast().id;
    // Both open the person's dialog; Dave saves first.
    const Stakeholder read = *mine->stakeholder(id);
    Stakeholder daves = *theirs->stakeholder(id);
    daves.title = QStringLiteral("Dave's title");
    daves.notes = QStringLiteral("Dave's note");
    PeopleEditing::of(theirs.get())->editStakeholder(daves);

    QSignalSpy conflicts(mine.get(), &PlanDocument::writeConflict);
    QSignalSpy failures(mine.get(), &PlanDocument::writeFailed);
    const int steps = mine->undoStack()->count();
    Stakeholder carols = read;
    carols.title = QStringLiteral("Carol's title");
    carols.email = QStringLiteral("carol@example.com");
    PeopleEditing::of(mine.get())->editStakeholder(carols);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(failures.size(), 0);
    // Nothing of hers was written, and no undo step claims it was.
    QCOMPARE(theirs->stakeholder(id)->title, QStringLiteral("Dave's title"));
    QCOMPARE(theirs->stakeholder(id)->email, read.email);
    QCOMPARE(mine->undoStack()->count(), steps);

    const WriteConflict conflict = conflicts.constFirst().constFirst().value<WriteConflict>();
    QCOMPARE(conflict.table, QStringLiteral("stakeholder"));
    QCOMPARE(conflict.rowId, id);
    QCOMPARE(conflict.subject, QStringLiteral("the person “%1”").arg(read.name));
    QCOMPARE(conflict.theirs.size(), 1);
    QCOMPARE(conflict.theirs.constFirst().who, dave);
    QCOMPARE(conflict.base.value(QStringLiteral("title")).toString(), read.title);
    QCOMPARE(conflict.now.value(QStringLiteral("title")).toString(), QStringLiteral("Dave's title"));
    QCOMPARE(conflict.mine.value(QStringLiteral("title")).toString(), QStringLiteral("Carol's title"));
    QStringList columns = conflict.columns();
    columns.sort();
    QCOMPARE(columns, (QStringList {QStringLiteral("email"), QStringLiteral("notes"), QStringLiteral("title")}));
    QVERIFY(conflict.overwrite);

    // She saves hers over his: her fields win, the one she did not touch keeps his value.
    conflict.overwrite();
    const Stakeholder now = *theirs->stakeholder(id);
    QCOMPARE(now.title, QStringLiteral("Carol's title"));
    QCOMPARE(now.email, QStringLiteral("carol@example.com"));
    QCOMPARE(now.notes, QStringLiteral("Dave's note"));
    QCOMPARE(mine->undoStack()->count(), steps + 1);
    QString error;
    const QList<team::ChangeEntry> log = team::rowChanges(mine->database().connection(), QStringLiteral("stakeholder"), id, 0, &error);
    QCOMPARE(log.constLast().who, carol);
    QCOMPARE(log.constLast().before.value(QStringLiteral("title")).toString(), QStringLiteral("Dave's title"));

    // Someone removes the person meanwhile: nothing to save over.
    const Stakeholder stale = *mine->stakeholder(id);
    PeopleEditing::of(theirs.get())->removeStakeholder(id);
    Stakeholder late = stale;
    late.title = QStringLiteral("Too late");
    PeopleEditing::of(mine.get())->editStakeholder(late);
    QCOMPARE(conflicts.size(), 2);
    const WriteConflict gone = conflicts.constLast().constFirst().value<WriteConflict>();
    QVERIFY(gone.removed());
    QVERIFY(!gone.overwrite);
    QCOMPARE(gone.theirs.constLast().action, team::ChangeEntry::Action::Delete);
    QCOMPARE(gone.theirs.constLast().who, dave);
}

void TestTeamChanges::notify_anotherWindowHearsOfEachChange()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    QSqlDriver *driver = theirs->database().connection().driver();
    QVERIFY(driver->subscribeToNotification(team::changeChannel));
    QSignalSpy heard(driver, qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification));
    const AccountId account = accountWithPeople(*mine);
    Stakeholder person = mine->stakeholders(account).constFirst();
    person.department = QStringLiteral("Finance");
    PeopleEditing::of(mine.get())->editStakeholder(person);
    QTRY_VERIFY_WITH_TIMEOUT(heard.size() >= 1, 5000);
    QCOMPARE(heard.constFirst().at(0).toString(), team::changeChannel);
    QCOMPARE(heard.constFirst().at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
    // The table and the row's id, nothing of what changed.
    QCOMPARE(heard.constFirst().at(2).toString(), QStringLiteral("stakeholder %1").arg(person.id));
}

void TestTeamChanges::liveRefresh_anotherWindowsEditArrivesInPlace()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    LiveRefresh *live = LiveRefresh::of(theirs.get());
    QVERIFY(live);
    QVERIFY(LiveRefresh::of(theirs.get()) == live);
    const AccountId account = accountWithPeople(*mine);
    StakeholderModel model(theirs.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccount(account);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(1, StakeholderModel::Title), QItemSelectionModel::SelectCurrent);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(live, &LiveRefresh::refreshed);

    Stakeholder person = *mine->stakeholder(model.stakeholderIdAt(1));
    person.title = QStringLiteral("Regional Director, EMEA");
    PeopleEditing::of(mine.get())->editStakeholder(person);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(1, StakeholderModel::Title).data().toString(),
        QStringLiteral("Regional Director, EMEA"), 5000);
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed.constFirst().constFirst().toInt(), 1);
    // In place: the row the user had selected stays selected.
    QCOMPARE(resets.size(), 0);
    QCOMPARE(selection.currentIndex(), model.index(1, StakeholderModel::Title));
    // Its own edits it does not hear again.
    Stakeholder own = *theirs->stakeholder(person.id);
    own.department = QStringLiteral("Strategy");
    PeopleEditing::of(theirs.get())->editStakeholder(own);
    QTest::qWait(200);
    QCOMPARE(refreshed.size(), 1);
}

void TestTeamChanges::liveRefresh_offlineRefusesEditsAndCatchesUp()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(erin);
    QVERIFY(mine && theirs);
    LiveRefresh *live = LiveRefresh::of(theirs.get());
    live->setKeepAliveInterval(60000); // checked by hand below
    const AccountId account = accountWithPeople(*mine);
    StakeholderModel model(theirs.get());
    model.setAccount(account);
    QSignalSpy offline(live, &LiveRefresh::wentOffline);
    QSignalSpy online(live, &LiveRefresh::cameBackOnline);
    QSignalSpy failures(theirs.get(), &PlanDocument::writeFailed);

    Stakeholder attempt = theirs->stakeholders(account).constFirst(); // her dialog, open before the drop
    // The server drops Erin's connection and lets her in no more (as a network gone would).
    const QString admin = test::serverUrl(QStringLiteral("postgres"));
    const qint64 pid = sql::scalar(theirs->database().connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    QVERIFY(test::runSql(admin, {QStringLiteral("ALTER ROLE kp_erin NOLOGIN"), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)}));
    const auto letBackIn = qScopeGuard([&admin] { test::runSql(admin, {QStringLiteral("ALTER ROLE kp_erin LOGIN")}); });
    live->checkConnection();
    QCOMPARE(offline.size(), 1);
    QVERIFY(theirs->isOffline());
    QVERIFY(!live->isOnline());
    attempt.notes = QStringLiteral("Typed while offline");
    PeopleEditing::of(theirs.get())->editStakeholder(attempt);
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.constFirst().constFirst().toString().contains(QStringLiteral("cannot be reached")),
        qPrintable(failures.constFirst().constFirst().toString()));

    // Carol edits meanwhile; Erin is let back in: she reconnects, listens again, and catches up.
    const StakeholderId id = model.stakeholderIdAt(0);
    Stakeholder person = *mine->stakeholder(id);
    person.title = QStringLiteral("Changed while Erin was away");
    PeopleEditing::of(mine.get())->editStakeholder(person);
    QVERIFY(test::runSql(admin, {QStringLiteral("ALTER ROLE kp_erin LOGIN")}));
    live->checkConnection();
    QCOMPARE(online.size(), 1);
    QVERIFY(!theirs->isOffline());
    QCOMPARE(model.index(0, StakeholderModel::Title).data().toString(), QStringLiteral("Changed while Erin was away"));
    person = *mine->stakeholder(id);
    person.title = QStringLiteral("Heard after the reconnect");
    PeopleEditing::of(mine.get())->editStakeholder(person);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(0, StakeholderModel::Title).data().toString(),
        QStringLiteral("Heard after the reconnect"), 5000);
    // And her edits are saved again, as Erin.
    attempt = *theirs->stakeholder(id);
    attempt.notes = QStringLiteral("Typed again once online");
    PeopleEditing::of(theirs.get())->editStakeholder(attempt);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(mine->stakeholder(id)->notes, QStringLiteral("Typed again once online"));
}

void TestTeamChanges::liveRefresh_aSaveThatEndsAfterALaterOneIsStillHeard()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    LiveRefresh *live = LiveRefresh::of(theirs.get());
    QVERIFY(live);
    const AccountId account = accountWithPeople(*mine);
    StakeholderModel model(theirs.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccount(account);
    const StakeholderId first = model.stakeholderIdAt(0);
    const StakeholderId second = model.stakeholderIdAt(1);
    const auto titleOf = [&model](StakeholderId id) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.stakeholderIdAt(row) == id)
                return model.index(row, StakeholderModel::Title).data().toString();
        }
        return QString();
    };

    // A long save (an import, say) writes its first row and is still going when a quick one of
    // Carol's starts, writes a later log entry and ends.
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> slow = PlanDatabase::open(urlAs(carol), PlanOpenMode::ReadWrite, &result);
    QVERIFY2(slow, qPrintable(result.message));
    QSqlDatabase slowDb = slow->connection();
    QVERIFY(slowDb.transaction());
    QString error;
    QVERIFY2(sql::run(slowDb, QStringLiteral("UPDATE stakeholder SET title = ? WHERE id = ?"),
                 {QStringLiteral("Saved by the long save"), first}, &error)
                 .isActive(),
        qPrintable(error));
    Stakeholder person = *mine->stakeholder(second);
    person.title = QStringLiteral("Saved by the quick save");
    PeopleEditing::of(mine.get())->editStakeholder(person);
    QTRY_COMPARE_WITH_TIMEOUT(titleOf(second), QStringLiteral("Saved by the quick save"), 5000);
    QVERIFY(titleOf(first) != QStringLiteral("Saved by the long save"));

    // The long save ends: its entry is older than the one already heard, and still arrives.
    QVERIFY(slowDb.commit());
    QTRY_COMPARE_WITH_TIMEOUT(titleOf(first), QStringLiteral("Saved by the long save"), 5000);
}

void TestTeamChanges::log_madeBeforeItsIndexGetsItFromItsOwner()
{
    const QString index = QStringLiteral(
        "SELECT count(*) FROM pg_catalog.pg_indexes WHERE indexname = 'change_log_transaction'");
    QVERIFY(test::runSql(m_url, {QStringLiteral("DROP INDEX change_log_transaction")}));
    {
        // An editor's open leaves the plan as it is (only its owner may index it).
        const std::unique_ptr<PlanDocument> editor = openAs(carol);
        QVERIFY(editor);
        QCOMPARE(sql::scalar(editor->database().connection(), index).toInt(), 0);
    }
    const std::unique_ptr<PlanDocument> owner = test::openDocument(m_url);
    QVERIFY(owner);
    QCOMPARE(sql::scalar(owner->database().connection(), index).toInt(), 1);
}

QTEST_MAIN(TestTeamChanges)
#include "tst_teamchanges.moc"
