#include "domain/namematch.h"

#include <QHash>
#include <QStringList>

namespace keyplan {
namespace {

// Lower case, no accents, letters and digits in words separated by one space; "&" is "and".
QStringList words(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'&')
            folded += QStringLiteral(" and ");
        else if (c == u'\'' || c == u'\u2019')
            continue; // "O'Brien", "Sainsbury's"
        else if (c.isLetterOrNumber())
            folded += c.toCaseFolded();
        else
            folded += u' ';
    }
    return folded.split(u' ', Qt::SkipEmptyParts);
}

// One spelling per legal form and country; "limited" and "ltd" are the same word.
const QHash<QString, QString> &canonicalWords()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto same = [&t](std::initializer_list<const char *> spellings) {
            const QString first = QString::fromLatin1(*spellings.begin());
            for (const char *spelling : spellings)
                t.insert(QString::fromLatin1(spelling), first);
        };
        same({"ltd", "limited"});
        same({"inc", "incorporated"});
        same({"corp", "corporation"});
        same({"co", "company"});
        same({"plc", "publiclimitedcompany"});
        same({"llc"});
        same({"gmbh"});
        same({"ag", "aktiengesellschaft"});
        same({"sa"});
        same({"sarl"});
        same({"bv"});
        same({"nv"});
        same({"pty"});
        same({"us", "usa", "america"});
        same({"uk", "gb"});
        same({"intl", "international"});
        same({"grp", "group"});
        same({"hldgs", "holdings"});
        return t;
    }();
    return table;
}

const QStringList &legalForms()
{
    static const QStringList forms = {QStringLiteral("ltd"), QStringLiteral("inc"), QStringLiteral("corp"),
        QStringLiteral("co"), QStringLiteral("plc"), QStringLiteral("llc"), QStringLiteral("gmbh"),
        QStringLiteral("ag"), QStringLiteral("sa"), QStringLiteral("sarl"), QStringLiteral("bv"),
        QStringLiteral("nv"), QStringLiteral("pty"), QStringLiteral("grp"), QStringLiteral("hldgs"),
        QStringLiteral("the")};
    return forms;
}

QStringList canonical(const QString &name)
{
    QStringList result = words(name);
    // Multi-word spellings first: "united states (of america)", "united kingdom", "public limited company".
    const QString joined = result.join(u' ');
    QString replaced = u' ' + joined + u' ';
    replaced.replace(QStringLiteral(" united states of america "), QStringLiteral(" us "));
    replaced.replace(QStringLiteral(" united states "), QStringLiteral(" us "));
    replaced.replace(QStringLiteral(" united kingdom "), QStringLiteral(" uk "));
    replaced.replace(QStringLiteral(" great britain "), QStringLiteral(" uk "));
    replaced.replace(QStringLiteral(" public limited company "), QStringLiteral(" plc "));
    // "S.A." and "B.V." came apart into letters: join a run of single letters ("s a" -> "sa").
    result = replaced.split(u' ', Qt::SkipEmptyParts);
    QStringList merged;
    bool joining = false; // the last word is a run of single letters
    for (const QString &word : std::as_const(result)) {
        const bool letter = word.size() == 1 && word.at(0).isLetter();
        if (letter && joining)
            merged.last() += word;
        else
            merged.append(word);
        joining = letter;
    }
    const QHash<QString, QString> &table = canonicalWords();
    for (QString &word : merged)
        word = table.value(word, word);
    return merged;
}

// Edits from one to the other, a swap of two neighbouring letters counting as one (optimal string
// alignment): "Meridain" is one slip from "Meridian".
int editDistance(const QString &a, const QString &b)
{
    QList<int> beforePrevious(b.size() + 1);
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                current[j] = std::min(current[j], beforePrevious[j - 2] + 1);
        }
        std::swap(beforePrevious, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString nameKey(const QString &name)
{
    return canonical(name).join(u' ');
}

QString nameStem(const QString &name)
{
    QStringList kept = canonical(name);
    const QStringList &forms = legalForms();
    kept.removeIf([&forms](const QString &word) { return forms.contains(word); });
    return kept.join(u' ');
}

QStringList slipKeys(const QString &stem)
{
    const QString compact = QString(stem).remove(u' ');
    if (compact.size() < 6)
        return {};
    QStringList keys {compact};
    for (qsizetype i = 0; i < compact.size(); ++i)
        keys.append(QString(compact).remove(i, 1));
    return keys;
}

NameMatch compareFolded(const QString &leftKey, const QString &leftStem, const QString &rightKey, const QString &rightStem)
{
    if (leftKey.isEmpty() || rightKey.isEmpty())
        return NameMatch::Different;
    if (leftKey == rightKey)
        return NameMatch::Same;
    if (!leftStem.isEmpty() && leftStem == rightStem)
        return NameMatch::Alike;
    const QString a = QString(leftStem).remove(u' ');
    const QString b = QString(rightStem).remove(u' ');
    // Numbers are never a slip: "Region 1" and "Region 2" are two.
    const auto digits = [](const QString &text) {
        QString only;
        for (const QChar c : text)
            if (c.isDigit())
                only += c;
        return only;
    };
    if (a.size() >= 6 && b.size() >= 6 && std::abs(a.size() - b.size()) <= 1 && digits(a) == digits(b) && editDistance(a, b) <= 1)
        return NameMatch::Alike;
    return NameMatch::Different;
}

NameMatch compareNames(const QString &left, const QString &right)
{
    return compareFolded(nameKey(left), nameStem(left), nameKey(right), nameStem(right));
}

QString personKey(const QString &name)
{
    QString text = name;
    if (const qsizetype comma = text.indexOf(u','); comma > 0 && text.indexOf(u',', comma + 1) < 0)
        text = text.mid(comma + 1) + u' ' + text.left(comma); // "Taylor, Amy"
    return words(text).join(u' ');
}

} // namespace keyplan
