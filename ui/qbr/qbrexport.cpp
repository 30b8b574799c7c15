#include "ui/qbr/qbrexport.h"

#include "domain/dayformat.h"
#include "domain/filenames.h"

#include "ui/map/mapprinter.h"
#include "ui/printing/pageddocument.h"
#include "ui/printing/printdocumentwriter.h"
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
#include <QTextDocumentWriter>
#include <QUrl>

namespace keyplan {

namespace {

class QbrExportText
{
    Q_DECLARE_TR_FUNCTIONS(QbrExport)
};

constexpr qreal odtPixelRatio = 2.5; // about 240 dpi: sharp enough to print from the office suite

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

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Replaces every painted figure by a picture of it: the OpenDocument writer knows only pictures.
void figuresToPictures(QTextDocument *document, const QbrFigures &figures)
{
    QList<std::pair<int, QbrFigures::Figure>> found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().objectType() == QbrFigures::objectType())
                found.append({fragment.position(),
                    QbrFigures::Figure(
                        fragment.charFormat().property(QTextFormat::UserProperty + 1).toInt())});
        }
    }
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const auto [position, figure] = *it;
        const QString name = QStringLiteral("keyplan-figure:%1-%2").arg(int(figure)).arg(position);
        document->addResource(
            QTextDocument::ImageResource, QUrl(name), figures.figureImage(figure, odtPixelRatio));
        const QSizeF size = figures.figureSize(figure);
        QTextImageFormat picture;
        picture.setName(name);
        picture.setWidth(size.width());
        picture.setHeight(size.height());
        QTextCursor cursor(document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.insertImage(picture);
    }
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
    if (suffix != QLatin1String("odt"))
        return failWith(error, QbrExportText::tr("%1: the file name must end in .pdf or .odt.").arg(path));

    QbrRendering rendering(data, edition, layout);
    figuresToPictures(&rendering.document, rendering.figures);
    rendering.document.setMetaInformation(QTextDocument::DocumentTitle, title);
    // The writer closes its device when done, which a QSaveFile refuses: write to memory first.
    QBuffer odt;
    odt.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&odt, "odf");
    if (!writer.write(&rendering.document))
        return failWith(
            error, QbrExportText::tr("%1 could not be written as an OpenDocument text.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(odt.data()) != odt.data().size() || !file.commit())
        return failWith(
            error, QbrExportText::tr("%1 could not be written: %2").arg(path, file.errorString()));
    return true;
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
