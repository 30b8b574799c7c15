// Importing CRM exports into a plan: what is created, matched, updated, linked and skipped, and
// that importing again changes nothing.
#include "domain/stakeholder.h"
#include "io/import/vcardreader.h"
#include "io/importer.h"
#include "io/zipwriter.h"
#include "storage/plandatabase.h"
#include "storage/rowjournal.h"
#include "storage/sourcerecordstore.h"
#include "storage/sqlhelpers.h"
#include "storage/writetransaction.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyplan;

namespace {

const QDate importDay(2026, 12, 2);

QString fixture(const QString &name)
{
    return test::testDataDir() + QStringLiteral("/import/") + name;
}


// Each row's values joined by spaces, the rows by `separator`: one text to compare, on either backend.
QString rows(const QSqlDatabase &db, const QString &statement, const QString &separator)
{
    QSqlQuery query = sql::run(db, statement);
    QStringList lines;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).toString());
        lines.append(values.join(u' '));
    }
    return lines.join(separator);
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {})
{
    return sql::scalar(db, statement, values);
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void weeklyExport_bringsAccountsPeopleDealsAndTheirLinks();
    void weeklyExport_again_changesNothing();
    void newerExport_updatesInsteadOfDuplicating();
    void reportExport_accountsWithTheirContacts();
    void dataLoaderExtract_inWindows1252();
    void alikeName_isLeftForTheUserUntilAnswered();
    void hubspotExports_companiesContactsDeals();
    void linkedInConnections_matchOfferTitlesAndNoticeLeavers();
    void linkedInConnections_settledSignalWaitsForAMove();
    void billingAndUsage_intoTheTimelineAndHealth();
    void mapping_overridesColumnsAndStages();
    void usersChoices_comeBackForTheSameHeaders();
    void intoOneAccount_peopleGoOnItsMap();
    void journal_undoesAndRedoesTheWholeImport();
    void handArrangedMap_keepsEveryoneWhereTheyAre();
    void badValue_namesFileLineAndColumnAndWritesNothing();
    void addressBooks_peopleOntoTheirCompanysMap();
    void salesforceTreeExport_throughItsDataPlan();
    void everyAddressBookSample_bringsEachNamedCard_data();
    void everyAddressBookSample_bringsEachNamedCard();

private:
    // Imports into the plan at m_plan in one transaction, committed; false with why.
    bool import(const QStringList &files, ImportOutcome *outcome, QString *error, ImportRequest request = {},
        RowJournal *journal = nullptr);
    QString weeklyZip();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plan;
    std::unique_ptr<PlanDatabase> m_db;
};

void TestImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_plan = test::newPlanLocation(*m_dir, QStringLiteral("plan.keyplan"));
    PlanOpenResult result;
    m_db = PlanDatabase::create(m_plan, &result);
    QVERIFY2(m_db, qPrintable(result.message));
}

void TestImport::cleanup()
{
    QString error;
    if (m_db)
        m_db->close(&error);
    m_db.reset();
    m_dir.reset();
}

bool TestImport::import(
    const QStringList &files, ImportOutcome *outcome, QString *error, ImportRequest request, RowJournal *journal)
{
    request.files = files;
    request.today = importDay;
    ImportJob job(request);
    WriteTransaction transaction(m_db->connection());
    if (!job.inspect(m_db->connection(), error) || !job.write(m_db->connection(), journal, outcome, error))
        return false;
    return transaction.commit();
}

QString TestImport::weeklyZip()
{
    ZipWriter zip;
    for (const QString &name : QDir(fixture(QStringLiteral("weekly"))).entryList(QDir::Files)) {
        QFile file(fixture(QStringLiteral("weekly/") + name));
        if (file.open(QIODevice::ReadOnly))
            zip.add(name, file.readAll());
    }
    const QString path = m_dir->filePath(QStringLiteral("WE_00D5g000000test.zip"));
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(zip.finish());
    return path;
}

void TestImport::weeklyExport_bringsAccountsPeopleDealsAndTheirLinks()
{
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({weeklyZip()}, &outcome, &error), qPrintable(error));
    const QSqlDatabase db = m_db->connection();

    // Accounts: the child account is a business unit of its parent; owners named from User.csv.
    QCOMPARE(outcome.count(ImportSubject::Account, ImportAction::Created), 3);
    QCOMPARE(outcome.count(ImportSubject::BusinessUnit, ImportAction::Created), 1);
    QCOMPARE(rows(db, QStringLiteral("SELECT name FROM account ORDER BY name"), QStringLiteral(", ")),
        QStringLiteral("Acme Widgets, Inc., Harbour & Quay Ltd, Meridian Freight Group"));
    const qint64 meridian = scalar(db, QStringLiteral("SELECT id FROM account WHERE name = 'Meridian Freight Group'")).toLongLong();
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM business_unit WHERE account_id = ?"), {meridian}).toString(),
        QStringLiteral("Meridian Freight Nordics"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT t.name FROM account a JOIN team_member t ON t.id = a.owner_id WHERE a.id = ?"),
                 {meridian})
                 .toString(),
        QStringLiteral("Priya Shah"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT segment || '/' || stage || '/' || currency || '/' || employees || '/' || region "
                                       "FROM account WHERE id = ?"),
                 {meridian})
                 .toString(),
        QStringLiteral("enterprise/early_kam/GBP/4200/United Kingdom"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT stage || '/' || currency FROM account WHERE name LIKE 'Acme%'")).toString(),
        QStringLiteral("pre_kam/USD"));

    // People, with the child account's person in its unit and the orphan left out with why.
    QCOMPARE(outcome.count(ImportSubject::Person, ImportAction::Created), 7);
    QCOMPARE(scalar(db, QStringLiteral("SELECT business_unit FROM stakeholder WHERE name = 'Astrid Holm'")).toString(),
        QStringLiteral("Meridian Freight Nordics"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT account_id FROM stakeholder WHERE name = 'Astrid Holm'")).toLongLong(), meridian);
    bool orphanSkipped = false;
    for (const ImportEntry &entry : outcome.entries)
        orphanSkipped = orphanSkipped
            || (entry.action == ImportAction::Skipped && entry.name == u"Orphan Nobody"
                && entry.detail.contains(QStringLiteral("0015g00000ZZZZZ")) && entry.origin.line == 9);
    QVERIFY(orphanSkipped);

    // Reporting lines, one of them to someone further down the file.
    const auto managerOf = [&db](const char *name) {
        return sql::scalar(db,
            QStringLiteral("SELECT m.name FROM stakeholder s JOIN stakeholder m ON m.id = s.reports_to WHERE s.name = ?"),
            {QString::fromUtf8(name)})
            .toString();
    };
    QCOMPARE(managerOf("Erik Lindqvist"), QStringLiteral("Grace Okafor"));
    QCOMPARE(managerOf("Siobhan Brennan"), QStringLiteral("Grace Okafor"));
    QCOMPARE(managerOf("Tunde Adeyemi"), QStringLiteral("Yuki Nakamura"));
    QCOMPARE(managerOf("Yuki Nakamura"), QStringLiteral("Erik Lindqvist"));

    // Opportunities through the stage and type tables; one stage no table knows is left out.
    QCOMPARE(outcome.count(ImportSubject::Opportunity, ImportAction::Created), 5);
    QCOMPARE(outcome.count(ImportSubject::Opportunity, ImportAction::Skipped), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT stage || '/' || motion || '/' || amount || '/' || probability || '/' || expected_close "
                                       "FROM opportunity WHERE title = 'Route optimisation for the Nordic fleet'"))
                 .toString(),
        QStringLiteral("proposal/upsell/18500000/60/2027-03-31"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT stage || '/' || probability FROM opportunity WHERE title = 'Driver app seats'")).toString(),
        QStringLiteral("commit/80"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT u.name FROM opportunity o JOIN business_unit u ON u.id = o.business_unit_id "
                                       "WHERE o.title = 'Nordics telematics'"))
                 .toString(),
        QStringLiteral("Meridian Freight Nordics"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT motion FROM opportunity WHERE title = 'Nordics telematics'")).toString(),
        QStringLiteral("cross_sell"));

    // Contact roles: the primary contact is the champion; roles and layers the map did not have.
    QCOMPARE(scalar(db, QStringLiteral("SELECT s.name FROM opportunity o JOIN stakeholder s ON s.id = o.champion_id "
                                       "WHERE o.title = 'Route optimisation for the Nordic fleet'"))
                 .toString(),
        QStringLiteral("Erik Lindqvist"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT decision_role FROM stakeholder WHERE name = 'Erik Lindqvist'")).toString(),
        QStringLiteral("decision_maker"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT decision_role || '/' || buying_layer FROM stakeholder WHERE name = 'Siobhan Brennan'"))
                 .toString(),
        QStringLiteral("economic_buyer/economic_buyer"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT buying_layer FROM stakeholder WHERE name = 'Ciaran O''Neill'")).toString(),
        QStringLiteral("executive_sponsor"));
    // 18-character ids are kept in their 15-character form.
    QCOMPARE(scalar(db, QStringLiteral("SELECT source_id FROM source_record WHERE account_id = ?"), {meridian}).toString(),
        QStringLiteral("0015g00000AbCdE"));
}

void TestImport::weeklyExport_again_changesNothing()
{
    ImportOutcome first;
    QString error;
    QVERIFY2(import({weeklyZip()}, &first, &error), qPrintable(error));
    const QString before = test::planDump(m_db->connection());
    ImportOutcome second;
    QVERIFY2(import({weeklyZip()}, &second, &error), qPrintable(error));
    QCOMPARE(test::planDump(m_db->connection()), before);
    QCOMPARE(second.count(ImportAction::Created), 0);
    QCOMPARE(second.count(ImportAction::Updated), 0);
    QCOMPARE(second.count(ImportSubject::Person, ImportAction::Unchanged), 7);
    QCOMPARE(second.count(ImportSubject::Opportunity, ImportAction::Unchanged), 5);
    QCOMPARE(second.count(ImportSubject::BusinessUnit, ImportAction::Unchanged), 1);
}

void TestImport::newerExport_updatesInsteadOfDuplicating()
{
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({weeklyZip()}, &outcome, &error), qPrintable(error));
    const qint64 people = scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM stakeholder")).toLongLong();
    // Next week's contacts, as a report with 15-character ids: a new title, a new person.
    const QString path = m_dir->filePath(QStringLiteral("contacts.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Contact ID,Account ID,First Name,Last Name,Title,Email\n"
               "0035g00000Zz003,0015g00000AbCdE,Siobhan,Brennan,Chief Procurement Officer,siobhan.brennan@meridian.example\n"
               "0035g00000Zz009,0015g00000AbCdE,Priyanka,Rao,Head of Sustainability,priyanka.rao@meridian.example\n");
    file.close();
    ImportOutcome next;
    QVERIFY2(import({path}, &next, &error), qPrintable(error));
    QCOMPARE(next.count(ImportSubject::Person, ImportAction::Updated), 1);
    QCOMPARE(next.count(ImportSubject::Person, ImportAction::Created), 1);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM stakeholder")).toLongLong(), people + 1);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT title FROM stakeholder WHERE name = 'Siobhan Brennan'")).toString(),
        QStringLiteral("Chief Procurement Officer"));
    QVERIFY(next.entries.constFirst().detail.contains(QStringLiteral("Head of Procurement")));
}

void TestImport::reportExport_accountsWithTheirContacts()
{
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({fixture(QStringLiteral("salesforce_lwc_recipes/Accounts-Contacts.csv"))}, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome.count(ImportSubject::Account, ImportAction::Created), 10);
    QCOMPARE(outcome.count(ImportSubject::Person, ImportAction::Created), 6);
    QCOMPARE(outcome.count(ImportAction::Skipped), 0);
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stakeholder s JOIN account a ON a.id = s.account_id "
                                       "WHERE a.name = 'Alpha Dynamics'"))
                 .toInt(),
        3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM stakeholder WHERE email = 'jennifer@demo.net'")).toString(), QStringLiteral("CEO"));
    // A customer is in early KAM; a partner (not a customer yet) where every account starts.
    QCOMPARE(scalar(db, QStringLiteral("SELECT stage FROM account WHERE name = 'Madison Investments'")).toString(), QStringLiteral("early_kam"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT stage FROM account WHERE name = 'Alpha Dynamics'")).toString(), QStringLiteral("pre_kam"));
}

void TestImport::dataLoaderExtract_inWindows1252()
{
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({fixture(QStringLiteral("salesforce_dataloader/extract_account_cp1252.csv"))}, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome.count(ImportSubject::Account, ImportAction::Created), 3);
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT region FROM account WHERE name = 'Société Générale Logistique'")).toString(),
        QStringLiteral("France"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT segment FROM account WHERE name = 'Müller & Söhne GmbH'")).toString(),
        QStringLiteral("mid_market"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM account WHERE name = '“Quoted” Trading – Ltd'")).toInt(), 1);
}

void TestImport::alikeName_isLeftForTheUserUntilAnswered()
{
    QVERIFY(sql::run(m_db->connection(),
        QStringLiteral("INSERT INTO account (name, segment, tier, stage, currency) "
                       "VALUES ('Acme Widgets Ltd', 'enterprise', 'growth', 'mid_kam', 'USD')"))
                .isActive());
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({weeklyZip()}, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome.count(ImportSubject::Account, ImportAction::Uncertain), 1);
    QCOMPARE(outcome.count(ImportSubject::Account, ImportAction::Created), 2);
    ImportEntry uncertain;
    for (const ImportEntry &entry : outcome.entries)
        if (entry.action == ImportAction::Uncertain)
            uncertain = entry;
    QCOMPARE(uncertain.name, QStringLiteral("Acme Widgets, Inc."));
    QVERIFY(uncertain.detail.contains(QStringLiteral("Acme Widgets Ltd")));
    // Its opportunity is left out too, saying why.
    bool pilotSkipped = false;
    for (const ImportEntry &entry : outcome.entries)
        pilotSkipped = pilotSkipped || (entry.subject == ImportSubject::Opportunity && entry.name.startsWith(QStringLiteral("Pilot")));
    QVERIFY(pilotSkipped);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM account WHERE name LIKE 'Acme%'")).toInt(), 1);

    // The user says it is the same account: it is linked, and its opportunity comes in.
    ImportRequest request;
    request.decisions.insert(uncertain.key, uncertain.candidate);
    ImportOutcome answered;
    QVERIFY2(import({weeklyZip()}, &answered, &error, request), qPrintable(error));
    QCOMPARE(answered.count(ImportSubject::Account, ImportAction::Uncertain), 0);
    QCOMPARE(answered.count(ImportSubject::Account, ImportAction::Linked), 1);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM account WHERE name LIKE 'Acme%'")).toInt(), 1);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT a.name FROM opportunity o JOIN account a ON a.id = o.account_id "
                                                       "WHERE o.title = 'Pilot'"))
                 .toString(),
        QStringLiteral("Acme Widgets Ltd"));
}

void TestImport::hubspotExports_companiesContactsDeals()
{
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({fixture(QStringLiteral("hubspot/hubspot-crm-exports-all-deals-2026-11-30.csv")),
                        fixture(QStringLiteral("hubspot/hubspot-crm-exports-all-contacts-2026-11-30.csv")),
                        fixture(QStringLiteral("hubspot/hubspot-crm-exports-all-companies-2026-11-30.csv"))},
                 &outcome, &error),
        qPrintable(error));
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(outcome.count(ImportSubject::Account, ImportAction::Created), 2);
    QCOMPARE(outcome.count(ImportSubject::Person, ImportAction::Created), 3);
    QCOMPARE(outcome.count(ImportSubject::Opportunity, ImportAction::Created), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT a.name FROM stakeholder s JOIN account a ON a.id = s.account_id WHERE s.name = 'Owen Jones'"))
                 .toString(),
        QStringLiteral("Pennine Water Services"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT stage || '/' || amount || '/' || probability || '/' || expected_close || '/' || motion "
                                       "FROM opportunity WHERE title = 'Pennine: leak analytics'"))
                 .toString(),
        QStringLiteral("commit/4800000/80/2026-12-19/upsell"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT source FROM source_record WHERE kind = 'account' LIMIT 1")).toString(),
        QStringLiteral("hubspot"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT t.name FROM account a JOIN team_member t ON t.id = a.owner_id "
                                       "WHERE a.name = 'Albion Health NHS Trust'"))
                 .toString(),
        QStringLiteral("Priya Shah"));
}

void TestImport::linkedInConnections_matchOfferTitlesAndNoticeLeavers()
{
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({weeklyZip()}, &outcome, &error), qPrintable(error));
    // June's export links Grace and Erik to their profiles; today's shows Erik elsewhere.
    ImportOutcome june;
    QVERIFY2(import({fixture(QStringLiteral("linkedin/Connections-2026-06.csv"))}, &june, &error), qPrintable(error));
    QCOMPARE(june.count(ImportSubject::Person, ImportAction::Unchanged), 2);
    ImportOutcome linkedIn;
    QVERIFY2(import({fixture(QStringLiteral("linkedin/Connections.csv"))}, &linkedIn, &error), qPrintable(error));
    const QSqlDatabase db = m_db->connection();
    // Siobhan's new title is taken; Erik, now elsewhere, may have left, with the evidence.
    QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM stakeholder WHERE name = 'Siobhan Brennan'")).toString(),
        QStringLiteral("Chief Procurement Officer"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM stakeholder WHERE name = 'Erik Lindqvist'")).toString(), QStringLiteral("VP Fleet"));
    const QString evidence = scalar(db, QStringLiteral("SELECT g.evidence FROM stakeholder_signal g JOIN stakeholder s "
                                                       "ON s.id = g.stakeholder_id WHERE s.name = 'Erik Lindqvist'"))
                                 .toString();
    QVERIFY2(evidence.contains(QStringLiteral("Nordic Haulage AB")) && evidence.contains(QStringLiteral("Connections.csv, line 6"))
            && evidence.contains(QStringLiteral("an earlier export showed them at Meridian Freight Group")),
        qPrintable(evidence));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stakeholder_signal")).toInt(), 1);
    // Nobody is added from LinkedIn; a stranger is left out with why.
    QCOMPARE(linkedIn.count(ImportSubject::Person, ImportAction::Created), 0);
    QCOMPARE(linkedIn.count(ImportSubject::Person, ImportAction::Skipped), 1);
    // Profiles are remembered: next time Grace is found by her URL even if her name is spelled otherwise.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM source_record WHERE source = 'linkedin'")).toInt(), 3);

    // The same export again: no second signal, nothing changes.
    const QString before = test::planDump(db);
    ImportOutcome again;
    QVERIFY2(import({fixture(QStringLiteral("linkedin/Connections.csv"))}, &again, &error), qPrintable(error));
    QCOMPARE(test::planDump(db), before);
}

void TestImport::linkedInConnections_settledSignalWaitsForAMove()
{
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({weeklyZip()}, &outcome, &error), qPrintable(error));
    QVERIFY2(import({fixture(QStringLiteral("linkedin/Connections-2026-06.csv"))}, &outcome, &error), qPrintable(error));
    QVERIFY2(import({fixture(QStringLiteral("linkedin/Connections.csv"))}, &outcome, &error), qPrintable(error));
    const QSqlDatabase db = m_db->connection();
    SourceRecordStore store(db);
    QHash<qint64, PersonSignal> open = store.openSignals();
    QCOMPARE(open.size(), 1);

    // The user looked and Erik is still at Meridian (his profile is out of date): next week's
    // export, showing the same, does not ask again.
    QVERIFY(store.clearSignal(open.begin()->id, importDay, &error));
    ImportOutcome sameAgain;
    QVERIFY2(import({fixture(QStringLiteral("linkedin/Connections.csv"))}, &sameAgain, &error), qPrintable(error));
    QVERIFY(store.openSignals().isEmpty());

    // A later export showing him at yet another company asks again, naming both.
    QFile original(fixture(QStringLiteral("linkedin/Connections.csv")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray moved = original.readAll().replace("Nordic Haulage AB", "Baltic Logistics Oy");
    QVERIFY(moved.contains("Baltic Logistics Oy"));
    QFile later(m_dir->filePath(QStringLiteral("Connections.csv")));
    QVERIFY(later.open(QIODevice::WriteOnly) && later.write(moved) == moved.size());
    later.close();
    ImportOutcome movedOutcome;
    QVERIFY2(import({later.fileName()}, &movedOutcome, &error), qPrintable(error));
    open = store.openSignals();
    QCOMPARE(open.size(), 1);
    const QString evidence = open.begin()->evidence;
    QVERIFY2(evidence.contains(QStringLiteral("Baltic Logistics Oy"))
            && evidence.contains(QStringLiteral("an earlier export showed them at Nordic Haulage AB")),
        qPrintable(evidence));
}

void TestImport::billingAndUsage_intoTheTimelineAndHealth()
{
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({weeklyZip()}, &outcome, &error), qPrintable(error));
    ImportOutcome billing;
    QVERIFY2(import({fixture(QStringLiteral("billing/arr.csv")), fixture(QStringLiteral("billing/usage.csv"))}, &billing, &error),
        qPrintable(error));
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(rows(db, QStringLiteral("SELECT c.effective_on, c.kind, c.arr_minor FROM arr_change c JOIN account a ON a.id = c.account_id "
                                     "WHERE a.name = 'Meridian Freight Group' ORDER BY c.effective_on"),
                 QStringLiteral("; ")),
        QStringLiteral("2025-01-01 new 24000000; 2025-07-01 seat_growth 27000000; 2026-01-01 contraction 25200000"));
    QCOMPARE(rows(db, QStringLiteral("SELECT c.kind, c.arr_minor FROM arr_change c JOIN account a ON a.id = c.account_id "
                                     "WHERE a.name = 'Harbour & Quay Ltd' ORDER BY c.effective_on"),
                 QStringLiteral("; ")),
        QStringLiteral("new 6000000; churn 0"));
    QCOMPARE(billing.count(ImportSubject::ArrChange, ImportAction::Skipped), 1);
    QCOMPARE(rows(db, QStringLiteral("SELECT count(*), CAST(max(p.value) AS INTEGER) FROM metric_point p JOIN metric_series s "
                                     "ON s.id = p.series_id WHERE s.name = 'Weekly active drivers' AND s.unit = 'drivers'"),
                 QString()),
        QStringLiteral("3 812"));
    const QString before = test::planDump(db);
    ImportOutcome again;
    QVERIFY2(import({fixture(QStringLiteral("billing/arr.csv")), fixture(QStringLiteral("billing/usage.csv"))}, &again, &error),
        qPrintable(error));
    QCOMPARE(test::planDump(db), before);
    QCOMPARE(again.count(ImportAction::Created), 0);
}

void TestImport::mapping_overridesColumnsAndStages()
{
    ImportRequest request;
    request.mapping = QJsonObject {
        {QStringLiteral("stages"), QJsonObject {{QStringLiteral("Awaiting Board"), QStringLiteral("proposal")}}},
        {QStringLiteral("types"), QJsonObject {{QStringLiteral("Existing Customer - Upgrade"), QStringLiteral("seat_growth")}}},
        {QStringLiteral("columns"), QJsonObject {{QStringLiteral("Department"), QJsonValue::Null}}},
    };
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({weeklyZip()}, &outcome, &error, request), qPrintable(error));
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(outcome.count(ImportSubject::Opportunity, ImportAction::Created), 6);
    QCOMPARE(scalar(db, QStringLiteral("SELECT stage || '/' || motion FROM opportunity WHERE title = 'Warehouse robotics'")).toString(),
        QStringLiteral("proposal/seat_growth"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stakeholder WHERE department <> ''")).toInt(), 0);

    request.mapping = QJsonObject {{QStringLiteral("stages"), QJsonObject {{QStringLiteral("Awaiting Board"), QStringLiteral("soon")}}}};
    ImportOutcome refused;
    QVERIFY(!import({weeklyZip()}, &refused, &error, request));
    QVERIFY2(error.contains(QStringLiteral("Awaiting Board")) && error.contains(QStringLiteral("soon")), qPrintable(error));
}

void TestImport::usersChoices_comeBackForTheSameHeaders()
{
    // The product's monthly usage file: the user says it holds usage metrics, "Seats" their value
    // and "Series" the metric's name. Next month's file, under its own name, is taken the same way.
    const auto write = [this](const QString &name, const QByteArray &text) {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() ? path : QString();
    };
    const QString november = write(QStringLiteral("usage-2026-11.csv"),
        "Account Name,Date,Seats,Series\nNorthwind Freight,2026-11-01,120,Active seats\n");
    const QString december = write(QStringLiteral("usage-2026-12.csv"),
        "Account Name,Date,Seats,Series\nNorthwind Freight,2026-12-01,150,Active seats\n");
    const QSqlDatabase db = m_db->connection();
    QString error;
    ImportRequest request;
    request.files = {november};
    request.today = importDay;
    ImportJob first(request);
    QVERIFY2(first.inspect(db, &error), qPrintable(error));
    QVERIFY(first.tables().constFirst().kind != TableKind::Metrics); // not what the headers alone say
    const QList<ImportField> columns = {ImportField::AccountName, ImportField::Date, ImportField::Value, ImportField::Metric};
    QVERIFY(first.tables().constFirst().columns != columns);
    first.setTable(0, TableKind::Metrics, columns);
    QVERIFY2(first.rememberMappings(db, &error), qPrintable(error));

    request.files = {december};
    ImportJob next(request);
    QVERIFY2(next.inspect(db, &error), qPrintable(error));
    QCOMPARE(next.tables().constFirst().kind, TableKind::Metrics);
    QCOMPARE(next.tables().constFirst().columns, columns);
}

void TestImport::intoOneAccount_peopleGoOnItsMap()
{
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({weeklyZip()}, &outcome, &error), qPrintable(error));
    const QString path = m_dir->filePath(QStringLiteral("people.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,Title,Company\nDana Whitfield,Head of Customs,Some Other Name\nGrace Okafor,COO,\n");
    file.close();
    ImportRequest request;
    request.intoAccount = QStringLiteral("harbour and quay limited");
    ImportOutcome into;
    QVERIFY2(import({path}, &into, &error, request), qPrintable(error));
    QCOMPARE(into.count(ImportSubject::Person, ImportAction::Created), 2);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM stakeholder s JOIN account a ON a.id = s.account_id "
                                                       "WHERE a.name = 'Harbour & Quay Ltd'"))
                 .toInt(),
        3);
    request.intoAccount = QStringLiteral("Nobody Ltd");
    QVERIFY(!import({path}, &into, &error, request));
    QVERIFY2(error.contains(QStringLiteral("Nobody Ltd")), qPrintable(error));
}

void TestImport::journal_undoesAndRedoesTheWholeImport()
{
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({fixture(QStringLiteral("salesforce_lwc_recipes/Accounts-Contacts.csv"))}, &outcome, &error), qPrintable(error));
    const QSqlDatabase db = m_db->connection();
    const QString before = test::planDump(db);
    RowJournal journal;
    QVERIFY2(import({weeklyZip(), fixture(QStringLiteral("billing/arr.csv"))}, &outcome, &error, {}, &journal), qPrintable(error));
    const QString after = test::planDump(db);
    QVERIFY(after != before);
    {
        WriteTransaction transaction(db);
        QVERIFY2(journal.undo(db, &error), qPrintable(error));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(test::planDump(db), before);
    {
        WriteTransaction transaction(db);
        QVERIFY2(journal.redo(db, &error), qPrintable(error));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(test::planDump(db), after);
    QCOMPARE(test::danglingReferences(db), QStringList());
}

void TestImport::handArrangedMap_keepsEveryoneWhereTheyAre()
{
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({weeklyZip()}, &outcome, &error), qPrintable(error));
    const QSqlDatabase db = m_db->connection();
    // The user places Grace by hand; the others follow the automatic layout.
    QVERIFY(sql::run(db, QStringLiteral("UPDATE stakeholder SET map_x = 900, map_y = 40 WHERE name = 'Grace Okafor'")).isActive());
    const QString path = m_dir->filePath(QStringLiteral("more.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Contact ID,Account ID,First Name,Last Name,Title,Reports To ID\n"
               "0035g00000Zz010,0015g00000AbCdE,Lena,Fischer,Fleet Planner,0035g00000Zz005\n"
               "0035g00000Zz011,0015g00000AbCdE,Marco,Bianchi,Fleet Planner,0035g00000Zz005\n");
    file.close();
    ImportOutcome more;
    QVERIFY2(import({path}, &more, &error), qPrintable(error));
    QCOMPARE(more.count(ImportSubject::Person, ImportAction::Created), 2);
    // Everyone on the map now has a place; Grace kept hers; no two boxes overlap.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stakeholder s JOIN account a ON a.id = s.account_id "
                                       "WHERE a.name = 'Meridian Freight Group' AND map_x IS NULL"))
                 .toInt(),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT map_x FROM stakeholder WHERE name = 'Grace Okafor'")).toDouble(), 900.0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT map_y FROM stakeholder WHERE name = 'Grace Okafor'")).toDouble(), 40.0);
    QSqlQuery boxes(db);
    QVERIFY(boxes.exec(QStringLiteral("SELECT s.map_x, s.map_y FROM stakeholder s JOIN account a ON a.id = s.account_id "
                                      "WHERE a.name = 'Meridian Freight Group'")));
    QList<QPointF> places;
    while (boxes.next())
        places.append(QPointF(boxes.value(0).toDouble(), boxes.value(1).toDouble()));
    for (qsizetype i = 0; i < places.size(); ++i)
        for (qsizetype j = i + 1; j < places.size(); ++j)
            QVERIFY2(std::abs(places[i].x() - places[j].x()) >= 100 || std::abs(places[i].y() - places[j].y()) >= 40,
                qPrintable(QStringLiteral("%1 and %2 overlap").arg(i).arg(j)));
}

void TestImport::badValue_namesFileLineAndColumnAndWritesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("deals.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Account Name,Opportunity Name,Stage,Amount,Close Date\n"
               "Acme,First,Prospecting,1000,2027-01-31\n"
               "Acme,Second,Prospecting,lots,2027-02-28\n");
    file.close();
    const QString before = test::planDump(m_db->connection());
    ImportOutcome outcome;
    QString error;
    QVERIFY(!import({path}, &outcome, &error));
    QVERIFY2(error.contains(QStringLiteral("deals.csv, line 3, column 4 (Amount)")), qPrintable(error));
    QCOMPARE(test::planDump(m_db->connection()), before);
}

void TestImport::addressBooks_peopleOntoTheirCompanysMap()
{
    QVERIFY(sql::run(m_db->connection(),
        QStringLiteral("INSERT INTO account (name, segment, tier, stage, currency) "
                       "VALUES ('IBM', 'enterprise', 'strategic', 'mid_kam', 'USD')"))
                .isActive());
    // The same person from three address books: one person, updated from the later cards.
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({fixture(QStringLiteral("vcard/ez-vcard/John_Doe_MS_OUTLOOK.vcf")),
                        fixture(QStringLiteral("vcard/ez-vcard/John_Doe_IPHONE.vcf")),
                        fixture(QStringLiteral("vcard/ez-vcard/John_Doe_GMAIL.vcf")),
                        fixture(QStringLiteral("vcard/ez-vcard/rfc6350-example.vcf")),
                        fixture(QStringLiteral("vcard/ez-vcard/John_Doe_ANDROID.vcf"))},
                 &outcome, &error),
        qPrintable(error));
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(outcome.count(ImportSubject::Person, ImportAction::Created), 1);
    QCOMPARE(outcome.count(ImportSubject::Person, ImportAction::Updated), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT name || '/' || title || '/' || department || '/' || email FROM stakeholder")).toString(),
        QStringLiteral("Mr. John Richter James Doe Sr./Money Counter/Accounting/john.doe@ibm.com"));
    // Nobody is added to a company the plan does not have, and an address book adds no account.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM account")).toInt(), 1);
    int noAccount = 0;
    int noName = 0;
    for (const ImportEntry &entry : outcome.entries) {
        noAccount += entry.detail.contains(QStringLiteral("no account called")) || entry.detail.contains(QStringLiteral("names no account")) ? 1 : 0;
        noName += entry.detail.contains(QStringLiteral("no name")) ? 1 : 0;
    }
    QCOMPARE(noAccount, 5); // Simon Perreault at Viagenie; Android's four named cards (two of companies not in the plan)
    QCOMPARE(noName, 2);

    // Into one account: the cards without a company go on its map.
    ImportRequest request;
    request.intoAccount = QStringLiteral("ibm");
    ImportOutcome into;
    QVERIFY2(import({fixture(QStringLiteral("vcard/ez-vcard/John_Doe_ANDROID.vcf"))}, &into, &error, request), qPrintable(error));
    QCOMPARE(into.count(ImportSubject::Person, ImportAction::Created), 4);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stakeholder WHERE name = 'Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ'")).toInt(), 1);
}

void TestImport::everyAddressBookSample_bringsEachNamedCard_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(test::testDataDir() + QStringLiteral("/import/vcard"), QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &path : std::as_const(paths))
        if (!path.endsWith(QStringLiteral(".md")) && !path.endsWith(QStringLiteral("README")))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    QVERIFY(paths.size() >= 20);
}

void TestImport::everyAddressBookSample_bringsEachNamedCard()
{
    // Each real address book, imported into one account: every card with a name is on its map
    // (new, or the same person again from a second card); nothing else is refused.
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const bool json = path.endsWith(QStringLiteral(".json"));
    const VCardResult cards = json ? readJCards(bytes) : readVCards(bytes);
    QVERIFY2(cards.error.isEmpty(), qPrintable(cards.error));
    const qsizetype named = std::count_if(cards.people.cbegin(), cards.people.cend(),
        [](const VCardPerson &card) { return !card.name.trimmed().isEmpty(); });
    QVERIFY(sql::run(m_db->connection(),
        QStringLiteral("INSERT INTO account (name, segment, tier, stage, currency) "
                       "VALUES ('Address Book Test', 'enterprise', 'strategic', 'mid_kam', 'USD')"))
                .isActive());
    ImportRequest request;
    request.intoAccount = QStringLiteral("Address Book Test");
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({path}, &outcome, &error, request), qPrintable(error));
    const qint64 taken = outcome.count(ImportSubject::Person, ImportAction::Created)
        + outcome.count(ImportSubject::Person, ImportAction::Updated) + outcome.count(ImportSubject::Person, ImportAction::Unchanged);
    QCOMPARE(taken, qint64(named));
    QCOMPARE(outcome.count(ImportSubject::Person, ImportAction::Skipped), qint64(cards.people.size() - named));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM stakeholder")).toLongLong(),
        outcome.count(ImportSubject::Person, ImportAction::Created));
}

void TestImport::salesforceTreeExport_throughItsDataPlan()
{
    ImportOutcome outcome;
    QString error;
    QVERIFY2(import({fixture(QStringLiteral("salesforce_lwc_recipes/data-plan.json"))}, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome.count(ImportSubject::Account, ImportAction::Created), 10);
    QCOMPARE(outcome.count(ImportSubject::Person, ImportAction::Created), 6);
    QCOMPARE(outcome.count(ImportSubject::Opportunity, ImportAction::Created), 20);
    QCOMPARE(outcome.count(ImportAction::Skipped), 0);
    const QSqlDatabase db = m_db->connection();
    // References between the files ("@AccountRef1") land each record at its account.
    QCOMPARE(scalar(db, QStringLiteral("SELECT a.name FROM stakeholder s JOIN account a ON a.id = s.account_id "
                                       "WHERE s.name = 'Amy Taylor'"))
                 .toString(),
        QStringLiteral("Alpha Dynamics"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT a.name || '/' || o.stage || '/' || o.amount || '/' || o.expected_close "
                                       "FROM opportunity o JOIN account a ON a.id = o.account_id "
                                       "WHERE o.title = 'Cloud Platform Expansion'"))
                 .toString(),
        QStringLiteral("Alpha Dynamics/proposal/12500000/2025-06-30"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM opportunity WHERE stage = 'won'")).toInt(), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT employees FROM account WHERE name = 'Alpha Dynamics'")).toInt(), 12345);
    // The files again, named one by one: nothing new.
    ImportOutcome again;
    QVERIFY2(import({fixture(QStringLiteral("salesforce_lwc_recipes/Accounts.json")),
                        fixture(QStringLiteral("salesforce_lwc_recipes/Contacts.json")),
                        fixture(QStringLiteral("salesforce_lwc_recipes/Opportunities.json"))},
                 &again, &error),
        qPrintable(error));
    QCOMPARE(again.count(ImportAction::Created), 0);
    QCOMPARE(again.count(ImportAction::Updated), 0);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
