#include "ui/portfoliosummarybar.h"

#include "domain/portfoliofigures.h"
#include "item/plandocument.h"
#include "item/portfoliomodel.h"
#include "ui/settings.h"

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
    layout->setSpacing(28);
    m_keyAccounts = addTile();
    m_arr = addTile();
    m_nrr = addTile();
    m_grr = addTile();
    m_top3 = addTile();
    layout->addStretch(1);
    m_period = addTile();
    refresh();
}

PortfolioSummaryBar::Tile PortfolioSummaryBar::addTile()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    Tile tile{new QLabel(box), new QLabel(box)};
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
    refresh();
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
    palette.setColor(QPalette::WindowText, warning ? QColor(0xb0, 0x3a, 0x2e) : this->palette().color(QPalette::WindowText));
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
    m_period.caption->setText(tr("Retention period"));
    if (!m_model || !m_document) {
        for (const Tile *tile : {&m_keyAccounts, &m_arr, &m_nrr, &m_grr, &m_top3, &m_period})
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
    m_nrr.value->setText(percent(summary.nrr));
    m_nrr.value->setToolTip(tr("Net revenue retention of the accounts that had revenue at the start of the period"));
    m_grr.value->setText(percent(summary.grr));
    m_grr.value->setToolTip(tr("Gross revenue retention: churn and downgrades only, expansion not counted"));
    m_top3.value->setText(percent(summary.top3Share));
    setWarning(m_top3, isConcentrationRisk(summary.top3Share, thresholds),
               tr("The three largest accounts hold %1 of ARR: losing one moves the whole company's numbers.")
                   .arg(percent(summary.top3Share)));
    const RetentionPeriod period = m_document->period();
    m_period.value->setText(period.isValid() ? tr("%1 – %2").arg(QLocale().toString(period.start, QStringLiteral("MMM yyyy")),
                                                                 QLocale().toString(period.end, QStringLiteral("MMM yyyy")))
                                             : tr("no revenue yet"));
}

QStringList PortfolioSummaryBar::figureTexts() const
{
    QStringList texts;
    for (const Tile *tile : {&m_keyAccounts, &m_arr, &m_nrr, &m_grr, &m_top3, &m_period})
        texts.append(tile->caption->text() + QStringLiteral(": ") + tile->value->text());
    return texts;
}

} // namespace keyplan
