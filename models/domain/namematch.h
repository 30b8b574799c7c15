#pragma once

#include <QString>

// Names as people type them into different tools: "ACME Ltd", "Acme Limited" and "Acmé ltd." are
// one company; "Acme UK" and "Acme United Kingdom" one subsidiary. A name's key folds case,
// accents, punctuation, white space and the common spellings of legal forms and countries; two
// names with the same key are the same for certain. Names whose keys differ only by the legal form
// ("Acme Inc" and "Acme Ltd") or by one letter in a long name are only alike: a person confirms.
namespace keyplan {

QString nameKey(const QString &name);
// The key without legal forms ("acme" for "Acme Holdings Ltd").
QString nameStem(const QString &name);

enum class NameMatch { Different, Alike, Same };
NameMatch compareNames(const QString &left, const QString &right);

// A stem's spellings one slip away, for an index that finds names one typing slip apart without
// comparing with each: the stem without spaces and that with each one letter left out. Two stems
// within one edit (a letter added, left out, changed, or two swapped) share one of these. Empty
// for stems too short to tell a slip from another name.
QStringList slipKeys(const QString &stem);

// The same test on names already folded (nameKey, and nameStem without spaces), for a matcher
// that compares one name with many.
NameMatch compareFolded(const QString &leftKey, const QString &leftStem, const QString &rightKey, const QString &rightStem);

// A person's name for matching: case, accents and spacing folded, "Last, First" turned round.
QString personKey(const QString &name);

} // namespace keyplan
