#include "ui/printing/svgpicture.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>
#include <QXmlStreamWriter>

namespace keyplan {

namespace {

// Placeholders QSvgGenerator writes as they are, swapped for the real elements afterwards (left
// empty, it would write "Qt SVG Document" itself).
constexpr char titleMark[] = "keyplan-title-mark";
constexpr char descriptionMark[] = "keyplan-description-mark";

QByteArray element(const QString &name, const QString &text)
{
    QByteArray written;
    QXmlStreamWriter xml(&written);
    xml.writeTextElement(name, text);
    return written;
}

} // namespace

QByteArray renderSvg(const SvgPicture &picture, const std::function<void(QPainter *)> &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(picture.size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), picture.size));
        generator.setTitle(QString::fromLatin1(titleMark));
        generator.setDescription(QString::fromLatin1(descriptionMark));
        QPainter painter(&generator);
        paint(&painter);
    }
    QByteArray svg = buffer.data();
    svg.replace(QByteArray("<title>") + titleMark + "</title>", element(QStringLiteral("title"), picture.title));
    svg.replace(QByteArray("<desc>") + descriptionMark + "</desc>", element(QStringLiteral("desc"), picture.description));
    return svg;
}

} // namespace keyplan
