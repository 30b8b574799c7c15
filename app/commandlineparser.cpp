#include "commandlineparser.h"

#include "commandline.h"

#include <QCoreApplication>

namespace keyplan::cli {

QString terminalSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code == u'\n' || code == u'\t')
            safe += c;
        else if (code < 0x20)
            safe += QChar(char16_t(0x2400 + code)); // the Control Pictures block: ␀ … ␟
        else if (code == 0x7F)
            safe += QChar(char16_t(0x2421)); // ␡
        else if ((code >= 0x80 && code < 0xA0) || (code >= 0x202A && code <= 0x202E)
            || (code >= 0x2066 && code <= 0x2069))
            safe += QChar(char16_t(0xFFFD));
        else
            safe += c;
    }
    return safe;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << "keyplan: " << terminalSafe(message) << "\n\n" << usage() << Qt::flush;
    return Usage;
}

int refused(const QString &message)
{
    err() << "keyplan: " << terminalSafe(message) << '\n' << Qt::flush;
    return Refused;
}

Parsed parse(const QStringList &words, const QStringList &flags, const QStringList &valued)
{
    Parsed parsed;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString word = words.at(i) == u"-o" ? QStringLiteral("--output") : words.at(i);
        if (!word.startsWith(QStringLiteral("--")) || word == u"--") {
            parsed.positional.append(word);
            continue;
        }
        QString name = word.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        }
        if (flags.contains(name) && equals < 0) {
            parsed.options.insert(name, QStringLiteral("1"));
        } else if (valued.contains(name)) {
            if (equals < 0) {
                if (i + 1 >= words.size()) {
                    parsed.error = QCoreApplication::translate("CommandLine", "--%1 needs a value").arg(name);
                    return parsed;
                }
                value = words.at(++i);
            }
            parsed.options.insert(name, value);
        } else {
            parsed.error = QCoreApplication::translate("CommandLine", "unknown option --%1").arg(name);
            return parsed;
        }
    }
    return parsed;
}

} // namespace keyplan::cli
