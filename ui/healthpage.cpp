#include "ui/healthpage.h"
#include "item/itemcolours.h"
#include "ui/keyboardaccess.h"

#include "domain/dayformat.h"
#include "item/plaintooltip.h"
#include "item/healthediting.h"
#include "item/livingplanediting.h"
#include "item/plandocument.h"
#include "item/playevaluator.h"
#include "ui/editorwidgets.h"
#include "ui/charts/healthtrendchart.h"
#include "ui/healthdialog.h"
#include "ui/treeitems.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace keyplan {
namespace {

QTreeWidget *makeList(QWidget *parent, const QStringList &headers, const QString &name, const QString &accessibleName)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    prepareItemView(list, accessibleName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    return list;
}

QString bandName(HealthBand band)
{
    switch (band) {
    case HealthBand::Critical:
        return HealthPage::tr("critical");
    case HealthBand::AtRisk:
        return HealthPage::tr("at risk: a risk review is due");
    case HealthBand::Fair:
        return HealthPage::tr("fair");
    case HealthBand::Healthy:
        return HealthPage::tr("healthy");
    }
    return {};
}

QColor bandColour(HealthBand band)
{
    switch (band) {
    case HealthBand::Critical:
        return colours::attention();
    case HealthBand::AtRisk:
        return colours::question();
    case HealthBand::Fair:
        return colours::fair();
    case HealthBand::Healthy:
        return colours::healthy();
    }
    return {};
}

QString number(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'g', 10) : QStringLiteral("–");
}

} // namespace

HealthPage::HealthPage(QWidget *parent)
    : QWidget(parent)
    , m_score(new QLabel(this))
    , m_override(new QLabel(this))
    , m_measures(makeList(this, {tr("Measure"), tr("Score"), tr("Weight"), tr("Rests on")}, QStringLiteral("healthMeasures"), tr("Health measures")))
    , m_metrics(makeList(this, {tr("Metric"), tr("Latest"), tr("Poor at"), tr("Good at"), tr("Values")}, QStringLiteral("healthMetrics"), tr("Metrics")))
    , m_history(makeList(this, {tr("Day"), tr("Score"), tr("Basis")}, QStringLiteral("healthHistory"), tr("Score history")))
    , m_trend(new HealthTrendChart(this))
    , m_record(new QPushButton(tr("Record &Measure…"), this))
    , m_overrideButton(new QPushButton(tr("&Override…"), this))
    , m_endOverride(new QPushButton(tr("E&nd Override"), this))
    , m_paste(new QPushButton(tr("&Paste Metrics as CSV…"), this))
    , m_removeMetric(new QPushButton(tr("Remove Metric"), this))
    , m_editMetric(new QPushButton(tr("&Thresholds…"), this))
{
    m_score->setTextFormat(Qt::PlainText);
    m_score->setWordWrap(true); // a long line of trends never widens the window
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_score->setFont(big);
    m_override->setTextFormat(Qt::PlainText);
    m_override->setWordWrap(true);
    m_measures->header()->resizeSection(0, 160);
    // Seven measures and the header, no more: the history below gets the room.
    m_measures->setFixedHeight(m_measures->fontMetrics().height() * 9 + 16);
    m_measures->header()->resizeSection(1, 60);
    m_measures->header()->resizeSection(2, 60);
    m_metrics->header()->resizeSection(0, 180);

    auto *cardButtons = new QHBoxLayout;
    cardButtons->addWidget(m_record);
    cardButtons->addWidget(m_overrideButton);
    cardButtons->addWidget(m_endOverride);
    cardButtons->addStretch(1);
    auto *metricButtons = new QVBoxLayout;
    metricButtons->addWidget(m_paste);
    metricButtons->addWidget(m_editMetric);
    metricButtons->addWidget(m_removeMetric);
    metricButtons->addStretch(1);

    auto *metricsBox = new QGroupBox(tr("Usage metrics"), this);
    auto *metricsLayout = new QVBoxLayout(metricsBox);
    m_paste->setText(tr("&Paste CSV…"));
    m_paste->setToolTip(tr("Paste usage metrics as CSV: account,date,metric,value"));
    auto *metricsRow = new QHBoxLayout;
    metricsRow->addWidget(m_metrics, 1);
    metricsRow->addLayout(metricButtons);
    metricsLayout->addLayout(metricsRow);
    auto *historyBox = new QGroupBox(tr("History"), this);
    auto *historyLayout = new QHBoxLayout(historyBox);
    historyLayout->addWidget(m_trend, 3);
    historyLayout->addWidget(m_history, 2);
    // Side by side where there is room; the boxes' buttons never set the window's width.
    auto *lower = new QVBoxLayout;
    lower->addWidget(historyBox, 3);
    lower->addWidget(metricsBox, 2);
    metricsBox->setMinimumWidth(0);
    m_history->setMinimumWidth(120);

    // In a scroll area: on a small screen the card scrolls instead of making the window taller.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_score);
    contentLayout->addWidget(m_override);
    contentLayout->addWidget(m_measures);
    contentLayout->addLayout(cardButtons);
    contentLayout->addLayout(lower, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_record, &QPushButton::clicked, this, &HealthPage::recordMeasure);
    connect(m_overrideButton, &QPushButton::clicked, this, &HealthPage::setOverride);
    connect(m_endOverride, &QPushButton::clicked, this, [this] {
        if (m_document)
            HealthEditing::of(m_document)->clearOverride(m_accountId);
    });
    connect(m_paste, &QPushButton::clicked, this, &HealthPage::pasteMetrics);
    connect(m_removeMetric, &QPushButton::clicked, this, [this] {
        if (m_document && m_metrics->currentItem())
            HealthEditing::of(m_document)->removeMetric(m_metrics->currentItem()->data(0, Qt::UserRole).toLongLong(),
                m_metrics->currentItem()->data(0, Qt::UserRole + 1).toLongLong());
    });
    connect(m_editMetric, &QPushButton::clicked, this, &HealthPage::editMetric);
    connect(m_metrics, &QTreeWidget::itemActivated, this, &HealthPage::editMetric);
    connect(m_metrics, &QTreeWidget::currentItemChanged, this, [this] {
        const bool chosen = m_document && !m_document->isReadOnly() && m_metrics->currentItem();
        m_removeMetric->setEnabled(chosen);
        m_editMetric->setEnabled(chosen);
    });
}

void HealthPage::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(PlayEvaluator::of(m_document), nullptr, this, nullptr);
    m_document = document;
    // Every cause of a new score (measures, people, goals, settings) ends in an evaluator pass.
    if (document)
        connect(PlayEvaluator::of(document), &PlayEvaluator::evaluated, this, &HealthPage::refresh);
    setAccount(0);
}

void HealthPage::setAccount(AccountId id)
{
    m_accountId = id;
    setEnabled(m_document && id > 0);
    refresh();
}

void HealthPage::refresh()
{
    m_history->clear();
    m_trend->setHistory({}, {});
    m_score->clear();
    m_override->clear();
    if (!m_document || !m_accountId) {
        m_measures->clear();
        m_metrics->clear();
        m_override->hide();
        return;
    }
    HealthEditing *editing = HealthEditing::of(m_document);
    const AccountHealth health = PlayEvaluator::of(m_document)->healthNow(m_accountId);
    const HealthCard &card = health.card;
    const LivingPlanSettings settings = LivingPlanEditing::of(m_document)->settings();
    if (const std::optional<double> score = card.score()) {
        QString text = tr("Health %1 of 10 · %2").arg(formatHealth(score), bandName(healthBand(*score)));
        if (const QString trend = formatHealthTrend(health.trend.since30); !trend.isEmpty())
            text = tr("%1 · %2 in 30 days").arg(text, trend);
        if (const QString trend = formatHealthTrend(health.trend.since90); !trend.isEmpty())
            text = tr("%1 · %2 in 90 days").arg(text, trend);
        m_score->setText(text);
        QPalette colours = m_score->palette();
        colours.setColor(QPalette::WindowText, bandColour(healthBand(*score)));
        m_score->setPalette(colours);
    } else {
        m_score->setText(tr("No measure has data yet: enter one by hand, add a metric, goals or people."));
        m_score->setPalette(palette());
    }
    QStringList notes;
    if (card.override)
        notes.append(tr("Set by hand to %1 until %2: %3. The computed score, %4, returns after that day.")
                         .arg(card.override->score)
                         .arg(formatDay(card.override->expiresOn), card.override->reason, formatHealth(card.computed)));
    if (!card.withoutData.isEmpty()) {
        QStringList names;
        for (const HealthMeasure measure : card.withoutData)
            names.append(displayName(measure).toLower());
        notes.append(tr("No data for %1: the score is the weighted mean of the others.").arg(names.join(QStringLiteral(", "))));
    }
    m_override->setText(notes.join(u'\n'));
    m_override->setVisible(!notes.isEmpty());
    // Both lists in place: the chosen row and the scroll position stay as a change arrives.
    QList<qint64> measures;
    for (const HealthMeasure measure : allHealthMeasures)
        measures.append(qint64(measure));
    syncTopLevelItems(m_measures, measures, [&](QTreeWidgetItem *item, qsizetype row) {
        const HealthMeasure measure = allHealthMeasures[row];
        const MeasureValue &value = card.measure(measure);
        QString basis = value.basis;
        if (value.on.isValid())
            basis = basis.isEmpty() ? tr("Entered on %1").arg(formatDay(value.on))
                                    : tr("%1 (entered on %2)").arg(basis, formatDay(value.on));
        const QStringList texts {displayName(measure), value.score ? formatHealth(value.score) : tr("no data"),
            QString::number(settings.health.weights.of(measure)), basis};
        for (int column = 0; column < texts.size(); ++column)
            item->setText(column, texts.at(column));
        item->setToolTip(3, plainToolTip(basis));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    });
    const QList<MetricSeries> metrics = editing->metrics(m_accountId);
    QList<qint64> metricIds;
    for (const MetricSeries &series : metrics)
        metricIds.append(series.id);
    syncTopLevelItems(m_metrics, metricIds, [&](QTreeWidgetItem *item, qsizetype row) {
        const MetricSeries &series = metrics.at(row);
        QStringList values;
        for (qsizetype i = std::max<qsizetype>(0, series.points.size() - 6); i < series.points.size(); ++i)
            values.append(QLocale().toString(series.points.at(i).value, 'g', 10));
        const QStringList texts {series.unit.isEmpty() ? series.name : tr("%1 (%2)").arg(series.name, series.unit),
            series.points.isEmpty() ? QStringLiteral("–") : number(series.points.constLast().value),
            number(series.poorAt), number(series.goodAt), values.join(QStringLiteral(" → "))};
        for (int column = 0; column < texts.size(); ++column)
            item->setText(column, texts.at(column));
        item->setData(0, Qt::UserRole + 1, series.version); // what a removal goes over
    });
    const QList<HealthSnapshot> history = editing->history(m_accountId);
    m_trend->setHistory(history, m_document->asOf());
    for (qsizetype i = history.size() - 1; i >= 0; --i) {
        const HealthSnapshot &snapshot = history.at(i);
        QString basis = snapshot.weights == u"assessed" ? tr("judged before the scorecard")
            : snapshot.overridden                       ? tr("set by hand")
                                                        : tr("computed");
        if (i > 0 && history.at(i - 1).weights != snapshot.weights && snapshot.weights != u"assessed")
            basis = tr("%1 · weights changed").arg(basis);
        new QTreeWidgetItem(m_history, {formatDay(snapshot.on), formatHealth(snapshot.tenths / 10.0), basis});
    }
    const bool writable = !m_document->isReadOnly();
    m_record->setEnabled(writable);
    m_overrideButton->setEnabled(writable);
    m_endOverride->setEnabled(writable && card.override.has_value());
    m_paste->setEnabled(writable);
    m_removeMetric->setEnabled(writable && m_metrics->currentItem());
    m_editMetric->setEnabled(writable && m_metrics->currentItem());
}

void HealthPage::editMetric()
{
    if (!m_document || m_document->isReadOnly() || !m_metrics->currentItem())
        return;
    const MetricSeriesId id = m_metrics->currentItem()->data(0, Qt::UserRole).toLongLong();
    std::optional<MetricSeries> found;
    for (const MetricSeries &series : HealthEditing::of(m_document)->metrics(m_accountId)) {
        if (series.id == id)
            found = series;
    }
    if (!found)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Metric Thresholds"));
    auto *name = new QLineEdit(found->name, &dialog);
    auto *unit = new QLineEdit(found->unit, &dialog);
    const auto number = [](std::optional<double> value) { return value ? QLocale().toString(*value, 'g', 12) : QString(); };
    auto *poor = new QLineEdit(number(found->poorAt), &dialog);
    auto *good = new QLineEdit(number(found->goodAt), &dialog);
    auto *explain = new QLabel(tr("The latest value scores the usage measure: 1 at the poor threshold or worse, 10 at "
                                  "the good one or better, straight between. Lower is better when good is below poor. "
                                  "Without both, the metric is shown but does not score."),
        &dialog);
    explain->setWordWrap(true);
    auto *problem = new QLabel(&dialog);
    problem->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(explain);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Unit:"), unit);
    form->addRow(tr("&Poor at:"), poor);
    form->addRow(tr("&Good at:"), good);
    form->addRow(problem);
    form->addRow(buttons);
    const auto validate = [&] {
        const bool numbers = parseOptionalNumber(poor->text()) && parseOptionalNumber(good->text());
        problem->setText(numbers ? QString() : tr("The thresholds are numbers (or left empty)."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(numbers && !name->text().trimmed().isEmpty());
    };
    for (QLineEdit *field : {name, poor, good})
        connect(field, &QLineEdit::textChanged, &dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    dialog.resize(460, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    MetricSeries edited = *found;
    edited.name = name->text();
    edited.unit = unit->text().trimmed();
    edited.poorAt = parseOptionalNumber(poor->text()).value_or(std::nullopt);
    edited.goodAt = parseOptionalNumber(good->text()).value_or(std::nullopt);
    HealthEditing::of(m_document)->editMetric(edited);
}

void HealthPage::recordMeasure()
{
    if (!m_document || !m_accountId)
        return;
    HealthDialog dialog(m_accountId, m_document->asOf(), this);
    if (dialog.exec() == QDialog::Accepted)
        HealthEditing::of(m_document)->recordEntry(dialog.entry());
}

void HealthPage::setOverride()
{
    if (!m_document || !m_accountId)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Override Health"));
    auto *score = new QSpinBox(&dialog);
    score->setRange(1, 10);
    score->setValue(5);
    score->setSuffix(tr(" of 10"));
    auto *reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(tr("Required: what the measures do not show"));
    auto *until = new QDateEdit(m_document->asOf().addDays(30), &dialog);
    until->setCalendarPopup(true);
    until->setMinimumDate(m_document->asOf());
    auto *explain = new QLabel(tr("Your score holds until the day you choose; then the computed score returns."), &dialog);
    explain->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(explain);
    form->addRow(tr("&Score:"), score);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("&Until:"), until);
    form->addRow(buttons);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, &dialog,
        [&] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason->text().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(440, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted)
        HealthEditing::of(m_document)->setOverride(m_accountId, score->value(), reason->text(), until->date());
}

void HealthPage::pasteMetrics()
{
    if (!m_document)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Paste Metrics"));
    auto *explain = new QLabel(tr("One value per line: account,date,metric,value (dates as YYYY-MM-DD). A metric not "
                                  "yet on the account is added; a day already there takes the new value. Any line "
                                  "that cannot be read refuses the whole paste."),
        &dialog);
    explain->setWordWrap(true);
    auto *text = new QPlainTextEdit(&dialog);
    text->setTabChangesFocus(true);
    text->setAccessibleName(tr("Metric values as CSV"));
    text->setPlaceholderText(QStringLiteral("Kestrel Aviation Services,2026-11-30,Weekly active users,480"));
    auto *problems = new QLabel(&dialog);
    problems->setTextFormat(Qt::PlainText);
    problems->setWordWrap(true);
    problems->setForegroundRole(QPalette::BrightText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explain);
    layout->addWidget(text, 1);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    HealthEditing *editing = HealthEditing::of(m_document);
    HealthEditing::MetricImport import;
    const auto check = [&] {
        import = editing->readMetricCsv(text->toPlainText());
        const bool empty = text->toPlainText().trimmed().isEmpty();
        problems->setText(empty ? QString()
                : import.problems.isEmpty()
                ? tr("Values: %1 · new metrics: %2 · metrics updated: %3")
                      .arg(import.points)
                      .arg(import.added.size())
                      .arg(import.changed.size())
                : import.problems.mid(0, 8).join(u'\n'));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!empty && import.problems.isEmpty());
    };
    connect(text, &QPlainTextEdit::textChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    dialog.resize(620, 420);
    if (dialog.exec() == QDialog::Accepted)
        editing->applyMetricImport(import);
}

} // namespace keyplan
