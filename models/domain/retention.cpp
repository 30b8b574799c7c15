#include "domain/retention.h"

#include <algorithm>

namespace keyplan {

void Retention::add(MinorUnits startRevenue, MinorUnits endRevenue)
{
    if (startRevenue <= 0)
        return;
    const MinorUnits end = std::max<MinorUnits>(endRevenue, 0);
    m_start += startRevenue;
    m_end += end;
    m_endCapped += std::min(end, startRevenue);
    ++m_cohort;
}

std::optional<double> Retention::nrr() const
{
    if (!isValid() || m_start.value() <= 0)
        return std::nullopt;
    return static_cast<double>(m_end.value()) / static_cast<double>(m_start.value());
}

std::optional<double> Retention::grr() const
{
    if (!isValid() || m_start.value() <= 0)
        return std::nullopt;
    return static_cast<double>(m_endCapped.value()) / static_cast<double>(m_start.value());
}

} // namespace keyplan
