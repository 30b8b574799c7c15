#include "ui/qbr/qbrdocument.h"

#include "domain/dayformat.h"
#include "domain/month.h"
#include "item/valueoutcomemodel.h"
#include "ui/map/coveragetext.h"
#include "ui/qbr/qbrdocumentbuilder.h"
#include "ui/qbr/qbrfigures.h"

#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace keyplan {

void writeQbrDocument(QTextDocument *document, const QbrData &data, QbrFigures *figures)
{
    QbrDocumentBuilder(document, data, figures).write();
}

QString qbrTitle(const QbrData &data)
{
    const QLocale locale;
    return QbrDocumentBuilder::tr("Quarterly business review · %1 – %2")
        .arg(formatDay(data.qbr.periodStart, locale),
            formatDay(data.qbr.periodEnd, locale));
}

QbrDocumentBuilder::QbrDocumentBuilder(QTextDocument *document, const QbrData &data, QbrFigures *figures)
    : m_out(document)
    , m_data(data)
    , m_figures(figures)
{
}

void QbrDocumentBuilder::write()
{
    for (const QbrSection section : allQbrSections) {
        if (!m_data.qbr.section(section).included)
            continue;
        switch (section) {
        case QbrSection::Cover:
            cover();
            break;
        case QbrSection::Value:
            value();
            break;
        case QbrSection::Relationship:
            relationship();
            break;
        case QbrSection::Revenue:
            revenue();
            break;
        case QbrSection::Growth:
            growth();
            break;
        case QbrSection::Risks:
            risks();
            break;
        case QbrSection::Changes:
            changes();
            break;
        }
    }
}

// --- Helpers ---

QString QbrDocumentBuilder::money(MinorUnits amount) const
{
    return formatMoney(amount, m_data.currency, m_locale);
}

QString QbrDocumentBuilder::date(const QDate &day) const
{
    return day.isValid() ? formatDay(day, m_locale) : QStringLiteral("–");
}

QString QbrDocumentBuilder::percent(std::optional<double> ratio) const
{
    if (!ratio)
        return QStringLiteral("–");
    const double tenths = std::round(*ratio * 1000.0);
    const bool whole = std::fmod(tenths, 10.0) == 0;
    return m_locale.toString(tenths / 10.0, 'f', whole ? 0 : 1) + m_locale.percent();
}

QString QbrDocumentBuilder::number(double value) const
{
    return m_locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString QbrDocumentBuilder::teamName(std::optional<TeamMemberId> id) const
{
    return id ? m_data.team.value(*id) : QString();
}

bool QbrDocumentBuilder::fixFirstApplies() const
{
    return fixFirst(m_data.account.stage, m_data.health.score());
}

void QbrDocumentBuilder::sectionStart(QbrSection section)
{
    if (section != QbrSection::Cover)
        m_out.heading(displayName(section));
    const QString remark = m_data.qbr.section(section).remark.trimmed();
    if (!remark.isEmpty())
        m_out.remark(remark);
}

// --- Cover ---

void QbrDocumentBuilder::cover()
{
    const Account &account = m_data.account;
    // The cover comes first: the document's first block takes the title.
    m_out.cursor().insertText(account.name, DocumentComposer::format(TextStyle::Title));
    m_out.paragraph(qbrTitle(m_data), TextStyle::Subtitle);
    m_out.runs({{m_data.qbr.isHeld() ? tr("Held on ") : tr("Prepared on "), TextStyle::Muted},
        {date(m_data.qbr.isHeld() ? m_data.qbr.heldOn : m_data.printedOn), TextStyle::Body},
        {tr("   ·   Account owner "), TextStyle::Muted}, {m_data.ownerName, TextStyle::Body},
        {tr("   ·   Renewal "), TextStyle::Muted}, {date(account.renewalDate), TextStyle::Body}});
    if (!m_data.qbr.ourTeam.trimmed().isEmpty())
        m_out.runs({{tr("Our team: "), TextStyle::Muted}, {m_data.qbr.ourTeam, TextStyle::Body}});
    if (!m_data.qbr.attendees.trimmed().isEmpty())
        m_out.runs({{tr("Attending for %1: ").arg(account.name), TextStyle::Muted},
            {m_data.qbr.attendees, TextStyle::Body}});

    const std::optional<double> depth = m_data.map.coverage.depth();
    m_out.figures({{money(account.arr), tr("Annual recurring revenue")},
        {percent(m_data.nrr), tr("Net revenue retention")}, {percent(depth), tr("Coverage depth")},
        {m_data.health.score() ? tr("%1 / 10").arg(formatHealth(m_data.health.score())) : QStringLiteral("–"),
            tr("Health")},
        {money(m_data.whitespace.total.open), tr("Open whitespace")},
        {money(m_data.pipeline.weighted), tr("Weighted pipeline")}});
    m_out.paragraph(tr("Relationship stage: %1").arg(displayName(account.stage)), TextStyle::Strong);
    if (fixFirstApplies())
        m_out.paragraph(
            tr("Value before upsell: fix first. %1")
                .arg(account.stage == Stage::UncouplingKam
                        ? tr("The relationship is uncoupling.")
                        : tr("Health is %1 of 10.").arg(formatHealth(m_data.health.score()))),
            TextStyle::Warning);
    sectionStart(QbrSection::Cover);
}

// --- Value delivered ---

void QbrDocumentBuilder::value()
{
    sectionStart(QbrSection::Value);
    if (m_data.outcomes.isEmpty()) {
        m_out.paragraph(tr("No value outcomes were recorded for this period."), TextStyle::Muted);
        return;
    }
    QTextTable *table = m_out.table({tr("Outcome"), tr("Before"), tr("After"), tr("Change"), tr("Achieved")},
        {38, 15, 15, 14, 18}, int(m_data.outcomes.size()),
        {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft});
    int row = 1;
    for (const ValueOutcome &outcome : m_data.outcomes) {
        QList<std::pair<QString, TextStyle>> what {{outcome.metric, TextStyle::Strong}};
        if (!outcome.note.trimmed().isEmpty())
            what.append({lineBreak + outcome.note, TextStyle::Small});
        m_out.cellRuns(table, row, 0, what);
        m_out.cell(table, row, 1, formatMeasure(outcome.before, outcome.unit, m_locale));
        m_out.cell(table, row, 2, formatMeasure(outcome.after, outcome.unit, m_locale), TextStyle::Strong);
        m_out.cell(table, row, 3, outcomeChangeText(outcome, m_locale));
        m_out.cell(table, row, 4, date(outcome.achievedOn), TextStyle::Muted);
        ++row;
    }
}

// --- Relationship ---

void QbrDocumentBuilder::relationship()
{
    sectionStart(QbrSection::Relationship);
    const Account &account = m_data.account;
    QString since;
    QString reason;
    for (const StageChange &change : m_data.stageHistory) {
        if (change.to == account.stage) {
            since = date(change.changedOn);
            reason = change.reason;
        }
    }
    m_out.runs(
        {{tr("Millman–Wilson stage: "), TextStyle::Muted}, {displayName(account.stage), TextStyle::Strong},
            {since.isEmpty() ? QString() : tr(", since %1").arg(since), TextStyle::Body}});
    m_out.paragraph(description(account.stage), TextStyle::Muted);
    if (m_data.stageHistory.size() > 1) {
        const qsizetype shown = std::min<qsizetype>(6, m_data.stageHistory.size());
        QTextTable *table
            = m_out.table({tr("Date"), tr("From"), tr("To"), tr("Why")}, {16, 17, 17, 50}, int(shown));
        int row = 1;
        for (qsizetype i = m_data.stageHistory.size() - shown; i < m_data.stageHistory.size(); ++i) {
            const StageChange &change = m_data.stageHistory.at(i);
            m_out.cell(table, row, 0, date(change.changedOn), TextStyle::Muted);
            m_out.cell(table, row, 1, change.from ? displayName(*change.from) : tr("(start)"));
            m_out.cell(table, row, 2, displayName(change.to), TextStyle::Strong);
            m_out.cell(table, row, 3, change.reason);
            ++row;
        }
    }

    const Coverage &coverage = m_data.map.coverage;
    const CoverageSettings &settings = m_data.map.settings;
    m_out.heading(tr("Stakeholder coverage"), 2);
    const std::optional<double> depth = coverage.depth();
    const bool onTarget = depth && *depth >= settings.targetLow;
    m_out.runs({{tr("Coverage depth "), TextStyle::Muted},
        {percent(depth), onTarget ? TextStyle::Good : TextStyle::Warning},
        {tr(" (%1 of %2 people in the buying group with an active relationship; target %3–%4)")
                .arg(coverage.active)
                .arg(coverage.relevant)
                .arg(percent(settings.targetLow), percent(settings.targetHigh)),
            TextStyle::Muted}});
    if (coverage.singleThreaded)
        m_out.paragraph(coverage.active == 0
                ? tr("Single-threaded at best: no active relationship carries the account.")
                : coverage.active == 1
                ? tr("Single-threaded: one active relationship carries the whole account.")
                : tr("Single-threaded: %1 active relationships carry the whole account.")
                      .arg(coverage.active),
            TextStyle::Warning);
    QStringList seats;
    for (const QString &seat : coverage.emptySeats)
        seats.append(seatName(seat));
    m_out.runs({{tr("Empty seats: "), TextStyle::Muted},
        {seats.isEmpty() ? tr("none") : seats.join(QStringLiteral(", ")),
            seats.isEmpty() ? TextStyle::Good : TextStyle::Warning}});
    m_out.paragraph(coverageSummary(coverage, settings), TextStyle::Small);

    m_out.heading(tr("Stakeholder map"), 2);
    m_out.object(QbrFigures::objectType(), QbrFigures::Map);
    keyRelationships();

    QList<Stakeholder> departed;
    for (const Stakeholder &person : m_data.map.people) {
        if (person.hasLeft())
            departed.append(person);
    }
    if (!departed.isEmpty()) {
        m_out.heading(tr("People who left"), 2);
        QTextTable *table = m_out.table({tr("Name"), tr("Title"), tr("Role in the decision"), tr("Left on")},
            {28, 32, 22, 18}, int(departed.size()));
        int row = 1;
        for (const Stakeholder &person : std::as_const(departed)) {
            m_out.cell(table, row, 0, person.name, TextStyle::Strong);
            m_out.cell(table, row, 1, person.title);
            m_out.cell(table, row, 2, displayName(person.role));
            m_out.cell(table, row, 3, date(person.leftOn), TextStyle::Muted);
            ++row;
        }
    }
}

// The people who decide, legible whatever the size of the map: the executive sponsors, the
// decision roles and everyone of high influence, sponsors first.
void QbrDocumentBuilder::keyRelationships()
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
    m_out.heading(tr("Key relationships"), 2);
    QTextTable *table = m_out.table({tr("Name"), tr("Role in the decision"), tr("Relationship"),
                                        tr("Support"), tr("Our owner"), tr("Last contact")},
        {27, 17, 13, 14, 15, 14}, int(shown));
    for (int row = 1; row <= shown; ++row) {
        const Stakeholder &person = key.at(row - 1);
        m_out.cellRuns(table, row, 0,
            {{person.name, TextStyle::Strong}, {lineBreak + person.title, TextStyle::Small}});
        m_out.cell(table, row, 1, displayName(person.role));
        const bool cold
            = person.relationship == Relationship::None || person.relationship == Relationship::Cold;
        m_out.cell(
            table, row, 2, displayName(person.relationship), cold ? TextStyle::Warning : TextStyle::Body);
        const bool against
            = person.support == SupportLevel::NonSupporter || person.support == SupportLevel::Opponent;
        m_out.cell(
            table, row, 3, displayName(person.support), against ? TextStyle::Warning : TextStyle::Body);
        const QString owner = teamName(person.ourOwnerId);
        m_out.cell(table, row, 4, owner.isEmpty() ? tr("nobody") : owner,
            owner.isEmpty() ? TextStyle::Warning : TextStyle::Body);
        m_out.cell(table, row, 5, date(m_data.map.lastContacts.value(person.id)), TextStyle::Muted);
    }
    if (key.size() > shown)
        m_out.paragraph(tr("And %1 more on the map.").arg(key.size() - shown), TextStyle::Small);
}

// --- Revenue and health ---

void QbrDocumentBuilder::revenue()
{
    sectionStart(QbrSection::Revenue);
    const Account &account = m_data.account;
    QString renewal = date(account.renewalDate);
    if (account.renewalDate.isValid()) {
        const qint64 days = m_data.printedOn.daysTo(account.renewalDate);
        if (days >= 0)
            renewal = tr("%1 (in %2 days)").arg(renewal).arg(days);
    }
    m_out.figures({{money(account.arr), tr("Annual recurring revenue")},
        {percent(m_data.nrr), tr("Net revenue retention")},
        {percent(m_data.grr), tr("Gross revenue retention")}, {renewal, tr("Renewal date")}});
    if (m_data.retentionPeriod.isValid())
        m_out.paragraph(tr("Retention over the twelve months to %1: ARR then against ARR on %2, in %3.")
                            .arg(m_locale.toString(m_data.retentionPeriod.last, QStringLiteral("d MMMM yyyy")),
                                m_locale.toString(m_data.retentionPeriod.first, QStringLiteral("d MMMM yyyy")),
                                m_data.currency),
            TextStyle::Small);
    m_out.heading(tr("ARR at each month end"), 2);
    m_out.object(QbrFigures::objectType(), QbrFigures::RevenueChart);
    m_out.paragraph(tr("Dark bars: the months of this review."), TextStyle::Small);

    m_out.heading(tr("Health"), 2);
    const HealthCard &card = m_data.health.card;
    const std::optional<double> score = card.score();
    if (!score) {
        m_out.paragraph(tr("No measure of the health scorecard has data yet."), TextStyle::Muted);
        return;
    }
    m_out.runs({{tr("%1 of 10").arg(formatHealth(score)),
                    card.needsRiskReview() ? TextStyle::Warning : TextStyle::Strong},
        {card.override ? tr(", set by hand until %1: ").arg(date(card.override->expiresOn)) : QString(),
            TextStyle::Muted},
        {card.override ? card.override->reason : QString(), TextStyle::Body}});
    QStringList measures;
    for (const HealthMeasure measure : allHealthMeasures) {
        if (const std::optional<double> value = card.measure(measure).score)
            measures.append(tr("%1 %2").arg(displayName(measure), formatHealth(value)));
    }
    if (!measures.isEmpty())
        m_out.paragraph(measures.join(QStringLiteral(" · ")), TextStyle::Body);
    if (!card.withoutData.isEmpty()) {
        QStringList names;
        for (const HealthMeasure measure : card.withoutData)
            names.append(displayName(measure));
        m_out.paragraph(tr("No data: %1").arg(names.join(QStringLiteral(", "))), TextStyle::Muted);
    }
    if (m_data.healthHistory.size() > 1) {
        QStringList trend;
        for (const HealthSnapshot &snapshot : m_data.healthHistory)
            trend.append(tr("%1 (%2)").arg(formatHealth(snapshot.tenths / 10.0),
                m_locale.toString(snapshot.on, QStringLiteral("MMM yy"))));
        m_out.paragraph(tr("Trend: %1").arg(trend.join(QStringLiteral(" → "))), TextStyle::Muted);
    }
}

} // namespace keyplan
