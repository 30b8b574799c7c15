#pragma once

#include <QWidget>

class QAbstractItemModel;
class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QPalette;
class QPushButton;

namespace keyplan {

// A chart on screen takes the palette's colours: its background, text, grid and legend, so it
// reads on a dark desktop too (the bars keep their hues). Printed charts keep paper's.
void followPalette(QChart *chart, const QPalette &palette);

// A chart that is a view of an item model: it redraws once after any burst of model changes, and
// only while it is shown (a hidden chart costs nothing and redraws when shown). Above it, a row
// for the chart's own options and Copy / Save As… (PNG or SVG); below it, a note. Its legend goes
// beside the plot when the chart is wide and short (a dock across the window), under it otherwise,
// so it is on screen wherever the chart is.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QLabel *note() const { return m_note; }

    // The chart as an image at twice the screen's resolution.
    QImage image() const;
    void copyToClipboard() const;
    // By suffix: .png (raster, 2x) or .svg (vector, text as text). False when it cannot be written.
    bool saveTo(const QString &path, QString *error = nullptr) const;
    // Redraws now, shown or not (tests, export).
    void rebuildNow();

protected:
    // Watches `model` for changes; the chart is rebuilt from it.
    void watch(QAbstractItemModel *model);
    QHBoxLayout *optionsRow() const { return m_options; }
    // Clears the chart's series and axes; subclasses then add theirs.
    void clearChart();
    virtual void rebuild() = 0;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scheduleRebuild();

private:
    void saveAs();

    QChart *m_chart;
    QChartView *m_view;
    QHBoxLayout *m_options;
    QLabel *m_note;
    QPushButton *m_copy;
    QPushButton *m_save;
    bool m_pending = false;
    bool m_stale = true;
};

} // namespace keyplan
