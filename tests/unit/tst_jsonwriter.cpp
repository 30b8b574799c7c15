#include "io/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace keyplan;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_areEscapedAndRoundTrip_data();
    void strings_areEscapedAndRoundTrip();
    void numbersNullsAndNesting_parse();
    void dates_areIsoDaysOrNull();
};

void TestJsonWriter::strings_areEscapedAndRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "Northgate Logistics";
    QTest::newRow("quotes and backslash") << "say \"hi\" \\ there";
    QTest::newRow("newlines and tabs") << "line one\nline two\r\n\tindented";
    QTest::newRow("control characters") << QString::fromUtf8("bell\x07 and \x01");
    QTest::newRow("markup stays text") << "<b>Fenwick & Hale</b> <img src=file:///etc/passwd>";
    QTest::newRow("unicode") << QString::fromUtf8("Zürich 🚀 שלום 東京");
    QTest::newRow("empty") << "";
    QTest::newRow("plain, then a quote at the end") << "Northgate Logistics \"North\"";
    QTest::newRow("delete character") << QString::fromUtf8("a\x7f b");
}

void TestJsonWriter::strings_areEscapedAndRoundTrip()
{
    QFETCH(QString, text);
    JsonWriter json;
    json.beginObject();
    json.field(u"name", text);
    json.endObject();
    const QByteArray bytes = json.take();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value("name").toString(), text);
}

void TestJsonWriter::numbersNullsAndNesting_parse()
{
    JsonWriter json;
    json.beginObject();
    json.field(u"ratio", 1.0872);
    json.field(u"whole", 3396800.0);
    json.field(u"count", 25);
    json.field(u"flag", false);
    json.field(u"missing", std::optional<double>());
    json.key(u"list");
    json.beginArray();
    json.beginObject();
    json.field(u"a", 1);
    json.endObject();
    json.beginObject();
    json.endObject();
    json.value(u"text");
    json.null();
    json.endArray();
    json.key(u"empty");
    json.beginArray();
    json.endArray();
    json.endObject();
    const QByteArray bytes = json.take();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, bytes.constData());
    QCOMPARE(root.value("ratio").toDouble(), 1.0872);
    QVERIFY(bytes.contains("\"whole\": 3396800"));
    QCOMPARE(root.value("count").toInt(), 25);
    QCOMPARE(root.value("flag").toBool(true), false);
    QVERIFY(root.value("missing").isNull());
    const QJsonArray list = root.value("list").toArray();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).toObject().value("a").toInt(), 1);
    QVERIFY(list.at(1).toObject().isEmpty());
    QCOMPARE(list.at(2).toString(), QStringLiteral("text"));
    QVERIFY(list.at(3).isNull());
    QVERIFY(root.value("empty").toArray().isEmpty());
}

void TestJsonWriter::dates_areIsoDaysOrNull()
{
    JsonWriter json;
    json.beginArray();
    json.date(QDate(2026, 1, 5));
    json.date(QDate(999, 12, 31));
    json.date(QDate());
    json.date(QDate(10000, 1, 1)); // no four-digit year: nothing to say but null
    json.endArray();
    const QByteArray bytes = json.take();
    QJsonParseError error;
    const QJsonArray days = QJsonDocument::fromJson(bytes, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, bytes.constData());
    QCOMPARE(days.size(), 4);
    QCOMPARE(days.at(0).toString(), QStringLiteral("2026-01-05"));
    QCOMPARE(days.at(1).toString(), QStringLiteral("0999-12-31"));
    QVERIFY(days.at(2).isNull());
    QVERIFY(days.at(3).isNull());
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
