#include "domain/filenames.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyplan;

namespace {

// One statement with bound values (names with control characters need binding, not quoting).
bool rawExec(const QString &path, const QString &statement, std::initializer_list<QVariant> values)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open() && sql::run(db, statement, values).isActive();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

} // namespace

// What Keyplan writes for terminals and folders, against names users (or importers) typed.
class TestOutputFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeFileStem_neverMakesAnOptionAHiddenFileOrATooLongName_data();
    void safeFileStem_neverMakesAnOptionAHiddenFileOrATooLongName();
    void report_neverSendsControlCharactersToTheTerminal();
    void exportQbrFolder_givesEveryAccountItsOwnFileAndReplacesNothing();
};

void TestOutputFaults::safeFileStem_neverMakesAnOptionAHiddenFileOrATooLongName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stem");
    QTest::newRow("slash") << QStringLiteral("Acme/North") << QStringLiteral("Acme-North");
    QTest::newRow("colon") << QStringLiteral("Acme:North") << QStringLiteral("Acme-North");
    QTest::newRow("option") << QStringLiteral("-rf everything") << QStringLiteral("rf everything");
    QTest::newRow("hidden") << QStringLiteral("..hidden") << QStringLiteral("hidden");
    QTest::newRow("escape") << QStringLiteral("Bell\aEscape\x1b") << QStringLiteral("Bell-Escape-");
    QTest::newRow("nothing left") << QStringLiteral("./-") << QStringLiteral("Account");
}

void TestOutputFaults::safeFileStem_neverMakesAnOptionAHiddenFileOrATooLongName()
{
    QFETCH(QString, name);
    QFETCH(QString, stem);
    QCOMPARE(safeFileStem(name, QStringLiteral("Account")), stem);
    // 120 CJK characters are 360 bytes of UTF-8: the stem keeps whole characters within 120 bytes.
    const QString cjk(120, QChar(0x6F22));
    const QString cut = safeFileStem(cjk, QStringLiteral("Account"));
    QVERIFY(cut.toUtf8().size() <= 120);
    QCOMPARE(cut, QString(40, QChar(0x6F22)));
    const QString emoji = QString(70, QChar(0xD83D)).replace(QChar(0xD83D), QStringLiteral("\U0001F600"));
    QVERIFY(!safeFileStem(emoji, QStringLiteral("Account")).back().isHighSurrogate());
}

void TestOutputFaults::report_neverSendsControlCharactersToTheTerminal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("escape.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    const QString name = QStringLiteral("Evil\x1b]0;owned\x07 Corp\x1b[2J\u202Egnp.exe");
    QVERIFY(rawExec(path, QStringLiteral("UPDATE account SET name = ? WHERE name = 'Northgate Logistics'"), {name}));
    QVERIFY(rawExec(path, QStringLiteral("UPDATE account SET name = ? WHERE name = 'Calder Foods'"),
        {QString::fromUtf8("Nul\0Byte", 8)}));
    const test::Run report = test::runKeyplan({QStringLiteral("report"), path, QStringLiteral("--as-of"),
        test::sampleAsOf.toString(Qt::ISODate)});
    QCOMPARE(report.exitCode, 0);
    const QString text = QString::fromUtf8(report.out);
    QVERIFY2(text.contains(QStringLiteral("Evil\u241B]0;owned\u2407 Corp\u241B[2J\uFFFDgnp.exe")), report.out.constData());
    QVERIFY(text.contains(QStringLiteral("Nul\u2400Byte")));
    // A name with a line break keeps its row: the break is shown, not made.
    QVERIFY(rawExec(path, QStringLiteral("UPDATE account SET name = ? WHERE name = 'Lumen Hotels'"),
        {QStringLiteral("Lumen\nHotels")}));
    const test::Run again = test::runKeyplan({QStringLiteral("report"), path, QStringLiteral("--as-of"),
        test::sampleAsOf.toString(Qt::ISODate)});
    QVERIFY2(QString::fromUtf8(again.out).contains(QStringLiteral("Lumen\u2424Hotels")), again.out.constData());
    QVERIFY(!again.out.contains("\nHotels"));
    for (const char control : {'\x1b', '\x07', '\0'})
        QVERIFY(!report.out.contains(control));
    // JSON keeps the name exactly, escaped by the JSON writer.
    const test::Run json = test::runKeyplan({QStringLiteral("report"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.out.contains("Evil\\u001b]0;owned\\u0007 Corp"));
}

void TestOutputFaults::exportQbrFolder_givesEveryAccountItsOwnFileAndReplacesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("names.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    const QStringList names {QStringLiteral("Acme/North"), QStringLiteral("Acme:North"), QStringLiteral("ACME-NORTH"),
        QString(120, QChar(0x6F22)), QStringLiteral("-rf"), QStringLiteral(".profile")};
    // Six key accounts keep the run short; their names collide or are unsafe on purpose.
    QVERIFY(rawExec(path, QStringLiteral("UPDATE account SET is_key = 0"), {}));
    for (qsizetype i = 0; i < names.size(); ++i)
        QVERIFY(rawExec(path, QStringLiteral("UPDATE account SET name = ?, is_key = 1 WHERE id = ?"),
            {names.at(i), i + 1}));
    const QString folder = dir.filePath(QStringLiteral("out"));
    const test::Run run = test::runKeyplan({QStringLiteral("export-qbr"), path, QStringLiteral("-o"), folder});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains(": 6 QBR summaries"), run.out.constData());
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files.size(), names.size() + 1); // and the portfolio summary
    QSet<QString> folded;
    for (const QString &file : files) {
        QVERIFY2(!file.startsWith(u'-') && !file.startsWith(u'.'), qPrintable(file));
        QVERIFY(file.toUtf8().size() <= 200);
        folded.insert(file.toCaseFolded());
    }
    QCOMPARE(folded.size(), files.size()); // distinct even where case does not count
    // Again into the same folder: nothing is replaced, and it says so.
    QHash<QString, QByteArray> before;
    for (const QString &file : files)
        before.insert(file, test::fileHash(QDir(folder).filePath(file)));
    const test::Run again = test::runKeyplan({QStringLiteral("export-qbr"), path, QStringLiteral("-o"), folder});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("--replace"), again.err.constData());
    for (const QString &file : files)
        QCOMPARE(test::fileHash(QDir(folder).filePath(file)), before.value(file));
    const test::Run replaced = test::runKeyplan(
        {QStringLiteral("export-qbr"), path, QStringLiteral("-o"), folder, QStringLiteral("--replace")});
    QVERIFY2(replaced.exitCode == 0, replaced.err.constData());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), files.size());
    // Even with --replace, a link in the folder is never written through.
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    QFile text(victim);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("keep me\n");
    text.close();
    const QString linked = QDir(folder).filePath(files.constFirst());
    QVERIFY(QFile::remove(linked));
    QVERIFY(QFile::link(victim, linked));
    const test::Run throughLink = test::runKeyplan(
        {QStringLiteral("export-qbr"), path, QStringLiteral("-o"), folder, QStringLiteral("--replace")});
    QCOMPARE(throughLink.exitCode, 1);
    QVERIFY2(throughLink.err.contains("not a regular file"), throughLink.err.constData());
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(text.readAll(), QByteArray("keep me\n"));
}

QTEST_MAIN(TestOutputFaults)
#include "tst_outputfaults.moc"
