#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// The app's one percentage formatter, for ratios kept as fractions (1.062 for 106.2%).
namespace keyplan {

// "106.2%" (one decimal, always, so a column never mixes roundings); "–" for no figure.
inline constexpr int percentDecimals = 1;
QString formatPercent(
    std::optional<double> ratio, const QLocale &locale = QLocale(), int decimals = percentDecimals);
// The move of a percentage, in points: from 0.118 to 0.109 is "−0.9 pts", never "−7.6%".
QString formatPointChange(double from, double to, const QLocale &locale = QLocale());
// A ratio told as a multiple, "3.2×" (one decimal), for a return on what is paid; "–" for none.
QString formatMultiple(std::optional<double> ratio, const QLocale &locale = QLocale());

} // namespace keyplan
