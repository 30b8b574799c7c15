// Two people removing from the same team plan (on the real PostgreSQL 15 of scripts/test.sh):
// whatever Carol removes goes over the version her page showed. When Dave changed it since, her
// removal is refused and she sees his change; when he removed it already, she is told so, and no
// undo step is left that could bring it back.
#include "item/healthediting.h"
#include "item/mapediting.h"
#include "item/peopleediting.h"
#include "item/playediting.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"
#include "teamfixture.h"
#include "testscreenshot.h"
#include "ui/conflictdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

class TestTeamRemovals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void removal_ofWhatSomeoneChangedSinceIsRefused();
    void removal_byIdGoesOverTheVersionSeen_data();
    void removal_byIdGoesOverTheVersionSeen();
    void removal_ofWhatSomeoneRemovedIsAConflict_data();
    void removal_ofWhatSomeoneRemovedIsAConflict();
    void meetingRemoval_undoPutsItBackWithThoseStillOnTheMap();

private:
    std::unique_ptr<PlanDocument> openAs(const QString &user) const { return m_team.openAs(user); }

    test::TeamFixture m_team;
};

using test::carol;
using test::dave;
using test::richAccount;

void TestTeamRemovals::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QString error;
    QVERIFY2(m_team.publish(&error), qPrintable(error));
}

void TestTeamRemovals::removal_ofWhatSomeoneChangedSinceIsRefused()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    const AccountId account = richAccount(*mine);
    const Risk read = ReviewEditing::of(mine.get())->risks(account).constLast();
    Risk his = read;
    his.severity = read.severity == RiskSeverity::High ? RiskSeverity::Low : RiskSeverity::High;
    ReviewEditing::of(theirs.get())->editRisk(his);
    QSignalSpy conflicts(mine.get(), &PlanDocument::writeConflict);
    const int count = int(ReviewEditing::of(mine.get())->risks(account).size());
    ReviewEditing::of(mine.get())->removeRisk(read);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(int(ReviewEditing::of(theirs.get())->risks(account).size()), count);
    const WriteConflict conflict = conflicts.constFirst().constFirst().value<WriteConflict>();
    QVERIFY(conflict.removing);
    QVERIFY(!conflict.removed());
    // Nothing to put over his change: she looks at it and removes the risk again if it should go.
    QVERIFY(!conflict.overwrite);
    QCOMPARE(conflict.columns(), QStringList {QStringLiteral("severity")});
    ConflictDialog dialog(conflict, mine.get());
    QVERIFY(!dialog.overwriteButton());
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("(removing it)"));
    // Removing what she sees now goes through.
    for (const Risk &now : ReviewEditing::of(mine.get())->risks(account)) {
        if (now.id == read.id)
            ReviewEditing::of(mine.get())->removeRisk(now);
    }
    QCOMPARE(int(ReviewEditing::of(theirs.get())->risks(account).size()), count - 1);
    QCOMPARE(conflicts.size(), 1);
}

void TestTeamRemovals::removal_byIdGoesOverTheVersionSeen_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("goal") << QStringLiteral("goal");
    QTest::newRow("opportunity") << QStringLiteral("opportunity");
    QTest::newRow("person") << QStringLiteral("stakeholder");
    QTest::newRow("metric") << QStringLiteral("metric_series");
    QTest::newRow("offering") << QStringLiteral("offering");
    QTest::newRow("business unit") << QStringLiteral("business_unit");
    QTest::newRow("play") << QStringLiteral("play");
}

void TestTeamRemovals::removal_byIdGoesOverTheVersionSeen()
{
    QFETCH(QString, table);
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    const AccountId account = richAccount(*mine);
    QVERIFY(account > 0);
    QSignalSpy conflicts(mine.get(), &PlanDocument::writeConflict);
    // Each: the id and version Carol's page shows, Dave's change to the row, Carol's removal of
    // what she saw, and whether the row is still there.
    qint64 id = 0;
    qint64 seen = 0;
    std::function<void()> hisChange;
    std::function<void(qint64)> remove;
    std::function<bool()> exists;
    if (table == u"goal") {
        const Goal read = GoalEditing::of(mine.get())->goals(account).constLast();
        id = read.id;
        seen = read.version;
        hisChange = [&, read] {
            Goal his = read;
            his.measure = QStringLiteral("His measure");
            GoalEditing::of(theirs.get())->editGoal(his);
        };
        remove = [&](qint64 version) { GoalEditing::of(mine.get())->removeGoal(id, version); };
        exists = [&] { return GoalEditing::of(theirs.get())->goal(id).has_value(); };
    } else if (table == u"opportunity") {
        const Opportunity read = PipelineEditing::of(mine.get())->opportunities(account).constLast();
        id = read.id;
        seen = read.version;
        hisChange = [&, read] {
            Opportunity his = read;
            his.title = QStringLiteral("His title");
            PipelineEditing::of(theirs.get())->editOpportunity(his);
        };
        remove = [&](qint64 version) { PipelineEditing::of(mine.get())->removeOpportunity(id, version); };
        exists = [&] { return PipelineEditing::of(theirs.get())->opportunity(id).has_value(); };
    } else if (table == u"stakeholder") {
        const Stakeholder read = mine->stakeholders(account).constLast();
        id = read.id;
        seen = read.version;
        hisChange = [&, read] {
            Stakeholder his = read;
            his.title = QStringLiteral("His title");
            PeopleEditing::of(theirs.get())->editStakeholder(his);
        };
        // From the map, which also re-pins the people around the one who goes.
        remove = [&](qint64 version) { MapEditing::removePerson(mine.get(), id, version); };
        exists = [&] { return theirs->stakeholder(id).has_value(); };
    } else if (table == u"offering") {
        // Only an offering nothing uses can go: Dave adds one, then both see it.
        Offering added;
        added.name = QStringLiteral("Spare offering");
        PipelineEditing::of(theirs.get())->addOffering(added);
        Offering read;
        for (const Offering &offering : PipelineEditing::of(mine.get())->offerings()) {
            if (offering.name == added.name)
                read = offering;
        }
        QVERIFY(read.id > 0);
        id = read.id;
        seen = read.version;
        hisChange = [&, read] {
            Offering his = read;
            his.category = QStringLiteral("His category");
            PipelineEditing::of(theirs.get())->editOffering(his);
        };
        remove = [&](qint64 version) { QVERIFY(PipelineEditing::of(mine.get())->removeOffering(id, version)); };
        exists = [&] {
            for (const Offering &offering : PipelineEditing::of(theirs.get())->offerings()) {
                if (offering.id == id)
                    return true;
            }
            return false;
        };
    } else if (table == u"business_unit") {
        const QList<BusinessUnit> units = PipelineEditing::of(mine.get())->businessUnits(account);
        QVERIFY(!units.isEmpty());
        const BusinessUnit read = units.constLast();
        id = read.id;
        seen = read.version;
        hisChange = [&, read] {
            BusinessUnit his = read;
            his.name = QStringLiteral("His unit");
            PipelineEditing::of(theirs.get())->editBusinessUnit(his);
        };
        remove = [&](qint64 version) { PipelineEditing::of(mine.get())->removeBusinessUnit(id, version); };
        exists = [&] {
            for (const BusinessUnit &unit : PipelineEditing::of(theirs.get())->businessUnits(account)) {
                if (unit.id == id)
                    return true;
            }
            return false;
        };
    } else if (table == u"play") {
        // Only a play someone added can be removed: Dave adds one, then both see it.
        Play added;
        added.accountId = account;
        added.title = QStringLiteral("Call the new CFO");
        added.dueOn = test::sampleAsOf.addDays(7);
        PlayEditing::of(theirs.get())->addPlay(added);
        Play read;
        for (const Play &play : PlayEditing::of(mine.get())->plays(account)) {
            if (play.title == added.title)
                read = play;
        }
        QVERIFY(read.id > 0);
        id = read.id;
        seen = read.version;
        hisChange = [&] { PlayEditing::of(theirs.get())->snooze(id, test::sampleAsOf.addDays(3), QStringLiteral("Back Monday")); };
        remove = [&](qint64 version) { PlayEditing::of(mine.get())->removePlay(id, version); };
        exists = [&] { return PlayEditing::of(theirs.get())->play(id).has_value(); };
    } else {
        const QList<MetricSeries> metrics = HealthEditing::of(mine.get())->metrics(account);
        QVERIFY(!metrics.isEmpty());
        const MetricSeries read = metrics.constLast();
        id = read.id;
        seen = read.version;
        hisChange = [&, read] {
            MetricSeries his = read;
            his.name = QStringLiteral("His metric");
            HealthEditing::of(theirs.get())->editMetric(his);
        };
        remove = [&](qint64 version) { HealthEditing::of(mine.get())->removeMetric(id, version); };
        exists = [&] {
            for (const MetricSeries &series : HealthEditing::of(theirs.get())->metrics(account)) {
                if (series.id == id)
                    return true;
            }
            return false;
        };
    }
    hisChange();
    const int steps = mine->undoStack()->count();
    remove(seen);
    QCOMPARE(conflicts.size(), 1);
    const WriteConflict conflict = conflicts.constFirst().constFirst().value<WriteConflict>();
    QCOMPARE(conflict.table, table);
    QVERIFY(conflict.removing);
    QVERIFY(!conflict.overwrite);
    QVERIFY(exists());
    QCOMPARE(mine->undoStack()->count(), steps); // nothing to undo: nothing was done
    // Removing what she sees once the change reached her goes through.
    remove(sql::scalar(mine->database().connection(), QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table), {id})
               .toLongLong());
    QVERIFY(!exists());
    QCOMPARE(conflicts.size(), 1);
}

void TestTeamRemovals::removal_ofWhatSomeoneRemovedIsAConflict_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("meeting") << QStringLiteral("touchpoint");
    QTest::newRow("link") << QStringLiteral("stakeholder_link");
    QTest::newRow("person") << QStringLiteral("stakeholder");
}

// Both remove the same meeting, link or person; the second removal is a conflict that says so,
// rather than an undo step whose undo would bring the row back (meetings and links are never
// edited, so their version alone could not tell).
void TestTeamRemovals::removal_ofWhatSomeoneRemovedIsAConflict()
{
    QFETCH(QString, table);
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    const AccountId account = richAccount(*mine);
    const QList<Stakeholder> people = mine->stakeholders(account);
    QVERIFY(people.size() >= 2);
    std::function<void(PlanDocument &)> remove;
    std::function<int(PlanDocument &)> count;
    if (table == u"touchpoint") {
        PeopleEditing::of(theirs.get())->recordTouchpoint({0, account, test::sampleAsOf, {people.at(0).id}, {}, TouchpointKind::Call,
            QStringLiteral("Renewal call")});
        const Touchpoint read = mine->touchpoints(account).constLast();
        QCOMPARE(read.notes, QStringLiteral("Renewal call"));
        remove = [read](PlanDocument &document) { PeopleEditing::of(&document)->removeTouchpoint(read); };
        count = [account](PlanDocument &document) { return int(document.touchpoints(account).size()); };
    } else if (table == u"stakeholder") {
        const Stakeholder read = people.constLast();
        remove = [read](PlanDocument &document) { PeopleEditing::of(&document)->removeStakeholder(read.id, read.version); };
        count = [account](PlanDocument &document) { return int(document.stakeholders(account).size()); };
    } else {
        PeopleEditing::of(theirs.get())->addStakeholderLink({0, account, people.at(0).id, people.at(1).id, LinkKind::Influence,
            QStringLiteral("old colleagues")});
        const StakeholderLink read = mine->stakeholderMap(account).links.constLast();
        QCOMPARE(read.label, QStringLiteral("old colleagues"));
        remove = [read](PlanDocument &document) { PeopleEditing::of(&document)->removeStakeholderLink(read); };
        count = [account](PlanDocument &document) { return int(document.stakeholderMap(account).links.size()); };
    }
    const int before = count(*theirs);
    remove(*theirs);
    QCOMPARE(count(*theirs), before - 1);

    QSignalSpy conflicts(mine.get(), &PlanDocument::writeConflict);
    const int steps = mine->undoStack()->count();
    remove(*mine);
    QCOMPARE(conflicts.size(), 1);
    const WriteConflict conflict = conflicts.constFirst().constFirst().value<WriteConflict>();
    QCOMPARE(conflict.table, table);
    QVERIFY(conflict.removing);
    QVERIFY(conflict.removed());
    QCOMPARE(conflict.theirs.constLast().who, dave);
    QCOMPARE(mine->undoStack()->count(), steps);
    QCOMPARE(count(*theirs), before - 1);
    // She is told it went already, by whom: nothing to choose.
    ConflictDialog dialog(conflict, mine.get());
    test::saveScreenshot(&dialog, qPrintable(QStringLiteral("conflict-removed-already-%1").arg(table)));
    QVERIFY2(dialog.summary()->text().startsWith(dave + QStringLiteral(" removed ")), qPrintable(dialog.summary()->text()));
    if (table == u"stakeholder") // named though her list is all that still has them
        QVERIFY2(dialog.summary()->text().contains(QStringLiteral("“%1”").arg(people.constLast().name)),
            qPrintable(dialog.summary()->text()));
    QVERIFY(dialog.summary()->text().endsWith(QStringLiteral("nothing more to do.")));
    QVERIFY(!dialog.overwriteButton()); // only Close
    QVERIFY(dialog.table()->isHidden()); // nothing to compare
}

// Carol's page shows a meeting with two people. Dave removes one of them (and their place in the
// meeting with them); Carol removes the meeting, then undoes that: it comes back, as it was when
// she removed it, with the one still on the map. Dave's undo then puts his person back in it.
void TestTeamRemovals::meetingRemoval_undoPutsItBackWithThoseStillOnTheMap()
{
    const std::unique_ptr<PlanDocument> mine = openAs(carol);
    const std::unique_ptr<PlanDocument> theirs = openAs(dave);
    QVERIFY(mine && theirs);
    const AccountId account = richAccount(*mine);
    Stakeholder staying;
    staying.accountId = account;
    staying.name = QStringLiteral("Ines Staying");
    Stakeholder leaving = staying;
    leaving.name = QStringLiteral("Lars Leaving");
    PeopleEditing::of(mine.get())->addStakeholder(staying);
    PeopleEditing::of(mine.get())->addStakeholder(leaving);
    QHash<QString, Stakeholder> byName;
    for (const Stakeholder &person : mine->stakeholders(account))
        byName.insert(person.name, person);
    staying = byName.value(staying.name);
    leaving = byName.value(leaving.name);
    QVERIFY(staying.id > 0 && leaving.id > 0);
    PeopleEditing::of(mine.get())->recordTouchpoint({0, account, test::sampleAsOf, {staying.id, leaving.id}, {},
        TouchpointKind::Meeting, QStringLiteral("Steering group")});
    const Touchpoint shown = mine->touchpoints(account).constLast();
    QCOMPARE(shown.stakeholders.size(), 2);
    const auto meeting = [&](PlanDocument &document) -> std::optional<Touchpoint> {
        for (const Touchpoint &touchpoint : document.touchpoints(account)) {
            if (touchpoint.id == shown.id)
                return touchpoint;
        }
        return std::nullopt;
    };

    PeopleEditing::of(theirs.get())->removeStakeholder(leaving.id, leaving.version);
    QCOMPARE(meeting(*theirs)->stakeholders, QList<StakeholderId> {staying.id});

    QSignalSpy failures(mine.get(), &PlanDocument::writeFailed);
    QSignalSpy conflicts(mine.get(), &PlanDocument::writeConflict);
    PeopleEditing::of(mine.get())->removeTouchpoint(shown);
    QVERIFY(!meeting(*theirs));
    mine->undoStack()->undo();
    QCOMPARE(failures.size(), 0);
    QCOMPARE(conflicts.size(), 0);
    const std::optional<Touchpoint> back = meeting(*theirs);
    QVERIFY(back);
    QCOMPARE(back->notes, QStringLiteral("Steering group"));
    QCOMPARE(back->stakeholders, QList<StakeholderId> {staying.id});

    theirs->undoStack()->undo(); // Lars comes back, into the meeting he was in
    QCOMPARE(meeting(*mine)->stakeholders.size(), 2);
    mine->undoStack()->redo(); // and the meeting goes again, with both
    QVERIFY(!meeting(*theirs));
    QCOMPARE(failures.size(), 0);
}

QTEST_MAIN(TestTeamRemovals)
#include "tst_teamremovals.moc"
