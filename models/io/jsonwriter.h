#pragma once

#include <QByteArray>
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

    void value(QStringView text);
    // A string literal must not fall through to value(bool) by pointer conversion.
    void value(const char16_t *text) { value(QStringView(text)); }
    void value(const char *text) = delete;
    void value(double number);
    void value(int number);
    void value(bool flag);
    void null();
    void value(std::optional<double> number) { number ? value(*number) : null(); }

    // Shorthand for key() followed by value().
    template<typename T> void field(QStringView name, const T &v)
    {
        key(name);
        value(v);
    }

    QByteArray take();

private:
    void separate();
    void prefix();
    void writeString(QStringView text);

    QByteArray m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
    int m_depth = 0;
};

} // namespace keyplan
