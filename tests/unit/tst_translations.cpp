// Every language Keyplan speaks is whole: lupdate run over today's sources finds no message
// unfinished (new, or changed since it was translated) and none vanished (its source gone), and
// each translation keeps its source's placeholders, its mnemonic and its plural forms.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguage_isWholeAndKeepsPlaceholders_data();
    void everyLanguage_isWholeAndKeepsPlaceholders();
};

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms;
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &path, QString *language)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS")
            *language = xml.attributes().value(QLatin1String("language")).toString();
        else if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message") {
            message = Message {context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (xml.name() == u"source")
            message.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms.append(xml.readElementText());
            else {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    return messages;
}

QStringList placeholders(const QString &text, bool withoutN)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        if (!(withoutN && match.captured(1) == u"n"))
            found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)\\S"));
    return !text.contains(u'<') && text.remove(QStringLiteral("&&")).contains(mnemonic);
}

} // namespace

void TestTranslations::everyLanguage_isWholeAndKeepsPlaceholders_data()
{
    QTest::addColumn<QString>("catalogue");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("English plurals") << QStringLiteral("keyplan_en.ts") << 2;
    QTest::newRow("German") << QStringLiteral("keyplan_de.ts") << 2;
    QTest::newRow("French") << QStringLiteral("keyplan_fr.ts") << 2;
}

void TestTranslations::everyLanguage_isWholeAndKeepsPlaceholders()
{
    QFETCH(QString, catalogue);
    QFETCH(int, pluralForms);
    const QString source = QString::fromLocal8Bit(qgetenv("KEYPLAN_SOURCE_DIR"));
    const QString lupdate = QString::fromLocal8Bit(qgetenv("KEYPLAN_LUPDATE"));
    QVERIFY2(!source.isEmpty() && !lupdate.isEmpty(), "run through ctest");
    QTemporaryDir dir;
    const QString copy = dir.filePath(catalogue);
    QVERIFY(QFile::copy(source + QStringLiteral("/translations/") + catalogue, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The catalogue brought up to today's sources, as `update_translations` would, but keeping
    // what vanished so it shows.
    QStringList arguments {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I") + source,
        QStringLiteral("-I") + source + QStringLiteral("/models")};
    if (catalogue.endsWith(QLatin1String("_en.ts")))
        arguments.append(QStringLiteral("-pluralonly"));
    arguments << source + QStringLiteral("/app") << source + QStringLiteral("/ui") << source + QStringLiteral("/models")
              << QStringLiteral("-ts") << copy;
    const keyplan::test::Run updated = keyplan::test::run(lupdate, arguments);
    QVERIFY2(updated.exitCode == 0, updated.err.constData());

    QString language;
    const QList<Message> messages = readCatalogue(copy, &language);
    QVERIFY2(messages.size() > (catalogue.endsWith(QLatin1String("_en.ts")) ? 20 : 2000),
        qPrintable(QString::number(messages.size())));
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + QStringLiteral(": \"") + message.source.left(80) + u'"';
        if (message.type == u"unfinished")
            problems.append(QStringLiteral("unfinished: ") + where);
        else if (!message.type.isEmpty())
            problems.append(message.type + QStringLiteral(" (its source is gone; drop it): ") + where);
        if (message.numerus && message.forms.size() != pluralForms)
            problems.append(QStringLiteral("%1 plural forms, not %2: ").arg(message.forms.size()).arg(pluralForms) + where);
        for (const QString &form : message.forms) {
            if (form.isEmpty())
                continue;
            // A singular may say "every day" for "every %n days".
            if (placeholders(form, message.numerus) != placeholders(message.source, message.numerus))
                problems.append(QStringLiteral("placeholders differ in \"%1\": ").arg(form.left(80)) + where);
            if (hasMnemonic(form) != hasMnemonic(message.source))
                problems.append(QStringLiteral("mnemonic lost or added in \"%1\": ").arg(form.left(80)) + where);
        }
    }
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QCOMPARE(problems.size(), 0);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
