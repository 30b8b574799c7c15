#include "io/import/importvalues.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace keyplan {
namespace {

int monthFromName(QStringView word)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *names[][12] = {
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
            {"jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"},
            {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"},
        };
        for (const auto &language : names)
            for (int i = 0; i < 12; ++i)
                m.insert(QString::fromUtf8(language[i]), i + 1);
        m.insert(QStringLiteral("sept"), 9);
        m.insert(QStringLiteral("maerz"), 3);
        m.insert(QStringLiteral("fevr"), 2);
        m.insert(QStringLiteral("aout"), 8);
        m.insert(QStringLiteral("dec"), 12);
        return m;
    }();
    const QString lower = word.toString().toLower().remove(u'.');
    if (const auto found = months.constFind(lower); found != months.cend())
        return *found;
    if (lower.size() > 3) { // "December", "Dezember", "décembre"
        for (qsizetype length = std::min<qsizetype>(lower.size(), 5); length >= 3; --length)
            if (const auto found = months.constFind(lower.left(length)); found != months.cend())
                return *found;
    }
    return 0;
}

int fullYear(int year, qsizetype digits)
{
    return digits <= 2 ? 2000 + year : year;
}

} // namespace

std::optional<QDate> parseImportDate(QStringView text, DateOrder &order)
{
    const QStringView value = text.trimmed();
    if (value.isEmpty())
        return QDate();
    // ISO, with or without a time and zone after it: the calendar day as written.
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]))"));
    if (const QRegularExpressionMatch m = iso.match(value.toString()); m.hasMatch()) {
        const QDate day(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
    }
    static const QRegularExpression numeric(QStringLiteral(R"(^(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})(?:$|[ ,T]))"));
    if (const QRegularExpressionMatch m = numeric.match(value.toString()); m.hasMatch()) {
        const int first = m.capturedView(1).toInt();
        const int second = m.capturedView(3).toInt();
        const int year = fullYear(m.capturedView(4).toInt(), m.capturedLength(4));
        DateOrder thisOrder = DateOrder::Unknown;
        if (m.capturedView(2) == u"." || first > 12)
            thisOrder = DateOrder::DayFirst; // 30.06.2025 is always day first
        else if (second > 12)
            thisOrder = DateOrder::MonthFirst;
        if (thisOrder != DateOrder::Unknown) {
            if (order != DateOrder::Unknown && order != thisOrder)
                return std::nullopt;
            order = thisOrder;
        }
        const bool dayFirst = (thisOrder == DateOrder::Unknown ? order : thisOrder) == DateOrder::DayFirst;
        const QDate day = dayFirst ? QDate(year, second, first) : QDate(year, first, second);
        return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
    }
    // Month names: "07 Dec 2025", "7-Dec-25", "Dec 7, 2025", "7. Dezember 2025".
    static const QRegularExpression dayMonthYear(QStringLiteral(R"(^(\d{1,2})\.?[ \-]([^\d\s,\-]+)[ \-,]+(\d{2}|\d{4})$)"));
    static const QRegularExpression monthDayYear(QStringLiteral(R"(^([^\d\s,\-]+)[ \-](\d{1,2}),?[ \-]+(\d{2}|\d{4})$)"));
    if (const QRegularExpressionMatch m = dayMonthYear.match(value.toString()); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(2));
        const QDate day(fullYear(m.capturedView(3).toInt(), m.capturedLength(3)), month, m.capturedView(1).toInt());
        return month > 0 && day.isValid() ? std::optional<QDate>(day) : std::nullopt;
    }
    if (const QRegularExpressionMatch m = monthDayYear.match(value.toString()); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(1));
        const QDate day(fullYear(m.capturedView(3).toInt(), m.capturedLength(3)), month, m.capturedView(2).toInt());
        return month > 0 && day.isValid() ? std::optional<QDate>(day) : std::nullopt;
    }
    return std::nullopt;
}

namespace {

// The digits, sign and decimal mark of a number written with either mark and any grouping;
// nothing when the text holds anything else.
std::optional<QString> plainNumber(QStringView text, QString *currency)
{
    QString kept;
    bool negative = false;
    QString letters;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128) {
            kept += c;
        } else if (c == u'.' || c == u',') {
            kept += c;
        } else if (c == u'-' || c == QChar(0x2212)) {
            if (!kept.isEmpty() && kept.back().isDigit())
                return std::nullopt; // "12-5"
            negative = true;
        } else if (c == u'(' || c == u')') {
            negative = true;
        } else if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == u'\'' || c == u'+') {
            continue;
        } else if (c == u'$' || c == u'£' || c == u'€' || c == u'¥') {
            if (currency)
                *currency = c == u'$' ? QStringLiteral("USD")
                    : c == u'£'       ? QStringLiteral("GBP")
                    : c == u'€'       ? QStringLiteral("EUR")
                                      : QStringLiteral("JPY");
        } else if (c.isLetter() && c.unicode() < 128) {
            letters += c.toUpper();
        } else {
            return std::nullopt;
        }
    }
    if (!letters.isEmpty()) {
        if (letters.size() != 3)
            return std::nullopt;
        if (currency)
            *currency = letters;
    }
    if (kept.isEmpty() || (!kept.front().isDigit() && kept.size() == 1))
        return std::nullopt;
    const qsizetype lastDot = kept.lastIndexOf(u'.');
    const qsizetype lastComma = kept.lastIndexOf(u',');
    QChar decimal;
    if (lastDot >= 0 && lastComma >= 0) {
        decimal = lastDot > lastComma ? u'.' : u',';
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar mark = lastDot >= 0 ? u'.' : u',';
        const qsizetype at = std::max(lastDot, lastComma);
        const bool once = kept.count(mark) == 1;
        const qsizetype after = kept.size() - at - 1;
        // "1,234" and "1.234" group thousands; "12.5", "500000.0" and "12,50" have a decimal mark.
        decimal = once && after != 3 ? mark : QChar();
    }
    QString number;
    for (const QChar c : std::as_const(kept)) {
        if (c.isDigit())
            number += c;
        else if (c == decimal)
            number += u'.';
    }
    if (number.isEmpty() || number == u".")
        return std::nullopt;
    return negative ? u'-' + number : number;
}

} // namespace

std::optional<MinorUnits> parseImportAmount(QStringView text, QString *currency)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const std::optional<QString> number = plainNumber(text, currency);
    if (!number)
        return std::nullopt;
    bool ok = false;
    const double value = number->toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    const double minor = std::round(value * 100.0);
    if (std::fabs(minor) > double(maxMoney))
        return std::nullopt;
    return MinorUnits(minor);
}

std::optional<double> parseImportNumber(QStringView text)
{
    QStringView value = text.trimmed();
    if (value.endsWith(u'%'))
        value.chop(1);
    if (value.isEmpty())
        return std::nullopt;
    QString ignored;
    const std::optional<QString> number = plainNumber(value, &ignored);
    if (!number || !ignored.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double result = number->toDouble(&ok);
    return ok && std::isfinite(result) ? std::optional<double>(result) : std::nullopt;
}

QString normalisedSourceId(QStringView text, bool salesforce)
{
    const QStringView id = text.trimmed();
    if (id.isEmpty() || id == u"#N/A" || id.compare(u"null", Qt::CaseInsensitive) == 0
        || id.compare(u"n/a", Qt::CaseInsensitive) == 0)
        return {};
    const bool alphanumeric = std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.unicode() < 128 && c.isLetterOrNumber(); });
    if (salesforce && alphanumeric && (id.size() == 15 || id.size() == 18)) {
        if (id.startsWith(u"000000000000000"))
            return {}; // Salesforce's empty id
        return id.left(15).toString();
    }
    return id.toString();
}

QString normalisedProfileUrl(QStringView text)
{
    QString url = text.trimmed().toString().toLower();
    if (const qsizetype query = url.indexOf(u'?'); query >= 0)
        url.truncate(query);
    if (const qsizetype fragment = url.indexOf(u'#'); fragment >= 0)
        url.truncate(fragment);
    for (const QString &prefix : {QStringLiteral("https://"), QStringLiteral("http://")})
        if (url.startsWith(prefix))
            url.remove(0, prefix.size());
    if (url.startsWith(QStringLiteral("www.")))
        url.remove(0, 4);
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

bool parseImportFlag(QStringView text)
{
    const QString value = text.trimmed().toString().toLower();
    return value == u"1" || value == u"true" || value == u"yes" || value == u"y" || value == u"x" || value == u"wahr"
        || value == u"ja" || value == u"vrai" || value == u"oui";
}

} // namespace keyplan
