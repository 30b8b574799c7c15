#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace keyplan {

// Writes JSON text straight into a buffer, in the order the caller writes it. `keyplan report
// --json` uses it instead of QJsonDocument, which spends most of a large report building,
// sorting and converting a tree nobody keeps. Commas are placed automatically.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    // Keys are ASCII literals: written as they are, with no conversion.
    template<std::size_t N> void key(const char (&name)[N]) { writeAsciiKey(name, N - 1); }

    void value(QStringView text);
    // A string literal must not fall through to value(bool) by pointer conversion.
    void value(const char16_t *text) { value(QStringView(text)); }
    void value(const char *text) = delete;
    void value(double number);
    void value(int number);
    void integer(qint64 number);
    void value(bool flag);
    // An amount of minor units as a number of major units, exactly: 2400050 -> 24000.5,
    // -5 -> -0.05 (no binary rounding, and cheaper than formatting a double).
    void money(qint64 minorUnits);
    void null();
    // A day as "YYYY-MM-DD"; null when invalid.
    void date(QDate day);
    void value(std::optional<double> number) { number ? value(*number) : null(); }

    // Shorthand for key() followed by value().
    template<typename T> void field(QStringView name, const T &v)
    {
        key(name);
        value(v);
    }
    template<std::size_t N, typename T> void field(const char (&name)[N], const T &v)
    {
        key(name);
        value(v);
    }

    // Room for about this many bytes, so a large document is not copied as it grows.
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }

    QByteArray take();

private:
    void separate();
    void prefix();
    void writeString(QStringView text);
    void writeEscaped(QStringView text);
    void writeAsciiKey(const char *name, std::size_t length);

    QByteArray m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
    int m_depth = 0;
};

} // namespace keyplan
