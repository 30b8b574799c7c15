// A QBR's content, edition by edition: the builder's frame, the cover and the customer's goals
// with the value delivered against them.
#include "item/qbrcontent.h"

#include "domain/dayformat.h"
#include "domain/goalvalue.h"
#include "domain/percent.h"
#include "item/qbrcontentbuilder.h"
#include "item/valueoutcomemodel.h"

#include <algorithm>

namespace keyplan {

QString keyOf(QbrEdition edition)
{
    return edition == QbrEdition::Customer ? QStringLiteral("customer") : QStringLiteral("internal");
}

QString displayName(QbrEdition edition)
{
    return edition == QbrEdition::Customer ? QbrContentBuilder::tr("Customer edition")
                                           : QbrContentBuilder::tr("Internal edition");
}

std::optional<QbrEdition> qbrEditionFromKey(const QString &key)
{
    for (const QbrEdition edition : allQbrEditions) {
        if (keyOf(edition) == key)
            return edition;
    }
    return std::nullopt;
}

QString qbrTitle(const QbrData &data)
{
    const QLocale locale;
    return QbrContentBuilder::tr("Quarterly business review · %1 – %2")
        .arg(formatDay(data.qbr.periodStart, locale), formatDay(data.qbr.periodEnd, locale));
}

QString qbrSectionTitle(QbrSection section, QbrEdition edition)
{
    const bool ours = edition == QbrEdition::Internal;
    switch (section) {
    case QbrSection::Cover:
        return displayName(section);
    case QbrSection::Value:
        return QbrContentBuilder::tr("Goals and value delivered");
    case QbrSection::Relationship:
        return ours ? displayName(section) : QString();
    case QbrSection::Revenue:
        return ours ? displayName(section) : QbrContentBuilder::tr("Adoption");
    case QbrSection::Growth:
        return ours ? displayName(section) : QbrContentBuilder::tr("What's next");
    case QbrSection::Risks:
        return ours ? QbrContentBuilder::tr("Risks, plays and next steps") : QbrContentBuilder::tr("Agreed next steps");
    case QbrSection::Changes:
        return displayName(section);
    }
    return {};
}

bool qbrFixFirst(const QbrData &data)
{
    return fixFirst(data.account.stage, data.health.score());
}

namespace {

// The account's name where it heads or runs along a page: a name of thousands of characters would
// fill the cover and overrun every footer and slide, so it is cut after a line's worth, with "…".
// A name as printed: cut with an ellipsis past 120 characters, and a right-to-left one isolated
// (U+2068 … U+2069) so that the sentence around it keeps its order ("Prepared for مجموعة الخليج ·
// 23 Nov 2026", not the date pulled into the name).
QString shownName(const QString &name)
{
    constexpr qsizetype longest = 120;
    const QString cut = name.size() <= longest ? name : name.left(longest - 1).trimmed() + QChar(0x2026);
    const bool rightToLeft = std::any_of(cut.cbegin(), cut.cend(), [](QChar c) {
        return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
    });
    return rightToLeft ? QChar(0x2068) + cut + QChar(0x2069) : cut;
}

} // namespace

PrintDocument buildQbrContent(const QbrData &data, QbrEdition edition)
{
    return QbrContentBuilder(data, edition).build();
}

QbrContentBuilder::QbrContentBuilder(const QbrData &data, QbrEdition edition)
    : m_data(data)
    , m_edition(edition)
{
}

PrintDocument QbrContentBuilder::build()
{
    m_document.title = m_data.account.name;
    m_document.headerLeft = shownName(m_data.account.name);
    m_document.headerRight = qbrTitle(m_data);
    m_document.footerLeft = internal() ? tr("%1 · printed %2").arg(m_data.planName, date(m_data.printedOn))
                                       : tr("Prepared for %1 · %2").arg(shownName(m_data.account.name), date(m_data.printedOn));
    if (internal())
        m_document.edition = tr("Internal: not for the customer");
    if (included(QbrSection::Cover))
        cover();
    if (included(QbrSection::Value))
        goalsAndValue();
    if (included(QbrSection::Relationship) && internal())
        relationship();
    if (included(QbrSection::Revenue)) {
        if (internal())
            revenue();
        else
            adoption();
    }
    if (included(QbrSection::Growth)) {
        if (internal())
            growth();
        else
            whatsNext();
    }
    if (included(QbrSection::Risks)) {
        if (internal())
            risksAndSteps();
        else
            nextSteps();
    }
    if (included(QbrSection::Changes))
        changes();
    // A section the customer's edition left empty (say, adoption without any metric) is dropped.
    m_document.sections.removeIf([](const DocSection &s) { return s.items.isEmpty() && s.key != QLatin1String("cover"); });
    return std::move(m_document);
}

// --- Writing ---

void QbrContentBuilder::section(QbrSection which, const QString &title, Audience audience)
{
    DocSection started;
    started.key = keyOf(which);
    started.title = title;
    started.audience = audience;
    m_document.sections.append(started);
    m_section = &m_document.sections.last();
    const QbrSectionChoice &choice = m_data.qbr.section(which);
    const QString remark = choice.remark.trimmed();
    if (!remark.isEmpty())
        add(DocRemark {remark}, choice.remarkInternal ? Audience::Internal : Audience::Everyone);
}

void QbrContentBuilder::add(const DocBlock &block, Audience audience)
{
    if (audience == Audience::Internal && !internal())
        return;
    m_section->items.append({block, audience});
}

void QbrContentBuilder::heading(const QString &text, int level, Audience audience)
{
    add(DocHeading {text, level}, audience);
}

void QbrContentBuilder::paragraph(const QString &text, TextStyle style, Audience audience)
{
    add(DocParagraph {{{text, style}}}, audience);
}

void QbrContentBuilder::runs(const Runs &parts, Audience audience)
{
    Runs kept;
    for (const TextRun &run : parts) {
        if (!run.text.isEmpty())
            kept.append(run);
    }
    add(DocParagraph {kept}, audience);
}

QString QbrContentBuilder::money(MinorUnits amount) const
{
    return formatMoney(amount, m_data.currency, m_locale);
}

QString QbrContentBuilder::date(const QDate &day) const
{
    return day.isValid() ? formatDay(day, m_locale) : QStringLiteral("–");
}

QString QbrContentBuilder::percent(std::optional<double> ratio) const
{
    return formatPercent(ratio, m_locale);
}

QString QbrContentBuilder::number(double value) const
{
    return m_locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString QbrContentBuilder::goalStatusText(GoalStatus status) const
{
    // "At risk" is our word; the customer reads where their goal stands.
    if (!internal() && status == GoalStatus::AtRisk)
        return tr("Needs attention");
    return displayName(status);
}

QString QbrContentBuilder::teamName(std::optional<TeamMemberId> id) const
{
    return id ? m_data.team.value(*id) : QString();
}

// --- Cover ---

void QbrContentBuilder::cover()
{
    const Account &account = m_data.account;
    section(QbrSection::Cover, QString());
    // The remark belongs under the figures: taken off here, put back at the end.
    const QList<DocItem> remark = m_section->items;
    m_section->items.clear();
    add(DocParagraph {{{shownName(account.name), TextStyle::Title}}});
    paragraph(qbrTitle(m_data), TextStyle::Subtitle);
    const QString day = date(m_data.qbr.isHeld() ? m_data.qbr.heldOn : m_data.printedOn);
    if (internal()) {
        runs({{m_data.qbr.isHeld() ? tr("Held on ") : tr("Prepared on "), TextStyle::Muted}, {day, TextStyle::Body},
                 {tr("   ·   Account owner "), TextStyle::Muted}, {m_data.ownerName, TextStyle::Body},
                 {tr("   ·   Renewal "), TextStyle::Muted}, {date(account.renewalDate), TextStyle::Body}},
            Audience::Internal);
    } else {
        runs({{m_data.qbr.isHeld() ? tr("Held on ") : tr("Prepared for our meeting on "), TextStyle::Muted},
            {day, TextStyle::Body}, {tr("   ·   Your account manager "), TextStyle::Muted},
            {m_data.ownerName, TextStyle::Body}});
    }
    if (!m_data.qbr.ourTeam.trimmed().isEmpty())
        runs({{internal() ? tr("Our team: ") : tr("From our side: "), TextStyle::Muted},
            {m_data.qbr.ourTeam, TextStyle::Body}});
    if (!m_data.qbr.attendees.trimmed().isEmpty())
        runs({{tr("Attending for %1: ").arg(shownName(account.name)), TextStyle::Muted}, {m_data.qbr.attendees, TextStyle::Body}});
    coverFigures();
    if (internal() && included(QbrSection::Relationship))
        runs({{tr("Relationship stage: %1").arg(displayName(account.stage)), TextStyle::Strong}}, Audience::Internal);
    if (internal() && qbrFixFirst(m_data))
        paragraph(tr("Value before upsell: fix first. %1")
                      .arg(account.stage == Stage::UncouplingKam
                              ? tr("The relationship is uncoupling.")
                              : tr("Health is %1 of 10.").arg(formatHealth(m_data.health.score()))),
            TextStyle::Warning, Audience::Internal);
    m_section->items.append(remark);
}

// The headline figures of the sections the review includes, and only those: a figure whose
// section was left out is left out with it.
void QbrContentBuilder::coverFigures()
{
    DocFigures figures;
    if (internal()) {
        const Account &account = m_data.account;
        if (included(QbrSection::Revenue)) {
            figures.items.append({money(account.arr), tr("Annual recurring revenue")});
            figures.items.append({percent(m_data.nrr), tr("Net revenue retention")});
            figures.items.append({m_data.health.score() ? tr("%1 / 10").arg(formatHealth(m_data.health.score()))
                                                        : QStringLiteral("–"),
                tr("Health")});
        }
        if (included(QbrSection::Relationship))
            figures.items.append({percent(m_data.map.coverage.depth()), tr("Coverage depth")});
        if (included(QbrSection::Growth)) {
            figures.items.append({money(m_data.whitespace.total.open), tr("Open whitespace")});
            figures.items.append({money(m_data.pipeline.weighted), tr("Weighted pipeline")});
        }
        if (!figures.items.isEmpty())
            add(figures, Audience::Internal);
        return;
    }
    if (included(QbrSection::Value)) {
        int counted = 0;
        int achieved = 0;
        for (const Goal &goal : m_data.goals) {
            if (goal.status == GoalStatus::Dropped)
                continue;
            ++counted;
            achieved += goal.status == GoalStatus::Achieved ? 1 : 0;
        }
        if (counted > 0)
            figures.items.append({tr("%1 of %2").arg(achieved).arg(counted), tr("Goals achieved")});
        figures.items.append({m_locale.toString(m_data.outcomes.size()), tr("Results delivered in the period")});
        const ValueReturn worth = valueReturn(m_data.goals, m_data.outcomes, m_data.account.arr);
        if (worth.perYear > 0)
            figures.items.append({money(worth.perYear), tr("Value delivered a year")});
        if (worth.timesWhatTheyPay)
            figures.items.append({formatMultiple(worth.timesWhatTheyPay, m_locale), tr("Return on what you pay")});
    }
    if (included(QbrSection::Risks)) {
        int open = 0;
        for (const NextStep &step : m_data.nextSteps)
            open += step.done ? 0 : 1;
        figures.items.append({m_locale.toString(open), tr("Agreed next steps open")});
    }
    if (!figures.items.isEmpty())
        add(figures);
}

// --- The customer's goals and the value delivered against them ---

std::optional<double> QbrContentBuilder::goalNow(const Goal &goal) const
{
    std::optional<double> now;
    QDate latest;
    for (const ValueOutcome &outcome : m_data.outcomes) {
        if (outcome.goalId == goal.id && (!latest.isValid() || outcome.achievedOn >= latest)) {
            latest = outcome.achievedOn;
            now = outcome.after;
        }
    }
    return now;
}

void QbrContentBuilder::goalsAndValue()
{
    section(QbrSection::Value, qbrSectionTitle(QbrSection::Value, m_edition));
    QList<Goal> goals;
    for (const Goal &goal : m_data.goals) {
        if (goal.status != GoalStatus::Dropped)
            goals.append(goal);
    }
    if (goals.isEmpty() && m_data.outcomes.isEmpty()) {
        paragraph(tr("No goals or results were recorded for this period."), TextStyle::Muted);
        return;
    }
    QList<ValueOutcome> unlinked = m_data.outcomes;
    for (const Goal &goal : std::as_const(goals)) {
        goalProgress(goal);
        QList<ValueOutcome> delivered;
        for (const ValueOutcome &outcome : m_data.outcomes) {
            if (outcome.goalId == goal.id)
                delivered.append(outcome);
        }
        unlinked.removeIf([&goal](const ValueOutcome &outcome) { return outcome.goalId == goal.id; });
        if (!delivered.isEmpty())
            outcomesTable(delivered);
    }
    if (!unlinked.isEmpty()) {
        if (!goals.isEmpty())
            heading(tr("Other results this period"), 3);
        outcomesTable(unlinked);
    }
    valueInMoney(goals);
}

// The goals' results in money together, and what they return on what the customer pays us; its
// basis stated: their own unit values, and the ARR as of the day printed.
void QbrContentBuilder::valueInMoney(const QList<Goal> &goals)
{
    const ValueReturn worth = valueReturn(goals, m_data.outcomes, m_data.account.arr);
    if (worth.goalsValued == 0)
        return;
    heading(tr("The results in money"), 3);
    QString total;
    if (worth.perYear > 0 && worth.oneOff > 0)
        total = tr("Together the results are worth %1 a year to you, and %2 once.").arg(money(worth.perYear), money(worth.oneOff));
    else if (worth.oneOff > 0)
        total = tr("Together the results are worth %1 to you, once.").arg(money(worth.oneOff));
    else
        total = tr("Together the results are worth %1 a year to you.").arg(money(worth.perYear));
    Runs parts {{total, TextStyle::Strong}};
    if (worth.timesWhatTheyPay)
        parts.append({tr(" That is %1 the %2 a year you pay for the service.")
                          .arg(formatMultiple(worth.timesWhatTheyPay, m_locale), money(m_data.account.arr)),
            TextStyle::Strong});
    runs(parts);
    const QString basis = worth.goalsValued == 1
        ? tr("Counted from 1 goal, at the value of a unit you gave us, from where it started to the latest result; "
             "the service's annual fee as of %1.")
              .arg(date(m_data.printedOn))
        : tr("Counted from %1 goals, at the value of a unit you gave us, from where each started to the latest result; "
             "the service's annual fee as of %2.")
              .arg(worth.goalsValued)
              .arg(date(m_data.printedOn));
    paragraph(basis, TextStyle::Small);
}

// One goal's progress in money: "worth £33,280 a year to you: 20 hours a week better at £32 each,
// 52 weeks a year".
void QbrContentBuilder::goalValueLine(const Goal &goal)
{
    const std::optional<GoalValue> worth = goalValue(goal, m_data.outcomes);
    if (!worth)
        return;
    const QString start = formatMeasure(worth->start, goal.unit, m_locale);
    if (worth->improvement <= 0) {
        paragraph(tr("No value in money yet: the latest result is not better than where it started (%1).").arg(start),
            TextStyle::Muted);
        return;
    }
    // A share improves by points, not per cent: 12% to 9.4% is 2.6 points better.
    const QString better = goal.unit.trimmed() == QLatin1String("%")
        ? tr("%1 percentage points").arg(formatMeasure(worth->improvement, QString(), m_locale))
        : formatMeasure(worth->improvement, goal.unit, m_locale);
    const QString each = formatMoneyExact(*goal.unitValue, m_data.account.currency, m_locale);
    QString text;
    switch (goal.valuePer) {
    case ValuePeriod::Once:
        text = tr("Worth %1 to you, once: %2 better than at the start, each worth %3 to you.").arg(money(worth->value), better, each);
        break;
    case ValuePeriod::Week:
        text = tr("Worth %1 a year to you: %2 better than at the start, each worth %3 to you, 52 weeks a year.")
                   .arg(money(worth->value), better, each);
        break;
    case ValuePeriod::Month:
        text = tr("Worth %1 a year to you: %2 better than at the start, each worth %3 to you, 12 months a year.")
                   .arg(money(worth->value), better, each);
        break;
    case ValuePeriod::Quarter:
        text = tr("Worth %1 a year to you: %2 better than at the start, each worth %3 to you, 4 quarters a year.")
                   .arg(money(worth->value), better, each);
        break;
    case ValuePeriod::Year:
        text = tr("Worth %1 a year to you: %2 better than at the start, each worth %3 to you.").arg(money(worth->value), better, each);
        break;
    }
    paragraph(text, TextStyle::Good);
}

void QbrContentBuilder::goalProgress(const Goal &goal)
{
    heading(goal.objective, 3);
    Runs facts;
    if (!goal.measure.trimmed().isEmpty())
        facts.append({tr("Measured by %1").arg(goal.measure), TextStyle::Muted});
    if (goal.baseline || goal.target) {
        const QString from = goal.baseline ? formatMeasure(*goal.baseline, goal.unit, m_locale) : QStringLiteral("–");
        const QString to = goal.target ? formatMeasure(*goal.target, goal.unit, m_locale) : QStringLiteral("–");
        facts.append({(facts.isEmpty() ? QString() : QStringLiteral("   ·   ")) + tr("from %1 to %2").arg(from, to),
            TextStyle::Body});
    }
    if (goal.dueOn.isValid())
        facts.append({tr(" by %1").arg(date(goal.dueOn)), TextStyle::Body});
    if (const std::optional<double> now = goalNow(goal))
        facts.append({tr("   ·   now %1").arg(formatMeasure(*now, goal.unit, m_locale)), TextStyle::Strong});
    const bool late = goal.isOverdue(m_data.printedOn);
    const TextStyle statusStyle = goal.status == GoalStatus::Achieved ? TextStyle::Good
        : goal.status == GoalStatus::AtRisk || late                  ? TextStyle::Warning
                                                                     : TextStyle::Body;
    facts.append({QStringLiteral("   ·   ") + goalStatusText(goal.status), statusStyle});
    runs(facts);
    goalValueLine(goal);
}

void QbrContentBuilder::outcomesTable(const QList<ValueOutcome> &outcomes)
{
    // One unit for the whole table goes into the headers; mixed units get a column of their own.
    bool oneUnit = true;
    for (const ValueOutcome &outcome : outcomes)
        oneUnit = oneUnit && outcome.unit.trimmed() == outcomes.constFirst().unit.trimmed();
    const QString unit = outcomes.constFirst().unit.trimmed();
    const QString unitHeader = oneUnit && !unit.isEmpty() ? tr(" (%1)").arg(unit) : QString();
    DocTable table;
    table.columns = {{tr("Result"), oneUnit ? 44.0 : 32.0, DocColumn::Kind::Text},
        {tr("Before") + unitHeader, 14, DocColumn::Kind::Number}, {tr("After") + unitHeader, 14, DocColumn::Kind::Number},
        {tr("Change"), 12, DocColumn::Kind::Number}, {tr("Achieved"), 16, DocColumn::Kind::Date}};
    if (!oneUnit)
        table.columns.insert(3, {tr("Unit"), 12, DocColumn::Kind::Text});
    for (const ValueOutcome &outcome : outcomes) {
        Runs what {{outcome.metric, TextStyle::Strong}};
        if (!outcome.note.trimmed().isEmpty())
            what.append({QString(QChar(QChar::LineSeparator)) + outcome.note, TextStyle::Small});
        QList<Runs> row {what, {{number(outcome.before), TextStyle::Body}},
            {{number(outcome.after), TextStyle::Strong}}, {{outcomeChangeText(outcome, m_locale), TextStyle::Body}},
            {{date(outcome.achievedOn), TextStyle::Muted}}};
        if (!oneUnit)
            row.insert(3, {{outcome.unit, TextStyle::Muted}});
        table.rows.append(row);
    }
    add(table);
}

} // namespace keyplan
