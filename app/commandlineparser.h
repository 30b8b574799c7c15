#pragma once

#include <QMap>
#include <QStringList>
#include <QTextStream>

// What every subcommand shares: the output streams, the two ways to fail, and option parsing.
namespace keyplan::cli {

// Text for a terminal: control characters from plan text (ESC, BEL, NUL, C1 codes) and bidi
// overrides are shown as visible symbols (␛, ␇, ␀, �), never sent as they are; line breaks and
// tabs stay.
QString terminalSafe(const QString &text);

QTextStream &out();
QTextStream &err();
// Prints the message and the usage; returns the exit status for wrong usage.
int usageError(const QString &message);
// Prints why the input was refused; returns the exit status for refused input.
int refused(const QString &message);

// Splits "--name value" and "--name=value" options from positional words ("-o" is "--output").
// Flags take no value.
struct Parsed
{
    QStringList positional;
    QMap<QString, QString> options;
    QString error;
};
Parsed parse(const QStringList &words, const QStringList &flags, const QStringList &valued);

} // namespace keyplan::cli
