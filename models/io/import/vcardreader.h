#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// People from address books: vCard 2.1, 3.0 and 4.0 (several cards to a file, a missing VERSION
// read as 3.0) and jCard (RFC 7095). Lines are unfolded as bytes before anything is decoded, so a
// fold that splits a UTF-8 character joins it again; quoted-printable values (with their soft line
// breaks) and CHARSET parameters are decoded per property; Apple's "item1." groups are read
// through; escapes (\n, \, \; \\) are undone. Cards of organisations, groups and places (KIND other
// than individual) are not people; a card without a name is kept, for the import to say why it is left out.
namespace keyplan {

struct VCardPerson
{
    qint64 line = 0; // where the card begins
    QString uid;
    QString name; // FN, else N put together
    QString organisation; // ORG's first component
    QString department; // ORG's second
    QString title;
    QString email; // the preferred one, else the first
    QString phone; // the preferred work number, else the first
    QString profileUrl; // a LinkedIn profile among URL and X-SOCIALPROFILE
};

struct VCardResult
{
    QList<VCardPerson> people;
    QString error; // "line 12: ..." when the file is not vCard or jCard
};

VCardResult readVCards(const QByteArray &bytes);
VCardResult readJCards(const QByteArray &json);

} // namespace keyplan
