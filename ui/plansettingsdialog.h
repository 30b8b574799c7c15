#pragma once

#include "domain/exchangerates.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace keyplan {

class CadenceHealthSettings;
class PlanDocument;
class PlayRuleSettings;

// Plan Settings. Revenue: the reporting currency every total is shown in, the month the fiscal
// year starts in, and the dated exchange rates that bring other currencies into the reporting one
// (typed in, or pasted as CSV: from,to,date,rate). Cadence and Health: how often each tier is
// seen, the health scorecard's weights. Plays: the rules and their parameters. OK applies all of
// it as one undo step.
class PlanSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PlanSettingsDialog(PlanDocument *document, QWidget *parent = nullptr);

    QComboBox *currencyCombo() const { return m_currency; }
    QComboBox *fiscalStartCombo() const { return m_fiscalStart; }
    QTableWidget *ratesTable() const { return m_rates; }
    QLabel *problemLabel() const { return m_problem; }
    QTabWidget *tabs() const { return m_tabs; }
    CadenceHealthSettings *cadenceHealth() const { return m_cadenceHealth; }
    PlayRuleSettings *rules() const { return m_rules; }

    void addRate(const ExchangeRate &rate);
    // Adds the rates in CSV text (one "from,to,date,rate" a line; a header line is skipped).
    // All of them or none: false, with the lines that could not be read in problemLabel().
    bool pasteRates(const QString &csv);
    // The rates as the table holds them; nothing (and the reason shown) when a row is not a rate.
    std::optional<QList<ExchangeRate>> rates() const;
    // Writes the settings (one undo step) when they are valid; false otherwise, with the reason.
    bool apply();

    // Opens the dialog on the document's settings and applies them when accepted.
    static void edit(PlanDocument *document, QWidget *parent);

private:
    void pasteFromClipboard();
    void updateMissing();

    PlanDocument *m_document;
    QComboBox *m_currency;
    QComboBox *m_fiscalStart;
    QTableWidget *m_rates;
    QLabel *m_missing;
    QLabel *m_problem;
    QTabWidget *m_tabs;
    CadenceHealthSettings *m_cadenceHealth;
    PlayRuleSettings *m_rules;
};

} // namespace keyplan
