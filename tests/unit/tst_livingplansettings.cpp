#include "item/livingplanediting.h"
#include "item/plandocument.h"
#include "storage/livingplansettingsstore.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

class TestLivingPlanSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaults_areWhatDomainSays();
    void settings_roundTripAndOnlyChoicesAreKept();
    void unreadableValues_readAsDefaults();
    void editing_isOneUndoableStepAndRefusesNonsense();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

void TestLivingPlanSettings::init()
{
    const QString path = test::newPlanLocation(m_dir, QStringLiteral("settings%1.keyplan").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(test::writeSamplePlan(path));
    m_document = test::openDocument(path);
    QVERIFY(m_document);
}

void TestLivingPlanSettings::cleanup()
{
    m_document.reset();
}

void TestLivingPlanSettings::defaults_areWhatDomainSays()
{
    const LivingPlanSettings settings = LivingPlanEditing::of(m_document.get())->settings();
    QCOMPARE(settings, LivingPlanSettings {});
    // DOMAIN.md: strategic weekly touchpoints and monthly reviews, mid-tier monthly and quarterly,
    // low-touch quarterly.
    QCOMPARE(settings.cadence.of(Tier::Strategic), (TierCadence {7, 30}));
    QCOMPARE(settings.cadence.of(Tier::Growth), (TierCadence {30, 91}));
    QCOMPARE(settings.cadence.of(Tier::Standard).touchpointDays, 91);
    QVERIFY(settings.rules.isEnabled(PlayRule::ChampionLeft));
    QCOMPARE(settings.rules.parameter(PlayRule::OwnerOverloaded, "enterprise_max"), 10);
    QCOMPARE(settings.rules.parameter(PlayRule::OwnerOverloaded, "mid_market_max"), 20);
}

void TestLivingPlanSettings::settings_roundTripAndOnlyChoicesAreKept()
{
    const QSqlDatabase db = m_document->database().connection();
    const int before = sql::scalar(db, QStringLiteral("SELECT count(*) FROM plan_info")).toInt();
    LivingPlanSettings settings;
    settings.cadence.byTier.at(std::size_t(Tier::Growth)) = {14, 60};
    settings.health.weights.points = {40, 0, 10, 10, 15, 15, 10};
    settings.health.manualEntriesCountForDays = 180;
    settings.rules.enabled.insert(QStringLiteral("effort_mismatch"), false);
    settings.rules.parameters.insert(QStringLiteral("renewal_at_risk.within_days"), 60);
    QVERIFY(writeLivingPlanSettings(db, settings));
    QCOMPARE(readLivingPlanSettings(db), settings);
    // Six choices, six keys: growth's two cadences, the weights, the days, one rule off, one parameter.
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM plan_info")).toInt(), before + 6);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT value FROM plan_info WHERE key = 'rule.renewal_at_risk.within_days'"))
                 .toString(),
        QStringLiteral("60"));
    // Back to the defaults: nothing of ours is left in the plan.
    QVERIFY(writeLivingPlanSettings(db, {}));
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM plan_info")).toInt(), before);
}

void TestLivingPlanSettings::unreadableValues_readAsDefaults()
{
    const QSqlDatabase db = m_document->database().connection();
    for (const auto &[key, value] : std::initializer_list<std::pair<const char *, const char *>> {
             {"cadence.strategic.touchpoint_days", "0"}, {"cadence.growth.review_days", "weekly"},
             {"health.weights", "usage=200"}, {"health.manual_entries_count_for_days", "-5"},
             {"rule.map_stale.enabled", "maybe"}, {"rule.renewal_at_risk.within_days", "99999"}})
        QVERIFY(sql::run(db, QStringLiteral("INSERT INTO plan_info (key, value) VALUES (?, ?)"),
            {QString::fromLatin1(key), QString::fromLatin1(value)})
                    .isActive());
    QCOMPARE(readLivingPlanSettings(db), LivingPlanSettings {});
}

void TestLivingPlanSettings::editing_isOneUndoableStepAndRefusesNonsense()
{
    LivingPlanEditing *editing = LivingPlanEditing::of(m_document.get());
    QSignalSpy changed(editing, &LivingPlanEditing::settingsChanged);
    QSignalSpy failed(m_document.get(), &PlanDocument::writeFailed);
    QUndoStack *undo = m_document->undoStack();
    const int steps = undo->count();
    LivingPlanSettings settings;
    settings.cadence.byTier.at(std::size_t(Tier::Strategic)).touchpointDays = 10;
    settings.rules.enabled.insert(QStringLiteral("qbr_overdue"), false);
    editing->setSettings(settings);
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(editing->settings(), settings);
    QCOMPARE(changed.size(), 1);
    undo->undo();
    QCOMPARE(editing->settings(), LivingPlanSettings {});
    undo->redo();
    QCOMPARE(editing->settings().cadence.of(Tier::Strategic).touchpointDays, 10);
    // The same settings, however spelt (a rule said to be on is on by default): no step.
    LivingPlanSettings same = settings;
    same.rules.enabled.insert(QStringLiteral("map_stale"), true);
    same.rules.parameters.insert(QStringLiteral("renewal_at_risk.within_days"), 90);
    editing->setSettings(same);
    QCOMPARE(undo->count(), steps + 1);
    // Nonsense is refused with a message and changes nothing.
    LivingPlanSettings bad = settings;
    bad.health.weights.points.fill(0);
    editing->setSettings(bad);
    bad = settings;
    bad.cadence.byTier.at(0).reviewDays = 0;
    editing->setSettings(bad);
    bad = settings;
    bad.rules.parameters.insert(QStringLiteral("stage_regression.within_days"), -1);
    editing->setSettings(bad);
    QCOMPARE(failed.size(), 3);
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(editing->settings(), settings);
}

QTEST_MAIN(TestLivingPlanSettings)
#include "tst_livingplansettings.moc"
