#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace keyplan {

// The window's language, and the thresholds DOMAIN.md gives as defaults, for the user to change.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Stores the values in the settings.
    void apply() const;

    QSpinBox *maxKeyAccounts() const { return m_maxKeyAccounts; }
    QSpinBox *concentration() const { return m_concentration; }
    QComboBox *language() const { return m_language; }

private:
    QComboBox *m_language;
    QSpinBox *m_maxKeyAccounts;
    QSpinBox *m_concentration;
};

} // namespace keyplan
