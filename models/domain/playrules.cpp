#include "domain/playrules.h"

#include "domain/accounthealth.h"
#include "domain/dayformat.h"
#include "domain/healthscore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace keyplan {
namespace {

class RuleText
{
    Q_DECLARE_TR_FUNCTIONS(PlayRule)
};

QString translated(const char *text)
{
    return QCoreApplication::translate("PlayRule", text);
}

// How far along the relationship is, uncoupling apart.
int rank(Stage stage)
{
    return stage == Stage::UncouplingKam ? -1 : int(stage);
}

class Evaluation
{
public:
    Evaluation(const PlayContext &context, const RuleSettings &settings, const CadenceSettings &cadence,
        const CoverageSettings &coverage, const QDate &today)
        : m_context(context)
        , m_record(*context.record)
        , m_account(context.record->account)
        , m_settings(settings)
        , m_cadence(cadence.of(context.record->account.tier))
        , m_coverage(coverage)
        , m_today(today)
        , m_contacts(lastContacts(context.record->touchpoints))
    {
    }

    QList<Signal> run()
    {
        const std::pair<PlayRule, void (Evaluation::*)()> rules[] {
            {PlayRule::ChampionLeft, &Evaluation::championLeft},
            {PlayRule::ThinCoverage, &Evaluation::thinCoverage},
            {PlayRule::KeyStakeholderQuiet, &Evaluation::keyStakeholderQuiet},
            {PlayRule::MapStale, &Evaluation::mapStale},
            {PlayRule::RenewalAtRisk, &Evaluation::renewalAtRisk},
            {PlayRule::RenewalWithoutQbr, &Evaluation::renewalWithoutQbr},
            {PlayRule::QbrOverdue, &Evaluation::qbrOverdue},
            {PlayRule::StageRegression, &Evaluation::stageRegression},
            {PlayRule::NewExecutive, &Evaluation::newExecutive},
            {PlayRule::UsageDown, &Evaluation::usageDown},
            {PlayRule::HealthLow, &Evaluation::healthLow},
            {PlayRule::OwnerChanged, &Evaluation::ownerChanged},
            {PlayRule::OwnerLeftTeam, &Evaluation::ownerLeftTeam},
            {PlayRule::OpportunityOverdue, &Evaluation::opportunityOverdue},
            {PlayRule::EffortMismatch, &Evaluation::effortMismatch},
        };
        if (!m_account.isKey)
            return {};
        for (const auto &[rule, evaluate] : rules) {
            if (!m_settings.isEnabled(rule))
                continue;
            m_rule = rule;
            (this->*evaluate)();
        }
        return m_signals;
    }

private:
    int parameter(const char *key) const { return m_settings.parameter(m_rule, key); }

    void fire(const QString &subject, const QString &why, const QString &name = {})
    {
        const RuleDefinition &definition = definitionOf(m_rule);
        QString title = translated(definition.title);
        if (title.contains(QStringLiteral("%1")))
            title = title.arg(name);
        m_signals.append({m_account.id, keyOf(m_rule), subject, title, why, definition.dueInDays});
    }

    bool seatHeld(const Stakeholder &departed) const
    {
        return std::any_of(m_record.stakeholders.cbegin(), m_record.stakeholders.cend(), [&](const Stakeholder &s) {
            if (s.hasLeft() || s.id == departed.id || mayHaveLeft(s.id))
                return false;
            return departed.role == DecisionRole::Champion ? s.role == DecisionRole::Champion
                                                           : s.layer == BuyingLayer::ExecutiveSponsor;
        });
    }

    void championLeft()
    {
        const QDate since = m_today.addDays(-parameter("within_days"));
        for (const Stakeholder &person : m_record.stakeholders) {
            const bool champion = person.role == DecisionRole::Champion;
            if (!person.hasLeft() || person.leftOn < since || (!champion && person.layer != BuyingLayer::ExecutiveSponsor))
                continue;
            if (seatHeld(person))
                continue; // someone holds the seat again
            fire(subjectKey("stakeholder", person.id),
                RuleText::tr("%1, %2, left on %3")
                    .arg(person.name, champion ? displayName(DecisionRole::Champion) : displayName(BuyingLayer::ExecutiveSponsor),
                        formatDay(person.leftOn)));
        }
        // An import's evidence that one may have left (another company on LinkedIn) is reason
        // enough to re-thread now; the play names the evidence.
        for (const PersonSignal &signal : m_record.personSignals) {
            const auto person = std::find_if(m_record.stakeholders.cbegin(), m_record.stakeholders.cend(),
                [&signal](const Stakeholder &s) { return s.id == signal.person; });
            if (person == m_record.stakeholders.cend() || person->hasLeft() || signal.noticedOn < since)
                continue;
            const bool champion = person->role == DecisionRole::Champion;
            if ((!champion && person->layer != BuyingLayer::ExecutiveSponsor) || seatHeld(*person))
                continue;
            fire(subjectKey("stakeholder", person->id),
                RuleText::tr("%1, %2, may have left: %3")
                    .arg(person->name,
                        champion ? displayName(DecisionRole::Champion) : displayName(BuyingLayer::ExecutiveSponsor),
                        signal.evidence));
        }
    }

    bool mayHaveLeft(StakeholderId id) const
    {
        return std::any_of(m_record.personSignals.cbegin(), m_record.personSignals.cend(),
            [id](const PersonSignal &signal) { return signal.person == id; });
    }

    void thinCoverage()
    {
        QDate review;
        for (const MapReview &r : m_record.reviews)
            review = std::max(review, r.on);
        const Coverage coverage = computeCoverage(m_record.stakeholders, m_record.touchpoints, review, m_today, m_coverage);
        const std::optional<double> depth = coverage.depth();
        if (!depth) {
            fire({}, RuleText::tr("Nobody in the buying group on the map"));
            return;
        }
        if (!coverage.singleThreaded && *depth >= m_coverage.targetLow)
            return;
        QStringList why {RuleText::tr("Coverage %1% (target %2–%3%)")
                             .arg(qRound(*depth * 100))
                             .arg(qRound(m_coverage.targetLow * 100))
                             .arg(qRound(m_coverage.targetHigh * 100))};
        if (coverage.singleThreaded)
            why.append(RuleText::tr("single-threaded"));
        if (!coverage.emptySeats.isEmpty()) {
            QStringList seats;
            for (const QString &seat : coverage.emptySeats)
                seats.append(seatName(seat));
            why.append(RuleText::tr("empty seats: %1").arg(seats.join(QStringLiteral(", "))));
        }
        fire({}, why.join(QStringLiteral("; ")));
    }

    void keyStakeholderQuiet()
    {
        const int every = m_cadence.touchpointDays;
        const int limit = every + parameter("grace_days");
        for (const Stakeholder &person : m_record.stakeholders) {
            if (!isKeyStakeholder(person))
                continue;
            const std::optional<int> days = daysSinceContact(m_contacts, person.id, m_today);
            if (days && *days <= limit)
                continue;
            const QString cadence = RuleText::tr("the %1 tier sees key people every %n days", nullptr, int(every))
                                        .arg(displayName(m_account.tier).toLower());
            fire(subjectKey("stakeholder", person.id),
                days ? RuleText::tr("Last contact %n days ago; %1", nullptr, *days).arg(cadence)
                     : RuleText::tr("No contact yet; %1").arg(cadence),
                person.name);
        }
    }

    void mapStale()
    {
        QDate review;
        for (const MapReview &r : m_record.reviews)
            review = std::max(review, r.on);
        if (!review.isValid()) {
            fire({}, RuleText::tr("Never reviewed"));
            return;
        }
        const qint64 days = review.daysTo(m_today);
        if (days > m_coverage.staleAfterDays) // the coverage settings say when a map is stale
            fire({}, RuleText::tr("Last reviewed on %1, %n days ago", nullptr, int(days)).arg(formatDay(review)));
    }

    std::optional<qint64> daysToRenewal(int within) const
    {
        if (!m_account.renewalDate.isValid())
            return std::nullopt;
        const qint64 days = m_today.daysTo(m_account.renewalDate);
        if (days < 0 || days > within)
            return std::nullopt;
        return days;
    }

    void renewalAtRisk()
    {
        const std::optional<qint64> days = daysToRenewal(parameter("within_days"));
        if (!days || !m_context.health || *m_context.health >= riskReviewBelow)
            return;
        fire(QStringLiteral("renewal:") + m_account.renewalDate.toString(Qt::ISODate),
            RuleText::tr("Renews on %1 (in %n days) with health %2", nullptr, int(*days))
                .arg(formatDay(m_account.renewalDate))
                .arg(formatHealth(m_context.health)));
    }

    QDate lastQbr() const
    {
        QDate held;
        for (const Qbr &qbr : m_record.qbrs)
            held = std::max(held, qbr.heldOn);
        return held;
    }

    void renewalWithoutQbr()
    {
        const std::optional<qint64> days = daysToRenewal(parameter("within_days"));
        if (!days)
            return;
        const QDate quarter(m_today.year(), (m_today.month() - 1) / 3 * 3 + 1, 1);
        const QDate held = lastQbr();
        if (held.isValid() && held >= quarter)
            return;
        fire(QStringLiteral("renewal:") + m_account.renewalDate.toString(Qt::ISODate),
            held.isValid() ? RuleText::tr("Renews on %1 (in %n days); the last QBR was held on %2", nullptr, int(*days))
                                 .arg(formatDay(m_account.renewalDate))
                                 .arg(formatDay(held))
                           : RuleText::tr("Renews on %1 (in %n days); no QBR held yet", nullptr, int(*days))
                                 .arg(formatDay(m_account.renewalDate)));
    }

    void qbrOverdue()
    {
        const QDate held = lastQbr();
        const int every = m_cadence.reviewDays;
        if (held.isValid() && held.daysTo(m_today) <= every)
            return;
        const QString cadence = RuleText::tr("the %1 tier holds a review every %n days", nullptr, int(every))
                                    .arg(displayName(m_account.tier).toLower());
        fire({}, held.isValid() ? RuleText::tr("Last QBR held on %1, %n days ago; %2", nullptr, int(held.daysTo(m_today)))
                                      .arg(formatDay(held))
                                      .arg(cadence)
                                : RuleText::tr("No QBR held yet; %1").arg(cadence));
    }

    void stageRegression()
    {
        if (m_record.stageChanges.isEmpty())
            return;
        const StageChange *latest = nullptr;
        for (const StageChange &change : m_record.stageChanges) {
            if (!latest || change.changedOn > latest->changedOn
                || (change.changedOn == latest->changedOn && change.id > latest->id))
                latest = &change;
        }
        if (!latest->from || latest->changedOn < m_today.addDays(-parameter("within_days"))
            || rank(latest->to) >= rank(*latest->from))
            return;
        const QString move = RuleText::tr("%1 → %2 on %3")
                                 .arg(displayName(*latest->from), displayName(latest->to), formatDay(latest->changedOn));
        fire(subjectKey("stage", latest->id),
            latest->reason.isEmpty() ? move : RuleText::tr("%1: %2").arg(move, latest->reason));
    }

    void newExecutive()
    {
        const QDate since = m_today.addDays(-parameter("within_days"));
        for (const Stakeholder &person : m_record.stakeholders) {
            const QDate &added = person.addedOn;
            const bool executive = person.layer == BuyingLayer::ExecutiveSponsor
                || person.layer == BuyingLayer::EconomicBuyer || person.role == DecisionRole::EconomicBuyer
                || person.role == DecisionRole::DecisionMaker;
            if (person.hasLeft() || !executive || !added.isValid() || added < since || m_contacts.contains(person.id))
                continue;
            fire(subjectKey("stakeholder", person.id),
                RuleText::tr("%1, %2, on the map since %3; no contact yet")
                    .arg(person.name, person.title.isEmpty() ? displayName(person.role) : person.title, formatDay(added)),
                person.name);
        }
    }

    void usageDown()
    {
        for (const MetricSeries &series : m_record.metrics) {
            if (!fellTwoPeriodsRunning(series))
                continue;
            const QLocale locale;
            QStringList values;
            for (qsizetype i = series.points.size() - 3; i < series.points.size(); ++i)
                values.append(locale.toString(series.points.at(i).value, 'g', 10));
            fire(subjectKey("metric", series.id),
                RuleText::tr("%1: %2 (to %3)").arg(series.name, values.join(QStringLiteral(" → ")), formatDay(series.points.constLast().on)),
                series.name);
        }
    }

    void healthLow()
    {
        if (!m_context.health || *m_context.health >= riskReviewBelow)
            return;
        fire({}, RuleText::tr("Health %1, below 6").arg(formatHealth(m_context.health)));
    }

    QString memberName(std::optional<TeamMemberId> id) const
    {
        return id ? m_context.team.value(*id, RuleText::tr("someone no longer on the team")) : RuleText::tr("nobody");
    }

    void ownerChanged()
    {
        if (m_record.ownerChanges.isEmpty())
            return;
        const OwnerChange &latest = m_record.ownerChanges.constLast();
        if (latest.on < m_today.addDays(-parameter("within_days")) || !latest.from)
            return; // a first owner is no handover
        fire(subjectKey("owner", latest.id),
            RuleText::tr("From %1 to %2 on %3").arg(memberName(latest.from), memberName(latest.to), formatDay(latest.on)));
    }

    void ownerLeftTeam()
    {
        for (auto it = m_context.leftTeam.cbegin(); it != m_context.leftTeam.cend(); ++it) {
            const auto owned = std::count_if(m_record.stakeholders.cbegin(), m_record.stakeholders.cend(),
                [&](const Stakeholder &s) { return !s.hasLeft() && s.ourOwnerId == it.key(); });
            if (owned == 0)
                continue;
            const QString name = m_context.team.value(it.key());
            fire(subjectKey("member", it.key()),
                RuleText::tr("%1 left our team on %2; relationships here still theirs: %3")
                    .arg(name, formatDay(it.value()))
                    .arg(owned),
                name);
        }
    }

    void opportunityOverdue()
    {
        for (const Opportunity &opportunity : m_record.opportunities) {
            if (!opportunity.isOpen() || !opportunity.expectedClose.isValid() || opportunity.expectedClose >= m_today)
                continue;
            fire(subjectKey("opportunity", opportunity.id),
                RuleText::tr("Expected to close on %1; still at %2")
                    .arg(formatDay(opportunity.expectedClose), displayName(opportunity.stage)),
                opportunity.title);
        }
    }

    void effortMismatch()
    {
        const Stage stage = m_account.stage;
        const bool early = stage == Stage::PreKam || stage == Stage::EarlyKam;
        const bool deep = stage == Stage::PartnershipKam || stage == Stage::SynergisticKam;
        if (early && m_account.tier == Tier::Strategic)
            fire({}, RuleText::tr("At %1, on the strategic tier's cadence (touchpoints every %n days)", nullptr,
                         int(m_cadence.touchpointDays))
                         .arg(displayName(stage)));
        else if (deep && m_account.tier == Tier::Standard)
            fire({}, RuleText::tr("At %1, on the standard tier's cadence (touchpoints every %n days)", nullptr,
                         int(m_cadence.touchpointDays))
                         .arg(displayName(stage)));
    }

    const PlayContext &m_context;
    const AccountRecord &m_record;
    const Account &m_account;
    const RuleSettings &m_settings;
    const TierCadence &m_cadence;
    const CoverageSettings &m_coverage;
    const QDate m_today;
    const QHash<StakeholderId, QDate> m_contacts;
    PlayRule m_rule = PlayRule::ChampionLeft;
    QList<Signal> m_signals;
};

} // namespace

const QList<RuleDefinition> &ruleDefinitions()
{
    static const QList<RuleDefinition> definitions {
        {PlayRule::ChampionLeft, "champion_left", QT_TRANSLATE_NOOP("PlayRule", "Champion or sponsor left"),
            QT_TRANSLATE_NOOP("PlayRule", "Re-thread the account"), 7,
            {{"within_days", QT_TRANSLATE_NOOP("PlayRule", "Departures within (days)"), 180}},
            {QT_TRANSLATE_NOOP("PlayRule", "Find out who took over their responsibilities"),
                QT_TRANSLATE_NOOP("PlayRule", "Ask another contact for an introduction"),
                QT_TRANSLATE_NOOP("PlayRule", "Name a new champion on the map")}},
        {PlayRule::ThinCoverage, "thin_coverage", QT_TRANSLATE_NOOP("PlayRule", "Thin coverage"),
            QT_TRANSLATE_NOOP("PlayRule", "Fill the empty seats"), 14, {},
            {QT_TRANSLATE_NOOP("PlayRule", "Pick the empty seat that matters most"),
                QT_TRANSLATE_NOOP("PlayRule", "Ask the champion for an introduction"),
                QT_TRANSLATE_NOOP("PlayRule", "Log the first meeting")}},
        {PlayRule::KeyStakeholderQuiet, "stakeholder_quiet", QT_TRANSLATE_NOOP("PlayRule", "Key stakeholder not contacted"),
            QT_TRANSLATE_NOOP("PlayRule", "Get back in touch with %1"), 7,
            {{"grace_days", QT_TRANSLATE_NOOP("PlayRule", "Days of grace beyond the cadence"), 0}},
            {QT_TRANSLATE_NOOP("PlayRule", "Find a reason that matters to them"),
                QT_TRANSLATE_NOOP("PlayRule", "Record the touchpoint")}},
        {PlayRule::MapStale, "map_stale", QT_TRANSLATE_NOOP("PlayRule", "Stakeholder map not reviewed"),
            QT_TRANSLATE_NOOP("PlayRule", "Review the stakeholder map"), 14, {},
            {QT_TRANSLATE_NOOP("PlayRule", "Check who left and who joined"),
                QT_TRANSLATE_NOOP("PlayRule", "Update relationships and owners"),
                QT_TRANSLATE_NOOP("PlayRule", "Mark the map reviewed")}},
        {PlayRule::RenewalAtRisk, "renewal_at_risk", QT_TRANSLATE_NOOP("PlayRule", "Renewal with poor health"),
            QT_TRANSLATE_NOOP("PlayRule", "Risk review before the renewal"), 7,
            {{"within_days", QT_TRANSLATE_NOOP("PlayRule", "Renewal within (days)"), 90}},
            {QT_TRANSLATE_NOOP("PlayRule", "Go through the scorecard's weakest measures"),
                QT_TRANSLATE_NOOP("PlayRule", "Agree a remediation plan with the sponsor")}},
        {PlayRule::RenewalWithoutQbr, "renewal_without_qbr",
            QT_TRANSLATE_NOOP("PlayRule", "Renewal without a QBR this quarter"),
            QT_TRANSLATE_NOOP("PlayRule", "Hold a QBR before the renewal"), 21,
            {{"within_days", QT_TRANSLATE_NOOP("PlayRule", "Renewal within (days)"), 120}},
            {QT_TRANSLATE_NOOP("PlayRule", "Book the QBR with the sponsor"),
                QT_TRANSLATE_NOOP("PlayRule", "Prepare the value delivered against their goals")}},
        {PlayRule::QbrOverdue, "qbr_overdue", QT_TRANSLATE_NOOP("PlayRule", "QBR overdue"),
            QT_TRANSLATE_NOOP("PlayRule", "Book the QBR"), 14, {},
            {QT_TRANSLATE_NOOP("PlayRule", "Book the QBR with the sponsor")}},
        {PlayRule::StageRegression, "stage_regression", QT_TRANSLATE_NOOP("PlayRule", "Stage went back"),
            QT_TRANSLATE_NOOP("PlayRule", "Find out why the relationship went back"), 7,
            {{"within_days", QT_TRANSLATE_NOOP("PlayRule", "Moves back within (days)"), 90}},
            {QT_TRANSLATE_NOOP("PlayRule", "Talk to the champion"),
                QT_TRANSLATE_NOOP("PlayRule", "Agree what would win the trust back")}},
        {PlayRule::NewExecutive, "new_executive", QT_TRANSLATE_NOOP("PlayRule", "New executive"),
            QT_TRANSLATE_NOOP("PlayRule", "Get introduced to %1 early"), 7,
            {{"within_days", QT_TRANSLATE_NOOP("PlayRule", "Put on the map within (days)"), 30}},
            {QT_TRANSLATE_NOOP("PlayRule", "Ask the champion for an introduction"),
                QT_TRANSLATE_NOOP("PlayRule", "Learn their priorities for the year")}},
        {PlayRule::UsageDown, "usage_down", QT_TRANSLATE_NOOP("PlayRule", "Usage down"),
            QT_TRANSLATE_NOOP("PlayRule", "Find out why %1 is falling"), 7, {},
            {QT_TRANSLATE_NOOP("PlayRule", "Ask the admins what changed"),
                QT_TRANSLATE_NOOP("PlayRule", "Offer training or a health check")}},
        {PlayRule::HealthLow, "health_low", QT_TRANSLATE_NOOP("PlayRule", "Health below 6"),
            QT_TRANSLATE_NOOP("PlayRule", "Risk review"), 7, {},
            {QT_TRANSLATE_NOOP("PlayRule", "Go through the scorecard's weakest measures"),
                QT_TRANSLATE_NOOP("PlayRule", "Record the risk and its remediation")}},
        {PlayRule::OwnerChanged, "owner_changed", QT_TRANSLATE_NOOP("PlayRule", "Account changed hands"),
            QT_TRANSLATE_NOOP("PlayRule", "Hand over the account"), 14,
            {{"within_days", QT_TRANSLATE_NOOP("PlayRule", "Changes within (days)"), 30}},
            {QT_TRANSLATE_NOOP("PlayRule", "Walk the new owner through the plan"),
                QT_TRANSLATE_NOOP("PlayRule", "Introduce them to the sponsor and the champion")}},
        {PlayRule::OwnerLeftTeam, "owner_left_team", QT_TRANSLATE_NOOP("PlayRule", "Relationship owner left our team"),
            QT_TRANSLATE_NOOP("PlayRule", "Re-own %1's relationships"), 7, {},
            {QT_TRANSLATE_NOOP("PlayRule", "Give each relationship a new owner on the map")}},
        {PlayRule::OpportunityOverdue, "opportunity_overdue",
            QT_TRANSLATE_NOOP("PlayRule", "Opportunity past its close date"),
            QT_TRANSLATE_NOOP("PlayRule", "Update or close %1"), 7, {},
            {QT_TRANSLATE_NOOP("PlayRule", "Confirm the timing with the champion"),
                QT_TRANSLATE_NOOP("PlayRule", "Move the close date, or mark it lost")}},
        {PlayRule::EffortMismatch, "effort_mismatch",
            QT_TRANSLATE_NOOP("PlayRule", "Effort out of proportion to the stage"),
            QT_TRANSLATE_NOOP("PlayRule", "Match the effort to the stage"), 30, {},
            {QT_TRANSLATE_NOOP("PlayRule", "Choose the tier that fits the stage")}},
        {PlayRule::OwnerOverloaded, "owner_overloaded", QT_TRANSLATE_NOOP("PlayRule", "Owner above the guideline"),
            QT_TRANSLATE_NOOP("PlayRule", "Rebalance %1's key accounts"), 30,
            {{"enterprise_max", QT_TRANSLATE_NOOP("PlayRule", "Enterprise, up to"), 10},
                {"mid_market_max", QT_TRANSLATE_NOOP("PlayRule", "Mid-market, up to"), 20}},
            {QT_TRANSLATE_NOOP("PlayRule", "Agree which accounts move, and to whom")}},
    };
    return definitions;
}

const RuleDefinition &definitionOf(PlayRule rule)
{
    return ruleDefinitions().at(qsizetype(rule));
}

QString keyOf(PlayRule rule)
{
    return QLatin1StringView(definitionOf(rule).key);
}

QString displayName(PlayRule rule)
{
    return translated(definitionOf(rule).name);
}

std::optional<PlayRule> playRuleFromKey(const QString &key)
{
    for (const RuleDefinition &definition : ruleDefinitions()) {
        if (key == QLatin1StringView(definition.key))
            return definition.rule;
    }
    return std::nullopt;
}

bool RuleSettings::isEnabled(PlayRule rule) const
{
    return enabled.value(keyOf(rule), true);
}

int RuleSettings::parameter(PlayRule rule, const char *key) const
{
    const QString name = keyOf(rule) + u'.' + QLatin1StringView(key);
    if (const auto found = parameters.constFind(name); found != parameters.cend())
        return *found;
    for (const RuleParameter &parameter : definitionOf(rule).parameters) {
        if (qstrcmp(parameter.key, key) == 0)
            return parameter.value;
    }
    return 0;
}

RuleSettings RuleSettings::normalised() const
{
    RuleSettings result;
    for (const RuleDefinition &definition : ruleDefinitions()) {
        const QString rule = QLatin1StringView(definition.key);
        if (!isEnabled(definition.rule))
            result.enabled.insert(rule, false);
        for (const RuleParameter &p : definition.parameters) {
            const int value = parameter(definition.rule, p.key);
            if (value != p.value)
                result.parameters.insert(rule + u'.' + QLatin1StringView(p.key), value);
        }
    }
    return result;
}

QString subjectKey(const char *kind, qint64 id)
{
    return QLatin1StringView(kind) + u':' + QString::number(id);
}

QList<Signal> evaluateAccount(const PlayContext &context, const RuleSettings &settings,
    const CadenceSettings &cadence, const CoverageSettings &coverage, const QDate &today)
{
    if (!context.record)
        return {};
    return Evaluation(context, settings, cadence, coverage, today).run();
}

QList<Signal> evaluatePortfolio(const QList<OwnerLoad> &loads, const RuleSettings &settings)
{
    QList<Signal> fired;
    if (!settings.isEnabled(PlayRule::OwnerOverloaded))
        return fired;
    const int enterpriseMax = settings.parameter(PlayRule::OwnerOverloaded, "enterprise_max");
    const int midMarketMax = settings.parameter(PlayRule::OwnerOverloaded, "mid_market_max");
    const RuleDefinition &definition = definitionOf(PlayRule::OwnerOverloaded);
    for (const OwnerLoad &load : loads) {
        QStringList why;
        if (load.enterprise > enterpriseMax)
            why.append(RuleText::tr("%1 enterprise key accounts (guideline up to %2)").arg(load.enterprise).arg(enterpriseMax));
        if (load.midMarket > midMarketMax)
            why.append(RuleText::tr("%1 mid-market key accounts (guideline up to %2)").arg(load.midMarket).arg(midMarketMax));
        if (why.isEmpty())
            continue;
        fired.append({0, keyOf(PlayRule::OwnerOverloaded), subjectKey("member", load.owner),
            translated(definition.title).arg(load.name), why.join(QStringLiteral("; ")), definition.dueInDays});
    }
    return fired;
}

QStringList accountRulesEvaluated(const RuleSettings &settings)
{
    QStringList rules;
    for (const RuleDefinition &definition : ruleDefinitions()) {
        if (definition.rule != PlayRule::OwnerOverloaded && settings.isEnabled(definition.rule))
            rules.append(QLatin1StringView(definition.key));
    }
    return rules;
}

QStringList portfolioRulesEvaluated(const RuleSettings &settings)
{
    return settings.isEnabled(PlayRule::OwnerOverloaded) ? QStringList {keyOf(PlayRule::OwnerOverloaded)}
                                                         : QStringList {};
}

} // namespace keyplan
