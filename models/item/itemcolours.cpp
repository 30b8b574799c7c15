#include "item/itemcolours.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

namespace keyplan::colours {
namespace {

// The colour for a light palette, or its counterpart for a dark one.
QColor either(const QColor &light, const QColor &dark)
{
    return darkPalette() ? dark : light;
}

} // namespace

bool darkPalette()
{
    // Without a GUI (the command line, a model's tests) there is no palette: light, as on paper.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor attention()
{
    return either(QColor(0xb0, 0x3a, 0x2e), QColor(0xff, 0x7b, 0x6e));
}

QColor settled()
{
    return either(QColor(0x6b, 0x70, 0x78), QColor(0xa0, 0xa6, 0xad));
}

QColor question()
{
    return either(QColor(0xa3, 0x4a, 0x00), QColor(0xf0, 0xa0, 0x40));
}

QColor fair()
{
    return either(QColor(0x6f, 0x64, 0x00), QColor(0xd8, 0xc8, 0x60));
}

QColor healthy()
{
    return either(QColor(0x2e, 0x7d, 0x32), QColor(0x7f, 0xd3, 0x8a));
}

QColor warningBackground()
{
    return either(QColor(0xfd, 0xec, 0xea), QColor(0x4a, 0x1f, 0x1c));
}

QColor warningText()
{
    return either(QColor(0x8a, 0x1c, 0x13), QColor(0xff, 0xc4, 0xbc));
}

QColor warningBorder()
{
    return either(QColor(0xe6, 0xa3, 0x9c), QColor(0x8c, 0x3b, 0x33));
}

QColor cellBackground(CellState state)
{
    switch (state) {
    case CellState::Sold:
        return either(QColor(0xdf, 0xf0, 0xe0), QColor(0x23, 0x45, 0x2c));
    case CellState::InPipeline:
        return either(QColor(0xdd, 0xe8, 0xf6), QColor(0x21, 0x3a, 0x5c));
    case CellState::Open:
        return either(QColor(0xfd, 0xf3, 0xdc), QColor(0x4a, 0x3b, 0x14));
    case CellState::NotApplicable:
        break;
    }
    return either(QColor(0xf0, 0xf0, 0xf0), QColor(0x2c, 0x2f, 0x33));
}

QColor cellText()
{
    return either(QColor(0x1f, 0x1f, 0x1f), QColor(0xf2, 0xf2, 0xf2));
}

} // namespace keyplan::colours
