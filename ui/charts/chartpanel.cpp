#include "ui/charts/chartpanel.h"

#include "domain/filenames.h"
#include "ui/messages.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTimer>
#include <QAbstractAxis>
#include <QEvent>
#include <QLegend>
#include <QVBoxLayout>

namespace keyplan {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_options(new QHBoxLayout)
    , m_note(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("Sa&ve As…"), this))
{
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_copy->setToolTip(tr("Copy the chart as an image"));
    m_save->setToolTip(tr("Save the chart as PNG or SVG"));
    auto *row = new QHBoxLayout;
    row->addLayout(m_options);
    row->addStretch(1);
    row->addWidget(m_copy);
    row->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    connect(m_copy, &QPushButton::clicked, this, &ChartPanel::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &ChartPanel::saveAs);
}

void ChartPanel::watch(QAbstractItemModel *model)
{
    connect(model, &QAbstractItemModel::modelReset, this, &ChartPanel::scheduleRebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &ChartPanel::scheduleRebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChartPanel::scheduleRebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartPanel::scheduleRebuild);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ChartPanel::scheduleRebuild);
    scheduleRebuild();
}

// Many edits arrive as several signals: one redraw once they have all arrived, and none while hidden.
void ChartPanel::scheduleRebuild()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        m_stale = !isVisible();
        if (!m_stale) {
            rebuild();
            followPalette(m_chart, palette());
        }
    });
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        rebuild();
        followPalette(m_chart, palette());
    }
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Beside the plot once the panel is well over twice as wide as high: under it, the legend
    // would take height the plot cannot spare, or fall below what a dock shows.
    const Qt::Alignment side = width() > 2.5 * height() ? Qt::AlignRight : Qt::AlignBottom;
    if (m_chart->legend()->alignment() != side)
        m_chart->legend()->setAlignment(side);
}

void ChartPanel::rebuildNow()
{
    m_stale = false;
    rebuild();
    followPalette(m_chart, palette());
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette(m_chart, palette());
}

void followPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
}

void ChartPanel::clearChart()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

QImage ChartPanel::image() const
{
    const QSize size = m_view->size().expandedTo(QSize(640, 400));
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

void ChartPanel::copyToClipboard() const
{
    QApplication::clipboard()->setImage(image());
}

bool ChartPanel::saveTo(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    bool written = false;
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        const QSize size = m_view->size().expandedTo(QSize(640, 400));
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_chart->title());
        QPainter painter;
        written = painter.begin(&svg);
        if (written) {
            m_view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
            written = painter.end();
        }
    } else if (suffix == u"png") {
        written = image().save(&file, "PNG");
    } else {
        if (error)
            *error = tr("Save the chart as .png or .svg");
        file.cancelWriting();
        return false;
    }
    if (!written || !file.commit()) {
        if (error)
            *error = file.errorString().isEmpty() ? tr("The chart could not be written") : file.errorString();
        return false;
    }
    return true;
}

void ChartPanel::saveAs()
{
    const QString title = m_chart->title().isEmpty() ? tr("chart") : m_chart->title();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + safeFileStem(title, tr("chart")) + QStringLiteral(".png"); // a title may hold ':' or '/'
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), suggested, tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        showWarning(this, tr("Save Chart"), tr("%1 could not be saved: %2").arg(path, error));
    else
        announce(this, tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace keyplan
