// Any bytes as an address book: vCard (folds, quoted-printable, charsets, groups) and jCard.
#include "io/import/vcardreader.h"

using namespace keyplan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const VCardResult cards = readVCards(bytes);
    for (const VCardPerson &person : cards.people)
        (void)person.name.size();
    const VCardResult jcards = readJCards(bytes);
    (void)jcards.people.size();
    return 0;
}
