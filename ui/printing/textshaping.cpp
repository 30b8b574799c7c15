#include "ui/printing/textshaping.h"

#include <algorithm>

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

Qt::LayoutDirection paragraphDirection(QStringView text)
{
    int isolated = 0;
    bool anyIsolate = false;
    for (const char32_t c : text.toUcs4()) {
        switch (QChar::direction(c)) {
        case QChar::DirLRI:
        case QChar::DirRLI:
        case QChar::DirFSI:
            ++isolated;
            anyIsolate = true;
            break;
        case QChar::DirPDI:
            isolated = std::max(0, isolated - 1);
            break;
        case QChar::DirL:
            if (isolated == 0)
                return Qt::LeftToRight;
            break;
        case QChar::DirR:
        case QChar::DirAL:
            if (isolated == 0)
                return Qt::RightToLeft;
            break;
        default:
            break;
        }
    }
    // Nothing strong outside the isolates: left to right (rule P3); no isolates: Qt decides alike.
    return anyIsolate ? Qt::LeftToRight : Qt::LayoutDirectionAuto;
}

} // namespace keyplan
