#pragma once

#include "domain/reportingperiod.h"

#include <QFrame>

class QAbstractItemModel;
class QComboBox;
class QLabel;

namespace keyplan {

class ElidedLabel;

class DeferredRefresh;

class PlanDocument;
class PortfolioModel;

// The portfolio's figures above the table, over the rows the table shows (its filter is the
// scope, and the tooltips say so): accounts and key accounts (with a warning above the focus
// threshold), ARR today in the reporting currency, NRR and GRR over the period at constant
// currency, and the top-3 concentration. A missing exchange rate is said, never guessed.
class PortfolioSummaryBar final : public QFrame
{
    Q_OBJECT

public:
    explicit PortfolioSummaryBar(QWidget *parent = nullptr);

    // `view`: the model the table shows (a filter over `model`); the figures cover its rows.
    void setModel(PlanDocument *document, PortfolioModel *model, QAbstractItemModel *view = nullptr);
    // The text of every figure, for tests and accessibility: "Key accounts: 25", ...
    QStringList figureTexts() const;
    // The period of the retention figures: trailing twelve months (the default), year to date,
    // recent quarters and fiscal years.
    QComboBox *periodCombo() const { return m_periodCombo; }
    // "All 29 accounts", "6 of 29 accounts (the table's filter)": what the figures cover.
    QString scopeText() const { return m_scope; }
    // Re-reads the thresholds from the settings.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Tile
    {
        ElidedLabel *caption = nullptr;
        QLabel *value = nullptr;
    };
    Tile addTile();
    void fillPeriods();
    ReportingPeriod periodAt(int index) const;
    std::optional<ReportingPeriod> askCustomPeriod(const ReportingPeriod &current);
    QList<int> rowsInView() const; // the model's rows the view shows
    void setWarning(const Tile &tile, bool warning, const QString &why);

    PlanDocument *m_document = nullptr;
    PortfolioModel *m_model = nullptr;
    QAbstractItemModel *m_view = nullptr;
    QString m_scope;
    Tile m_keyAccounts;
    Tile m_arr;
    Tile m_nrr;
    Tile m_grr;
    Tile m_top3;
    ElidedLabel *m_periodCaption = nullptr;
    QComboBox *m_periodCombo = nullptr;
    DeferredRefresh *m_rowsChanged = nullptr;
};

} // namespace keyplan
