#pragma once

#include <QDate>

namespace keyplan {

struct PortfolioData;

// Adds a deterministic whitespace and pipeline to a synthetic portfolio, in the sample's
// proportions: a catalogue of 8 offerings; for every key account three to six business units and
// a full matrix (sold, open with some incumbents, in pipeline, not applicable);
// for every account one to three opportunities in every stage and motion, some overdue.
void addSyntheticPipeline(PortfolioData &data, const QDate &asOf, quint32 seed);

} // namespace keyplan
