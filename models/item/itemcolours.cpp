#include "item/itemcolours.h"

#include <QGuiApplication>
#include <QPalette>

namespace keyplan::colours {

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor attention()
{
    return darkPalette() ? QColor(0xff, 0x7b, 0x6e) : QColor(0xb0, 0x3a, 0x2e);
}

QColor settled()
{
    return darkPalette() ? QColor(0xa0, 0xa6, 0xad) : QColor(0x6b, 0x70, 0x78);
}

QColor question()
{
    return darkPalette() ? QColor(0xf0, 0xa0, 0x40) : QColor(0xa3, 0x4a, 0x00);
}

QColor fair()
{
    return darkPalette() ? QColor(0xd8, 0xc8, 0x60) : QColor(0x6f, 0x64, 0x00);
}

QColor healthy()
{
    return darkPalette() ? QColor(0x7f, 0xd3, 0x8a) : QColor(0x2e, 0x7d, 0x32);
}

QColor warningBackground()
{
    return darkPalette() ? QColor(0x4a, 0x1f, 0x1c) : QColor(0xfd, 0xec, 0xea);
}

QColor warningText()
{
    return darkPalette() ? QColor(0xff, 0xc4, 0xbc) : QColor(0x8a, 0x1c, 0x13);
}

QColor warningBorder()
{
    return darkPalette() ? QColor(0x8c, 0x3b, 0x33) : QColor(0xe6, 0xa3, 0x9c);
}

QColor cellBackground(CellState state)
{
    const bool dark = darkPalette();
    switch (state) {
    case CellState::Sold:
        return dark ? QColor(0x23, 0x45, 0x2c) : QColor(0xdf, 0xf0, 0xe0);
    case CellState::InPipeline:
        return dark ? QColor(0x21, 0x3a, 0x5c) : QColor(0xdd, 0xe8, 0xf6);
    case CellState::Open:
        return dark ? QColor(0x4a, 0x3b, 0x14) : QColor(0xfd, 0xf3, 0xdc);
    case CellState::NotApplicable:
        break;
    }
    return dark ? QColor(0x2c, 0x2f, 0x33) : QColor(0xf0, 0xf0, 0xf0);
}

QColor cellText()
{
    return darkPalette() ? QColor(0xf2, 0xf2, 0xf2) : QColor(0x1f, 0x1f, 0x1f);
}

} // namespace keyplan::colours
