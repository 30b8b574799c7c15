#include "ui/preferencesdialog.h"

#include "ui/settings.h"

#include "i18n/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace keyplan {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_maxKeyAccounts(new QSpinBox(this))
    , m_concentration(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    // Each language in its own name, so a user who cannot read the current one finds theirs.
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system (%1)").arg(i18n::nativeName(i18n::resolve(QString()))), QString());
    for (const QString &code : i18n::languages())
        m_language->addItem(i18n::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language.get())));
    m_maxKeyAccounts->setRange(1, 1000);
    m_maxKeyAccounts->setValue(settings::maxKeyAccounts.get());
    m_maxKeyAccounts->setToolTip(tr("A key account programme usually holds 15 to 30 accounts."));
    m_concentration->setRange(1, 100);
    m_concentration->setSuffix(QStringLiteral(" %"));
    m_concentration->setValue(int(std::lround(settings::concentrationWarning.get() * 100.0)));
    m_concentration->setToolTip(
        tr("At 30% or more, losing one of the three largest accounts moves the whole company's numbers."));

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Keyplan warns when the portfolio crosses these lines."), this);
    intro->setWordWrap(true);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(intro);
    form->addRow(tr("Warn above this many &key accounts:"), m_maxKeyAccounts);
    form->addRow(tr("Warn when the top 3 accounts hold at least this &share of ARR:"), m_concentration);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_maxKeyAccounts->setValue(settings::maxKeyAccounts.defaultValue);
        m_concentration->setValue(int(std::lround(settings::concentrationWarning.defaultValue * 100.0)));
    });
}

void PreferencesDialog::apply() const
{
    settings::language.set(m_language->currentData().toString());
    settings::maxKeyAccounts.set(m_maxKeyAccounts->value());
    settings::concentrationWarning.set(m_concentration->value() / 100.0);
}

} // namespace keyplan
