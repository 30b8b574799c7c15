#include "io/jsonwriter.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace keyplan {

void JsonWriter::separate()
{
    if (m_needComma)
        m_out += ',';
    m_out += '\n';
    m_out.append(m_depth * 2, ' ');
}

void JsonWriter::prefix()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0)
        separate();
}

void JsonWriter::beginObject()
{
    prefix();
    m_out += '{';
    ++m_depth;
    m_needComma = false;
}

void JsonWriter::endObject()
{
    --m_depth;
    m_out += '\n';
    m_out.append(m_depth * 2, ' ');
    m_out += '}';
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    prefix();
    m_out += '[';
    ++m_depth;
    m_needComma = false;
}

void JsonWriter::endArray()
{
    --m_depth;
    m_out += '\n';
    m_out.append(m_depth * 2, ' ');
    m_out += ']';
    m_needComma = true;
}

void JsonWriter::key(QStringView name)
{
    separate();
    writeString(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::writeAsciiKey(const char *name, std::size_t length)
{
    separate();
    m_out += '"';
    m_out.append(name, qsizetype(length));
    m_out += "\": ";
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    prefix();
    writeString(text);
    m_needComma = true;
}

void JsonWriter::writeString(QStringView text)
{
    // Most text (names, keys of kinds, dates) is plain ASCII: copied as it is, with no UTF-8 copy.
    const qsizetype start = m_out.size();
    m_out.resize(start + text.size() + 2);
    char *out = m_out.data() + start;
    *out++ = '"';
    bool plain = true;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code < 0x20 || code >= 0x7f || code == u'"' || code == u'\\') {
            plain = false;
            break;
        }
        *out++ = char(code);
    }
    if (plain) {
        *out = '"';
        return;
    }
    m_out.truncate(start);
    writeEscaped(text);
}

void JsonWriter::writeEscaped(QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out += '"';
    // Copy runs of plain characters whole; only quotes, backslashes and controls need escapes.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        m_out.append(utf8.constData() + runStart, i - runStart);
        runStart = i + 1;
        switch (byte) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            m_out += "\\u00";
            m_out += hex[byte >> 4];
            m_out += hex[byte & 0xf];
        }
    }
    m_out.append(utf8.constData() + runStart, utf8.size() - runStart);
    m_out += '"';
}

void JsonWriter::date(QDate day)
{
    prefix();
    m_needComma = true;
    const int year = day.isValid() ? day.year() : 0;
    if (year < 1 || year > 9999) { // beyond "YYYY-MM-DD": what Qt writes, or null
        const QString text = day.toString(Qt::ISODate);
        if (text.isEmpty())
            m_out += "null";
        else
            writeString(text);
        return;
    }
    char text[] = "\"0000-00-00\"";
    const auto put = [&text](int at, int digits, int number) {
        for (int i = at + digits - 1; i >= at; --i, number /= 10)
            text[i] = char('0' + number % 10);
    };
    put(1, 4, year);
    put(6, 2, day.month());
    put(9, 2, day.day());
    m_out.append(text, sizeof text - 1);
}

void JsonWriter::value(double number)
{
    prefix();
    if (!std::isfinite(number))
        m_out += "null";
    else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    m_needComma = true;
}

void JsonWriter::money(qint64 minorUnits)
{
    prefix();
    const bool negative = minorUnits < 0;
    // The magnitude as unsigned: the most negative qint64 has no positive counterpart.
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    char text[32];
    char *end = text;
    if (negative)
        *end++ = '-';
    end = std::to_chars(end, text + sizeof text, magnitude / 100).ptr;
    const int cents = int(magnitude % 100);
    if (cents != 0) {
        *end++ = '.';
        *end++ = char('0' + cents / 10);
        if (cents % 10 != 0)
            *end++ = char('0' + cents % 10);
    }
    m_out.append(text, end - text);
    m_needComma = true;
}

void JsonWriter::value(int number)
{
    prefix();
    char text[16];
    m_out.append(text, std::to_chars(text, text + sizeof text, number).ptr - text);
    m_needComma = true;
}

void JsonWriter::integer(qint64 number)
{
    prefix();
    char text[24];
    m_out.append(text, std::to_chars(text, text + sizeof text, number).ptr - text);
    m_needComma = true;
}

void JsonWriter::value(bool flag)
{
    prefix();
    m_out += flag ? "true" : "false";
    m_needComma = true;
}

void JsonWriter::null()
{
    prefix();
    m_out += "null";
    m_needComma = true;
}

QByteArray JsonWriter::take()
{
    m_out += '\n';
    return std::exchange(m_out, {});
}

} // namespace keyplan
