// Reading other tools' files: encodings, CSV as CRMs write it, values in their many forms, names
// as people type them.
#include "domain/namematch.h"
#include "io/import/csvreader.h"
#include "io/import/importfields.h"
#include "io/import/importvalues.h"
#include "io/import/tablereader.h"
#include "io/import/textinput.h"
#include "io/import/vcardreader.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyplan;

namespace {

QList<QStringList> readAll(QByteArray bytes, QString *error = nullptr, QByteArray *encoding = nullptr)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TextInput input(buffer);
    if (!input.open()) {
        if (error)
            *error = input.errorString();
        return {};
    }
    if (encoding)
        *encoding = input.encoding().name;
    CsvReader reader(input);
    QList<QStringList> rows;
    CsvRecord row;
    while (reader.readRow(row))
        rows.append(row.fields);
    if (error)
        *error = reader.errorString();
    return rows;
}

QByteArray fileBytes(const QString &name)
{
    QFile file(test::testDataDir() + QStringLiteral("/import/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestImportParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataLoaderSamples_readTheSameInEveryEncoding_data();
    void dataLoaderSamples_readTheSameInEveryEncoding();
    void windows1252_isRecognisedAndDecoded();
    void escapedQuotes_areOneQuote();
    void quotedLineBreaks_andCrlf_stayInTheirField();
    void aCharacterSplitAcrossChunks_isDecodedWhole();
    void delimiter_isFoundFromTheLines();
    void unclosedQuote_namesItsLineAndColumn();
    void linkedInPreamble_andReportFooter_areNotRows();
    void dates_inEveryFormCrmsWrite();
    void dates_aColumnKeepsOneDayMonthOrder();
    void amounts_withEitherMarkAndCurrencySigns();
    void sourceIds_nullsAndTheTwoSalesforceForms();
    void names_matchAcrossCaseAccentsAndLegalForms();
    void headers_matchApiNamesLabelsAndLocalisedLabels();
    void vcardSamples_everyCardOfAPersonIsRead_data();
    void vcardSamples_everyCardOfAPersonIsRead();
    void vcard_fieldsAsAddressBooksWriteThem();
    void vcard_foldsQuotedPrintableAndCharsets();
    void vcard_damagedFileSaysWhere();
};

void TestImportParsing::dataLoaderSamples_readTheSameInEveryEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("encoding");
    QTest::newRow("UTF-8 with BOM") << QStringLiteral("salesforce_dataloader/csvtext_BOM_UTF8.csv") << QByteArray("UTF-8");
    QTest::newRow("UTF-16LE with BOM") << QStringLiteral("salesforce_dataloader/csvtext_BOM_UTF16LE.csv") << QByteArray("UTF-16LE");
    QTest::newRow("UTF-16BE with BOM") << QStringLiteral("salesforce_dataloader/csvtext_BOM_UTF16BE.csv") << QByteArray("UTF-16BE");
}

void TestImportParsing::dataLoaderSamples_readTheSameInEveryEncoding()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, encoding);
    QString error;
    QByteArray found;
    const QList<QStringList> rows = readAll(fileBytes(file), &error, &found);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(found, encoding);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), (QStringList {QStringLiteral("column1"), QStringLiteral("column2"), QStringLiteral("column3")}));
    QCOMPARE(rows.at(2), (QStringList {QStringLiteral("row2-1"), QStringLiteral("row2-2"), QStringLiteral("row2-3")}));
}

void TestImportParsing::windows1252_isRecognisedAndDecoded()
{
    QString error;
    QByteArray encoding;
    const QList<QStringList> rows = readAll(fileBytes(QStringLiteral("salesforce_dataloader/extract_account_cp1252.csv")), &error, &encoding);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(encoding.toLower(), QByteArray("windows-1252"));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1).at(1), QStringLiteral("Société Générale Logistique"));
    QCOMPARE(rows.at(2).at(1), QStringLiteral("Müller & Söhne GmbH"));
    QCOMPARE(rows.at(3).at(1), QStringLiteral("“Quoted” Trading – Ltd"));
}

void TestImportParsing::escapedQuotes_areOneQuote()
{
    const QList<QStringList> rows = readAll(fileBytes(QStringLiteral("salesforce_dataloader/csvEscapedQuotes.csv")));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).at(0), QStringLiteral("\"The Best\" Account"));
    QCOMPARE(rows.at(2).at(0), QStringLiteral("The \"Best\" Account"));
    QCOMPARE(rows.at(2).at(1), QStringLiteral("bla"));
}

void TestImportParsing::quotedLineBreaks_andCrlf_stayInTheirField()
{
    QString error;
    const QList<QStringList> rows
        = readAll(QByteArrayLiteral("Name,Notes\r\n\"Acme\",\"line one\r\nline two, with a comma\"\r\nBeta,plain\r\n"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).at(1), QStringLiteral("line one\r\nline two, with a comma"));
    QCOMPARE(rows.at(2), (QStringList {QStringLiteral("Beta"), QStringLiteral("plain")}));
}

void TestImportParsing::aCharacterSplitAcrossChunks_isDecodedWhole()
{
    // The reader decodes 256 KiB at a time: a three-byte character and a quoted field straddle it.
    QByteArray bytes = "Name,Notes\n";
    const QByteArray filler(256 * 1024 - bytes.size() - 6, 'a');
    bytes += "x," + filler + "\n\"€uro\",\"two\nlines\"\n";
    QString error;
    const QList<QStringList> rows = readAll(bytes, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).at(0), QStringLiteral("€uro"));
    QCOMPARE(rows.at(2).at(1), QStringLiteral("two\nlines"));
}

void TestImportParsing::delimiter_isFoundFromTheLines()
{
    QCOMPARE(detectCsvDelimiter(u"Name;Betrag;Datum\nAcme;1.234,50;30.06.2025\nBeta;12,00;01.07.2025\n"), QChar(u';'));
    QCOMPARE(detectCsvDelimiter(u"Name\tAmount\nAcme\t1,234.50\n"), QChar(u'\t'));
    QCOMPARE(detectCsvDelimiter(u"Name,Amount\n\"Acme; Sons\",\"1,234.50\"\n"), QChar(u','));
    // A preamble of prose with commas does not outvote the table.
    QCOMPARE(detectCsvDelimiter(u"Notes:\n\"Some prose, with, commas\"\n\nA;B;C\n1;2;3\n4;5;6\n"), QChar(u';'));
}

void TestImportParsing::unclosedQuote_namesItsLineAndColumn()
{
    QString error;
    readAll(QByteArrayLiteral("Name,Title\nAcme,CEO\nBeta,\"Head of\n"), &error);
    QVERIFY2(error.contains(QStringLiteral("line 3, column 2")), qPrintable(error));
}

void TestImportParsing::linkedInPreamble_andReportFooter_areNotRows()
{
    {
        TableReader table(test::testDataDir() + QStringLiteral("/import/linkedin/Connections.csv"), QStringLiteral("Connections.csv"));
        QVERIFY2(table.open(), qPrintable(table.errorString()));
        QCOMPARE(table.headerLine(), 4);
        QCOMPARE(table.guess().kind, TableKind::Connections);
        QCOMPARE(table.guess().source, ImportSource::LinkedIn);
        MappedRow row;
        int rows = 0;
        while (table.next(row))
            ++rows;
        QCOMPARE(rows, 4);
        QVERIFY(!table.hasError());
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\"Account Name\",\"Type\",\"Amount\"\n\"Acme\",\"Customer\",\"$1,200.00\"\n\"Beta\",\"Prospect\",\"$300.00\"\n\n"
               "\"Grand Totals (2 records)\"\n\n\"Confidential Information - Do Not Distribute\"\n"
               "\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"\n");
    file.close();
    TableReader report(path, QStringLiteral("report.csv"));
    QVERIFY2(report.open(), qPrintable(report.errorString()));
    MappedRow row;
    QStringList names;
    while (report.next(row))
        names.append(row.values.value(ImportField::AccountName));
    QCOMPARE(names, (QStringList {QStringLiteral("Acme"), QStringLiteral("Beta")}));
}

void TestImportParsing::dates_inEveryFormCrmsWrite()
{
    const auto read = [](QStringView text) {
        DateOrder order = DateOrder::Unknown;
        return parseImportDate(text, order).value_or(QDate(1, 1, 1));
    };
    QCOMPARE(read(u"2025-06-30"), QDate(2025, 6, 30));
    QCOMPARE(read(u"2006-06-15T20:47:07.000Z"), QDate(2006, 6, 15));
    QCOMPARE(read(u"2026-12-19 00:00"), QDate(2026, 12, 19));
    QCOMPARE(read(u"2009-07-14 22:14:45-0800"), QDate(2009, 7, 14));
    QCOMPARE(read(u"07/15/2009 02:14:45+0800"), QDate(2009, 7, 15));
    QCOMPARE(read(u"30.06.2025"), QDate(2025, 6, 30));
    QCOMPARE(read(u"07 Dec 2025"), QDate(2025, 12, 7));
    QCOMPARE(read(u"Dec 7, 2025"), QDate(2025, 12, 7));
    QCOMPARE(read(u"7-Dec-25"), QDate(2025, 12, 7));
    QCOMPARE(read(u"7. Dezember 2025"), QDate(2025, 12, 7));
    QCOMPARE(read(u"3 févr. 2026"), QDate(2026, 2, 3));
    QCOMPARE(read(u""), QDate());
    DateOrder order = DateOrder::Unknown;
    QVERIFY(!parseImportDate(u"31/31/2025", order));
    QVERIFY(!parseImportDate(u"2025-02-30", order));
    QVERIFY(!parseImportDate(u"soon", order));
}

void TestImportParsing::dates_aColumnKeepsOneDayMonthOrder()
{
    // The timezone sample is month first throughout: its 07/13 and 07/15 settle it.
    DateOrder order = DateOrder::Unknown;
    QCOMPARE(parseImportDate(u"03/01/2017", order), QDate(2017, 3, 1)); // undecided: month first
    QCOMPARE(order, DateOrder::Unknown);
    QCOMPARE(parseImportDate(u"25/01/2017", order), QDate(2017, 1, 25)); // the 25th: day first
    QCOMPARE(order, DateOrder::DayFirst);
    QCOMPARE(parseImportDate(u"03/01/2017", order), QDate(2017, 1, 3)); // now read day first
    QVERIFY(!parseImportDate(u"01/25/2017", order)); // a contradiction is not a date
}

void TestImportParsing::amounts_withEitherMarkAndCurrencySigns()
{
    QString currency;
    QCOMPARE(parseImportAmount(u"$1,234.56", &currency), MinorUnits(123456));
    QCOMPARE(currency, QStringLiteral("USD"));
    currency.clear();
    QCOMPARE(parseImportAmount(u"1.234,56 €", &currency), MinorUnits(123456));
    QCOMPARE(currency, QStringLiteral("EUR"));
    QCOMPARE(parseImportAmount(u"500000.0"), MinorUnits(50000000));
    QCOMPARE(parseImportAmount(u"48,000"), MinorUnits(4800000));
    QCOMPARE(parseImportAmount(u"12,50"), MinorUnits(1250));
    QCOMPARE(parseImportAmount(u"1 234 567,89"), MinorUnits(123456789));
    QCOMPARE(parseImportAmount(u"1\u202F234,50"), MinorUnits(123450));
    QCOMPARE(parseImportAmount(u"(1,200.00)"), MinorUnits(-120000));
    currency.clear();
    QCOMPARE(parseImportAmount(u"GBP 1,200", &currency), MinorUnits(120000));
    QCOMPARE(currency, QStringLiteral("GBP"));
    QVERIFY(!parseImportAmount(u"twelve"));
    QVERIFY(!parseImportAmount(u"12-5"));
    QVERIFY(!parseImportAmount(u"1e400"));
    QCOMPARE(parseImportNumber(u"45%"), 45.0);
    QCOMPARE(parseImportNumber(u"0.2"), 0.2);
}

void TestImportParsing::sourceIds_nullsAndTheTwoSalesforceForms()
{
    QCOMPARE(normalisedSourceId(u"0015g00000AbCdEAAZ", true), QStringLiteral("0015g00000AbCdE"));
    QCOMPARE(normalisedSourceId(u"0015g00000AbCdE", true), QStringLiteral("0015g00000AbCdE"));
    QCOMPARE(normalisedSourceId(u"000000000000000AAA", true), QString());
    QCOMPARE(normalisedSourceId(u"#N/A", true), QString());
    QCOMPARE(normalisedSourceId(u" 9876543210 ", false), QStringLiteral("9876543210"));
    // A HubSpot id of 18 digits is not a Salesforce id.
    QCOMPARE(normalisedSourceId(u"123456789012345678", false), QStringLiteral("123456789012345678"));
    QCOMPARE(normalisedProfileUrl(u"https://www.LinkedIn.com/in/Grace-Okafor-1a2b3c/?trk=x"),
        QStringLiteral("linkedin.com/in/grace-okafor-1a2b3c"));
}

void TestImportParsing::names_matchAcrossCaseAccentsAndLegalForms()
{
    QCOMPARE(compareNames(QStringLiteral("ACME Ltd"), QStringLiteral("Acme Limited")), NameMatch::Same);
    QCOMPARE(compareNames(QStringLiteral("Acmé ltd."), QStringLiteral("Acme Limited")), NameMatch::Same);
    QCOMPARE(compareNames(QStringLiteral("Acme US"), QStringLiteral("Acme USA")), NameMatch::Same);
    QCOMPARE(compareNames(QStringLiteral("Acme UK"), QStringLiteral("ACME United Kingdom")), NameMatch::Same);
    QCOMPARE(compareNames(QStringLiteral("Harbour & Quay Ltd"), QStringLiteral("Harbour and Quay Limited")), NameMatch::Same);
    QCOMPARE(compareNames(QStringLiteral("Société Générale S.A."), QStringLiteral("societe generale sa")), NameMatch::Same);
    QCOMPARE(compareNames(QStringLiteral("Acme Inc"), QStringLiteral("Acme Ltd")), NameMatch::Alike);
    QCOMPARE(compareNames(QStringLiteral("Meridian Freight"), QStringLiteral("Meridain Freight")), NameMatch::Alike);
    QCOMPARE(compareNames(QStringLiteral("Acme"), QStringLiteral("Apex")), NameMatch::Different);
    QCOMPARE(compareNames(QStringLiteral("Acme Europe"), QStringLiteral("Acme")), NameMatch::Different);
    QCOMPARE(compareNames(QStringLiteral("Harbour Holdings 17"), QStringLiteral("Harbour Holdings 18")), NameMatch::Different);
    QCOMPARE(personKey(QStringLiteral("Taylor, Amy")), personKey(QStringLiteral("amy  TAYLOR")));
}

void TestImportParsing::headers_matchApiNamesLabelsAndLocalisedLabels()
{
    QCOMPARE(fieldForHeader(QStringLiteral("ACCOUNTID"), TableKind::People), ImportField::AccountRef);
    QCOMPARE(fieldForHeader(QStringLiteral("Account.Name"), TableKind::Opportunities), ImportField::AccountName);
    QCOMPARE(fieldForHeader(QStringLiteral("Account: Account Name"), TableKind::People), ImportField::AccountName);
    QCOMPARE(fieldForHeader(QStringLiteral("Account: Phone"), TableKind::People), ImportField::None);
    QCOMPARE(fieldForHeader(QStringLiteral("Contact: Phone"), TableKind::People), ImportField::Phone);
    QCOMPARE(fieldForHeader(QStringLiteral("Vorname"), TableKind::People), ImportField::FirstName);
    QCOMPARE(fieldForHeader(QStringLiteral("Prénom"), TableKind::People), ImportField::FirstName);
    QCOMPARE(fieldForHeader(QStringLiteral("Associated Company IDs (Primary)"), TableKind::People), ImportField::AccountRef);
    QCOMPARE(fieldForHeader(QStringLiteral("Name"), TableKind::Accounts), ImportField::AccountName);
    QCOMPARE(fieldForHeader(QStringLiteral("Name"), TableKind::Opportunities), ImportField::OpportunityName);
    QCOMPARE(fieldForHeader(QStringLiteral("Name"), TableKind::People), ImportField::FullName);

    const TableGuess contacts = guessTable({QStringLiteral("Id"), QStringLiteral("AccountId"), QStringLiteral("LastName"),
                                               QStringLiteral("FirstName"), QStringLiteral("ReportsToId")},
        QStringLiteral("Contact.csv"));
    QCOMPARE(contacts.kind, TableKind::People);
    QCOMPARE(contacts.source, ImportSource::Salesforce);
    const TableGuess deals = guessTable({QStringLiteral("Record ID"), QStringLiteral("Deal Name"), QStringLiteral("Deal Stage")},
        QStringLiteral("hubspot-crm-exports-all-deals.csv"));
    QCOMPARE(deals.kind, TableKind::Opportunities);
    QCOMPARE(deals.source, ImportSource::HubSpot);
}

void TestImportParsing::vcardSamples_everyCardOfAPersonIsRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("people");
    // Every real sample; organisation and group cards are not people; Android's first two cards
    // hold only an email (listed, to be left out with why).
    const std::pair<const char *, int> samples[] = {
        {"ez-vcard/John_Doe_ANDROID.vcf", 6}, {"ez-vcard/John_Doe_BLACK_BERRY.vcf", 1},
        {"ez-vcard/John_Doe_EVOLUTION.vcf", 1}, {"ez-vcard/John_Doe_GMAIL.vcf", 1}, {"ez-vcard/John_Doe_IPHONE.vcf", 1},
        {"ez-vcard/John_Doe_LOTUS_NOTES.vcf", 1}, {"ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf", 1},
        {"ez-vcard/John_Doe_MS_OUTLOOK.vcf", 1}, {"ez-vcard/fullcontact.vcf", 1}, {"ez-vcard/gmail-list.vcf", 3},
        {"ez-vcard/gmail-single.vcf", 1}, {"ez-vcard/gmail-single2.vcf", 1}, {"ez-vcard/outlook-2003.vcf", 1},
        {"ez-vcard/outlook-2007.vcf", 1}, {"ez-vcard/rfc2426-example.vcf", 2}, {"ez-vcard/rfc6350-example.vcf", 1},
        {"ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf", 1}, {"ez-vcard/jcard-example.json", 1},
        {"vobject/radicale-1587.vcf", 1}, {"vobject/vcard40_full.vcf", 1}, {"vobject/vcard40_group.vcf", 0},
        {"vobject/vcard40_multilang.vcf", 1}, {"vobject/vcard40_org.vcf", 0},
    };
    for (const auto &[file, people] : samples)
        QTest::newRow(file) << QString::fromLatin1(file) << people;
}

void TestImportParsing::vcardSamples_everyCardOfAPersonIsRead()
{
    QFETCH(QString, file);
    QFETCH(int, people);
    const QByteArray bytes = fileBytes(QStringLiteral("vcard/") + file);
    QVERIFY(!bytes.isEmpty());
    const VCardResult result = file.endsWith(QStringLiteral(".json")) ? readJCards(bytes) : readVCards(bytes);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.people.size(), people);
}

void TestImportParsing::vcard_fieldsAsAddressBooksWriteThem()
{
    const auto first = [](const QString &file) {
        const VCardResult result = file.endsWith(QStringLiteral(".json")) ? readJCards(fileBytes(QStringLiteral("vcard/") + file))
                                                                          : readVCards(fileBytes(QStringLiteral("vcard/") + file));
        return result.people.value(0);
    };
    // vCard 2.1 from Outlook: bare parameters, the preferred email, the work number.
    const VCardPerson outlook = first(QStringLiteral("ez-vcard/John_Doe_MS_OUTLOOK.vcf"));
    QCOMPARE(outlook.name, QStringLiteral("Mr. John Richter James Doe Sr."));
    QCOMPARE(outlook.organisation, QStringLiteral("IBM"));
    QCOMPARE(outlook.department, QStringLiteral("Accounting"));
    QCOMPARE(outlook.title, QStringLiteral("Money Counter"));
    QCOMPARE(outlook.email, QStringLiteral("john.doe@ibm.cm"));
    QCOMPARE(outlook.phone, QStringLiteral("(905) 555-1234"));
    // Apple's item groups.
    QCOMPARE(first(QStringLiteral("ez-vcard/John_Doe_IPHONE.vcf")).email, QStringLiteral("john.doe@ibm.com"));
    // vCard 4.0: tel: URIs, the first of two names in two scripts, UID.
    const VCardPerson rfc = first(QStringLiteral("ez-vcard/rfc6350-example.vcf"));
    QCOMPARE(rfc.phone, QStringLiteral("+1-418-656-9254"));
    const VCardPerson multilang = first(QStringLiteral("vobject/vcard40_multilang.vcf"));
    QCOMPARE(multilang.name, QStringLiteral("Yamada Taro"));
    QCOMPARE(multilang.uid, QStringLiteral("urn:uuid:multilang-vcard-example"));
    // jCard.
    const VCardPerson jcard = first(QStringLiteral("ez-vcard/jcard-example.json"));
    QCOMPARE(jcard.name, QStringLiteral("Simon Perreault"));
    QCOMPARE(jcard.organisation, QStringLiteral("Viagenie"));
    QCOMPARE(jcard.email, QStringLiteral("simon.perreault@viagenie.ca"));
    // Quoted-printable UTF-8 across soft line breaks (Android).
    const VCardResult android = readVCards(fileBytes(QStringLiteral("vcard/ez-vcard/John_Doe_ANDROID.vcf")));
    QCOMPARE(android.people.at(3).name, QStringLiteral("Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"));
}

void TestImportParsing::vcard_foldsQuotedPrintableAndCharsets()
{
    // A fold in the middle of "é" (C3 | A9), a Latin-1 quoted-printable name, no VERSION, an
    // escaped comma in ORG, a LinkedIn profile, and two cards in one file.
    QByteArray bytes = "BEGIN:VCARD\r\nFN:Zo\xC3\r\n \xA9 Martin\r\nORG:Martin\\, Fils & Cie;Achats\r\n"
                       "TITLE:Acheteuse\r\nURL:https://www.linkedin.com/in/zoe-martin\r\nEND:VCARD\r\n"
                       "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Jos=E9 M=FC=\r\nller\r\n"
                       "EMAIL;INTERNET:jose@example.com\r\nEND:VCARD\r\n";
    const VCardResult result = readVCards(bytes);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.people.size(), 2);
    QCOMPARE(result.people.at(0).name, QStringLiteral("Zoé Martin"));
    QCOMPARE(result.people.at(0).organisation, QStringLiteral("Martin, Fils & Cie"));
    QCOMPARE(result.people.at(0).department, QStringLiteral("Achats"));
    QCOMPARE(result.people.at(0).profileUrl, QStringLiteral("https://www.linkedin.com/in/zoe-martin"));
    QCOMPARE(result.people.at(1).name, QStringLiteral("José Müller"));
    QCOMPARE(result.people.at(1).line, 8);
}

void TestImportParsing::vcard_damagedFileSaysWhere()
{
    const VCardResult cut = readVCards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n");
    QVERIFY2(cut.error.contains(QStringLiteral("line 1")), qPrintable(cut.error));
    QVERIFY(!readVCards("Name,Email\nnot,a card\n").error.isEmpty());
    QVERIFY(!readJCards("[\"vcard\"").error.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportParsing)
#include "tst_importparsing.moc"
