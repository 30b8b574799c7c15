#pragma once

#include "domain/printdocument.h"
#include "ui/printing/pageddocument.h"

class QTextDocument;

// A PrintDocument laid into a QTextDocument for paper, preview and PDF (through DocumentComposer,
// so every text from the plan goes in as text). Figures become objects of `figureObjectType`,
// painted by the handler registered for it. In an edition marked as internal, the parts only we
// may read are set apart: a section of ours carries a tag by its title, a paragraph of ours a tint.
namespace keyplan {

void writePrintDocument(QTextDocument *document, const PrintDocument &content, int figureObjectType);

// The running header and footer of `content`'s pages.
PageDecoration pageDecoration(const PrintDocument &content);

// Numbers of one column aligned on their decimal separator: each padded with figure spaces to the
// most decimals in the column ("90" beside "11.8" becomes "90" and a space as wide as ".8").
QStringList alignDecimals(const QStringList &numbers, QChar decimalPoint);

} // namespace keyplan
