#include "io/import/textinput.h"

#include <QCoreApplication>
#include <QIODevice>

#include <uchardet.h>

#include <memory>

namespace keyplan {
namespace {

class TextInputText
{
    Q_DECLARE_TR_FUNCTIONS(TextInput)
};

constexpr qint64 chunkSize = 256 * 1024;

TextEncoding fromByteOrderMark(QByteArrayView head)
{
    const auto startsWith = [head](std::initializer_list<unsigned char> bytes) {
        if (head.size() < qsizetype(bytes.size()))
            return false;
        qsizetype i = 0;
        for (const unsigned char byte : bytes)
            if (static_cast<unsigned char>(head.at(i++)) != byte)
                return false;
        return true;
    };
    using Basis = TextEncoding::Basis;
    if (startsWith({0xEF, 0xBB, 0xBF}))
        return {"UTF-8", 3, Basis::ByteOrderMark};
    if (startsWith({0xFF, 0xFE, 0x00, 0x00}))
        return {"UTF-32LE", 4, Basis::ByteOrderMark};
    if (startsWith({0x00, 0x00, 0xFE, 0xFF}))
        return {"UTF-32BE", 4, Basis::ByteOrderMark};
    if (startsWith({0xFF, 0xFE}))
        return {"UTF-16LE", 2, Basis::ByteOrderMark};
    if (startsWith({0xFE, 0xFF}))
        return {"UTF-16BE", 2, Basis::ByteOrderMark};
    return {};
}

// Checks UTF-8 across chunk boundaries: `pending` holds how many continuation bytes are due.
class Utf8Validator
{
public:
    bool feed(QByteArrayView bytes)
    {
        for (const char c : bytes) {
            const auto byte = static_cast<unsigned char>(c);
            if (m_pending > 0) {
                if ((byte & 0xC0) != 0x80)
                    return m_valid = false;
                if (m_first != 0) { // the second byte of a sequence: no overlong forms or surrogates
                    if ((m_first == 0xE0 && byte < 0xA0) || (m_first == 0xED && byte > 0x9F)
                        || (m_first == 0xF0 && byte < 0x90) || (m_first == 0xF4 && byte > 0x8F))
                        return m_valid = false;
                    m_first = 0;
                }
                --m_pending;
                continue;
            }
            if (byte < 0x80)
                continue;
            if (byte >= 0xC2 && byte <= 0xDF)
                m_pending = 1;
            else if (byte >= 0xE0 && byte <= 0xEF)
                m_pending = 2;
            else if (byte >= 0xF0 && byte <= 0xF4)
                m_pending = 3;
            else
                return m_valid = false;
            m_first = byte;
        }
        return m_valid;
    }
    bool finish() const { return m_valid && m_pending == 0; }

private:
    int m_pending = 0;
    unsigned char m_first = 0;
    bool m_valid = true;
};

} // namespace

TextEncoding detectTextEncoding(QIODevice &device, QString *error)
{
    if (!device.seek(0)) {
        *error = TextInputText::tr("the file cannot be read from its start");
        return {};
    }
    const QByteArray head = device.peek(4);
    if (TextEncoding bom = fromByteOrderMark(head); !bom.name.isEmpty())
        return bom;

    Utf8Validator utf8;
    bool utf8Valid = true;
    bool hasNul = false;
    while (utf8Valid) {
        const QByteArray chunk = device.read(chunkSize);
        if (chunk.isEmpty())
            break;
        hasNul = hasNul || chunk.contains('\0');
        utf8Valid = utf8.feed(chunk) && !hasNul;
    }
    if (utf8Valid && utf8.finish() && device.atEnd()) {
        device.seek(0);
        return {"UTF-8", 0, TextEncoding::Basis::ValidUtf8};
    }

    // Not UTF-8: let uchardet read it all (UTF-16 without a mark, a legacy code page).
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(
        uchardet_new(), uchardet_delete);
    device.seek(0);
    while (true) {
        const QByteArray chunk = device.read(chunkSize);
        if (chunk.isEmpty())
            break;
        if (uchardet_handle_data(detector.get(), chunk.constData(), size_t(chunk.size())) != 0)
            break;
    }
    uchardet_data_end(detector.get());
    QByteArray name = uchardet_get_charset(detector.get());
    device.seek(0);
    TextEncoding encoding{name, 0, TextEncoding::Basis::Detected};
    // ISO-8859-1 leaves 0x80–0x9F as controls where Windows-1252 has € ‘ ’ “ ” – —: what Windows
    // tools mean, and a superset for every printable Latin-1 character.
    if (name.isEmpty() || name.compare("ASCII", Qt::CaseInsensitive) == 0
        || name.compare("ISO-8859-1", Qt::CaseInsensitive) == 0)
        encoding = {"windows-1252", 0, name.isEmpty() ? TextEncoding::Basis::Fallback : TextEncoding::Basis::Detected};
    if (!QStringDecoder(encoding.name.constData()).isValid()) {
        *error = TextInputText::tr("the file is written in %1, which Keyplan cannot read; save it as UTF-8 and "
                                   "import it again")
                     .arg(QString::fromLatin1(encoding.name));
        return {};
    }
    return encoding;
}

TextInput::TextInput(QIODevice &device)
    : m_device(device)
{
}

bool TextInput::open()
{
    m_encoding = detectTextEncoding(m_device, &m_error);
    if (m_encoding.name.isEmpty())
        return false;
    m_decoder = QStringDecoder(m_encoding.name.constData());
    if (!m_decoder.isValid() || !m_device.seek(m_encoding.bomLength)) {
        m_error = TextInputText::tr("the file cannot be read");
        return false;
    }
    m_atEnd = false;
    return true;
}

bool TextInput::restart()
{
    if (m_encoding.name.isEmpty())
        return open();
    m_decoder = QStringDecoder(m_encoding.name.constData());
    m_atEnd = false;
    m_error.clear();
    if (!m_device.seek(m_encoding.bomLength)) {
        m_error = TextInputText::tr("the file cannot be read");
        return false;
    }
    return true;
}

bool TextInput::readChunk(QString &into)
{
    if (m_atEnd)
        return false;
    const QByteArray bytes = m_device.read(chunkSize);
    if (bytes.isEmpty()) {
        m_atEnd = true;
        if (!m_device.atEnd())
            m_error = TextInputText::tr("the file could not be read to its end: %1").arg(m_device.errorString());
        return false;
    }
    into += m_decoder.decode(bytes); // a character split between chunks is completed by the next
    return true;
}

} // namespace keyplan
