#pragma once

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

// A vector picture as an SVG file: painted with QPainter through QSvgGenerator, with its title
// and description written by QXmlStreamWriter. (QSvgGenerator::setTitle() writes its text
// unescaped in Qt 6.4: "Fenwick & Hale" made invalid XML, and a crafted name a live <script>.)
namespace keyplan {

struct SvgPicture
{
    QSizeF size; // in sheet units (CSS pixels), also the view box
    QString title;
    QString description;
};

// The SVG document; `paint` draws in sheet units from (0, 0).
QByteArray renderSvg(const SvgPicture &picture, const std::function<void(QPainter *)> &paint);

} // namespace keyplan
