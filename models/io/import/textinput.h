#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

class QIODevice;

// Text from a file another tool wrote, decoded as it is read: a byte-order mark says UTF-8,
// UTF-16 or UTF-32; without one, text that is valid UTF-8 throughout is UTF-8, and anything else
// is what uchardet recognises (Windows-1252 when it cannot tell). The device is read in chunks, so
// a file of any size takes the same memory.
namespace keyplan {

struct TextEncoding
{
    QByteArray name; // as QStringDecoder knows it: "UTF-8", "UTF-16LE", "windows-1252", ...
    qint64 bomLength = 0;
    enum class Basis { ByteOrderMark, ValidUtf8, Detected, Fallback } basis = Basis::ValidUtf8;
};

// What the bytes of `device` (open, seekable) are written in. Reads the device through and leaves
// it at its start. Empty name with `error` set when it cannot be read.
TextEncoding detectTextEncoding(QIODevice &device, QString *error);

class TextInput
{
public:
    // `device` must be open and seekable; it must outlive the input.
    explicit TextInput(QIODevice &device);

    // Detects the encoding and positions the device after any byte-order mark; false, with
    // errorString(), when the file cannot be read or its encoding cannot be decoded.
    bool open();
    const TextEncoding &encoding() const { return m_encoding; }
    // Back to the start of the text, in the encoding already found.
    bool restart();

    // Appends the next chunk of decoded text; false at the end of the file or on a read error.
    bool readChunk(QString &into);
    bool atEnd() const { return m_atEnd; }
    QString errorString() const { return m_error; }

private:
    QIODevice &m_device;
    TextEncoding m_encoding;
    QStringDecoder m_decoder;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace keyplan
