// A QBR's later sections: growth (ours) or what's next (theirs), risks, plays and next steps,
// and what changed since the last review.
#include "item/qbrcontentbuilder.h"
#include "item/valueoutcomemodel.h"

#include <algorithm>

namespace keyplan {

namespace {

const QString lineBreak = QString(QChar(QChar::LineSeparator));

struct OpenCell
{
    QString offering;
    QString unit;
    MinorUnits potential = 0;
    QString competitor;
};

// Risks, plays and next steps share one grid: what, owner, due, status.
QList<DocColumn> actionGrid(const QString &what, const QString &status)
{
    return {{what, 52, DocColumn::Kind::Text}, {QbrContentBuilder::tr("Owner"), 20, DocColumn::Kind::Text},
        {QbrContentBuilder::tr("Due"), 14, DocColumn::Kind::Date}, {status, 14, DocColumn::Kind::Text}};
}

} // namespace

QList<Opportunity> QbrContentBuilder::presentable() const
{
    QList<Opportunity> shown;
    for (const Opportunity &opportunity : m_data.chosen) {
        if (!opportunity.isOpen())
            continue;
        if (!internal() && opportunity.motion == ExpansionMotion::PriceIncrease)
            continue; // never put to the customer as their next goal
        shown.append(opportunity);
    }
    return shown;
}

// --- Growth (internal) ---

void QbrContentBuilder::growth()
{
    section(QbrSection::Growth, qbrSectionTitle(QbrSection::Growth, m_edition), Audience::Internal);
    if (qbrFixFirst(m_data))
        paragraph(tr("Fix first: value before upsell. Expansion waits until the account is healthy again; the "
                     "customer's edition shows a value-recovery plan instead of opportunities."),
            TextStyle::Warning, Audience::Internal);
    const WhitespaceTotals &whitespace = m_data.whitespace;
    // The pipeline as the cover states it, then the matrix: one figure, one meaning.
    add(DocFigures {{{money(m_data.pipeline.unweighted),
                tr("Open pipeline (%n opportunities)", nullptr, int(m_data.pipeline.count))},
            {money(m_data.pipeline.weighted), tr("Weighted pipeline")},
            {money(whitespace.total.sold), tr("Sold across the matrix")},
            {money(whitespace.total.open), tr("Open whitespace")},
            {percent(whitespace.walletShare), tr("Our share of the wallet")}}},
        Audience::Internal);
    if (whitespace.walletShare)
        paragraph(tr("Share of the wallet: what we sell (%1) over that, the competitors' known spend (%2, in "
                     "%3 of %4 open cells) and the open potential (%5).")
                      .arg(money(whitespace.total.sold), money(whitespace.competitorSpend))
                      .arg(whitespace.spendKnownCells)
                      .arg(whitespace.openCells)
                      .arg(money(whitespace.total.open)),
            TextStyle::Small, Audience::Internal);

    QList<OpenCell> open;
    for (const WhitespaceCell &cell : m_data.cells) {
        if (cell.state == CellState::Open && cell.potential > 0)
            open.append({m_data.offeringName(cell.offeringId), m_data.unitName(cell.businessUnitId), cell.potential,
                cell.competitor});
    }
    std::stable_sort(
        open.begin(), open.end(), [](const OpenCell &a, const OpenCell &b) { return a.potential > b.potential; });
    if (!open.isEmpty()) {
        heading(tr("Largest open whitespace"), 2, Audience::Internal);
        DocTable table;
        table.columns = {{tr("Offering"), 30, DocColumn::Kind::Text}, {tr("Business unit"), 30, DocColumn::Kind::Text},
            {tr("Potential a year (%1)").arg(m_data.currency), 18, DocColumn::Kind::Number},
            {tr("Incumbent"), 22, DocColumn::Kind::Text}};
        for (qsizetype i = 0; i < std::min<qsizetype>(5, open.size()); ++i) {
            const OpenCell &cell = open.at(i);
            table.rows.append({{{cell.offering, TextStyle::Strong}}, {{cell.unit, TextStyle::Body}},
                {{money(cell.potential), TextStyle::Body}},
                {{cell.competitor.isEmpty() ? tr("none known") : cell.competitor,
                    cell.competitor.isEmpty() ? TextStyle::Muted : TextStyle::Body}}});
        }
        add(table, Audience::Internal);
    }

    heading(tr("Expansion opportunities for this review"), 2, Audience::Internal);
    const QList<Opportunity> chosen = presentable();
    if (chosen.isEmpty()) {
        paragraph(tr("No open expansion opportunity was chosen for this review."), TextStyle::Muted, Audience::Internal);
        return;
    }
    for (const Opportunity &each : chosen)
        opportunity(each);
}

void QbrContentBuilder::opportunity(const Opportunity &opportunity)
{
    const Goal *goal = m_data.goal(opportunity.goalId);
    QStringList facts {displayName(opportunity.motion)};
    if (opportunity.offeringId)
        facts.append(m_data.offeringName(*opportunity.offeringId));
    if (opportunity.businessUnitId)
        facts.append(m_data.unitName(*opportunity.businessUnitId));
    if (!internal()) {
        // Their next goal, in their terms: what it serves, what it is, what it takes and when.
        // The proposal and its facts are one paragraph, so that a page break never parts them.
        heading(goal ? goal->objective : opportunity.title, 3);
        Runs what;
        if (goal)
            what.append({opportunity.title + QChar(QChar::LineSeparator), TextStyle::Strong});
        if (goal && goal->target)
            what.append({tr("Towards %1").arg(formatMeasure(*goal->target, goal->unit, m_locale))
                    + (goal->dueOn.isValid() ? tr(" by %1").arg(date(goal->dueOn)) : QString()) + QStringLiteral("   ·   "),
                TextStyle::Body});
        what.append({tr("Indicative investment %1 a year").arg(money(opportunity.amount)), TextStyle::Body});
        const bool datePassed = !opportunity.expectedClose.isValid() || opportunity.expectedClose < m_data.printedOn;
        what.append({datePassed ? tr("   ·   timing to agree together")
                                : tr("   ·   could start from %1").arg(date(opportunity.expectedClose)),
            TextStyle::Body});
        runs(what);
        return;
    }

    heading(opportunity.title, 3, Audience::Internal);
    runs({{facts.join(QStringLiteral(" · ")), TextStyle::Muted},
             {goal ? tr("   ·   serves their goal: %1").arg(goal->objective) : QString(), TextStyle::Muted}},
        Audience::Internal);
    const QString champion = m_data.personName(opportunity.championId);
    const bool late = opportunity.expectedClose.isValid() && opportunity.expectedClose < m_data.printedOn;
    runs({{tr("%1 a year").arg(money(opportunity.amount)), TextStyle::Strong},
             {tr("   ·   %1, %2%").arg(displayName(opportunity.stage)).arg(opportunity.probability), TextStyle::Body},
             {tr("   ·   expected close "), TextStyle::Body},
             {late ? tr("%1, passed").arg(date(opportunity.expectedClose)) : date(opportunity.expectedClose),
                 late ? TextStyle::Warning : TextStyle::Body},
             {tr("   ·   champion: "), TextStyle::Muted},
             {champion.isEmpty() ? tr("none yet") : champion, champion.isEmpty() ? TextStyle::Warning : TextStyle::Body}},
        Audience::Internal);
    // As it stands: a champion who has left answers no.
    const std::array<CheckAnswer, decisionCheckCount> checklist = effectiveChecklist(opportunity, m_data.map.people);
    int yes = 0;
    for (const CheckAnswer &answer : checklist)
        yes += answer.met ? 1 : 0;
    DocTable table;
    table.columns = {{tr("Business case: %1 of 6 in place").arg(yes), 42, DocColumn::Kind::Text},
        {tr("Answer"), 10, DocColumn::Kind::Text}, {tr("Evidence"), 48, DocColumn::Kind::Text}};
    for (const DecisionCheck check : allDecisionChecks) {
        const CheckAnswer &answer = checklist[std::size_t(check)];
        table.rows.append({{{displayName(check), TextStyle::Body}},
            {{answer.met ? tr("Yes") : tr("Not yet"), answer.met ? TextStyle::Good : TextStyle::Warning}},
            {{answer.note, TextStyle::Body}}});
    }
    add(table, Audience::Internal);
}

// --- What's next (the customer's) ---

void QbrContentBuilder::whatsNext()
{
    if (qbrFixFirst(m_data)) {
        valueRecovery();
        return;
    }
    section(QbrSection::Growth, qbrSectionTitle(QbrSection::Growth, m_edition));
    const QList<Opportunity> next = presentable();
    if (next.isEmpty()) {
        m_section->items.clear(); // nothing to put forward: no section
        return;
    }
    paragraph(tr("What we propose to work on with you next, and the goal each one serves."), TextStyle::Muted);
    for (const Opportunity &each : next)
        opportunity(each);
}

// A fix-first account is offered no upsell: the plan to get its goals back on track instead.
void QbrContentBuilder::valueRecovery()
{
    section(QbrSection::Growth, tr("Getting your goals back on track"));
    paragraph(tr("Before anything new, our priority is the value you expect from what you have today."),
        TextStyle::Body);
    QList<Goal> goals;
    for (const Goal &goal : m_data.goals) {
        if (goal.status != GoalStatus::Achieved && goal.status != GoalStatus::Dropped)
            goals.append(goal);
    }
    std::stable_sort(goals.begin(), goals.end(), [this](const Goal &a, const Goal &b) {
        const auto rank = [this](const Goal &g) {
            return g.status == GoalStatus::AtRisk || g.isOverdue(m_data.printedOn) ? 0 : 1;
        };
        return rank(a) < rank(b);
    });
    if (goals.isEmpty()) {
        paragraph(tr("We will agree the goals to recover with you at this review."), TextStyle::Body);
    } else {
        DocTable table;
        table.columns = {{tr("Your goal"), 52, DocColumn::Kind::Text}, {tr("Target"), 20, DocColumn::Kind::Text},
            {tr("By"), 14, DocColumn::Kind::Date}, {tr("Status"), 14, DocColumn::Kind::Text}};
        for (const Goal &goal : std::as_const(goals)) {
            const bool late = goal.isOverdue(m_data.printedOn);
            table.rows.append({{{goal.objective, TextStyle::Strong}},
                {{goal.target ? formatMeasure(*goal.target, goal.unit, m_locale) : QStringLiteral("–"), TextStyle::Body}},
                {{date(goal.dueOn), late ? TextStyle::Warning : TextStyle::Muted}},
                {{goalStatusText(goal.status), goal.status == GoalStatus::AtRisk || late ? TextStyle::Warning : TextStyle::Body}}});
        }
        add(table);
    }
    if (!included(QbrSection::Risks))
        nextStepsTable();
    else if (!m_data.nextSteps.isEmpty())
        paragraph(tr("The steps we agreed to get there follow."), TextStyle::Muted);
    else // the next steps section says there are none: the steps are to be agreed at this review
        paragraph(tr("The steps to get there are to be agreed with you at this review."), TextStyle::Muted);
}

// --- Risks, plays and next steps ---

void QbrContentBuilder::risksAndSteps()
{
    section(QbrSection::Risks, qbrSectionTitle(QbrSection::Risks, m_edition), Audience::Internal);
    heading(tr("Risks"), 2, Audience::Internal);
    if (m_data.risks.isEmpty()) {
        paragraph(tr("No open risks."), TextStyle::Muted, Audience::Internal);
    } else {
        DocTable table;
        table.columns = actionGrid(tr("Risk and its remediation"), tr("Severity"));
        for (const Risk &risk : m_data.risks) {
            const bool late = risk.isOpen() && risk.dueOn.isValid() && risk.dueOn < m_data.printedOn;
            Runs what {{risk.title, TextStyle::Strong}};
            if (!risk.remediation.trimmed().isEmpty())
                what.append({lineBreak + risk.remediation, TextStyle::Body});
            table.rows.append({what, {{teamName(risk.ownerId), TextStyle::Body}},
                {{date(risk.dueOn), late ? TextStyle::Warning : TextStyle::Muted}},
                {{displayName(risk.severity),
                     risk.severity == RiskSeverity::High && risk.isOpen() ? TextStyle::Warning : TextStyle::Body},
                    {lineBreak + displayName(risk.status), TextStyle::Small}}});
        }
        add(table, Audience::Internal);
    }
    openPlays();
    heading(tr("Next steps"), 2);
    nextStepsTable();
}

void QbrContentBuilder::openPlays()
{
    heading(tr("Open plays"), 2, Audience::Internal);
    if (m_data.plays.isEmpty()) {
        paragraph(tr("No open plays."), TextStyle::Muted, Audience::Internal);
        return;
    }
    DocTable table;
    table.columns = actionGrid(tr("Play and why"), tr("Status"));
    for (const Play &play : m_data.plays) {
        const bool late = play.dueOn.isValid() && play.dueOn < m_data.printedOn;
        table.rows.append({{{play.title, TextStyle::Strong}, {lineBreak + play.why, TextStyle::Small}},
            {{teamName(play.ownerId), TextStyle::Body}},
            {{date(play.dueOn), late ? TextStyle::Warning : TextStyle::Muted}},
            {{play.status == PlayStatus::Snoozed ? tr("Snoozed to %1").arg(date(play.snoozedUntil))
                                                 : displayName(play.status),
                TextStyle::Body}}});
    }
    add(table, Audience::Internal);
}

void QbrContentBuilder::nextSteps()
{
    section(QbrSection::Risks, qbrSectionTitle(QbrSection::Risks, m_edition));
    nextStepsTable();
}

void QbrContentBuilder::nextStepsTable()
{
    if (m_data.nextSteps.isEmpty()) {
        paragraph(tr("No next steps agreed yet."), TextStyle::Muted);
        return;
    }
    DocTable table;
    table.columns = actionGrid(tr("Action"), tr("Status"));
    for (const NextStep &step : m_data.nextSteps) {
        const bool late = !step.done && step.dueOn.isValid() && step.dueOn < m_data.printedOn;
        table.rows.append({{{step.action, step.done ? TextStyle::Muted : TextStyle::Body}},
            {{step.owner, TextStyle::Body}}, {{date(step.dueOn), late ? TextStyle::Warning : TextStyle::Muted}},
            {{step.done ? tr("Done") : (late ? tr("Overdue") : tr("Open")),
                step.done ? TextStyle::Good : (late ? TextStyle::Warning : TextStyle::Body)}}});
    }
    add(table);
}

// --- What changed ---

void QbrContentBuilder::changes()
{
    section(QbrSection::Changes, qbrSectionTitle(QbrSection::Changes, m_edition));
    if (!m_data.lastHeld || !m_data.lastHeld->snapshot) {
        paragraph(tr("No earlier QBR of this account was marked as held. Once this one is, the next summary "
                     "lists everything that changed in between."),
            TextStyle::Muted, Audience::Internal);
        if (!internal())
            m_section->items.clear();
        return;
    }
    // The customer's edition keeps the changes among their people, told in their terms;
    // relationships, stage, coverage, whitespace, pipeline, revenue and health are our reading.
    const QList<QbrChange> &shown = internal() ? m_data.changes : m_data.customerChanges;
    runs({{tr("Since the QBR held on "), TextStyle::Muted}, {date(m_data.lastHeld->heldOn), TextStyle::Strong},
        {tr(": %n changes.", nullptr, int(shown.size())), TextStyle::Muted}});
    if (shown.isEmpty())
        return;
    DocTable table;
    table.columns = {{tr("Area"), 17, DocColumn::Kind::Text}, {tr("What"), 25, DocColumn::Kind::Text},
        {tr("Then"), 29, DocColumn::Kind::Text}, {tr("Now"), 29, DocColumn::Kind::Text}};
    QbrChange::Area previous {};
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QbrChange &change = shown.at(i);
        const bool first = i == 0 || change.area != previous;
        table.rows.append({{{first ? displayName(change.area) : QString(), TextStyle::Muted}},
            {{change.subject, TextStyle::Strong}},
            {{change.before.isEmpty() ? QStringLiteral("–") : change.before, TextStyle::Muted}},
            {{change.after.isEmpty() ? QStringLiteral("–") : change.after, TextStyle::Body}}});
        previous = change.area;
    }
    add(table);
}

} // namespace keyplan
