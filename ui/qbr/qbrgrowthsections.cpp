// The later sections of a QBR summary: growth, risks and next steps, and what changed since the
// last review.
#include "ui/qbr/qbrdocumentbuilder.h"

#include <QTextTable>

#include <algorithm>

namespace keyplan {

namespace {

struct OpenCell
{
    QString offering;
    QString unit;
    MinorUnits potential = 0;
    QString competitor;
};

} // namespace

void QbrDocumentBuilder::growth()
{
    sectionStart(QbrSection::Growth);
    if (fixFirstApplies())
        m_out.paragraph(
            tr("Fix first: value before upsell. Expansion waits until the account is healthy again."),
            TextStyle::Warning);
    const WhitespaceTotals &whitespace = m_data.whitespace;
    m_out.figures({{money(whitespace.total.sold), tr("Sold across the matrix")},
        {money(whitespace.total.open), tr("Open whitespace")},
        {money(whitespace.total.inPipeline), tr("In pipeline")},
        {percent(whitespace.walletShare), tr("Our share of the wallet")}});
    if (whitespace.walletShare)
        m_out.paragraph(tr("Share of the wallet: what we sell (%1) over that, the competitors' known spend (%2, in "
                           "%3 of %4 open cells) and the open potential (%5).")
                            .arg(money(whitespace.total.sold), money(whitespace.competitorSpend))
                            .arg(whitespace.spendKnownCells)
                            .arg(whitespace.openCells)
                            .arg(money(whitespace.total.open)),
            TextStyle::Small);

    QList<OpenCell> open;
    for (const WhitespaceCell &cell : m_data.cells) {
        if (cell.state == CellState::Open && cell.potential > 0)
            open.append({m_data.offeringName(cell.offeringId), m_data.unitName(cell.businessUnitId),
                cell.potential, cell.competitor});
    }
    std::stable_sort(open.begin(), open.end(),
        [](const OpenCell &a, const OpenCell &b) { return a.potential > b.potential; });
    if (!open.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(5, open.size());
        m_out.heading(tr("Largest open whitespace"), 2);
        QTextTable *table
            = m_out.table({tr("Offering"), tr("Business unit"), tr("Potential a year"), tr("Incumbent")},
                {30, 30, 18, 22}, int(shown), {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft});
        for (int row = 1; row <= shown; ++row) {
            const OpenCell &cell = open.at(row - 1);
            m_out.cell(table, row, 0, cell.offering, TextStyle::Strong);
            m_out.cell(table, row, 1, cell.unit);
            m_out.cell(table, row, 2, money(cell.potential));
            m_out.cell(table, row, 3, cell.competitor.isEmpty() ? tr("none known") : cell.competitor,
                cell.competitor.isEmpty() ? TextStyle::Muted : TextStyle::Body);
        }
    }

    m_out.heading(tr("Expansion opportunities for this review"), 2);
    if (m_data.chosen.isEmpty()) {
        m_out.paragraph(tr("No expansion opportunity was chosen for this review."), TextStyle::Muted);
        return;
    }
    for (const Opportunity &opportunity : m_data.chosen) {
        m_out.heading(opportunity.title, 3);
        QStringList facts {displayName(opportunity.motion)};
        if (opportunity.offeringId)
            facts.append(m_data.offeringName(*opportunity.offeringId));
        if (opportunity.businessUnitId)
            facts.append(m_data.unitName(*opportunity.businessUnitId));
        m_out.runs({{facts.join(QStringLiteral(" · ")), TextStyle::Muted}});
        const QString champion = m_data.personName(opportunity.championId);
        m_out.runs({{tr("%1 a year").arg(money(opportunity.amount)), TextStyle::Strong},
            {tr("   ·   %1, %2%").arg(displayName(opportunity.stage)).arg(opportunity.probability),
                TextStyle::Body},
            {tr("   ·   expected close %1").arg(date(opportunity.expectedClose)), TextStyle::Body},
            {tr("   ·   champion: "), TextStyle::Muted},
            {champion.isEmpty() ? tr("none yet") : champion,
                champion.isEmpty() ? TextStyle::Warning : TextStyle::Body}});
        // As it stands: a champion who has left answers no.
        const std::array<CheckAnswer, decisionCheckCount> checklist = effectiveChecklist(opportunity, m_data.map.people);
        int yes = 0;
        for (const CheckAnswer &answer : checklist)
            yes += answer.met ? 1 : 0;
        QTextTable *table
            = m_out.table({tr("Business case: %1 of 6 in place").arg(yes), tr("Answer"), tr("Evidence")},
                {42, 10, 48}, decisionCheckCount);
        int row = 1;
        for (const DecisionCheck check : allDecisionChecks) {
            const CheckAnswer &answer = checklist[std::size_t(check)];
            m_out.cell(table, row, 0, displayName(check));
            m_out.cell(table, row, 1, answer.met ? tr("Yes") : tr("Not yet"),
                answer.met ? TextStyle::Good : TextStyle::Warning);
            m_out.cell(table, row, 2, answer.note, TextStyle::Body);
            ++row;
        }
    }
}

void QbrDocumentBuilder::risks()
{
    sectionStart(QbrSection::Risks);
    m_out.heading(tr("Risks"), 2);
    if (m_data.risks.isEmpty()) {
        m_out.paragraph(tr("No open risks."), TextStyle::Muted);
    } else {
        QTextTable *table
            = m_out.table({tr("Risk"), tr("Severity"), tr("Remediation"), tr("Owner"), tr("Due")},
                {30, 11, 34, 13, 12}, int(m_data.risks.size()));
        int row = 1;
        for (const Risk &risk : m_data.risks) {
            m_out.cellRuns(table, row, 0,
                {{risk.title, TextStyle::Strong},
                    {lineBreak + displayName(risk.status), TextStyle::Small}});
            m_out.cell(table, row, 1, displayName(risk.severity),
                risk.severity == RiskSeverity::High && risk.isOpen() ? TextStyle::Warning : TextStyle::Body);
            m_out.cell(table, row, 2, risk.remediation);
            m_out.cell(table, row, 3, teamName(risk.ownerId));
            const bool late = risk.isOpen() && risk.dueOn.isValid() && risk.dueOn < m_data.printedOn;
            m_out.cell(table, row, 4, date(risk.dueOn), late ? TextStyle::Warning : TextStyle::Muted);
            ++row;
        }
    }
    m_out.heading(tr("Next steps"), 2);
    if (m_data.nextSteps.isEmpty()) {
        m_out.paragraph(tr("No next steps agreed yet."), TextStyle::Muted);
        return;
    }
    QTextTable *table = m_out.table(
        {tr("Action"), tr("Owner"), tr("Due"), tr("Status")}, {52, 20, 14, 14}, int(m_data.nextSteps.size()));
    int row = 1;
    for (const NextStep &step : m_data.nextSteps) {
        m_out.cell(table, row, 0, step.action, step.done ? TextStyle::Muted : TextStyle::Body);
        m_out.cell(table, row, 1, step.owner);
        const bool late = !step.done && step.dueOn.isValid() && step.dueOn < m_data.printedOn;
        m_out.cell(table, row, 2, date(step.dueOn), late ? TextStyle::Warning : TextStyle::Muted);
        m_out.cell(table, row, 3, step.done ? tr("Done") : (late ? tr("Overdue") : tr("Open")),
            step.done ? TextStyle::Good : (late ? TextStyle::Warning : TextStyle::Body));
        ++row;
    }
}

void QbrDocumentBuilder::changes()
{
    sectionStart(QbrSection::Changes);
    if (!m_data.lastHeld || !m_data.lastHeld->snapshot) {
        m_out.paragraph(
            tr("No earlier QBR of this account was marked as held. Once this one is, the next summary "
               "lists everything that changed in between."),
            TextStyle::Muted);
        return;
    }
    m_out.runs(
        {{tr("Since the QBR held on "), TextStyle::Muted}, {date(m_data.lastHeld->heldOn), TextStyle::Strong},
            {m_data.changes.size() == 1 ? tr(": 1 change.") : tr(": %1 changes.").arg(m_data.changes.size()),
                TextStyle::Muted}});
    if (m_data.changes.isEmpty())
        return;
    QTextTable *table = m_out.table(
        {tr("Area"), tr("What"), tr("Then"), tr("Now")}, {17, 25, 29, 29}, int(m_data.changes.size()));
    int row = 1;
    QbrChange::Area previous {};
    for (const QbrChange &change : m_data.changes) {
        const bool first = row == 1 || change.area != previous;
        m_out.cell(table, row, 0, first ? displayName(change.area) : QString(), TextStyle::Muted);
        m_out.cell(table, row, 1, change.subject, TextStyle::Strong);
        m_out.cell(
            table, row, 2, change.before.isEmpty() ? QStringLiteral("–") : change.before, TextStyle::Muted);
        m_out.cell(table, row, 3, change.after.isEmpty() ? QStringLiteral("–") : change.after);
        previous = change.area;
        ++row;
    }
}

} // namespace keyplan
