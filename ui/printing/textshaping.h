#pragma once

#include <QFont>
#include <QStringView>
#include <QTextCharFormat>

// Keyplan's paper fonts skip typographic shaping where a script does not need it, so that "fl"
// stays two letters when a PDF is searched or copied from. Text in a script that does need it
// (Arabic joins its letters, Arabic and Hebrew run right to left with mirrored brackets, Indic
// scripts reorder) is shaped: a name like "مجموعة الخليج (Gulf)" prints joined and in order.
namespace keyplan {

// Any letter or mark outside the Latin, Greek and Cyrillic scripts.
bool needsShaping(QStringView text);
QFont::StyleStrategy shapingStrategy(QStringView text);
QFont shapedFont(QFont font, QStringView text);
QTextCharFormat shapedFormat(QTextCharFormat format, QStringView text);
// The direction of a paragraph by its first strong letter outside isolates, as the Unicode bidi
// algorithm has it (rule P2; Qt 6.4 looks inside them): "⁨مجموعة الخليج⁩ · QBR" runs left to
// right, its isolated name right to left within it; an isolated name alone, too (rule P3). Auto
// for text without isolates or letters.
Qt::LayoutDirection paragraphDirection(QStringView text);

} // namespace keyplan
