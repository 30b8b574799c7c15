#pragma once

#include "domain/printdocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QXmlStreamWriter;

// The parts of a .pptx package (pptxwriter.h): the package's boilerplate (content types,
// relationships, presentation, one master, one blank layout, a theme) and the shapes a slide is
// made of (text boxes, tables, pictures). All written with QXmlStreamWriter.
namespace keyplan::pptx {

struct Box
{
    qint64 x = 0; // EMU
    qint64 y = 0;
    qint64 cx = 0;
    qint64 cy = 0;
};

using TableRow = std::pair<QList<Runs>, qint64>; // the cells and the row's height

void slideStart(QXmlStreamWriter &xml);
void slideEnd(QXmlStreamWriter &xml);
// A text box of paragraphs; each run sized, weighted and coloured by its style from `size` points.
void textBox(QXmlStreamWriter &xml, int id, const QString &name, const Box &box, const QList<Runs> &paragraphs,
    qreal size, const QString &fill = QString(), bool italic = false, bool title = false, bool alignRight = false);
// An editable table with hairline rules under each row and a shaded header row.
void tableFrame(QXmlStreamWriter &xml, int id, const Box &box, const QList<qint64> &widths,
    const QList<DocColumn::Kind> &kinds, const TableRow &header, const QList<TableRow> &rows, qreal size);
// A picture: the PNG, with the SVG beside it for readers that show vectors.
void pictureShape(QXmlStreamWriter &xml, int id, const Box &box, const QString &pngId, const QString &svgId);

QByteArray contentTypes(int slides);
QByteArray packageRelationships();
QByteArray coreProperties(const QString &title);
QByteArray appProperties(int slides);
QByteArray presentation(int slides, qint64 width, qint64 height);
QByteArray presentationRelationships(int slides);
QByteArray slideMaster();
QByteArray slideMasterRelationships();
QByteArray slideLayout();
QByteArray slideLayoutRelationships();
QByteArray theme();
// The slide's layout (rId1) and its pictures (rId2 on), each a target and a relationship type.
QByteArray slideRelationships(const QList<std::pair<QString, QString>> &media);

} // namespace keyplan::pptx
