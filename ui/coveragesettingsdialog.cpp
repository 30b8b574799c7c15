#include "ui/coveragesettingsdialog.h"
#include "ui/keyboardaccess.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace keyplan {

QStringList CoverageSettingsDialog::seatChoices()
{
    QStringList seats;
    for (const BuyingLayer layer : allBuyingLayers) {
        if (layer != BuyingLayer::Other)
            seats.append(keyOf(layer));
    }
    for (const DecisionRole role : allDecisionRoles) {
        if (role != DecisionRole::Blocker && role != DecisionRole::User && !seats.contains(keyOf(role)))
            seats.append(keyOf(role));
    }
    return seats;
}

CoverageSettingsDialog::CoverageSettingsDialog(const CoverageSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_seats(new QListWidget(this))
    , m_activeDays(new QSpinBox(this))
    , m_singleThreaded(new QSpinBox(this))
    , m_staleDays(new QSpinBox(this))
    , m_targetLow(new QSpinBox(this))
    , m_targetHigh(new QSpinBox(this))
{
    setWindowTitle(tr("Coverage Settings"));
    auto *intro = new QLabel(
        tr("These settings belong to the plan: everyone who opens it measures coverage the same way."), this);
    intro->setWordWrap(true);

    for (const QString &seat : seatChoices()) {
        auto *item = new QListWidgetItem(seatName(seat), m_seats);
        item->setData(Qt::UserRole, seat);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    }
    m_seats->setToolTip(tr("A required seat that nobody on an account's map fills shows as an empty seat"));
    prepareItemView(m_seats, tr("Required seats"));
    m_seats->setMaximumHeight(m_seats->sizeHintForRow(0) * int(m_seats->count()) + 6);
    auto *seatsBox = new QGroupBox(tr("Required seats in every buying group"), this);
    auto *seatsLayout = new QVBoxLayout(seatsBox);
    seatsLayout->addWidget(m_seats);

    m_activeDays->setRange(1, 3650);
    m_activeDays->setSuffix(tr(" days"));
    m_singleThreaded->setRange(0, 100);
    m_staleDays->setRange(1, 3650);
    m_staleDays->setSuffix(tr(" days"));
    for (QSpinBox *box : {m_targetLow, m_targetHigh}) {
        box->setRange(0, 100);
        box->setSuffix(QStringLiteral("%"));
    }
    auto *band = new QHBoxLayout;
    band->addWidget(m_targetLow);
    band->addWidget(new QLabel(tr("to"), this));
    band->addWidget(m_targetHigh);
    band->addStretch();
    auto *thresholds = new QGroupBox(tr("Thresholds"), this);
    auto *form = new QFormLayout(thresholds);
    form->addRow(tr("A warm or strong relationship is &active when contacted within:"), m_activeDays);
    form->addRow(tr("&Single-threaded with at most this many active relationships:"), m_singleThreaded);
    form->addRow(tr("A map is stale when not &reviewed for:"), m_staleDays);
    // A row whose field is a layout gets no buddy by itself: give the label one, or "&" shows.
    auto *bandLabel = new QLabel(tr("Coverage depth &target:"), thresholds);
    bandLabel->setBuddy(m_targetLow);
    form->addRow(bandLabel, band);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &CoverageSettingsDialog::restoreDefaults);
    // The band's ends never cross.
    connect(m_targetLow, &QSpinBox::valueChanged, this, [this](int low) {
        if (m_targetHigh->value() < low)
            m_targetHigh->setValue(low);
    });
    connect(m_targetHigh, &QSpinBox::valueChanged, this, [this](int high) {
        if (m_targetLow->value() > high)
            m_targetLow->setValue(high);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(seatsBox);
    layout->addWidget(thresholds);
    layout->addWidget(buttons);
    show(settings);
}

void CoverageSettingsDialog::show(const CoverageSettings &settings)
{
    for (int row = 0; row < m_seats->count(); ++row) {
        QListWidgetItem *item = m_seats->item(row);
        item->setCheckState(settings.requiredSeats.contains(item->data(Qt::UserRole).toString())
                ? Qt::Checked
                : Qt::Unchecked);
    }
    m_activeDays->setValue(settings.activeWithinDays);
    m_singleThreaded->setValue(settings.singleThreadedAtMost);
    m_staleDays->setValue(settings.staleAfterDays);
    m_targetHigh->setValue(int(std::lround(settings.targetHigh * 100)));
    m_targetLow->setValue(int(std::lround(settings.targetLow * 100)));
}

void CoverageSettingsDialog::restoreDefaults()
{
    show(CoverageSettings {});
}

CoverageSettings CoverageSettingsDialog::settings() const
{
    CoverageSettings settings;
    settings.requiredSeats.clear();
    for (int row = 0; row < m_seats->count(); ++row) {
        const QListWidgetItem *item = m_seats->item(row);
        if (item->checkState() == Qt::Checked)
            settings.requiredSeats.append(item->data(Qt::UserRole).toString());
    }
    settings.activeWithinDays = m_activeDays->value();
    settings.singleThreadedAtMost = m_singleThreaded->value();
    settings.staleAfterDays = m_staleDays->value();
    settings.targetLow = m_targetLow->value() / 100.0;
    settings.targetHigh = m_targetHigh->value() / 100.0;
    return settings;
}

} // namespace keyplan
