#pragma once

#include "domain/printdocument.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

// A PrintDocument as an editable OpenDocument text (.odt): named paragraph and heading styles
// (headings in the outline, kept with what follows), tables with their column widths, hairline
// rules and header rows repeated on every page, rows never split, page numbers in the footer and
// the figures as SVG with a PNG fallback. Every text goes through QXmlStreamWriter.
namespace keyplan {

struct OdtPage
{
    QSizeF sizeMm {210, 297};
    qreal marginMm = 16;
};

// The .odt file's bytes; empty, with the reason, when it could not be made.
QByteArray writeOdt(const PrintDocument &content, const FigureSource &figures, const OdtPage &page = {},
    QString *error = nullptr);

} // namespace keyplan
