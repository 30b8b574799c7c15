#include "io/import/rowconversion.h"

#include "domain/currencies.h"
#include "domain/namematch.h"

#include <cmath>

namespace keyplan {
namespace {

QString folded(const QString &name)
{
    return nameKey(name).remove(u' ');
}

} // namespace

DealTables::DealTables()
{
    using S = OpportunityStage;
    const std::pair<const char *, S> stages[] = {
        // Keyplan's own keys and names.
        {"identified", S::Identified}, {"qualified", S::Qualified}, {"proposal", S::Proposal}, {"commit", S::Commit},
        {"won", S::Won}, {"lost", S::Lost},
        // Salesforce's standard sales process.
        {"Prospecting", S::Identified}, {"Qualification", S::Qualified}, {"Needs Analysis", S::Qualified},
        {"Value Proposition", S::Qualified}, {"Id. Decision Makers", S::Qualified}, {"Perception Analysis", S::Proposal},
        {"Proposal/Price Quote", S::Proposal}, {"Negotiation/Review", S::Commit}, {"Closed Won", S::Won},
        {"Closed Lost", S::Lost},
        // ... in German and French.
        {"Prospektion", S::Identified}, {"Qualifizierung", S::Qualified}, {"Bedarfsanalyse", S::Qualified},
        {"Angebot/Preisangebot", S::Proposal}, {"Verhandlung/Überprüfung", S::Commit}, {"Geschlossen und gewonnen", S::Won},
        {"Geschlossen und verloren", S::Lost}, {"Prospection", S::Identified}, {"Qualification", S::Qualified},
        {"Analyse des besoins", S::Qualified}, {"Proposition/Devis", S::Proposal}, {"Négociation/Révision", S::Commit},
        {"Fermée gagnée", S::Won}, {"Fermée perdue", S::Lost},
        // HubSpot's default pipeline, by label and internal name.
        {"Appointment scheduled", S::Identified}, {"appointmentscheduled", S::Identified},
        {"Qualified to buy", S::Qualified}, {"qualifiedtobuy", S::Qualified},
        {"Presentation scheduled", S::Qualified}, {"presentationscheduled", S::Qualified},
        {"Decision maker bought-in", S::Proposal}, {"decisionmakerboughtin", S::Proposal},
        {"Contract sent", S::Commit}, {"contractsent", S::Commit}, {"closedwon", S::Won}, {"closedlost", S::Lost},
    };
    for (const auto &[name, stage] : stages)
        m_stages.insert(folded(QString::fromUtf8(name)), stage);
    using M = ExpansionMotion;
    const std::pair<const char *, M> motions[] = {
        {"upsell", M::Upsell}, {"cross_sell", M::CrossSell}, {"cross-sell", M::CrossSell}, {"seat_growth", M::SeatGrowth},
        {"seat growth", M::SeatGrowth}, {"usage_growth", M::UsageGrowth}, {"usage growth", M::UsageGrowth},
        {"price_increase", M::PriceIncrease}, {"price increase", M::PriceIncrease},
        {"Existing Customer - Upgrade", M::Upsell}, {"Existing Customer - Replacement", M::Upsell},
        {"Existing Business", M::Upsell}, {"existingbusiness", M::Upsell}, {"New Customer", M::CrossSell},
        {"New Business", M::CrossSell}, {"newbusiness", M::CrossSell},
    };
    for (const auto &[type, motion] : motions)
        m_motions.insert(folded(QString::fromUtf8(type)), motion);
}

void DealTables::setStage(const QString &name, OpportunityStage stage)
{
    m_stages.insert(folded(name), stage);
}

void DealTables::setMotion(const QString &type, ExpansionMotion motion)
{
    m_motions.insert(folded(type), motion);
}

std::optional<OpportunityStage> DealTables::stage(const QString &name) const
{
    const auto found = m_stages.constFind(folded(name));
    return found == m_stages.cend() ? std::nullopt : std::optional<OpportunityStage>(*found);
}

ExpansionMotion DealTables::motion(const QString &type) const
{
    return m_motions.value(folded(type), ExpansionMotion::Upsell);
}

bool DealTables::knowsMotion(const QString &type) const
{
    return m_motions.contains(folded(type));
}

RowConverter::RowConverter(
    ImportSource source, TableShape table, const DealTables &deals, const QHash<QString, QString> &users)
    : m_source(source)
    , m_table(std::move(table))
    , m_deals(deals)
    , m_users(users)
{
}

ImportOrigin RowConverter::origin(const MappedRow &row) const
{
    return {keyOf(m_source), m_table.displayName, row.line};
}

QString RowConverter::problem(const MappedRow &row, ImportField field, const QString &what) const
{
    const int column = row.columns.value(field);
    const QString header = column > 0 && column <= m_table.headers.size() ? m_table.headers.at(column - 1) : QString();
    if (m_table.lineIsRecord)
        return tr("%1, record %2, field %3: %4").arg(m_table.displayName).arg(row.line).arg(header, what);
    return tr("%1, line %2, column %3 (%4): %5").arg(m_table.displayName).arg(row.line).arg(column).arg(header, what);
}

QString RowConverter::id(const MappedRow &row, ImportField field) const
{
    QString value = row.values.value(field);
    // HubSpot puts several associated ids in one cell: the first is the primary.
    if (const qsizetype separator = value.indexOf(u';'); separator >= 0)
        value.truncate(separator);
    return normalisedSourceId(value, m_source == ImportSource::Salesforce);
}

AccountReference RowConverter::accountOf(const MappedRow &row) const
{
    QString name = row.values.value(ImportField::AccountName);
    if (const qsizetype separator = name.indexOf(u';'); separator >= 0 && m_source == ImportSource::HubSpot)
        name.truncate(separator);
    return {id(row, ImportField::AccountRef), name.trimmed()};
}

bool RowConverter::date(const MappedRow &row, ImportField field, QDate *out, QString *error)
{
    const QString text = row.values.value(field);
    DateOrder &order = m_orders[field];
    const std::optional<QDate> day = parseImportDate(text, order);
    if (!day) {
        *error = problem(row, field,
            order == DateOrder::Unknown ? tr("“%1” is not a date").arg(text)
                                        : tr("“%1” is not a date, or not in the day and month order of the rows above it").arg(text));
        return false;
    }
    *out = *day;
    return true;
}

bool RowConverter::learnDates(const MappedRow &row, QString *error)
{
    for (const ImportField field : {ImportField::CloseDate, ImportField::Date, ImportField::ConnectedOn}) {
        if (!row.values.contains(field))
            continue;
        QDate ignored;
        if (!date(row, field, &ignored, error))
            return false;
    }
    return true;
}

bool RowConverter::amount(
    const MappedRow &row, ImportField field, std::optional<MinorUnits> *out, QString *currency, QString *error)
{
    const QString text = row.values.value(field);
    if (text.isEmpty()) {
        *out = std::nullopt;
        return true;
    }
    *out = parseImportAmount(text, currency);
    if (!*out) {
        *error = problem(row, field, tr("“%1” is not an amount").arg(text));
        return false;
    }
    return true;
}

bool RowConverter::account(const MappedRow &row, IncomingAccount *out, QString *error)
{
    *out = {};
    out->origin = origin(row);
    out->sourceId = id(row, m_table.kind == TableKind::Accounts ? ImportField::Id : ImportField::AccountRef);
    out->name = row.values.value(ImportField::AccountName);
    out->parent = {id(row, ImportField::ParentId), row.values.value(ImportField::ParentName)};
    out->industry = row.values.value(ImportField::Industry);
    out->type = row.values.value(ImportField::AccountType);
    out->region = row.values.value(ImportField::Region);
    out->owner = row.values.value(ImportField::Owner);
    if (out->owner.isEmpty())
        out->owner = m_users.value(id(row, ImportField::OwnerRef));
    out->currency = row.values.value(ImportField::Currency).toUpper();
    if (!out->currency.isEmpty() && !isCurrencyCode(out->currency)) {
        *error = problem(row, ImportField::Currency, tr("“%1” is not an ISO 4217 currency code").arg(out->currency));
        return false;
    }
    if (const QString employees = row.values.value(ImportField::Employees); !employees.isEmpty()) {
        const std::optional<double> number = parseImportNumber(employees);
        if (!number || *number < 0 || *number > 1e8) {
            *error = problem(row, ImportField::Employees, tr("“%1” is not a number of employees").arg(employees));
            return false;
        }
        out->employees = int(std::lround(*number));
    }
    return true;
}

bool RowConverter::person(const MappedRow &row, IncomingPerson *out, QString *error)
{
    *out = {};
    out->origin = origin(row);
    out->sourceId = id(row, ImportField::Id);
    out->account = accountOf(row);
    QString name = row.values.value(ImportField::FullName);
    if (name.isEmpty())
        name = (row.values.value(ImportField::FirstName) + u' ' + row.values.value(ImportField::LastName)).trimmed();
    out->name = name;
    out->title = row.values.value(ImportField::Title);
    out->department = row.values.value(ImportField::Department);
    out->email = row.values.value(ImportField::Email);
    out->phone = row.values.value(ImportField::Phone);
    out->reportsToSourceId = id(row, ImportField::ReportsToId);
    out->profileUrl = normalisedProfileUrl(row.values.value(ImportField::ProfileUrl));
    if (m_source == ImportSource::LinkedIn) {
        out->sourceId.clear();
        out->origin.source = keyOf(ImportSource::LinkedIn);
    }
    if (row.values.contains(ImportField::ConnectedOn) && !date(row, ImportField::ConnectedOn, &out->connectedOn, error))
        return false;
    return true;
}

bool RowConverter::opportunity(const MappedRow &row, IncomingOpportunity *out, QString *error)
{
    *out = {};
    out->origin = origin(row);
    out->sourceId = id(row, ImportField::Id);
    out->account = accountOf(row);
    out->title = row.values.value(ImportField::OpportunityName);
    out->stageText = row.values.value(ImportField::Stage);
    out->stage = m_deals.stage(out->stageText);
    out->typeText = row.values.value(ImportField::OpportunityType);
    out->motion = m_deals.motion(out->typeText);
    QString currency = row.values.value(ImportField::Currency).toUpper();
    QString signCurrency;
    if (!amount(row, ImportField::Amount, &out->amount, &signCurrency, error))
        return false;
    out->currency = currency.isEmpty() ? signCurrency : currency;
    if (const QString probability = row.values.value(ImportField::Probability); !probability.isEmpty()) {
        const std::optional<double> number = parseImportNumber(probability);
        if (!number || *number < 0 || *number > 100) {
            *error = problem(row, ImportField::Probability, tr("“%1” is not a probability from 0 to 100").arg(probability));
            return false;
        }
        // HubSpot writes 0.2 for 20%.
        out->probability = int(std::lround(*number <= 1.0 && probability.contains(u'.') ? *number * 100 : *number));
    }
    return date(row, ImportField::CloseDate, &out->closeDate, error);
}

bool RowConverter::contactRole(const MappedRow &row, IncomingContactRole *out, QString *error)
{
    Q_UNUSED(error)
    *out = {};
    out->origin = origin(row);
    out->opportunitySourceId = id(row, ImportField::OpportunityRef);
    out->personSourceId = id(row, ImportField::ContactRef);
    out->role = row.values.value(ImportField::Role);
    out->primary = parseImportFlag(row.values.value(ImportField::IsPrimary));
    return true;
}

bool RowConverter::arr(const MappedRow &row, IncomingArr *out, QString *error)
{
    *out = {};
    out->origin = origin(row);
    out->account = accountOf(row);
    if (!date(row, ImportField::Date, &out->on, error))
        return false;
    if (!out->on.isValid()) {
        *error = problem(row, ImportField::Date, tr("the date is missing"));
        return false;
    }
    QString currency;
    std::optional<MinorUnits> value;
    const ImportField field = row.values.contains(ImportField::Arr) ? ImportField::Arr
        : row.values.contains(ImportField::Mrr)                    ? ImportField::Mrr
                                                                   : ImportField::Amount;
    if (!amount(row, field, &value, &currency, error))
        return false;
    if (!value || *value < 0) {
        *error = problem(row, field, tr("an ARR figure of zero or more is needed"));
        return false;
    }
    out->arr = field == ImportField::Mrr ? *value * 12 : *value;
    const QString given = row.values.value(ImportField::Currency).toUpper();
    out->currency = given.isEmpty() ? currency : given;
    if (const QString motion = row.values.value(ImportField::Motion); !motion.isEmpty()) {
        out->kind = arrChangeKindFromKey(nameKey(motion).replace(u' ', u'_'));
        if (!out->kind) {
            *error = problem(row, ImportField::Motion,
                tr("“%1” is not a kind of change (new, upsell, cross_sell, seat_growth, usage_growth, price_increase, "
                   "expansion, contraction, churn, reactivation)")
                    .arg(motion));
            return false;
        }
    }
    return true;
}

bool RowConverter::metric(const MappedRow &row, IncomingMetric *out, QString *error)
{
    *out = {};
    out->origin = origin(row);
    out->account = accountOf(row);
    out->metric = row.values.value(ImportField::Metric);
    out->unit = row.values.value(ImportField::Unit);
    if (!date(row, ImportField::Date, &out->on, error))
        return false;
    const QString text = row.values.value(ImportField::Value);
    const std::optional<double> value = parseImportNumber(text);
    if (!value) {
        *error = problem(row, ImportField::Value, tr("“%1” is not a number").arg(text));
        return false;
    }
    out->value = *value;
    return true;
}

} // namespace keyplan
