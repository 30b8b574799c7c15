// The plan handed to other tools: the whole plan as JSON (and back), spreadsheets that no
// spreadsheet runs as formulas, and a calendar a calendar accepts and updates.
#include "io/csvexport.h"
#include "io/csvwriter.h"
#include "io/icsexport.h"
#include "io/import/csvreader.h"
#include "io/import/textinput.h"
#include "io/planexport.h"
#include "io/planjson.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"
#include "storage/writetransaction.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <libical/ical.h>

using namespace keyplan;

namespace {


QList<QStringList> parseBack(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TextInput input(buffer);
    if (!input.open())
        return {};
    CsvReader reader(input);
    QList<QStringList> rows;
    CsvRecord row;
    while (reader.readRow(row))
        rows.append(row.fields);
    return rows;
}

} // namespace

class TestPlanExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json_intoANewPlan_isTheSamePlanAndTheSameReport();
    void json_fromANewerKeyplanOrAnotherTool_isRefused();
    void json_intoAPlanWithItsTeam_matchesOursByName();
    void csv_neutralisesFormulasAndQuotesWhatItMust();
    void csv_filesHoldEveryRecord();
    void ics_isValidAndKeepsItsUids();
    void fileName_followsTheFormatChosen();

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestPlanExport::initTestCase()
{
    m_sample = test::newPlanLocation(m_dir, QStringLiteral("sample.keyplan"));
    QVERIFY(test::writeSamplePlan(m_sample));
    // Text that must survive as text: markup, quotes, a formula, right-to-left, an emoji.
    QVERIFY(test::runSql(m_sample,
        {QStringLiteral("UPDATE account SET name = '=HYPERLINK(\"http://x\",\"<b>click</b>\") & \"Co\", ltd' WHERE id = 2"),
            QStringLiteral("UPDATE stakeholder SET name = 'مريم الحربي 🚀', title = '-1+1', notes = 'line one\nline two; a, b' "
                           "WHERE id = 1"),
            QStringLiteral("UPDATE account SET notes = '@SUM(A1:A9)' WHERE id = 3")}));
}

void TestPlanExport::json_intoANewPlan_isTheSamePlanAndTheSameReport()
{
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> source = PlanDatabase::open(m_sample, PlanOpenMode::ReadOnly, &result);
    QVERIFY2(source, qPrintable(result.message));
    QString error;
    const QByteArray json = planToJson(source->connection(), &error);
    QVERIFY2(!json.isEmpty(), qPrintable(error));
    QVERIFY(isPlanJson(json));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("schema_version")).toInt(), PlanDatabase::currentSchemaVersion());

    const QString copyPath = m_dir.filePath(QStringLiteral("copy.keyplan"));
    {
        const std::unique_ptr<PlanDatabase> copy = PlanDatabase::create(copyPath, &result);
        QVERIFY2(copy, qPrintable(result.message));
        WriteTransaction transaction(copy->connection());
        PlanJsonLoad load;
        QVERIFY2(loadPlanJson(copy->connection(), json, &load, &error), qPrintable(error));
        QVERIFY(transaction.commit());
        QCOMPARE(load.accounts, 29);
        // Every row of every table, as it was.
        QCOMPARE(test::planDump(copy->connection()), test::planDump(source->connection()));
        QVERIFY(copy->close(&error));
    }
    // And so every figure the report gives.
    const test::Run before = test::runKeyplan({QStringLiteral("report"), m_sample, QStringLiteral("--json"),
        QStringLiteral("--as-of"), test::sampleAsOf.toString(Qt::ISODate)});
    const test::Run after = test::runKeyplan({QStringLiteral("report"), copyPath, QStringLiteral("--json"),
        QStringLiteral("--as-of"), test::sampleAsOf.toString(Qt::ISODate)});
    QCOMPARE(before.exitCode, 0);
    QVERIFY(!before.out.isEmpty());
    QCOMPARE(after.out, before.out);
}

void TestPlanExport::json_fromANewerKeyplanOrAnotherTool_isRefused()
{
    PlanOpenResult result;
    const QString path = m_dir.filePath(QStringLiteral("refuse.keyplan"));
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::create(path, &result);
    QVERIFY(plan);
    const QString before = test::planDump(plan->connection());
    const auto load = [&plan](const QByteArray &json) {
        WriteTransaction transaction(plan->connection());
        PlanJsonLoad loaded;
        QString error;
        const bool ok = loadPlanJson(plan->connection(), json, &loaded, &error);
        return ok ? QString() : error;
    };
    QVERIFY(load(R"({"format":"keyplan-plan","format_version":1,"schema_version":99,"tables":{}})").contains(QStringLiteral("newer")));
    QVERIFY(load(R"({"records":[]})").contains(QStringLiteral("not a Keyplan plan")));
    QVERIFY(load("{\"format\":\"keyplan-plan\"").contains(QStringLiteral("not a Keyplan plan")));
    const QByteArray unknownTable = QStringLiteral(R"({"format":"keyplan-plan","format_version":1,"schema_version":%1,"tables":{"gizmo":[]}})")
                                        .arg(PlanDatabase::currentSchemaVersion())
                                        .toUtf8();
    QVERIFY(load(unknownTable).contains(QStringLiteral("gizmo")));
    const QByteArray badValue = QStringLiteral(R"({"format":"keyplan-plan","format_version":1,"schema_version":%1,"tables":)"
                                               R"({"account":[{"id":1,"name":"A","segment":"galactic","tier":"growth","stage":"mid_kam"}]}})")
                                    .arg(PlanDatabase::currentSchemaVersion())
                                    .toUtf8();
    const QString refused = load(badValue);
    QVERIFY2(refused.contains(QStringLiteral("account, row 1")), qPrintable(refused));
    const QByteArray dangling = QStringLiteral(R"({"format":"keyplan-plan","format_version":1,"schema_version":%1,"tables":)"
                                               R"({"stakeholder":[{"id":1,"account_id":7,"name":"Nobody's"}]}})")
                                    .arg(PlanDatabase::currentSchemaVersion())
                                    .toUtf8();
    const QString danglingError = load(dangling);
    QVERIFY2(danglingError.contains(QStringLiteral("account")), qPrintable(danglingError));
    // A value the schema cannot hold but the check of the plan would find (the first find of the
    // fuzzer: a date of spaces) is refused too, naming the table and column.
    QFile seed(test::testDataDir() + QStringLiteral("/plan-json/small-plan.json"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QByteArray good = seed.readAll();
    const QByteArray date = "\"effective_on\":\"2025-09-01\"";
    QVERIFY(good.contains(date));
    QByteArray badDate = good;
    badDate.replace(date, "\"effective_on\":\"        01\"");
    const QString dateError = load(badDate);
    QVERIFY2(dateError.contains(QStringLiteral("exchange_rate.effective_on")), qPrintable(dateError));
    QCOMPARE(test::planDump(plan->connection()), before);
    // The document as exported loads (and is rolled back here).
    QCOMPARE(load(good), QString());
}

void TestPlanExport::json_intoAPlanWithItsTeam_matchesOursByName()
{
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> source = PlanDatabase::open(m_sample, PlanOpenMode::ReadOnly, &result);
    QString error;
    const QByteArray json = planToJson(source->connection(), &error);
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::create(m_dir.filePath(QStringLiteral("team.keyplan")), &result);
    QVERIFY(plan);
    const QSqlDatabase db = plan->connection();
    // A new plan whose owner is already there (the first run's "my name"), under another id.
    QVERIFY(sql::run(db, QStringLiteral("INSERT INTO team_member (id, name) VALUES (40, 'Priya Shah')")).isActive());
    WriteTransaction transaction(db);
    PlanJsonLoad load;
    QVERIFY2(loadPlanJson(db, json, &load, &error), qPrintable(error));
    QVERIFY(transaction.commit());
    QCOMPARE(load.teamMatched, 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM team_member WHERE name = 'Priya Shah'")).toInt(), 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM account WHERE owner_id = 40")).toInt(),
        sql::scalar(source->connection(),
            QStringLiteral("SELECT count(*) FROM account a JOIN team_member t ON t.id = a.owner_id WHERE t.name = 'Priya Shah'"))
            .toInt());
    QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM account WHERE owner_id = 40")).toInt() > 0);
}

void TestPlanExport::csv_neutralisesFormulasAndQuotesWhatItMust()
{
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("+44 20")), QStringLiteral("'+44 20"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("-2")), QStringLiteral("'-2"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("\rx")), QStringLiteral("'\rx"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("Acme = good")), QStringLiteral("Acme = good"));
    CsvWriter writer;
    writer.text(QStringLiteral("a, \"b\"\nc")).money(-5).money(2400050).number(QStringLiteral("-12")).text(QString());
    writer.endRow();
    const QByteArray bytes = writer.take();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes.mid(3), QByteArray("\"a, \"\"b\"\"\nc\",-0.05,24000.5,-12,\r\n"));
}

void TestPlanExport::csv_filesHoldEveryRecord()
{
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_sample, PlanOpenMode::ReadOnly, &result);
    QString error;
    const QList<CsvFile> files = planToCsv(plan->connection(), test::sampleAsOf, &error);
    QVERIFY2(!files.isEmpty(), qPrintable(error));
    QCOMPARE(files.size(), 5);
    const QSqlDatabase db = plan->connection();
    const std::pair<const char *, const char *> counts[] = {{"accounts.csv", "account"}, {"people.csv", "stakeholder"},
        {"opportunities.csv", "opportunity"}, {"plays.csv", "play"}, {"arr_changes.csv", "arr_change"}};
    for (const auto &[file, table] : counts) {
        const auto found = std::find_if(files.cbegin(), files.cend(), [file](const CsvFile &f) { return f.name == QLatin1String(file); });
        QVERIFY(found != files.cend());
        const QList<QStringList> rows = parseBack(found->bytes);
        QCOMPARE(rows.size() - 1, sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt());
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows.constFirst().size());
    }
    // The formula in a name, the notes starting with @ and the title starting with - are text.
    const QList<QStringList> accounts = parseBack(files.at(0).bytes);
    const QStringList header = accounts.constFirst();
    const qsizetype name = header.indexOf(QStringLiteral("name"));
    const qsizetype notes = header.indexOf(QStringLiteral("notes"));
    const qsizetype arr = header.indexOf(QStringLiteral("arr"));
    bool formula = false;
    for (const QStringList &row : accounts) {
        if (row.at(name).contains(QStringLiteral("HYPERLINK"))) {
            formula = true;
            QCOMPARE(row.at(name), QStringLiteral("'=HYPERLINK(\"http://x\",\"<b>click</b>\") & \"Co\", ltd"));
        }
        if (row.at(notes).contains(QStringLiteral("SUM")))
            QCOMPARE(row.at(notes), QStringLiteral("'@SUM(A1:A9)"));
        QVERIFY(row.at(arr) == u"arr" || !row.at(arr).startsWith(u'\''));
    }
    QVERIFY(formula);
    const QList<QStringList> people = parseBack(files.at(1).bytes);
    QCOMPARE(people.at(1).at(people.constFirst().indexOf(QStringLiteral("name"))), QStringLiteral("مريم الحربي 🚀"));
    QCOMPARE(people.at(1).at(people.constFirst().indexOf(QStringLiteral("title"))), QStringLiteral("'-1+1"));
    QCOMPARE(people.at(1).at(people.constFirst().indexOf(QStringLiteral("notes"))), QStringLiteral("line one\nline two; a, b"));
}

void TestPlanExport::ics_isValidAndKeepsItsUids()
{
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_sample, PlanOpenMode::ReadOnly, &result);
    QString error;
    const QDateTime now(test::sampleAsOf, QTime(9, 0), Qt::UTC);
    const QByteArray ics = planToIcs(plan->connection(), now, &error);
    QVERIFY2(!ics.isEmpty(), qPrintable(error));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    // Read back by libical's parser and checked against RFC 5545's restrictions.
    const auto uidsOf = [](const QByteArray &text, int *events) {
        icalcomponent *calendar = icalparser_parse_string(text.constData());
        QStringList uids;
        if (!calendar)
            return uids;
        *events = 0;
        if (icalrestriction_check(calendar) == 0)
            uids.append(QStringLiteral("INVALID"));
        for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
             event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            ++*events;
            uids.append(QString::fromUtf8(icalcomponent_get_uid(event)));
            if (icalcomponent_count_errors(event) > 0)
                uids.append(QStringLiteral("ERRORS"));
        }
        icalcomponent_free(calendar);
        return uids;
    };
    int events = 0;
    const QStringList uids = uidsOf(ics, &events);
    QVERIFY(!uids.contains(QStringLiteral("INVALID")));
    QVERIFY(!uids.contains(QStringLiteral("ERRORS")));
    QVERIFY(events > 20);
    QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), uids.size()); // each UID once
    // Renewals of every account with a date, one QBR due per key account.
    const QSqlDatabase db = plan->connection();
    QCOMPARE(ics.count("SUMMARY:Renewal: "), sql::scalar(db, QStringLiteral("SELECT count(*) FROM account WHERE renewal_date IS NOT NULL")).toInt());
    QCOMPARE(ics.count("SUMMARY:QBR due: "), sql::scalar(db, QStringLiteral("SELECT count(*) FROM account WHERE is_key = 1")).toInt());
    // The account named like a formula with markup is text, escaped as iCalendar escapes it.
    QVERIFY(ics.contains("SUMMARY:Renewal: =HYPERLINK(\"http://x\"\\,\"<b>click</b>\") & \"Co\"\\, ltd"));
    // A week later the same events have the same UIDs: a calendar updates them.
    int later = 0;
    QCOMPARE(uidsOf(planToIcs(db, now.addDays(7), &error), &later), uids);
}

void TestPlanExport::fileName_followsTheFormatChosen()
{
    // The dialog offers "plan.json"; choosing spreadsheets or the calendar changes the suffix.
    QCOMPARE(exportFileName(QStringLiteral("/home/am/plan.json"), ExportFormat::Csv), QStringLiteral("/home/am/plan.zip"));
    QCOMPARE(exportFileName(QStringLiteral("/home/am/plan.json"), ExportFormat::Ics), QStringLiteral("/home/am/plan.ics"));
    QCOMPARE(exportFileName(QStringLiteral("/home/am/plan.csv"), ExportFormat::Csv), QStringLiteral("/home/am/plan.zip"));
    QCOMPARE(exportFileName(QStringLiteral("/home/am/plan.JSON"), ExportFormat::Json), QStringLiteral("/home/am/plan.JSON"));
    QCOMPARE(exportFileName(QStringLiteral("/home/am/plan"), ExportFormat::Json), QStringLiteral("/home/am/plan.json"));
    // A name with its own dots keeps them.
    QCOMPARE(exportFileName(QStringLiteral("/home/am/Q4.review"), ExportFormat::Ics), QStringLiteral("/home/am/Q4.review.ics"));
}

QTEST_GUILESS_MAIN(TestPlanExport)
#include "tst_planexport.moc"
