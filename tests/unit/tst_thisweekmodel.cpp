#include "item/accountediting.h"
#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/playediting.h"
#include "item/playevaluator.h"
#include "item/thisweekmodel.h"
#include "item/peopleediting.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

class TestThisWeekModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void week_ofTheSample_mostUrgentAndMostAtStakeFirst();
    void week_followsEditsAndTheOwnerFilter();
    void week_anEditThatLeavesItAsItWasLeavesTheViewAlone();
    void week_sayOneDayOverdueInTheSingular();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

void TestThisWeekModel::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    const QString path = test::newPlanLocation(m_dir, QStringLiteral("week%1.keyplan").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(test::writeSamplePlan(path));
    m_document = test::openDocument(path);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
}

// Some day soon after the sample's, something is one day overdue: "1 day overdue", never "1 days".
void TestThisWeekModel::week_sayOneDayOverdueInTheSingular()
{
    bool seen = false;
    for (int later = 0; later < 14 && !seen; ++later) {
        m_document->setAsOf(test::sampleAsOf.addDays(later));
        ThisWeekModel model(m_document.get());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex account = model.index(row, 0);
            for (int item = 0; item < model.rowCount(account); ++item) {
                const QString due = model.index(item, ThisWeekModel::Due, account).data().toString();
                QVERIFY2(!due.startsWith(QStringLiteral("1 days")), qPrintable(due));
                seen = seen || due == u"1 day overdue";
            }
        }
    }
    QVERIFY(seen);
}

void TestThisWeekModel::cleanup()
{
    m_document.reset();
}

void TestThisWeekModel::week_ofTheSample_mostUrgentAndMostAtStakeFirst()
{
    ThisWeekModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex account = model.index(row, 0);
        QVERIFY(m_document->account(model.accountIdAt(account))->isKey);
        QVERIFY(model.rowCount(account) > 0);
        if (row > 0) {
            const QModelIndex before = model.index(row - 1, 0);
            const int urgency = account.data(ThisWeekModel::UrgencyRole).toInt();
            const int earlier = before.data(ThisWeekModel::UrgencyRole).toInt();
            QVERIFY(earlier <= urgency);
            if (earlier == urgency)
                QVERIFY(model.week().at(row - 1).arrAtStake.value_or(-1) >= model.week().at(row).arrAtStake.value_or(-1));
        }
    }
    // Kestrel renews within 90 days: its renewal is on the list, said in days, and its ARR in pounds.
    int kestrel = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ThisWeekModel::What).data().toString() == u"Kestrel Aviation Services")
            kestrel = row;
    }
    QVERIFY(kestrel >= 0);
    const QModelIndex account = model.index(kestrel, 0);
    QCOMPARE(model.index(kestrel, ThisWeekModel::Why).data().toString(), QStringLiteral("£300,000 ARR"));
    bool renewal = false;
    for (int row = 0; row < model.rowCount(account); ++row) {
        if (model.index(row, ThisWeekModel::What, account)
                .data(ThisWeekModel::ItemKindRole)
                .toInt()
            == int(WeekItemKind::Renewal)) {
            renewal = true;
            const QDate renews = m_document->account(model.accountIdAt(account))->renewalDate;
            const qint64 days = test::sampleAsOf.daysTo(renews);
            QVERIFY(days > 1 && days <= 90);
            QCOMPARE(model.index(row, ThisWeekModel::Due, account).data().toString(), QStringLiteral("in %1 days").arg(days));
            QCOMPARE(model.index(row, ThisWeekModel::Why, account).data().toString(),
                QStringLiteral("Renews on %1 (in %2 days)").arg(QLocale().toString(renews, QStringLiteral("d MMM yyyy"))).arg(days));
        }
    }
    QVERIFY(renewal);
    // The dollar account's ARR at stake is in pounds too.
    for (const WeekAccount &entry : model.week()) {
        if (entry.name.startsWith(QStringLiteral("Atlas")))
            QVERIFY(entry.arrAtStake && *entry.arrAtStake != 15000000);
    }
}

void TestThisWeekModel::week_followsEditsAndTheOwnerFilter()
{
    ThisWeekModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The key stakeholders one account is overdue to contact, met today: none is overdue any more.
    // Each is listed once: as a touchpoint due, or as the play that asks to get back in touch.
    const auto overdueContacts = [&](AccountId account) {
        QList<StakeholderId> people;
        for (const WeekAccount &entry : model.week()) {
            for (const WeekItem &item : entry.items) {
                if (entry.id != account || item.urgency(test::sampleAsOf) != Urgency::Overdue)
                    continue;
                if (item.kind == WeekItemKind::Touchpoint)
                    people.append(item.reference);
                const std::optional<Play> play = item.kind == WeekItemKind::Play
                    ? PlayEditing::of(m_document.get())->play(item.reference)
                    : std::nullopt;
                if (play && play->rule == u"stakeholder_quiet")
                    people.append(play->subject.section(u':', 1).toLongLong());
            }
        }
        std::sort(people.begin(), people.end());
        return people;
    };
    AccountId id = 0;
    for (const WeekAccount &entry : model.week()) {
        if (!id && !overdueContacts(entry.id).isEmpty())
            id = entry.id;
    }
    QVERIFY(id);
    Touchpoint met;
    met.accountId = id;
    met.on = test::sampleAsOf;
    met.stakeholders = overdueContacts(id);
    PeopleEditing::of(m_document.get())->recordTouchpoint(met);
    QTRY_VERIFY(overdueContacts(id).isEmpty());
    m_document->undoStack()->undo();
    QTRY_COMPARE(overdueContacts(id), met.stakeholders);
    // Mine: only what one person owns.
    const int everyone = model.rowCount();
    const TeamMemberId tom = [&] {
        for (const TeamMember &member : m_document->team()) {
            if (member.name == u"Tom Whitaker")
                return member.id;
        }
        return TeamMemberId(0);
    }();
    model.setOwner(tom);
    QVERIFY(model.rowCount() > 0 && model.rowCount() < everyone);
    for (const WeekAccount &entry : model.week()) {
        for (const WeekItem &item : entry.items)
            QCOMPARE(item.ownerId, std::optional<TeamMemberId>(tom));
    }
    model.setOwner(std::nullopt);
    QCOMPARE(model.rowCount(), everyone);
}

// A colleague's edit of an account's notes arrives as a refresh like any other: the week stays the
// same, so the list is not reset (the user's place in it stays); an edit that changes the week is.
void TestThisWeekModel::week_anEditThatLeavesItAsItWasLeavesTheViewAlone()
{
    ThisWeekModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // As in the window: the evaluator's first pass (which opens the plays) has run.
    PlayEvaluator::of(m_document.get())->evaluateAll();
    QVERIFY(PlayEvaluator::of(m_document.get())->hasEvaluated());
    QTest::qWait(50);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.rowCount() > 0);
    const AccountId first = model.week().constFirst().id;
    AccountEditing::of(m_document.get())->editAccountField(first, AccountField::Notes, QStringLiteral("Spoke to procurement on Tuesday."));
    QCOMPARE(m_document->account(first)->notes, QStringLiteral("Spoke to procurement on Tuesday."));
    QTest::qWait(50); // the refresh runs from the event loop
    QCOMPARE(resets.size(), 0);

    // Finishing one of its plays changes what it needs: the list is read again.
    const QList<WeekAccount> before = model.week();
    PlayId play = 0;
    for (const WeekAccount &entry : before) {
        for (const WeekItem &item : entry.items) {
            if (!play && item.kind == WeekItemKind::Play)
                play = item.reference;
        }
    }
    QVERIFY(play);
    PlayEditing::of(m_document.get())->markDone(play);
    QTRY_COMPARE(resets.size(), 1);
    QVERIFY(model.week() != before);
}

QTEST_MAIN(TestThisWeekModel)
#include "tst_thisweekmodel.moc"
