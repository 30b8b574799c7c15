#include "io/import/vcardreader.h"

#include <QCoreApplication>

#include <cctype>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace keyplan {
namespace {

class VCardText
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)
};

struct Property
{
    qint64 line = 0;
    QByteArray name; // upper case, without its group
    QList<std::pair<QByteArray, QByteArray>> parameters; // names upper case; 2.1's bare "WORK" is TYPE=WORK
    QByteArray value; // as written (still encoded)

    QByteArray parameter(const QByteArray &key) const
    {
        for (const auto &[parameterName, parameterValue] : parameters)
            if (parameterName == key)
                return parameterValue;
        return {};
    }
    bool hasType(const QByteArray &type) const
    {
        for (const auto &[parameterName, parameterValue] : parameters)
            if (parameterName == "TYPE")
                for (const QByteArray &one : parameterValue.split(','))
                    if (one.trimmed().toUpper() == type)
                        return true;
        return parameter("PREF").size() > 0 && type == "PREF";
    }
};

QByteArray decodeQuotedPrintable(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '=' && i + 2 < value.size() && std::isxdigit(static_cast<unsigned char>(value.at(i + 1)))
            && std::isxdigit(static_cast<unsigned char>(value.at(i + 2)))) {
            out += char(QByteArray(value.constData() + i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else if (c == '=' && i + 1 >= value.size()) {
            break; // a soft line break at the very end
        } else {
            out += c;
        }
    }
    return out;
}

QString decodeText(const QByteArray &bytes, const QByteArray &charset)
{
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder windows("windows-1252");
    return windows.decode(bytes);
}

// The value's text, its components split at unescaped `separator` (';' for N and ORG).
QStringList components(const QString &value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            current += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

QString unescaped(const QString &value)
{
    return components(value, QChar()).join(QString());
}

QString linkedInProfile(const QString &url)
{
    return url.contains(QStringLiteral("linkedin.com/"), Qt::CaseInsensitive) ? url.trimmed() : QString();
}

// Unfolds the file into logical lines (RFC 2425: a line break followed by a space or tab continues
// the line; vCard 2.1's quoted-printable values continue after a line ending in '=').
QList<std::pair<qint64, QByteArray>> logicalLines(const QByteArray &bytes)
{
    QList<std::pair<qint64, QByteArray>> lines;
    qint64 lineNumber = 0;
    qsizetype start = 0;
    bool quotedPrintableOpen = false;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArray line = bytes.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        ++lineNumber;
        start = end + 1;
        const bool continuation = !lines.isEmpty() && !line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t');
        if (quotedPrintableOpen && !lines.isEmpty()) {
            lines.last().second.chop(1); // the soft break's '='
            lines.last().second += line;
        } else if (continuation) {
            lines.last().second += line.mid(1);
        } else if (!line.trimmed().isEmpty()) {
            lines.append({lineNumber, line});
        }
        const QByteArray &current = lines.isEmpty() ? line : lines.last().second;
        const QByteArray head = current.left(current.indexOf(':')).toUpper();
        quotedPrintableOpen = current.endsWith('=') && head.contains("QUOTED-PRINTABLE");
    }
    return lines;
}

std::optional<Property> parseProperty(qint64 line, const QByteArray &text)
{
    // NAME;PARAM=VALUE;PARAM:VALUE, with quoted parameter values that may hold ':' or ';'.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '"')
            quoted = !quoted;
        else if (text.at(i) == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    Property property;
    property.line = line;
    property.value = text.mid(colon + 1);
    const QList<QByteArray> head = text.left(colon).split(';');
    QByteArray name = head.constFirst().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.mid(dot + 1); // "item1.EMAIL"
    property.name = name;
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArray parameter = head.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0)
            property.parameters.append({"TYPE", parameter.toUpper()}); // vCard 2.1: TEL;WORK;VOICE
        else {
            QByteArray value = parameter.mid(equals + 1);
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            const QByteArray key = parameter.left(equals).toUpper();
            property.parameters.append({key, key == "TYPE" || key == "ENCODING" ? value.toUpper() : value});
        }
    }
    return property;
}

QString textOf(const Property &property)
{
    QByteArray bytes = property.value;
    const QByteArray encoding = property.parameter("ENCODING");
    if (encoding == "QUOTED-PRINTABLE" || property.hasType("QUOTED-PRINTABLE"))
        bytes = decodeQuotedPrintable(bytes);
    return decodeText(bytes, property.parameter("CHARSET"));
}

void finishPerson(VCardPerson &person, const QString &nameFromN)
{
    if (person.name.trimmed().isEmpty())
        person.name = nameFromN;
    person.name = person.name.simplified();
}

} // namespace

VCardResult readVCards(const QByteArray &bytes)
{
    VCardResult result;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QList<std::pair<qint64, QByteArray>> lines = logicalLines(data);
    bool inCard = false;
    bool isOrganisation = false;
    VCardPerson person;
    QString nameFromN;
    bool emailPreferred = false;
    bool phonePreferred = false;
    for (const auto &[lineNumber, text] : lines) {
        const std::optional<Property> property = parseProperty(lineNumber, text);
        if (!property)
            continue; // a stray line (2.1 base64 photos end with a blank one) is no property
        if (property->name == "BEGIN" && property->value.trimmed().toUpper() == "VCARD") {
            inCard = true;
            isOrganisation = false;
            person = {};
            person.line = lineNumber;
            nameFromN.clear();
            emailPreferred = phonePreferred = false;
            continue;
        }
        if (!inCard)
            continue;
        if (property->name == "END") {
            inCard = false;
            finishPerson(person, nameFromN);
            if (!isOrganisation && (!person.name.isEmpty() || !person.email.isEmpty()))
                result.people.append(person); // a card without a name is listed, to be left out with why
            continue;
        }
        const QString value = textOf(*property);
        if (property->name == "FN") {
            if (person.name.isEmpty()) // the first of several (ALTID: one name in several scripts)
                person.name = unescaped(value);
        } else if (property->name == "N") {
            const QStringList parts = components(value, u';');
            const QString family = parts.value(0).trimmed();
            const QString given = parts.value(1).trimmed();
            nameFromN = (given + u' ' + family).trimmed();
        } else if (property->name == "ORG") {
            const QStringList parts = components(value, u';');
            person.organisation = parts.value(0).trimmed();
            person.department = parts.value(1).trimmed();
        } else if (property->name == "TITLE") {
            person.title = unescaped(value).trimmed();
        } else if (property->name == "EMAIL") {
            const bool preferred = property->hasType("PREF") || !property->parameter("PREF").isEmpty();
            if (person.email.isEmpty() || (preferred && !emailPreferred)) {
                person.email = unescaped(value).trimmed();
                emailPreferred = preferred;
            }
        } else if (property->name == "TEL") {
            const bool preferred = property->hasType("PREF") || property->hasType("WORK") || !property->parameter("PREF").isEmpty();
            QString number = unescaped(value).trimmed();
            if (number.startsWith(QStringLiteral("tel:")))
                number = number.mid(4).section(u';', 0, 0); // "tel:+1-418-656-9254;ext=102"
            if (person.phone.isEmpty() || (preferred && !phonePreferred)) {
                person.phone = number;
                phonePreferred = preferred;
            }
        } else if (property->name == "UID") {
            person.uid = unescaped(value).trimmed();
        } else if (property->name == "KIND") {
            isOrganisation = value.trimmed().compare(QStringLiteral("individual"), Qt::CaseInsensitive) != 0;
        } else if (property->name == "URL" || property->name == "X-SOCIALPROFILE") {
            if (person.profileUrl.isEmpty())
                person.profileUrl = linkedInProfile(unescaped(value));
        }
    }
    if (inCard)
        result.error = VCardText::tr("line %1: a card begun here has no END:VCARD").arg(person.line);
    else if (result.people.isEmpty() && !data.toUpper().contains("BEGIN:VCARD"))
        result.error = VCardText::tr("no BEGIN:VCARD: the file holds no vCard");
    return result;
}

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts.append(jsonText(part));
        return parts.join(u' ');
    }
    return value.toString();
}

void readJCard(const QJsonArray &card, VCardResult &result)
{
    VCardPerson person;
    QString nameFromN;
    bool isOrganisation = false;
    for (const QJsonValue &entry : card.at(1).toArray()) {
        const QJsonArray property = entry.toArray();
        if (property.size() < 4)
            continue;
        const QString name = property.at(0).toString().toLower();
        const QJsonValue value = property.at(3);
        const QJsonObject parameters = property.at(1).toObject();
        if (name == u"fn") {
            if (person.name.isEmpty())
                person.name = value.toString();
        } else if (name == u"n") {
            const QJsonArray parts = value.toArray();
            nameFromN = (jsonText(parts.at(1)) + u' ' + jsonText(parts.at(0))).trimmed();
        } else if (name == u"org") {
            if (value.isArray()) {
                person.organisation = jsonText(value.toArray().at(0));
                person.department = jsonText(value.toArray().at(1));
            } else {
                person.organisation = value.toString();
            }
            // jCard writes ORG's components as further values of the property.
            if (!value.isArray() && property.size() > 4)
                person.department = property.at(4).toString();
        } else if (name == u"title") {
            person.title = value.toString();
        } else if (name == u"email" && (person.email.isEmpty() || parameters.contains(QStringLiteral("pref")))) {
            person.email = value.toString();
        } else if (name == u"tel" && (person.phone.isEmpty() || parameters.contains(QStringLiteral("pref")))) {
            QString number = value.toString();
            if (number.startsWith(QStringLiteral("tel:")))
                number = number.mid(4);
            person.phone = number.section(u';', 0, 0);
        } else if (name == u"uid") {
            person.uid = value.toString();
        } else if (name == u"kind") {
            isOrganisation = value.toString().compare(QStringLiteral("individual"), Qt::CaseInsensitive) != 0;
        } else if ((name == u"url" || name == u"x-socialprofile") && person.profileUrl.isEmpty()) {
            person.profileUrl = linkedInProfile(value.toString());
        }
    }
    finishPerson(person, nameFromN);
    if (!isOrganisation && (!person.name.isEmpty() || !person.email.isEmpty()))
        result.people.append(person);
}

} // namespace

VCardResult readJCards(const QByteArray &json)
{
    VCardResult result;
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(json, &problem);
    if (problem.error != QJsonParseError::NoError || !document.isArray()) {
        result.error = VCardText::tr("not jCard: %1 at byte %2").arg(problem.errorString()).arg(problem.offset);
        return result;
    }
    const QJsonArray root = document.array();
    const auto isCard = [](const QJsonArray &array) {
        return array.size() >= 2 && array.at(0).toString() == u"vcard" && array.at(1).isArray();
    };
    if (isCard(root)) {
        readJCard(root, result);
    } else {
        for (const QJsonValue &card : root) {
            if (!isCard(card.toArray())) {
                result.error = VCardText::tr("not jCard: an entry is not [\"vcard\", [...]]");
                return result;
            }
            readJCard(card.toArray(), result);
        }
    }
    return result;
}

} // namespace keyplan
