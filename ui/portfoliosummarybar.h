#pragma once

#include <QFrame>

class QComboBox;
class QLabel;

namespace keyplan {

class PlanDocument;
class PortfolioModel;

// The portfolio's figures above the table: key accounts (with a warning above the focus
// threshold), total ARR, NRR and GRR over the period, and the top-3 concentration.
class PortfolioSummaryBar final : public QFrame
{
    Q_OBJECT

public:
    explicit PortfolioSummaryBar(QWidget *parent = nullptr);

    void setModel(PlanDocument *document, PortfolioModel *model);
    // The text of every figure, for tests and accessibility: "Key accounts: 25", ...
    QStringList figureTexts() const;
    // The end month of the 12-month retention period, chosen from the months with revenue.
    QComboBox *periodCombo() const { return m_periodCombo; }
    // Re-reads the thresholds from the settings.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Tile
    {
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
    };
    Tile addTile();
    void fillPeriods();
    void setWarning(const Tile &tile, bool warning, const QString &why);

    PlanDocument *m_document = nullptr;
    PortfolioModel *m_model = nullptr;
    Tile m_keyAccounts;
    Tile m_arr;
    Tile m_nrr;
    Tile m_grr;
    Tile m_top3;
    QLabel *m_periodCaption = nullptr;
    QComboBox *m_periodCombo = nullptr;
};

} // namespace keyplan
