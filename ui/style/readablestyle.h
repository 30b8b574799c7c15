#pragma once

#include <QProxyStyle>

namespace keyplan {

// Qt's Fusion style, readable in a dark palette. Fusion outlines an unticked checkbox or radio
// button with the window colour darkened, which on a dark window is almost the field's own colour,
// and draws the toolbar's overflow arrow in a fixed grey; both all but vanish. In a dark palette
// this style outlines the indicators in a colour between text and field (at least 3:1 on the
// field, WCAG's bar for controls) and draws the overflow chevrons in the window's text colour.
// In a light palette it draws exactly what Fusion draws.
class ReadableStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    explicit ReadableStyle(QStyle *base = nullptr); // takes ownership of `base`; Fusion when null

    // Wraps the application's style when it is Fusion (the style of desktops without a Qt theme
    // of their own); a desktop's own style (Breeze, ...) is left alone.
    static void installIfFusion();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
};

} // namespace keyplan
