#include "io/csvwriter.h"

namespace keyplan {

CsvWriter::CsvWriter()
    : m_out("\xEF\xBB\xBF")
{
}

QString CsvWriter::neutralised(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + value;
    return value;
}

void CsvWriter::field(const QString &value)
{
    if (m_rowStarted)
        m_out += ',';
    m_rowStarted = true;
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')
        || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote) {
        m_out += value.toUtf8();
        return;
    }
    m_out += '"';
    m_out += QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")).toUtf8();
    m_out += '"';
}

CsvWriter &CsvWriter::text(const QString &value)
{
    field(neutralised(value));
    return *this;
}

CsvWriter &CsvWriter::number(const QString &value)
{
    field(value);
    return *this;
}

CsvWriter &CsvWriter::number(qint64 value)
{
    field(QString::number(value));
    return *this;
}

CsvWriter &CsvWriter::money(qint64 minorUnits)
{
    const bool negative = minorUnits < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    QString text = QString::number(magnitude / 100);
    if (const quint64 cents = magnitude % 100; cents != 0)
        text += cents % 10 == 0 ? QStringLiteral(".%1").arg(cents / 10) : QStringLiteral(".%1").arg(cents, 2, 10, QChar(u'0'));
    field(negative ? u'-' + text : text);
    return *this;
}

void CsvWriter::endRow()
{
    m_out += "\r\n";
    m_rowStarted = false;
}

QByteArray CsvWriter::take()
{
    return std::exchange(m_out, QByteArray("\xEF\xBB\xBF"));
}

} // namespace keyplan
