#pragma once

#include "domain/printdocument.h"

#include <QByteArray>
#include <QString>

// A PrintDocument as 16:9 slides (.pptx, Office Open XML), the form most QBRs are presented in:
// a title slide from the cover, then one slide per section (continued on the next when it runs
// long). Text stays editable text, tables are real tables, figures are pictures (SVG with a PNG
// fallback). Built from the same document as the PDF; every text goes through QXmlStreamWriter.
namespace keyplan {

// The .pptx file's bytes; empty, with the reason, when it could not be made.
QByteArray writePptx(const PrintDocument &content, const FigureSource &figures, QString *error = nullptr);

} // namespace keyplan
