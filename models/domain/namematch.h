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

// A person's name for matching: case, accents and spacing folded, "Last, First" turned round.
QString personKey(const QString &name);

} // namespace keyplan
