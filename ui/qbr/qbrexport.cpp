#include "ui/qbr/qbrexport.h"

#include "domain/dayformat.h"
#include "domain/filenames.h"

#include "ui/map/mapprinter.h"
#include "ui/printing/pageddocument.h"
#include "ui/printing/printdocumentwriter.h"
#include "ui/printing/svgpicture.h"
#include "io/odtwriter.h"
#include "io/pptxwriter.h"
#include "ui/qbr/portfoliosummarydocument.h"
#include "ui/qbr/qbrfigures.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QImage>
#include <QPainter>
#include <QUrl>

namespace keyplan {

namespace {

class QbrExportText
{
    Q_DECLARE_TR_FUNCTIONS(QbrExport)
};

constexpr qreal figurePixelRatio = 2.5; // about 240 dpi: sharp enough to print from an office suite

// The document of one QBR summary laid out for `layout`, with its figures.
struct QbrRendering
{
    QbrRendering(const QbrData &data, QbrEdition edition, const QPageLayout &layout)
        : content(buildQbrContent(data, edition))
        , figures(data, PagedDocument::bodySize(layout).width())
    {
        PagedDocument::useSheetUnits(&document);
        figures.registerOn(&document);
        writePrintDocument(&document, content, QbrFigures::objectType());
    }

    PrintDocument content;
    QTextDocument document;
    QbrFigures figures;
};

bool showsFigure(const PrintDocument &content, int figure)
{
    for (const DocSection &section : content.sections) {
        for (const DocItem &item : section.items) {
            if (const auto *picture = std::get_if<DocPicture>(&item.block); picture && picture->figure == figure)
                return true;
        }
    }
    return false;
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The figures as the file writers embed them: SVG, with a sharp PNG beside it.
FigureSource figureFiles(const QbrFigures &figures, const QString &accountName)
{
    return [&figures, accountName](int figure) {
        const auto which = QbrFigures::Figure(figure);
        const QSizeF size = figures.figureSize(which);
        FigureFiles files;
        files.points = size * 0.75; // a sheet unit is a CSS pixel
        const QString title = which == QbrFigures::Map ? QbrExportText::tr("%1: stakeholder map").arg(accountName)
                                                       : QbrExportText::tr("%1: ARR at each month end").arg(accountName);
        files.svg = renderSvg({size, title, QbrExportText::tr("Made with Keyplan")}, [&](QPainter *painter) {
            figures.paintFigure(painter, QRectF(QPointF(0, 0), size), which);
        });
        QBuffer png(&files.png);
        png.open(QIODevice::WriteOnly);
        figures.figureImage(which, figurePixelRatio).save(&png, "PNG");
        return files;
    };
}

bool writeFile(const QString &path, const QByteArray &bytes, const QString &reason, QString *error)
{
    if (bytes.isEmpty())
        return failWith(error, QbrExportText::tr("%1 could not be written: %2").arg(path, reason));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failWith(error, QbrExportText::tr("%1 could not be written: %2").arg(path, file.errorString()));
    return true;
}

template<typename Paint>
bool writePdf(
    const QString &path, const QPageLayout &layout, const QString &title, QString *error, Paint &&paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(
            error, QbrExportText::tr("%1 could not be written: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(layout);
        writer.setResolution(1200);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Keyplan"));
        if (!paint(&writer)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit())
        return failWith(
            error, QbrExportText::tr("%1 could not be written: %2").arg(path, file.errorString()));
    return true;
}

} // namespace

QPageLayout defaultQbrPageLayout(const QLocale &locale)
{
    return QPageLayout(
        defaultPageSize(locale), QPageLayout::Portrait, QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
}

QPageLayout defaultSummaryPageLayout(const QLocale &locale)
{
    return QPageLayout(
        defaultPageSize(locale), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}

bool paintQbr(QPagedPaintDevice *device, const QbrData &data, QbrEdition edition, QString *error)
{
    const QPageLayout layout = device->pageLayout();
    QbrRendering rendering(data, edition, layout);
    PagedDocument paged(&rendering.document, layout);
    // A map printed cut down in the text follows whole, in readable tiles.
    if (rendering.figures.mapNeedsAppendix() && showsFigure(rendering.content, QbrMapFigure)) {
        rendering.figures.setAppendixFollows(true);
        const int first = paged.documentPageCount() + 1;
        const QbrFigures &figures = rendering.figures;
        paged.setAppendix(figures.appendixPages(paged.bodySize()), [&figures, first](QPainter *painter, const QRectF &body, int index) {
            figures.paintAppendix(painter, body, index, first);
        });
    }
    return paged.paint(device, pageDecoration(rendering.content), error);
}

bool paintPortfolioSummary(
    QPagedPaintDevice *device, const PortfolioReport &report, const QDate &printedOn, QString *error)
{
    QTextDocument document;
    PagedDocument::useSheetUnits(&document);
    writePortfolioSummary(&document, report, printedOn);
    PagedDocument paged(&document, device->pageLayout());
    const QLocale locale;
    return paged.paint(device,
        {report.planName, QbrExportText::tr("Key accounts · portfolio summary"),
            QbrExportText::tr("%1 · printed %2").arg(report.planName, formatDay(printedOn, locale)),
            QbrExportText::tr("Internal: not for customers")},
        error);
}

bool exportQbr(const QbrData &data, QbrEdition edition, const QString &path, const QPageLayout &layout, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString title = QbrExportText::tr("%1: %2").arg(data.account.name, qbrTitle(data));
    if (suffix == QLatin1String("pdf"))
        return writePdf(
            path, layout, title, error, [&](QPdfWriter *writer) { return paintQbr(writer, data, edition, error); });
    if (suffix != QLatin1String("odt") && suffix != QLatin1String("pptx"))
        return failWith(error, QbrExportText::tr("%1: the file name must end in .pdf, .odt or .pptx.").arg(path));

    QbrRendering rendering(data, edition, layout);
    const FigureSource figures = figureFiles(rendering.figures, data.account.name);
    QString reason;
    QByteArray bytes;
    if (suffix == QLatin1String("odt")) {
        OdtPage page;
        page.sizeMm = layout.pageSize().size(QPageSize::Millimeter);
        page.marginMm = layout.margins(QPageLayout::Millimeter).left();
        bytes = writeOdt(rendering.content, figures, page, &reason);
    } else {
        bytes = writePptx(rendering.content, figures, &reason);
    }
    return writeFile(path, bytes, reason, error);
}

bool exportPortfolioSummary(const PortfolioReport &report, const QDate &printedOn, const QString &path,
    const QPageLayout &layout, QString *error)
{
    if (QFileInfo(path).suffix().toLower() != QLatin1String("pdf"))
        return failWith(error, QbrExportText::tr("%1: the file name must end in .pdf.").arg(path));
    return writePdf(path, layout, QbrExportText::tr("%1: portfolio summary").arg(report.planName), error,
        [&](QPdfWriter *writer) { return paintPortfolioSummary(writer, report, printedOn, error); });
}

QString qbrFileName(const QString &accountName, const QString &suffix, QbrEdition edition)
{
    const QString stem = safeFileStem(accountName, QbrExportText::tr("Account"));
    return (edition == QbrEdition::Internal ? QbrExportText::tr("%1 - QBR (internal)").arg(stem)
                                            : QbrExportText::tr("%1 - QBR").arg(stem))
        + QLatin1Char('.') + suffix;
}

} // namespace keyplan
