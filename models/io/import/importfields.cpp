#include "io/import/importfields.h"

#include "domain/enumtable.h"

#include <QCoreApplication>

namespace keyplan {
namespace {

struct SourceName
{
    ImportSource source;
    const char *key;
    const char *name;
};
const SourceName sourceNames[] = {
    {ImportSource::Salesforce, "salesforce", QT_TRANSLATE_NOOP("ImportSource", "Salesforce")},
    {ImportSource::HubSpot, "hubspot", QT_TRANSLATE_NOOP("ImportSource", "HubSpot")},
    {ImportSource::LinkedIn, "linkedin", QT_TRANSLATE_NOOP("ImportSource", "LinkedIn")},
    {ImportSource::VCard, "vcard", QT_TRANSLATE_NOOP("ImportSource", "vCard")},
    {ImportSource::Csv, "csv", QT_TRANSLATE_NOOP("ImportSource", "CSV")},
};

struct KindName
{
    TableKind kind;
    const char *key;
    const char *name;
};
const KindName kindNames[] = {
    {TableKind::Accounts, "accounts", QT_TRANSLATE_NOOP("TableKind", "Accounts")},
    {TableKind::People, "people", QT_TRANSLATE_NOOP("TableKind", "People")},
    {TableKind::Opportunities, "opportunities", QT_TRANSLATE_NOOP("TableKind", "Opportunities")},
    {TableKind::ContactRoles, "contact_roles", QT_TRANSLATE_NOOP("TableKind", "Contact roles")},
    {TableKind::ArrChanges, "arr_changes", QT_TRANSLATE_NOOP("TableKind", "ARR changes")},
    {TableKind::Metrics, "metrics", QT_TRANSLATE_NOOP("TableKind", "Usage metrics")},
    {TableKind::Connections, "connections", QT_TRANSLATE_NOOP("TableKind", "LinkedIn connections")},
};

struct FieldName
{
    ImportField field;
    const char *key;
    const char *name;
};
const FieldName fieldNames[] = {
    {ImportField::Id, "id", QT_TRANSLATE_NOOP("ImportField", "Record ID")},
    {ImportField::AccountRef, "account_id", QT_TRANSLATE_NOOP("ImportField", "Account ID")},
    {ImportField::AccountName, "account_name", QT_TRANSLATE_NOOP("ImportField", "Account name")},
    {ImportField::ParentId, "parent_id", QT_TRANSLATE_NOOP("ImportField", "Parent account ID")},
    {ImportField::ParentName, "parent_name", QT_TRANSLATE_NOOP("ImportField", "Parent account name")},
    {ImportField::Industry, "industry", QT_TRANSLATE_NOOP("ImportField", "Industry")},
    {ImportField::Employees, "employees", QT_TRANSLATE_NOOP("ImportField", "Employees")},
    {ImportField::AccountType, "account_type", QT_TRANSLATE_NOOP("ImportField", "Account type")},
    {ImportField::Region, "region", QT_TRANSLATE_NOOP("ImportField", "Region or country")},
    {ImportField::Owner, "owner", QT_TRANSLATE_NOOP("ImportField", "Owner on our side")},
    {ImportField::OwnerRef, "owner_id", QT_TRANSLATE_NOOP("ImportField", "Owner on our side (user ID)")},
    {ImportField::Currency, "currency", QT_TRANSLATE_NOOP("ImportField", "Currency")},
    {ImportField::FirstName, "first_name", QT_TRANSLATE_NOOP("ImportField", "First name")},
    {ImportField::LastName, "last_name", QT_TRANSLATE_NOOP("ImportField", "Last name")},
    {ImportField::FullName, "full_name", QT_TRANSLATE_NOOP("ImportField", "Full name")},
    {ImportField::Title, "title", QT_TRANSLATE_NOOP("ImportField", "Job title")},
    {ImportField::Department, "department", QT_TRANSLATE_NOOP("ImportField", "Department")},
    {ImportField::Email, "email", QT_TRANSLATE_NOOP("ImportField", "Email")},
    {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("ImportField", "Phone")},
    {ImportField::ReportsToId, "reports_to_id", QT_TRANSLATE_NOOP("ImportField", "Reports to (ID)")},
    {ImportField::ProfileUrl, "profile_url", QT_TRANSLATE_NOOP("ImportField", "LinkedIn profile")},
    {ImportField::ConnectedOn, "connected_on", QT_TRANSLATE_NOOP("ImportField", "Connected on")},
    {ImportField::OpportunityName, "opportunity_name", QT_TRANSLATE_NOOP("ImportField", "Opportunity name")},
    {ImportField::Stage, "stage", QT_TRANSLATE_NOOP("ImportField", "Stage")},
    {ImportField::OpportunityType, "opportunity_type", QT_TRANSLATE_NOOP("ImportField", "Opportunity type")},
    {ImportField::Amount, "amount", QT_TRANSLATE_NOOP("ImportField", "Amount")},
    {ImportField::Probability, "probability", QT_TRANSLATE_NOOP("ImportField", "Probability (%)")},
    {ImportField::CloseDate, "close_date", QT_TRANSLATE_NOOP("ImportField", "Close date")},
    {ImportField::OpportunityRef, "opportunity_id", QT_TRANSLATE_NOOP("ImportField", "Opportunity ID")},
    {ImportField::ContactRef, "contact_id", QT_TRANSLATE_NOOP("ImportField", "Contact ID")},
    {ImportField::Role, "role", QT_TRANSLATE_NOOP("ImportField", "Role")},
    {ImportField::IsPrimary, "is_primary", QT_TRANSLATE_NOOP("ImportField", "Primary contact")},
    {ImportField::Date, "date", QT_TRANSLATE_NOOP("ImportField", "Date")},
    {ImportField::Arr, "arr", QT_TRANSLATE_NOOP("ImportField", "ARR")},
    {ImportField::Mrr, "mrr", QT_TRANSLATE_NOOP("ImportField", "MRR")},
    {ImportField::Motion, "motion", QT_TRANSLATE_NOOP("ImportField", "Motion")},
    {ImportField::Metric, "metric", QT_TRANSLATE_NOOP("ImportField", "Metric")},
    {ImportField::Value, "value", QT_TRANSLATE_NOOP("ImportField", "Value")},
    {ImportField::Unit, "unit", QT_TRANSLATE_NOOP("ImportField", "Unit")},
};

// Which kinds a synonym applies in (0: every kind).
enum KindMask : unsigned {
    AnyKind = 0,
    InAccounts = 1u << int(TableKind::Accounts),
    InPeople = 1u << int(TableKind::People),
    InOpportunities = 1u << int(TableKind::Opportunities),
    InRoles = 1u << int(TableKind::ContactRoles),
    InArr = 1u << int(TableKind::ArrChanges),
    InMetrics = 1u << int(TableKind::Metrics),
    InConnections = 1u << int(TableKind::Connections),
};

struct Synonym
{
    unsigned kinds;
    const char *object; // the report prefix it needs ("account" for "Account: Name"); "" any
    ImportField field;
    const char *names; // normalised header names, separated by '|'
};

// API names (Salesforce, HubSpot internal names), English labels, German and French labels, all
// normalised (lower case, letters and digits only).
const Synonym synonyms[] = {
    // The row's own id.
    {InAccounts, "", ImportField::Id, "id|accountid|recordid|companyid|datensatzid|iddelenregistrement|kontoid|iddecompte|hsobjectid"},
    {InPeople, "", ImportField::Id, "id|contactid|recordid|datensatzid|iddelenregistrement|kontaktid|iddecontact|hsobjectid"},
    {InOpportunities, "", ImportField::Id, "id|opportunityid|recordid|dealid|datensatzid|iddelenregistrement|opportunityid|idopportunite|hsobjectid"},
    {InPeople | InOpportunities | InArr | InMetrics, "account", ImportField::Id, "accountid|id"},
    {InPeople, "contact", ImportField::Id, "contactid|id"},
    {InOpportunities, "opportunity", ImportField::Id, "opportunityid|id"},
    // The account a row belongs to.
    {InPeople | InOpportunities | InArr | InMetrics, "", ImportField::AccountRef,
        "accountid|associatedcompanyid|associatedcompanyidsprimary|associatedcompanyids|companyid|kontoid|iddecompte|zugeordnetefirmenids|iddentrepriseassociee"},
    {AnyKind, "account", ImportField::AccountName, "accountname|name|kontoname|nomducompte"},
    {InAccounts, "", ImportField::AccountName,
        "name|accountname|companyname|company|kontoname|accountname|firmenname|nomducompte|nomdelentreprise|entreprise|firma|customer|kunde|client"},
    {InPeople | InOpportunities | InArr | InMetrics, "", ImportField::AccountName,
        "accountname|accountaccountname|company|companyname|associatedcompany|associatedcompanyprimary|organization|organisation|"
        "kontoname|firmenname|unternehmen|firma|nomducompte|entreprise|societe|nomdelentreprise|account|customer|kunde|client"},
    {InConnections, "", ImportField::AccountName, "company|unternehmen|entreprise"},
    {InAccounts, "", ImportField::ParentId, "parentid|parentaccountid|parentcompanyid|parentcompany"},
    {InAccounts, "", ImportField::ParentName, "parentaccount|parentname|parentaccountname|parentname|ubergeordneteskonto|comptedegroupe|parentaccountaccountname"},
    {AnyKind, "", ImportField::Industry, "industry|branche|secteurdactivite|secteur"},
    {AnyKind, "", ImportField::Employees,
        "numberofemployees|employees|numberofemployee|anzahlmitarbeiter|mitarbeiter|nombredemployes|employes"},
    {InAccounts | InPeople | InArr | InMetrics, "", ImportField::AccountType,
        "accounttype|type|companytype|kontotyp|typdeskontos|typedecompte|typedentreprise"},
    {InOpportunities, "", ImportField::AccountType, "accounttype|companytype|kontotyp|typedecompte|typedentreprise"},
    {InAccounts | InPeople | InOpportunities, "account", ImportField::AccountType, "type|accounttype"},
    {AnyKind, "", ImportField::Region,
        "billingcountry|country|countryregion|region|land|pays|billingstate|shippingcountry|rechnungsland|paysdefacturation"},
    {InAccounts, "", ImportField::Owner,
        "owner|ownername|accountowner|ownerfullname|companyowner|accountinhaber|kontoinhaber|proprietaireducompte|proprietairedelentreprise|firmeninhaber"},
    {InAccounts | InOpportunities, "", ImportField::OwnerRef, "ownerid|hubspotownerid"},
    {InOpportunities, "", ImportField::Owner, "opportunityowner|dealowner|owner|ownername|opportunityinhaber|proprietairedelopportunite"},
    {AnyKind, "", ImportField::Currency,
        "currencyisocode|currency|opportunitycurrency|accountcurrency|amountcurrency|wahrung|devise|currencycode|dealcurrencycode"},
    // People.
    {InPeople | InConnections, "", ImportField::FirstName, "firstname|vorname|prenom"},
    {InPeople | InConnections, "", ImportField::LastName, "lastname|nachname|nom|nomdefamille"},
    {InPeople, "", ImportField::FullName, "name|fullname|contactname|contact|vollstandigername|nomcomplet|kontakt"},
    {InPeople | InConnections, "", ImportField::Title, "title|jobtitle|position|berufsbezeichnung|titel|position|poste|fonction|intitule"},
    {InPeople, "", ImportField::Department, "department|abteilung|service|departement"},
    {InPeople | InConnections, "", ImportField::Email, "email|emailaddress|emailadresse|eMailAdresse|adresseemail|courriel|email1|e_mail"},
    {InPeople, "", ImportField::Phone, "phone|phonenumber|businessphone|telefon|telefonnummer|telephone|numerodetelephone|mobilephone|mobilephonenumber|mobile"},
    {InPeople, "", ImportField::ReportsToId, "reportstoid|reportsto|vorgesetzterid|superieurhierarchiqueid"},
    {InPeople | InConnections, "", ImportField::ProfileUrl, "url|linkedinurl|linkedinprofile|linkedinprofileurl|profileurl|linkedin"},
    {InConnections, "", ImportField::ConnectedOn, "connectedon|verbundenam|connecteele|connectele"},
    // Opportunities.
    {InOpportunities, "", ImportField::OpportunityName,
        "name|opportunityname|dealname|opportunity|opportunityname|nomdelopportunite|nomdelatransaction|dealname|geschaftsname|opportunityname"},
    {InOpportunities, "opportunity", ImportField::OpportunityName, "name|opportunityname"},
    {InOpportunities, "", ImportField::Stage, "stagename|stage|dealstage|phase|etape|phasedelatransaction|vertriebsphase|etapedelavente|geschaftsphase"},
    {InOpportunities, "", ImportField::OpportunityType, "type|opportunitytype|dealtype|opportunitytyp|typedopportunite|typedetransaction|geschaftstyp"},
    {InOpportunities, "opportunity", ImportField::OpportunityType, "type"},
    {InOpportunities | InArr, "", ImportField::Amount, "amount|dealamount|betrag|montant|amountconverted|opportunityamount"},
    {InOpportunities, "", ImportField::Probability, "probability|probabilitypercent|dealprobability|wahrscheinlichkeit|probabilite|wahrscheinlichkeitpercent"},
    {InOpportunities, "", ImportField::CloseDate, "closedate|closedatum|abschlussdatum|datedeclôture|datedecloture|dateclosing|closedate"},
    // Contact roles.
    {InRoles, "", ImportField::OpportunityRef, "opportunityid"},
    {InRoles, "", ImportField::ContactRef, "contactid"},
    {InRoles, "", ImportField::Role, "role|rolle"},
    {InRoles, "", ImportField::IsPrimary, "isprimary|primary|primar|principal"},
    // ARR changes and metrics.
    {InArr | InMetrics, "", ImportField::Date, "date|effectivedate|effectiveon|month|day|datum|mois|jour|measuredon|invoicedate"},
    {InArr, "", ImportField::Arr, "arr|annualrecurringrevenue|annualrevenue"},
    {InArr, "", ImportField::Mrr, "mrr|monthlyrecurringrevenue"},
    {InArr, "", ImportField::Motion, "motion|kind|changetype|reason"},
    {InMetrics, "", ImportField::Metric, "metric|metricname|measure|kennzahl|indicateur"},
    {InMetrics, "", ImportField::Value, "value|wert|valeur"},
    {InMetrics, "", ImportField::Unit, "unit|einheit|unite"},
};

bool applies(const Synonym &synonym, TableKind kind)
{
    return synonym.kinds == AnyKind || (synonym.kinds & (1u << int(kind))) != 0;
}

bool names(const Synonym &synonym, const HeaderName &header)
{
    if (QLatin1String(synonym.object) != header.object && !(synonym.object[0] == '\0' && header.object.isEmpty()))
        return false;
    for (const QByteArray &name : QByteArray(synonym.names).split('|'))
        if (QString::fromUtf8(name).toLower() == header.name)
            return true;
    return false;
}

} // namespace

QString keyOf(ImportSource source)
{
    for (const SourceName &entry : sourceNames)
        if (entry.source == source)
            return QString::fromLatin1(entry.key);
    return {};
}

QString displayName(ImportSource source)
{
    for (const SourceName &entry : sourceNames)
        if (entry.source == source)
            return QCoreApplication::translate("ImportSource", entry.name);
    return {};
}

std::optional<ImportSource> importSourceFromKey(const QString &key)
{
    for (const SourceName &entry : sourceNames)
        if (key == QLatin1String(entry.key))
            return entry.source;
    return std::nullopt;
}

QString keyOf(TableKind kind)
{
    for (const KindName &entry : kindNames)
        if (entry.kind == kind)
            return QString::fromLatin1(entry.key);
    return {};
}

QString displayName(TableKind kind)
{
    for (const KindName &entry : kindNames)
        if (entry.kind == kind)
            return QCoreApplication::translate("TableKind", entry.name);
    return {};
}

std::optional<TableKind> tableKindFromKey(const QString &key)
{
    for (const KindName &entry : kindNames)
        if (key == QLatin1String(entry.key))
            return entry.kind;
    return std::nullopt;
}

QString keyOf(ImportField field)
{
    for (const FieldName &entry : fieldNames)
        if (entry.field == field)
            return QString::fromLatin1(entry.key);
    return {};
}

QString displayName(ImportField field)
{
    for (const FieldName &entry : fieldNames)
        if (entry.field == field)
            return QCoreApplication::translate("ImportField", entry.name);
    return QCoreApplication::translate("ImportField", "(not imported)");
}

std::optional<ImportField> importFieldFromKey(const QString &key)
{
    if (key.isEmpty() || key == u"none")
        return ImportField::None;
    for (const FieldName &entry : fieldNames)
        if (key == QLatin1String(entry.key))
            return entry.field;
    return std::nullopt;
}

QList<ImportField> fieldsOf(TableKind kind)
{
    using F = ImportField;
    const QList<F> account = {F::AccountRef, F::AccountName, F::Industry, F::Employees, F::AccountType, F::Region, F::Currency};
    switch (kind) {
    case TableKind::Accounts:
        return {F::Id, F::AccountName, F::ParentId, F::ParentName, F::Industry, F::Employees, F::AccountType, F::Region,
            F::Owner, F::OwnerRef, F::Currency};
    case TableKind::People:
        return QList<F> {F::Id, F::FirstName, F::LastName, F::FullName, F::Title, F::Department, F::Email, F::Phone,
                   F::ReportsToId, F::ProfileUrl}
        + account;
    case TableKind::Opportunities:
        return QList<F> {F::Id, F::OpportunityName, F::Stage, F::OpportunityType, F::Amount, F::Probability, F::CloseDate,
                   F::Owner, F::OwnerRef}
        + account;
    case TableKind::ContactRoles:
        return {F::Id, F::OpportunityRef, F::ContactRef, F::Role, F::IsPrimary};
    case TableKind::ArrChanges:
        return {F::AccountRef, F::AccountName, F::Date, F::Arr, F::Mrr, F::Amount, F::Motion, F::Currency};
    case TableKind::Metrics:
        return {F::AccountRef, F::AccountName, F::Date, F::Metric, F::Value, F::Unit};
    case TableKind::Connections:
        return {F::FirstName, F::LastName, F::ProfileUrl, F::Email, F::AccountName, F::Title, F::ConnectedOn};
    }
    return {};
}

HeaderName normalisedHeader(const QString &header)
{
    HeaderName result;
    QString text = header.trimmed();
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // "Account: Account Name" (a report), "Account.Name" (Bulk API): the object, then the field.
    qsizetype split = text.indexOf(QStringLiteral(": "));
    if (split < 0) {
        const qsizetype dot = text.indexOf(u'.');
        if (dot > 0 && !text.contains(u' ') && dot + 1 < text.size())
            split = dot;
    }
    const auto fold = [](QStringView part) {
        QString folded;
        const QString decomposed = part.toString().normalized(QString::NormalizationForm_KD);
        for (const QChar c : decomposed)
            if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
                folded += c.toLower();
        return folded;
    };
    if (split > 0) {
        result.object = fold(QStringView(text).left(split));
        result.name = fold(QStringView(text).mid(split + 1));
        // "Account.Name" is the account's name, "ReportsTo.Id" the manager's id.
        if (result.object == u"reportsto" && (result.name == u"id"))
            return {QString(), QStringLiteral("reportstoid")};
        if (result.object == u"owner" && result.name == u"name")
            return {QString(), QStringLiteral("owner")};
        if (result.object == u"parent" && result.name == u"name")
            return {QString(), QStringLiteral("parentname")};
        if (result.object == u"parent" && result.name == u"id")
            return {QString(), QStringLiteral("parentid")};
    } else {
        result.name = fold(text);
    }
    return result;
}

ImportField fieldForHeader(const QString &header, TableKind kind)
{
    const HeaderName name = normalisedHeader(header);
    // A prefixed header first with its object, then as if it had none ("Contact: Title").
    for (const Synonym &synonym : synonyms)
        if (applies(synonym, kind) && names(synonym, name))
            return synonym.field;
    if (!name.object.isEmpty()) {
        const HeaderName bare {QString(), name.name};
        // A report column of another object names that object's field: "Account: Phone" is not the
        // contact's phone.
        const bool ownObject = (kind == TableKind::People && name.object == u"contact")
            || (kind == TableKind::Opportunities && name.object == u"opportunity")
            || (kind == TableKind::Accounts && name.object == u"account");
        for (const Synonym &synonym : synonyms) {
            if (!applies(synonym, kind) || !names(synonym, bare))
                continue;
            if (ownObject)
                return synonym.field;
            // Account fields may come from the account's columns in any table.
            const ImportField field = synonym.field;
            const bool accountField = field == ImportField::AccountName || field == ImportField::Industry
                || field == ImportField::Employees || field == ImportField::AccountType || field == ImportField::Region
                || field == ImportField::Currency;
            if (name.object == u"account" && accountField)
                return field;
        }
    }
    return ImportField::None;
}

namespace {

bool hasAny(const QSet<QString> &names, std::initializer_list<const char *> wanted)
{
    for (const char *name : wanted)
        if (names.contains(QLatin1String(name)))
            return true;
    return false;
}

} // namespace

TableGuess guessTable(const QStringList &headers, const QString &fileName)
{
    QSet<QString> names;
    QSet<QString> objects;
    for (const QString &header : headers) {
        const HeaderName name = normalisedHeader(header);
        names.insert(name.name);
        if (!name.object.isEmpty()) {
            objects.insert(name.object);
            names.insert(name.object + name.name);
        }
    }
    const QString file = fileName.toLower();
    TableGuess guess;
    if (hasAny(names, {"opportunityid"}) && hasAny(names, {"contactid"}) && !hasAny(names, {"stagename"}))
        guess.kind = TableKind::ContactRoles;
    else if (hasAny(names, {"connectedon", "verbundenam", "connecteele"}))
        guess.kind = TableKind::Connections;
    else if (hasAny(names, {"stagename", "dealstage", "stage", "opportunityname", "dealname", "closedate", "opportunitystage",
                 "vertriebsphase", "phasedelatransaction"})
        || objects.contains(QStringLiteral("opportunity")))
        guess.kind = TableKind::Opportunities;
    else if (hasAny(names, {"arr", "mrr", "annualrecurringrevenue", "monthlyrecurringrevenue"}))
        guess.kind = TableKind::ArrChanges;
    else if (hasAny(names, {"metric", "metricname"}) && hasAny(names, {"value", "wert", "valeur"}))
        guess.kind = TableKind::Metrics;
    else if (hasAny(names, {"firstname", "lastname", "vorname", "nachname", "prenom", "email", "emailaddress", "reportstoid"})
        || objects.contains(QStringLiteral("contact")))
        guess.kind = TableKind::People;
    else if (file.contains(QStringLiteral("opportunitycontactrole")))
        guess.kind = TableKind::ContactRoles;
    else if (file.contains(QStringLiteral("contact")) || file.contains(QStringLiteral("people")))
        guess.kind = TableKind::People;
    else if (file.contains(QStringLiteral("opportunit")) || file.contains(QStringLiteral("deal")))
        guess.kind = TableKind::Opportunities;
    else
        guess.kind = TableKind::Accounts;

    // Salesforce: API names (Id, AccountId, IsDeleted, SystemModstamp) or report prefixes;
    // HubSpot: "Record ID" and its associations; LinkedIn: "Connected On".
    if (guess.kind == TableKind::Connections)
        guess.source = ImportSource::LinkedIn;
    else if (hasAny(names, {"recordid", "associatedcompanyids", "associatedcompanyidsprimary", "associatedcompany", "hsobjectid",
                 "datensatzid", "iddelenregistrement", "dealstage", "companyowner", "contactowner", "dealowner"}))
        guess.source = ImportSource::HubSpot;
    else if (hasAny(names, {"systemmodstamp", "isdeleted", "createdbyid", "lastmodifieddate", "stagename", "reportstoid",
                 "ownerid", "masterrecordid", "currencyisocode", "parentid"})
        || objects.contains(QStringLiteral("account")) || objects.contains(QStringLiteral("contact"))
        || objects.contains(QStringLiteral("opportunity")) || file.contains(QStringLiteral("salesforce")))
        guess.source = ImportSource::Salesforce;
    else if (hasAny(names, {"id", "accountid", "contactid", "opportunityid"}) && !file.contains(QStringLiteral("hubspot")))
        guess.source = ImportSource::Salesforce;
    else if (file.contains(QStringLiteral("hubspot")))
        guess.source = ImportSource::HubSpot;

    for (const QString &header : headers) {
        const ImportField field = fieldForHeader(header, guess.kind);
        // One column per field: a second "Phone" column (the account's) stays unmapped.
        const bool taken = field != ImportField::None && guess.columns.contains(field);
        guess.columns.append(taken ? ImportField::None : field);
        guess.recognised += field != ImportField::None && !taken ? 1 : 0;
    }
    return guess;
}

bool looksLikeHeader(const QStringList &cells)
{
    for (const KindName &kind : kindNames) {
        int named = 0;
        for (const QString &cell : cells)
            named += fieldForHeader(cell, kind.kind) != ImportField::None ? 1 : 0;
        if (named >= 2)
            return true;
    }
    return false;
}

} // namespace keyplan
