#include "ui/portfoliosummarybar.h"

#include "domain/dayformat.h"
#include "item/itemcolours.h"
#include "ui/elidedlabel.h"

#include "domain/percent.h"
#include "domain/portfoliofigures.h"
#include "item/plandocument.h"
#include "item/portfoliomodel.h"
#include "ui/deferredrefresh.h"
#include "ui/editorwidgets.h"
#include "ui/settings.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFormLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyleOptionComboBox>
#include <QVBoxLayout>

namespace keyplan {
namespace {

QString percent(std::optional<double> ratio)
{
    return formatPercent(ratio);
}

// The names are long ("Q3 FY 2026/27 (1 Oct – 31 Dec 2026)"): the closed box asks for room for
// the chosen one whole, and gives way down to a few characters where the header has no more, so
// the header never widens the window. The list shows every name whole.
class PeriodCombo final : public QComboBox
{
public:
    explicit PeriodCombo(QWidget *parent)
        : QComboBox(parent)
    {
        setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        setMinimumContentsLength(9);
        view()->setTextElideMode(Qt::ElideNone);
        connect(this, &QComboBox::currentIndexChanged, this, &QWidget::updateGeometry);
    }

    QSize sizeHint() const override
    {
        QStyleOptionComboBox option;
        initStyleOption(&option);
        const QSize text(fontMetrics().horizontalAdvance(currentText()), fontMetrics().height());
        return style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this).expandedTo(minimumSizeHint());
    }
};

} // namespace

PortfolioSummaryBar::PortfolioSummaryBar(QWidget *parent)
    : QFrame(parent)
    , m_rowsChanged(new DeferredRefresh(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("portfolioSummary"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    m_keyAccounts = addTile();
    m_arr = addTile();
    m_nrr = addTile();
    m_grr = addTile();
    m_top3 = addTile();
    layout->addStretch(1);
    auto *periodBox = new QWidget(this);
    auto *periodColumn = new QVBoxLayout(periodBox);
    periodColumn->setContentsMargins(0, 0, 0, 0);
    periodColumn->setSpacing(1);
    m_periodCaption = new ElidedLabel(periodBox);
    m_periodCaption->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_periodCaption->setForegroundRole(QPalette::PlaceholderText);
    m_periodCaption->setFont(m_nrr.caption->font());
    m_periodCombo = new PeriodCombo(periodBox);
    m_periodCombo->setObjectName(QStringLiteral("retentionPeriod"));
    m_periodCaption->setBuddy(m_periodCombo);
    periodColumn->addWidget(m_periodCaption);
    periodColumn->addWidget(m_periodCombo);
    layout->addWidget(periodBox);
    connect(m_periodCombo, &QComboBox::activated, this, [this](int index) {
        if (!m_document)
            return;
        if (m_periodCombo->itemData(index).toString() == u"custom") {
            if (const std::optional<ReportingPeriod> custom = askCustomPeriod(m_document->period()))
                m_document->setPeriod(*custom);
            fillPeriods(); // shows the chosen range, or goes back to the period in force
            return;
        }
        m_document->setPeriod(index == 0 ? ReportingPeriod() : periodAt(index)); // 0: the moving default
    });
    refresh();
}

PortfolioSummaryBar::Tile PortfolioSummaryBar::addTile()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    // Captions give way on a narrow window (a long language's "Top 3 share of ARR"), figures do not.
    auto *caption = new ElidedLabel(box);
    caption->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    Tile tile {caption, new QLabel(box)};
    tile.caption->setTextFormat(Qt::PlainText);
    tile.value->setTextFormat(Qt::PlainText);
    QFont captionFont = tile.caption->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.85);
    tile.caption->setFont(captionFont);
    tile.caption->setForegroundRole(QPalette::PlaceholderText);
    QFont valueFont = tile.value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.35);
    valueFont.setBold(true);
    tile.value->setFont(valueFont);
    column->addWidget(tile.caption);
    column->addWidget(tile.value);
    static_cast<QHBoxLayout *>(layout())->addWidget(box);
    return tile;
}

void PortfolioSummaryBar::setModel(PlanDocument *document, PortfolioModel *model, QAbstractItemModel *view)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_view)
        disconnect(m_view, nullptr, this, nullptr);
    m_document = document;
    m_model = model;
    m_view = view ? view : model;
    if (m_model)
        connect(m_model, &PortfolioModel::summaryChanged, this, &PortfolioSummaryBar::refresh);
    // The figures follow the table's filter: what the rows show is what the header sums, added
    // up once per change of filter.
    m_rowsChanged->watch(m_view != m_model ? m_view : nullptr);
    fillPeriods();
    refresh();
}

QList<int> PortfolioSummaryBar::rowsInView() const
{
    return m_model ? m_model->rowsShownBy(m_view) : QList<int>();
}

void PortfolioSummaryBar::fillPeriods()
{
    const QSignalBlocker blocker(m_periodCombo);
    m_periodCombo->clear();
    m_periodCombo->setEnabled(m_document != nullptr);
    if (!m_document || !m_model)
        return;
    const QDate today = m_document->asOf();
    const int fiscalStart = m_model->fiscalYearStart();
    const int thisYear = fiscalYearOf(today, fiscalStart);
    const int thisQuarter = fiscalQuarterOf(today, fiscalStart);
    QList<ReportingPeriod> periods {ReportingPeriod::trailingTwelveMonths(today),
        ReportingPeriod::yearToDate(today, fiscalStart)};
    // This quarter and the four before it, then this fiscal year and the two before it.
    for (int back = 0; back <= 4; ++back) {
        const int index = thisYear * 4 + thisQuarter - 1 - back;
        periods.append(ReportingPeriod::quarter(index / 4, index % 4 + 1, fiscalStart));
    }
    for (int back = 0; back <= 2; ++back)
        periods.append(ReportingPeriod::fiscalYear(thisYear - back, fiscalStart));
    if (fiscalStart != 1) {
        for (int back = 0; back <= 1; ++back)
            periods.append(ReportingPeriod::calendarYear(today.year() - back));
    }
    const ReportingPeriod current = m_document->period();
    if (!periods.contains(current))
        periods.append(current); // a custom period chosen elsewhere
    for (const ReportingPeriod &period : std::as_const(periods)) {
        m_periodCombo->addItem(periodName(period, fiscalStart));
        m_periodCombo->setItemData(m_periodCombo->count() - 1,
            QVariantList {int(period.kind), period.first, period.last});
    }
    m_periodCombo->setCurrentIndex(std::max(0, int(periods.indexOf(current))));
    m_periodCombo->addItem(tr("Custom range…"), QStringLiteral("custom"));
    m_periodCombo->updateGeometry(); // the chosen name may be longer or shorter
}

std::optional<ReportingPeriod> PortfolioSummaryBar::askCustomPeriod(const ReportingPeriod &current)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Retention Period"));
    auto *first = new QDateEdit(current.first, &dialog);
    auto *last = new QDateEdit(current.last, &dialog);
    first->setCalendarPopup(true);
    last->setCalendarPopup(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), first);
    form->addRow(tr("&To (inclusive):"), last);
    if (!execFormDialog(dialog, form, [] { return true; }, {}, 320))
        return std::nullopt;
    return ReportingPeriod::custom(std::min(first->date(), last->date()), std::max(first->date(), last->date()));
}

ReportingPeriod PortfolioSummaryBar::periodAt(int index) const
{
    const QVariantList stored = m_periodCombo->itemData(index).toList();
    if (stored.size() != 3)
        return {};
    return {ReportingPeriod::Kind(stored.at(0).toInt()), stored.at(1).toDate(), stored.at(2).toDate()};
}

void PortfolioSummaryBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void PortfolioSummaryBar::setWarning(const Tile &tile, bool warning, const QString &why)
{
    QPalette palette = tile.value->palette();
    palette.setColor(QPalette::WindowText,
        warning ? colours::attention() : this->palette().color(QPalette::WindowText));
    tile.value->setPalette(palette);
    tile.value->setToolTip(warning ? why : QString());
    tile.caption->setToolTip(warning ? why : QString());
}

void PortfolioSummaryBar::refresh()
{
    m_arr.caption->setFullText(tr("ARR today"));
    m_nrr.caption->setFullText(tr("NRR"));
    m_grr.caption->setFullText(tr("GRR"));
    m_top3.caption->setFullText(tr("Top 3 share of ARR"));
    m_periodCaption->setFullText(tr("Retention period"));
    if (!m_model || !m_document) {
        m_keyAccounts.caption->setFullText(tr("Accounts"));
        for (const Tile *tile : {&m_keyAccounts, &m_arr, &m_nrr, &m_grr, &m_top3})
            tile->value->setText(QStringLiteral("–"));
        return;
    }
    PortfolioThresholds thresholds;
    thresholds.maxKeyAccounts = settings::maxKeyAccounts.get();
    thresholds.concentrationWarning = settings::concentrationWarning.get();
    const QList<int> rows = rowsInView();
    const RevenueFigures figures = m_model->revenueFigures(rows);
    const GroupRevenueFigures &total = figures.total;
    const QString currency = figures.reportingCurrency;
    const bool everyRow = rows.size() == m_model->rowCount();
    // The scope every figure below covers: the rows the table shows.
    m_scope = everyRow ? tr("All accounts (%1)").arg(total.accounts)
                       : tr("%1 of %n accounts (the table's filter)", nullptr, int(m_model->rowCount())).arg(total.accounts);
    m_keyAccounts.caption->setFullText(everyRow ? tr("All accounts") : tr("Accounts shown"));
    m_keyAccounts.value->setText(tr("%1 (%2 key)").arg(QLocale().toString(total.accounts), QLocale().toString(total.keyAccounts)));
    setWarning(m_keyAccounts, tooManyKeyAccounts(total.keyAccounts, thresholds),
        tr("More than %1 key accounts: a programme that names everything key has no focus.")
            .arg(thresholds.maxKeyAccounts));
    const QString period = periodName(figures.period, m_model->fiscalYearStart());
    const QString scopeLine = tr("Scope: %1. Period: %2. In %3.").arg(m_scope, period, currency);
    if (!total.missingRates.isEmpty()) {
        const QString missing = tr("needs a %1 rate").arg(total.missingRates.join(QStringLiteral(", ")));
        for (const Tile *tile : {&m_arr, &m_nrr, &m_grr, &m_top3}) {
            tile->value->setText(missing);
            tile->value->setToolTip(
                tr("These accounts are in another currency and the plan has no rate to convert them: add one "
                   "in Plan Settings. Different currencies are never added unconverted.")
                + QStringLiteral("\n\n") + scopeLine);
        }
        return;
    }
    const MinorUnits arr = total.arr.value_or(0);
    m_arr.value->setText(formatMoneyShort(arr, currency));
    QStringList rates;
    for (const RateUsed &rate : figures.ratesUsed)
        rates.append(tr("1 %1 = %2 %3 (%4)").arg(rate.from, formatRate(rate.rate), rate.to,
            formatShortDay(rate.on)));
    m_arr.value->setToolTip(formatMoney(arr, currency) + QStringLiteral("\n") + scopeLine
        + (rates.isEmpty() ? QString() : QStringLiteral("\n") + tr("Rates: %1").arg(rates.join(QStringLiteral(", ")))));
    // Never only blended (DOMAIN.md): the tooltips break retention down by segment and tier.
    const auto lines = [&figures](bool net) {
        QStringList text;
        text.append(tr("By segment:"));
        for (const Segment segment : allSegments) {
            const GroupRevenueFigures group = figures.bySegment.value(keyOf(segment));
            text.append(QStringLiteral("    %1: %2").arg(displayName(segment), percent(net ? group.nrr : group.grr)));
        }
        text.append(tr("By tier:"));
        for (const Tier tier : allTiers) {
            const GroupRevenueFigures group = figures.byTier.value(keyOf(tier));
            text.append(QStringLiteral("    %1: %2").arg(displayName(tier), percent(net ? group.nrr : group.grr)));
        }
        return text.join(QLatin1Char('\n'));
    };
    const QString cohort = tr("Accounts with ARR at the start of the period: %1. Accounts new in it are new "
                              "business, not retention.").arg(total.cohort);
    m_nrr.value->setText(percent(total.nrr));
    m_nrr.value->setToolTip(tr("Net revenue retention: ARR at the end of the accounts that had ARR at the start, "
                               "over their ARR at the start, at constant currency.")
        + QStringLiteral("\n") + cohort + QStringLiteral("\n") + scopeLine + QStringLiteral("\n\n") + lines(true));
    m_grr.value->setText(percent(total.grr));
    m_grr.value->setToolTip(tr("Gross revenue retention: like NRR with each account capped at its start: churn and "
                               "contraction only.")
        + QStringLiteral("\n") + cohort + QStringLiteral("\n") + scopeLine + QStringLiteral("\n\n") + lines(false));
    m_top3.value->setText(percent(figures.top3Share));
    setWarning(m_top3, isConcentrationRisk(figures.top3Share, thresholds),
        tr("The three largest accounts hold %1 of ARR: losing one moves the whole company's numbers.")
            .arg(percent(figures.top3Share)));
    if (m_top3.value->toolTip().isEmpty())
        m_top3.value->setToolTip(scopeLine);
    // Refill when the period moved elsewhere or the fiscal year changed.
    if (m_periodCombo->count() == 0 || periodAt(m_periodCombo->currentIndex()) != m_document->period()
        || m_periodCombo->itemText(1) != periodName(ReportingPeriod::yearToDate(m_document->asOf(), m_model->fiscalYearStart()), m_model->fiscalYearStart()))
        fillPeriods();
}

QStringList PortfolioSummaryBar::figureTexts() const
{
    QStringList texts;
    texts.append(tr("Scope") + QStringLiteral(": ") + m_scope);
    for (const Tile *tile : {&m_keyAccounts, &m_arr, &m_nrr, &m_grr, &m_top3})
        texts.append(tile->caption->fullText() + QStringLiteral(": ") + tile->value->text());
    texts.append(tr("Retention period") + QStringLiteral(": ") + m_periodCombo->currentText());
    return texts;
}

} // namespace keyplan
