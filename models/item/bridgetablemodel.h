#pragma once

#include "domain/revenuefigures.h"

#include <QAbstractTableModel>

namespace keyplan {

// The ARR bridge as a table, one row per group of accounts (the whole scope, or each segment,
// tier or owner): start, new business, expansion, contraction, churn, reactivation, end, and the
// retention of the accounts that had ARR at the start. Figures in the reporting currency at
// constant currency; a group that needs a missing rate says so in every figure.
class BridgeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Grouping { Total, Segment, Tier, Owner };
    enum Column { Group, Start, New, Expansion, Contraction, Churn, Reactivation, End, Nrr, Grr, ColumnCount };
    Q_ENUM(Column)

    explicit BridgeTableModel(QObject *parent = nullptr);

    void setFigures(const RevenueFigures &figures, Grouping grouping);
    QString currency() const { return m_currency; }
    QString groupName(int row) const;
    // The row's bridge; nothing when its group needs a rate the plan lacks.
    std::optional<ArrBridge> bridgeAt(int row) const;
    QStringList missingRatesAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        GroupRevenueFigures figures;
    };
    QList<Row> m_rows;
    QString m_currency;
};

} // namespace keyplan
