#pragma once

#include "domain/printdocument.h"
#include "item/qbrdata.h"

#include <QString>

#include <optional>

// What one account's QBR says, edition by edition, as a PrintDocument that every writer renders
// (paper, PDF, the OpenDocument text, the slides).
//
// The customer's edition tells their story in their terms: their goals, what was delivered
// against them, adoption, what's next framed as their next goal, the agreed next steps and what
// changed. It never holds our judgements about their people or deals: support and influence,
// decision roles, our owners, coverage, whitespace, pipeline figures, probabilities, checklists,
// fix-first lines, price increases, risks, plays, health scores. The internal edition holds all
// of it, each internal-only part marked as such.
namespace keyplan {

enum class QbrEdition { Customer, Internal };
inline constexpr QbrEdition allQbrEditions[] = {QbrEdition::Customer, QbrEdition::Internal};

QString keyOf(QbrEdition edition); // "customer", "internal"
QString displayName(QbrEdition edition); // "Customer edition"
std::optional<QbrEdition> qbrEditionFromKey(const QString &key);

// The pictures a QBR holds, painted by the writer (DocPicture::figure).
enum QbrFigure { QbrMapFigure = 1, QbrRevenueFigure = 2 };

// A section's title in `edition` ("What's next" for the customer, "Growth" for us); empty when
// the edition leaves the section out (the relationship is ours alone).
QString qbrSectionTitle(QbrSection section, QbrEdition edition);

PrintDocument buildQbrContent(const QbrData &data, QbrEdition edition);

// "Quarterly business review · 24 Aug – 23 Nov 2026"
QString qbrTitle(const QbrData &data);

// Whether the account's value comes before any upsell (stage uncoupling, or health below 6).
bool qbrFixFirst(const QbrData &data);

} // namespace keyplan
