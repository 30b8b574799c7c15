#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace keyplan {

// Filters the portfolio as the user types and by the chosen tiers, segments, stages and key flag.
// Sorts on the raw values (money as numbers, dates as dates), never on the displayed text.
class PortfolioFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class KeyFilter { All, KeyOnly, NonKeyOnly };

    explicit PortfolioFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // Empty set: no restriction. Values are the stable keys ("strategic", "mid_kam", ...).
    void setTiers(const QSet<QString> &tiers);
    void setSegments(const QSet<QString> &segments);
    void setStages(const QSet<QString> &stages);
    // Owners by team member id as text; "none" for accounts nobody on our side owns: "my book".
    void setOwners(const QSet<QString> &owners);
    void setKeyFilter(KeyFilter filter);

    QString searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    QStringList m_searchWords;
    QSet<QString> m_tiers;
    QSet<QString> m_segments;
    QSet<QString> m_stages;
    QSet<QString> m_owners;
    KeyFilter m_keyFilter = KeyFilter::All;
};

} // namespace keyplan
