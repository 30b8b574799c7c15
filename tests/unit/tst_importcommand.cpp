// `keyplan import` and `keyplan export` as a user runs them: what they print, what they write, and
// that a dry run or a refused file leaves the plan byte for byte as it was.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyplan;
using test::Run;
using test::runKeyplan;

namespace {

QString fixture(const QString &name)
{
    return test::testDataDir() + QStringLiteral("/import/") + name;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void import_makesTheNewPlanAndSaysWhatItDid();
    void dryRun_writesNothing();
    void refusedFile_namesWhereAndLeavesThePlanAsItWas();
    void wrongUsage_isAUsageError();
    void mappingAndAccount_areTakenAsGiven();
    void dataLoaderEdgeCases_importWhole();
    void export_writesEachFormat();
    void export_neverWritesThroughALink();

private:
    QTemporaryDir m_dir;
};

void TestImportCommand::import_makesTheNewPlanAndSaysWhatItDid()
{
    const QString plan = m_dir.filePath(QStringLiteral("new.keyplan"));
    const Run run = runKeyplan({QStringLiteral("import"), plan, fixture(QStringLiteral("salesforce_lwc_recipes/Accounts-Contacts.csv")),
        QStringLiteral("--as-of"), QStringLiteral("2026-12-02")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("Imported into a new plan")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Accounts-Contacts.csv: Salesforce, people, UTF-8, 7 of 9 columns mapped")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("Accounts: 10 created")));
    QVERIFY(out.contains(QStringLiteral("People: 6 created")));
    QVERIFY(QFileInfo::exists(plan));
    // Again: nothing new.
    const Run again = runKeyplan({QStringLiteral("import"), plan, fixture(QStringLiteral("salesforce_lwc_recipes/Accounts-Contacts.csv")),
        QStringLiteral("--as-of"), QStringLiteral("2026-12-02")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(QString::fromUtf8(again.out).contains(QStringLiteral("Accounts: 10 unchanged")), again.out.constData());
    const Run check = runKeyplan({QStringLiteral("check"), plan});
    QCOMPARE(check.exitCode, 0);
}

void TestImportCommand::dryRun_writesNothing()
{
    const QString plan = m_dir.filePath(QStringLiteral("dry.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    const QByteArray before = test::fileHash(plan);
    const QStringList folder = test::folderListing(m_dir.path());
    const Run run = runKeyplan({QStringLiteral("import"), plan, fixture(QStringLiteral("hubspot/hubspot-crm-exports-all-companies-2026-11-30.csv")),
        fixture(QStringLiteral("hubspot/hubspot-crm-exports-all-contacts-2026-11-30.csv")), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("nothing was written")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("People: 3 created")), qPrintable(out));
    QCOMPARE(test::fileHash(plan), before);
    QCOMPARE(test::folderListing(m_dir.path()), folder);
    // A dry run into a plan that does not exist makes none.
    const QString missing = m_dir.filePath(QStringLiteral("missing.keyplan"));
    QCOMPARE(runKeyplan({QStringLiteral("import"), missing, fixture(QStringLiteral("billing/usage.csv")), QStringLiteral("--dry-run")}).exitCode, 0);
    QVERIFY(!QFileInfo::exists(missing));
}

void TestImportCommand::refusedFile_namesWhereAndLeavesThePlanAsItWas()
{
    const QString plan = m_dir.filePath(QStringLiteral("refused.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    const QByteArray before = test::fileHash(plan);
    const QString bad = m_dir.filePath(QStringLiteral("deals.csv"));
    QVERIFY(writeText(bad, "Account Name,Opportunity Name,Stage,Amount,Close Date\n"
                           "Northgate Logistics,First,Prospecting,1000,2027-01-31\n"
                           "Northgate Logistics,Second,Prospecting,lots,2027-02-28\n"));
    const Run run = runKeyplan({QStringLiteral("import"), plan, bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("deals.csv, line 3, column 4 (Amount)")), run.err.constData());
    QCOMPARE(test::fileHash(plan), before);
    const QString unclosed = m_dir.filePath(QStringLiteral("unclosed.csv"));
    QVERIFY(writeText(unclosed, "Name,Title\nAcme,\"CEO\n"));
    const Run quote = runKeyplan({QStringLiteral("import"), plan, unclosed});
    QCOMPARE(quote.exitCode, 1);
    QVERIFY2(QString::fromUtf8(quote.err).contains(QStringLiteral("line 2, column 2")), quote.err.constData());
    QCOMPARE(test::fileHash(plan), before);
    // A HubSpot XLSX export is a zip too: refused as a workbook, saying to export CSV.
    const QString workbook = m_dir.filePath(QStringLiteral("hubspot-crm-exports-all-deals.xlsx"));
    QVERIFY(writeText(workbook, QByteArray("PK\x03\x04", 4) + "[Content_Types].xml"));
    const Run xlsx = runKeyplan({QStringLiteral("import"), plan, workbook});
    QCOMPARE(xlsx.exitCode, 1);
    QVERIFY2(QString::fromUtf8(xlsx.err).contains(QStringLiteral("is a spreadsheet workbook; Keyplan reads CSV")), xlsx.err.constData());
    QCOMPARE(test::fileHash(plan), before);
    // A plan that would be new is not left behind by a refused import.
    const QString missing = m_dir.filePath(QStringLiteral("never.keyplan"));
    QCOMPARE(runKeyplan({QStringLiteral("import"), missing, bad}).exitCode, 1);
    QVERIFY(!QFileInfo::exists(missing));
    // A damaged plan is refused and not touched.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.keyplan"));
    QVERIFY(test::writeSamplePlan(damaged));
    QVERIFY(test::damagePage(damaged));
    const QByteArray damagedBefore = test::fileHash(damaged);
    QCOMPARE(runKeyplan({QStringLiteral("import"), damaged, fixture(QStringLiteral("billing/usage.csv"))}).exitCode, 1);
    QCOMPARE(test::fileHash(damaged), damagedBefore);
}

void TestImportCommand::wrongUsage_isAUsageError()
{
    QCOMPARE(runKeyplan({QStringLiteral("import"), m_dir.filePath(QStringLiteral("x.keyplan"))}).exitCode, 2);
    QCOMPARE(runKeyplan({QStringLiteral("import"), m_dir.filePath(QStringLiteral("x.keyplan")), QStringLiteral("a.csv"),
                            QStringLiteral("--format"), QStringLiteral("excel")})
                 .exitCode,
        2);
    QCOMPARE(runKeyplan({QStringLiteral("export"), m_dir.filePath(QStringLiteral("x.keyplan")), QStringLiteral("--format"),
                            QStringLiteral("xml"), QStringLiteral("-o"), QStringLiteral("out")})
                 .exitCode,
        2);
    const Run missingFile = runKeyplan({QStringLiteral("import"), m_dir.filePath(QStringLiteral("x.keyplan")),
        m_dir.filePath(QStringLiteral("nowhere.csv"))});
    QCOMPARE(missingFile.exitCode, 1);
    QVERIFY(QString::fromUtf8(missingFile.err).contains(QStringLiteral("no such file")));
}

void TestImportCommand::mappingAndAccount_areTakenAsGiven()
{
    const QString plan = m_dir.filePath(QStringLiteral("mapped.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    // Headers no source uses, and no account column: the mapping says what they are, --account whose.
    const QString team = m_dir.filePath(QStringLiteral("team.csv"));
    QVERIFY(writeText(team, "Who,Role,Mail,Notes\nAna Ruiz,Head of Operations,ana.ruiz@example.com,met at the expo\n"
                            "Tom Okafor,Fleet Director,tom.okafor@example.com,\n"));
    const QString mapping = m_dir.filePath(QStringLiteral("mapping.json"));
    QVERIFY(writeText(mapping, R"({"kinds": {"team.csv": "people"},
        "columns": {"Who": "full_name", "Role": "title", "Mail": "email", "Notes": null}})"));
    const QByteArray before = test::fileHash(plan);
    // An account the plan does not have: refused, nothing written.
    const Run nobody = runKeyplan({QStringLiteral("import"), plan, team, QStringLiteral("--mapping"), mapping,
        QStringLiteral("--account"), QStringLiteral("Nobody Ltd")});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY2(QString::fromUtf8(nobody.err).contains(QStringLiteral("no account called “Nobody Ltd”")), nobody.err.constData());
    QCOMPARE(test::fileHash(plan), before);
    // A mapping naming a field Keyplan does not have is refused too.
    const QString wrong = m_dir.filePath(QStringLiteral("wrong.json"));
    QVERIFY(writeText(wrong, R"({"columns": {"Who": "full_name"}, "colours": {}})"));
    QCOMPARE(runKeyplan({QStringLiteral("import"), plan, team, QStringLiteral("--mapping"), wrong}).exitCode, 1);
    QCOMPARE(test::fileHash(plan), before);

    const Run run = runKeyplan({QStringLiteral("import"), plan, team, QStringLiteral("--mapping"), mapping,
        QStringLiteral("--account"), QStringLiteral("harbour leisure group")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("People: 2 created")), run.out.constData());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mapped"));
        db.setDatabaseName(plan);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT s.title, s.email, s.notes, a.name FROM stakeholder s "
                                          "JOIN account a ON a.id = s.account_id WHERE s.name = 'Ana Ruiz'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Head of Operations"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("ana.ruiz@example.com"));
        QCOMPARE(query.value(2).toString(), QString()); // "Notes" was mapped to nothing
        QCOMPARE(query.value(3).toString(), QStringLiteral("Harbour Leisure Group"));
        QVERIFY(!query.next());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mapped"));
}

namespace {

QStringList accountNames(const QString &plan)
{
    QStringList names;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("names"));
        db.setDatabaseName(plan);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT name FROM account ORDER BY name")))
            while (query.next())
                names.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("names"));
    return names;
}

} // namespace

void TestImportCommand::dataLoaderEdgeCases_importWhole()
{
    // Data Loader's own test files: BOMs of three encodings, doubled quotes, dates with offsets.
    const QString mapping = m_dir.filePath(QStringLiteral("edge.json"));
    QVERIFY(writeText(mapping, R"({"kinds": {".csv": "accounts"}, "columns": {"column1": "account_name"}})"));
    for (const char *name : {"csvtext_BOM_UTF8.csv", "csvtext_BOM_UTF16LE.csv", "csvtext_BOM_UTF16BE.csv"}) {
        const QString plan = m_dir.filePath(QStringLiteral("edge-%1.keyplan").arg(QLatin1String(name)));
        const Run run = runKeyplan({QStringLiteral("import"), plan,
            fixture(QStringLiteral("salesforce_dataloader/") + QLatin1String(name)), QStringLiteral("--mapping"), mapping});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(accountNames(plan), (QStringList {QStringLiteral("row1-1"), QStringLiteral("row2-1")}));
    }
    const QString quotes = m_dir.filePath(QStringLiteral("quotes.keyplan"));
    const Run quoted = runKeyplan({QStringLiteral("import"), quotes, fixture(QStringLiteral("salesforce_dataloader/csvEscapedQuotes.csv")),
        QStringLiteral("--mapping"), mapping});
    QCOMPARE(quoted.exitCode, 0);
    // The quotes are read as the file means them; the two names differ only in punctuation, so the
    // second is the same account (names match tolerantly), kept as first written.
    QCOMPARE(accountNames(quotes), QStringList {QStringLiteral("\"The Best\" Account")});
    QVERIFY2(quoted.out.contains("Accounts: 1 created, 1 unchanged"), quoted.out.constData());
    // "Name" and "Date" alone say too little to be taken for a table of anything: refused, saying so,
    // and imported once a mapping says what they are (the dates with offsets are no field of accounts).
    const QString zones = m_dir.filePath(QStringLiteral("zones.keyplan"));
    const QString zoneFile = fixture(QStringLiteral("salesforce_dataloader/timeZoneFormatTesting.csv"));
    const Run unknown = runKeyplan({QStringLiteral("import"), zones, zoneFile});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("no header row Keyplan recognises"), unknown.err.constData());
    QVERIFY(!QFileInfo::exists(zones));
    const QString named = m_dir.filePath(QStringLiteral("zones.json"));
    QVERIFY(writeText(named, R"({"kinds": {".csv": "accounts"}, "columns": {"Name": "account_name", "Date": null}})"));
    const Run run = runKeyplan({QStringLiteral("import"), zones, zoneFile, QStringLiteral("--mapping"), named});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(accountNames(zones).size(), 12);
    QCOMPARE(accountNames(zones).mid(0, 3), (QStringList {QStringLiteral("A"), QStringLiteral("AT"), QStringLiteral("B")}));
}

void TestImportCommand::export_writesEachFormat()
{
    const QString plan = m_dir.filePath(QStringLiteral("export.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    const QString json = m_dir.filePath(QStringLiteral("plan.json"));
    QCOMPARE(runKeyplan({QStringLiteral("export"), plan, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), json}).exitCode, 0);
    const QString ics = m_dir.filePath(QStringLiteral("plan.ics"));
    QCOMPARE(runKeyplan({QStringLiteral("export"), plan, QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("-o"), ics}).exitCode, 0);
    const QString folder = m_dir.filePath(QStringLiteral("csv"));
    const Run csv = runKeyplan({QStringLiteral("export"), plan, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), folder});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 5);
    const QString zip = m_dir.filePath(QStringLiteral("plan.zip"));
    QCOMPARE(runKeyplan({QStringLiteral("export"), plan, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), zip}).exitCode, 0);
    const Run listing = test::run(QStringLiteral("unzip"), {QStringLiteral("-l"), zip});
    QVERIFY2(listing.out.contains("accounts.csv") && listing.out.contains("arr_changes.csv"), listing.out.constData());
    // The JSON goes into a new plan: the same report.
    const QString copy = m_dir.filePath(QStringLiteral("copy.keyplan"));
    QCOMPARE(runKeyplan({QStringLiteral("import"), copy, json}).exitCode, 0);
    const QStringList report = {QStringLiteral("--json"), QStringLiteral("--as-of"), test::sampleAsOf.toString(Qt::ISODate)};
    QCOMPARE(runKeyplan(QStringList {QStringLiteral("report"), copy} + report).out,
        runKeyplan(QStringList {QStringLiteral("report"), plan} + report).out);
    // A JSON file under another name is read as JSON when asked to; without --format it is a table and refused.
    const QString renamed = m_dir.filePath(QStringLiteral("plan-backup.txt"));
    QVERIFY(QFile::copy(json, renamed));
    const QString second = m_dir.filePath(QStringLiteral("second.keyplan"));
    QCOMPARE(runKeyplan({QStringLiteral("import"), second, renamed}).exitCode, 1);
    QVERIFY(!QFileInfo::exists(second));
    QCOMPARE(runKeyplan({QStringLiteral("import"), second, renamed, QStringLiteral("--format"), QStringLiteral("json")}).exitCode, 0);
    QCOMPARE(runKeyplan(QStringList {QStringLiteral("report"), second} + report).out,
        runKeyplan(QStringList {QStringLiteral("report"), plan} + report).out);
}

void TestImportCommand::export_neverWritesThroughALink()
{
    const QString plan = m_dir.filePath(QStringLiteral("link.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    const QString target = m_dir.filePath(QStringLiteral("precious.txt"));
    QVERIFY(writeText(target, "keep me"));
    const QString link = m_dir.filePath(QStringLiteral("out.json"));
    QVERIFY(QFile::link(target, link));
    const Run run = runKeyplan({QStringLiteral("export"), plan, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), link});
    QCOMPARE(run.exitCode, 1);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
