#include "ui/portfoliosummarybar.h"

#include "domain/portfoliofigures.h"
#include "item/plandocument.h"
#include "item/portfoliomodel.h"
#include "ui/settings.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace keyplan {
namespace {

QString percent(std::optional<double> ratio)
{
    return ratio ? QLocale().toString(*ratio * 100.0, 'f', 0) + QLatin1Char('%') : QStringLiteral("–");
}

} // namespace

PortfolioSummaryBar::PortfolioSummaryBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("portfolioSummary"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(16);
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
    m_periodCaption = new QLabel(periodBox);
    m_periodCaption->setForegroundRole(QPalette::PlaceholderText);
    m_periodCaption->setFont(m_nrr.caption->font());
    m_periodCombo = new QComboBox(periodBox);
    m_periodCombo->setObjectName(QStringLiteral("retentionPeriod"));
    m_periodCaption->setBuddy(m_periodCombo);
    periodColumn->addWidget(m_periodCaption);
    periodColumn->addWidget(m_periodCombo);
    layout->addWidget(periodBox);
    connect(m_periodCombo, &QComboBox::activated, this, [this] {
        if (m_document)
            m_document->setPeriodEnd(m_periodCombo->currentData().toDate());
    });
    refresh();
}

PortfolioSummaryBar::Tile PortfolioSummaryBar::addTile()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    Tile tile {new QLabel(box), new QLabel(box)};
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

void PortfolioSummaryBar::setModel(PlanDocument *document, PortfolioModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_document = document;
    m_model = model;
    if (m_model)
        connect(m_model, &PortfolioModel::summaryChanged, this, &PortfolioSummaryBar::refresh);
    fillPeriods();
    refresh();
}

void PortfolioSummaryBar::fillPeriods()
{
    const QSignalBlocker blocker(m_periodCombo);
    m_periodCombo->clear();
    const QDate latest = m_document ? m_document->latestRevenueMonth() : QDate();
    m_periodCombo->setEnabled(latest.isValid());
    if (!latest.isValid())
        return;
    // The year to each of the last 13 months: far enough back to compare with last year.
    for (int back = 0; back <= 12; ++back) {
        const RetentionPeriod period = RetentionPeriod::trailingYear(latest.addMonths(-back));
        m_periodCombo->addItem(tr("%1 – %2").arg(QLocale().toString(period.start, QStringLiteral("MMM yyyy")),
                                   QLocale().toString(period.end, QStringLiteral("MMM yyyy"))),
            period.end);
    }
    m_periodCombo->setCurrentIndex(std::max(0, m_periodCombo->findData(m_document->period().end)));
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
        warning ? QColor(0xb0, 0x3a, 0x2e) : this->palette().color(QPalette::WindowText));
    tile.value->setPalette(palette);
    tile.value->setToolTip(warning ? why : QString());
    tile.caption->setToolTip(warning ? why : QString());
}

void PortfolioSummaryBar::refresh()
{
    m_keyAccounts.caption->setText(tr("Key accounts"));
    m_arr.caption->setText(tr("Total ARR"));
    m_nrr.caption->setText(tr("NRR"));
    m_grr.caption->setText(tr("GRR"));
    m_top3.caption->setText(tr("Top 3 share of ARR"));
    m_periodCaption->setText(tr("Retention period"));
    if (!m_model || !m_document) {
        for (const Tile *tile : {&m_keyAccounts, &m_arr, &m_nrr, &m_grr, &m_top3})
            tile->value->setText(QStringLiteral("–"));
        return;
    }
    PortfolioThresholds thresholds;
    thresholds.maxKeyAccounts = settings::maxKeyAccounts.get();
    thresholds.concentrationWarning = settings::concentrationWarning.get();
    const PortfolioSummary summary = m_model->summary();
    m_keyAccounts.value->setText(QLocale().toString(summary.keyAccounts));
    setWarning(m_keyAccounts, tooManyKeyAccounts(summary.keyAccounts, thresholds),
        tr("More than %1 key accounts: a programme that names everything key has no focus.")
            .arg(thresholds.maxKeyAccounts));
    m_arr.value->setText(formatMoneyShort(summary.arr, m_document->currency()));
    m_arr.value->setToolTip(formatMoney(summary.arr, m_document->currency()));
    // Never only blended (DOMAIN.md): the tooltips break retention down by segment and tier.
    const RetentionBreakdown groups = breakdown(m_model->revenues());
    const auto lines = [&groups](bool net) {
        QStringList text;
        text.append(tr("By segment:"));
        for (const Segment segment : allSegments) {
            const Retention retention = groups.bySegment.value(keyOf(segment));
            text.append(QStringLiteral("    %1: %2")
                            .arg(displayName(segment), percent(net ? retention.nrr() : retention.grr())));
        }
        text.append(tr("By tier:"));
        for (const Tier tier : allTiers) {
            const Retention retention = groups.byTier.value(keyOf(tier));
            text.append(QStringLiteral("    %1: %2")
                            .arg(displayName(tier), percent(net ? retention.nrr() : retention.grr())));
        }
        return text.join(QLatin1Char('\n'));
    };
    m_nrr.value->setText(percent(summary.nrr));
    m_nrr.value->setToolTip(
        tr("Net revenue retention of the accounts that had revenue at the start of the period.")
        + QStringLiteral("\n\n") + lines(true));
    m_grr.value->setText(percent(summary.grr));
    m_grr.value->setToolTip(tr("Gross revenue retention: churn and downgrades only, expansion not counted.")
        + QStringLiteral("\n\n") + lines(false));
    m_top3.value->setText(percent(summary.top3Share));
    setWarning(m_top3, isConcentrationRisk(summary.top3Share, thresholds),
        tr("The three largest accounts hold %1 of ARR: losing one moves the whole company's numbers.")
            .arg(percent(summary.top3Share)));
    // Refill when the period moved or a newer month of revenue was recorded.
    if (m_periodCombo->count() == 0 || m_periodCombo->currentData().toDate() != m_document->period().end
        || m_periodCombo->itemData(0).toDate() != m_document->latestRevenueMonth())
        fillPeriods();
}

QStringList PortfolioSummaryBar::figureTexts() const
{
    QStringList texts;
    for (const Tile *tile : {&m_keyAccounts, &m_arr, &m_nrr, &m_grr, &m_top3})
        texts.append(tile->caption->text() + QStringLiteral(": ") + tile->value->text());
    texts.append(tr("Retention period") + QStringLiteral(": ") + m_periodCombo->currentText());
    return texts;
}

} // namespace keyplan
