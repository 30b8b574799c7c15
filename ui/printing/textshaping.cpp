#include "ui/printing/textshaping.h"

namespace keyplan {

bool needsShaping(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (c < 0x0370)
            continue; // Latin and its marks, punctuation, digits
        switch (QChar::script(c)) {
        case QChar::Script_Common:
        case QChar::Script_Inherited:
        case QChar::Script_Latin:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
            continue;
        default:
            return true;
        }
    }
    return false;
}

QFont::StyleStrategy shapingStrategy(QStringView text)
{
    return needsShaping(text) ? QFont::PreferDefault : QFont::PreferNoShaping;
}

QFont shapedFont(QFont font, QStringView text)
{
    font.setStyleStrategy(shapingStrategy(text));
    return font;
}

QTextCharFormat shapedFormat(QTextCharFormat format, QStringView text)
{
    if (needsShaping(text))
        format.setFontStyleStrategy(QFont::PreferDefault);
    return format;
}

} // namespace keyplan
