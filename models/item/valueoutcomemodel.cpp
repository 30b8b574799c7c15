#include "item/valueoutcomemodel.h"

#include "domain/dayformat.h"

#include "item/itemroles.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"
#include "item/reviewediting.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace keyplan {

QString formatMeasure(double value, const QString &unit, const QLocale &locale)
{
    // Twelve significant digits first: a difference such as 12 − 9.4 reads 2.6, not 2.5999999999999996.
    const double tidy = QString::number(value, 'g', 12).toDouble();
    const QString number = locale.toString(tidy, 'f', QLocale::FloatingPointShortest);
    const QString trimmed = unit.trimmed();
    if (trimmed.isEmpty())
        return number;
    if (trimmed == QLatin1String("%"))
        return number + locale.percent();
    if (trimmed.front().category() == QChar::Symbol_Currency)
        return trimmed.front() + number + trimmed.mid(1);
    return number + QLatin1Char(' ') + trimmed;
}

ValueOutcomeModel::ValueOutcomeModel(PlanDocument *document, QObject *parent)
    : AccountRowsModel(document, ColumnCount, parent)
{
}

void ValueOutcomeModel::readRows(AccountId id)
{
    QList<ValueOutcome> outcomes = id > 0 ? ReviewEditing::of(document())->valueOutcomes(id) : QList<ValueOutcome>();
    std::reverse(outcomes.begin(), outcomes.end());
    syncRows(m_rows, std::move(outcomes), [](const ValueOutcome &outcome) { return outcome.id; });
}

QVariant ValueOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValueOutcome &outcome = m_rows.at(index.row());
    const QLocale locale;
    const std::optional<double> change = relativeChange(outcome);
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Before || index.column() == After || index.column() == Change;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Metric || index.column() == Note)
            return plainToolTip(
                outcome.note.isEmpty() ? outcome.metric : outcome.metric + QLatin1Char('\n') + outcome.note);
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    if (!display && role != RawValueRole)
        return {};
    switch (Column(index.column())) {
    case Achieved:
        return display ? QVariant(formatShortDay(outcome.achievedOn, locale))
                       : QVariant(outcome.achievedOn);
    case Metric:
        return outcome.metric;
    case Before:
        return display ? QVariant(formatMeasure(outcome.before, outcome.unit, locale))
                       : QVariant(outcome.before);
    case After:
        return display ? QVariant(formatMeasure(outcome.after, outcome.unit, locale))
                       : QVariant(outcome.after);
    case Change:
        if (display)
            return outcomeChangeText(outcome, locale);
        if (isPercentUnit(outcome.unit))
            return (outcome.after - outcome.before) / 100.0; // points, as a fraction
        return change ? QVariant(*change) : QVariant();
    case Note:
        return outcome.note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ValueOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return AccountRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Achieved:
        return tr("Achieved");
    case Metric:
        return tr("Outcome");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Change:
        return tr("Change");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keyplan
