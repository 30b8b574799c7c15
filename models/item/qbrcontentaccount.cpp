// A QBR's sections about the account: the relationship and the map (ours alone), revenue and the
// health scorecard (ours alone), adoption in the customer's units (theirs).
#include "domain/coveragetext.h"
#include "domain/percent.h"
#include "item/qbrcontentbuilder.h"
#include "item/valueoutcomemodel.h"

#include <algorithm>

namespace keyplan {

namespace {

const QString lineBreak = QString(QChar(QChar::LineSeparator));

} // namespace

// --- Relationship (internal) ---

void QbrContentBuilder::relationship()
{
    section(QbrSection::Relationship, qbrSectionTitle(QbrSection::Relationship, m_edition), Audience::Internal);
    const Account &account = m_data.account;
    QString since;
    for (const StageChange &change : m_data.stageHistory) {
        if (change.to == account.stage)
            since = date(change.changedOn);
    }
    runs({{tr("Millman–Wilson stage: "), TextStyle::Muted}, {displayName(account.stage), TextStyle::Strong},
             {since.isEmpty() ? QString() : tr(", since %1").arg(since), TextStyle::Body}},
        Audience::Internal);
    paragraph(description(account.stage), TextStyle::Muted, Audience::Internal);
    if (m_data.stageHistory.size() > 1) {
        const qsizetype shown = std::min<qsizetype>(6, m_data.stageHistory.size());
        DocTable table;
        table.columns = {{tr("Date"), 16, DocColumn::Kind::Date}, {tr("From"), 17, DocColumn::Kind::Text},
            {tr("To"), 17, DocColumn::Kind::Text}, {tr("Why"), 50, DocColumn::Kind::Text}};
        for (qsizetype i = m_data.stageHistory.size() - shown; i < m_data.stageHistory.size(); ++i) {
            const StageChange &change = m_data.stageHistory.at(i);
            table.rows.append({{{date(change.changedOn), TextStyle::Muted}},
                {{change.from ? displayName(*change.from) : tr("(start)"), TextStyle::Body}},
                {{displayName(change.to), TextStyle::Strong}}, {{change.reason, TextStyle::Body}}});
        }
        add(table, Audience::Internal);
    }

    const Coverage &coverage = m_data.map.coverage;
    const CoverageSettings &settings = m_data.map.settings;
    heading(tr("Stakeholder coverage"), 2, Audience::Internal);
    const std::optional<double> depth = coverage.depth();
    const bool onTarget = depth && *depth >= settings.targetLow;
    runs({{tr("Coverage depth "), TextStyle::Muted}, {percent(depth), onTarget ? TextStyle::Good : TextStyle::Warning},
             {tr(" (%1 of %2 people in the buying group with an active relationship; target %3–%4)")
                     .arg(coverage.active)
                     .arg(coverage.relevant)
                     .arg(percent(settings.targetLow), percent(settings.targetHigh)),
                 TextStyle::Muted}},
        Audience::Internal);
    if (coverage.singleThreaded)
        paragraph(coverage.active == 0 ? tr("Single-threaded at best: no active relationship carries the account.")
                : coverage.active == 1 ? tr("Single-threaded: one active relationship carries the whole account.")
                                       : tr("Single-threaded: %1 active relationships carry the whole account.")
                                             .arg(coverage.active),
            TextStyle::Warning, Audience::Internal);
    QStringList seats;
    for (const QString &seat : coverage.emptySeats)
        seats.append(seatName(seat));
    runs({{tr("Empty seats: "), TextStyle::Muted},
             {seats.isEmpty() ? tr("none") : seats.join(QStringLiteral(", ")),
                 seats.isEmpty() ? TextStyle::Good : TextStyle::Warning}},
        Audience::Internal);
    // What the lines above have not said, in the document's one rounding.
    paragraph(mapUpkeepSummary(coverage, percentDecimals), TextStyle::Small, Audience::Internal);

    heading(tr("Stakeholder map"), 2, Audience::Internal);
    add(DocPicture {QbrMapFigure}, Audience::Internal);
    keyRelationships();

    QList<Stakeholder> departed;
    for (const Stakeholder &person : m_data.map.people) {
        if (person.hasLeft())
            departed.append(person);
    }
    if (!departed.isEmpty()) {
        heading(tr("People who left"), 2, Audience::Internal);
        DocTable table;
        table.columns = {{tr("Name"), 28, DocColumn::Kind::Text}, {tr("Title"), 32, DocColumn::Kind::Text},
            {tr("Role in the decision"), 22, DocColumn::Kind::Text}, {tr("Left on"), 18, DocColumn::Kind::Date}};
        for (const Stakeholder &person : std::as_const(departed))
            table.rows.append({{{person.name, TextStyle::Strong}}, {{person.title, TextStyle::Body}},
                {{displayName(person.role), TextStyle::Body}}, {{date(person.leftOn), TextStyle::Muted}}});
        add(table, Audience::Internal);
    }
}

// The people who decide, legible whatever the size of the map: the executive sponsors, the
// decision roles and everyone of high influence, sponsors first.
void QbrContentBuilder::keyRelationships()
{
    constexpr int shownAtMost = 12;
    QList<Stakeholder> key;
    for (const Stakeholder &person : m_data.map.people) {
        if (person.hasLeft())
            continue;
        if (person.layer == BuyingLayer::ExecutiveSponsor || person.influence == Influence::High
            || person.role == DecisionRole::Champion || person.role == DecisionRole::EconomicBuyer
            || person.role == DecisionRole::DecisionMaker)
            key.append(person);
    }
    if (key.isEmpty())
        return;
    std::stable_sort(key.begin(), key.end(),
        [](const Stakeholder &a, const Stakeholder &b) { return int(a.layer) < int(b.layer); });
    const qsizetype shown = std::min<qsizetype>(shownAtMost, key.size());
    heading(tr("Key relationships"), 2, Audience::Internal);
    DocTable table;
    table.columns = {{tr("Name"), 27, DocColumn::Kind::Text}, {tr("Role in the decision"), 17, DocColumn::Kind::Text},
        {tr("Relationship"), 13, DocColumn::Kind::Text}, {tr("Support"), 14, DocColumn::Kind::Text},
        {tr("Our owner"), 15, DocColumn::Kind::Text}, {tr("Last contact"), 14, DocColumn::Kind::Date}};
    for (int i = 0; i < shown; ++i) {
        const Stakeholder &person = key.at(i);
        const bool cold = person.relationship == Relationship::None || person.relationship == Relationship::Cold;
        const bool against
            = person.support == SupportLevel::NonSupporter || person.support == SupportLevel::Opponent;
        const QString owner = teamName(person.ourOwnerId);
        table.rows.append({{{person.name, TextStyle::Strong}, {lineBreak + person.title, TextStyle::Small}},
            {{displayName(person.role), TextStyle::Body}},
            {{displayName(person.relationship), cold ? TextStyle::Warning : TextStyle::Body}},
            {{displayName(person.support), against ? TextStyle::Warning : TextStyle::Body}},
            {{owner.isEmpty() ? tr("nobody") : owner, owner.isEmpty() ? TextStyle::Warning : TextStyle::Body}},
            {{date(m_data.map.lastContacts.value(person.id)), TextStyle::Muted}}});
    }
    add(table, Audience::Internal);
    if (key.size() > shown)
        paragraph(tr("And %1 more on the map.").arg(key.size() - shown), TextStyle::Small, Audience::Internal);
}

// --- Revenue and health (internal) ---

void QbrContentBuilder::revenue()
{
    section(QbrSection::Revenue, qbrSectionTitle(QbrSection::Revenue, m_edition), Audience::Internal);
    const Account &account = m_data.account;
    QString renewal = date(account.renewalDate);
    if (account.renewalDate.isValid()) {
        const qint64 days = m_data.printedOn.daysTo(account.renewalDate);
        if (days >= 0)
            renewal = days == 0 ? tr("%1 (today)").arg(renewal)
                : days == 1     ? tr("%1 (tomorrow)").arg(renewal)
                                : tr("%1 (in %n days)", nullptr, int(days)).arg(renewal);
    }
    add(DocFigures {{{money(account.arr), tr("Annual recurring revenue")},
            {percent(m_data.nrr), tr("Net revenue retention")}, {percent(m_data.grr), tr("Gross revenue retention")},
            {renewal, tr("Renewal date")}}},
        Audience::Internal);
    if (m_data.retentionPeriod.isValid())
        paragraph(tr("Retention over the twelve months to %1: ARR then against ARR on %2, in %3.")
                      .arg(date(m_data.retentionPeriod.last), date(m_data.retentionPeriod.first), m_data.currency),
            TextStyle::Small, Audience::Internal);
    heading(tr("ARR at each month end"), 2, Audience::Internal);
    add(DocPicture {QbrRevenueFigure}, Audience::Internal);
    paragraph(tr("Dark bars: the months of this review."), TextStyle::Small, Audience::Internal);
    healthScorecard();
}

void QbrContentBuilder::healthScorecard()
{
    heading(tr("Health scorecard"), 2, Audience::Internal);
    const HealthCard &card = m_data.health.card;
    const std::optional<double> score = card.score();
    if (!score) {
        paragraph(tr("No measure of the health scorecard has data yet."), TextStyle::Muted, Audience::Internal);
        return;
    }
    runs({{tr("%1 of 10").arg(formatHealth(score)), card.needsRiskReview() ? TextStyle::Warning : TextStyle::Strong},
             {card.override ? tr(", set by hand until %1: ").arg(date(card.override->expiresOn)) : QString(),
                 TextStyle::Muted},
             {card.override ? card.override->reason : QString(), TextStyle::Body}},
        Audience::Internal);
    DocTable table;
    table.columns = {{tr("Measure"), 30, DocColumn::Kind::Text}, {tr("Score (of 10)"), 16, DocColumn::Kind::Number},
        {tr("What it rests on"), 54, DocColumn::Kind::Text}};
    for (const HealthMeasure measure : allHealthMeasures) {
        const MeasureValue &value = card.measure(measure);
        if (!value.score && !card.withoutData.contains(measure))
            continue; // not weighted: not on the card
        table.rows.append({{{displayName(measure), TextStyle::Body}},
            {{value.score ? formatHealth(value.score) : QStringLiteral("–"), TextStyle::Strong}},
            {{value.score ? value.basis : tr("No data"), value.score ? TextStyle::Body : TextStyle::Muted}}});
    }
    add(table, Audience::Internal);
    if (m_data.healthHistory.size() > 1) {
        QStringList trend;
        for (const HealthSnapshot &snapshot : m_data.healthHistory)
            trend.append(tr("%1 (%2)").arg(formatHealth(snapshot.tenths / 10.0), date(snapshot.on)));
        paragraph(tr("Trend: %1").arg(trend.join(QStringLiteral(" → "))), TextStyle::Muted, Audience::Internal);
    }
}

// --- Adoption (the customer's) ---

// Usage in the customer's own measures: each metric's latest value against the start of the
// period. No score, no threshold: those are our judgement.
void QbrContentBuilder::adoption()
{
    section(QbrSection::Revenue, qbrSectionTitle(QbrSection::Revenue, m_edition));
    DocTable table;
    table.columns = {{tr("Measure"), 40, DocColumn::Kind::Text}, {tr("At the start"), 18, DocColumn::Kind::Number},
        {tr("Latest"), 18, DocColumn::Kind::Number}, {tr("On"), 24, DocColumn::Kind::Date}};
    for (const MetricSeries &series : m_data.metrics) {
        if (series.points.isEmpty())
            continue;
        const MetricPoint &latest = series.points.constLast();
        std::optional<MetricPoint> start;
        for (const MetricPoint &point : series.points) {
            if (point.on <= m_data.qbr.periodStart)
                start = point;
        }
        if (!start)
            start = series.points.constFirst();
        // The unit after the name, unless the name says it already ("Weekly active users", users).
        const QString unit = series.unit.trimmed();
        const QString name = unit.isEmpty() || series.name.contains(unit, Qt::CaseInsensitive)
            ? series.name
            : tr("%1 (%2)").arg(series.name, unit);
        table.rows.append({{{name, TextStyle::Strong}}, {{number(start->value), TextStyle::Body}},
            {{number(latest.value), TextStyle::Strong}}, {{date(latest.on), TextStyle::Muted}}});
    }
    if (table.rows.isEmpty()) {
        m_section->items.clear(); // nothing to tell: the section goes, remark and all
        return;
    }
    add(table);
}

} // namespace keyplan
