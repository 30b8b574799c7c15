#include "io/importer.h"

#include "domain/namematch.h"
#include "io/import/rowconversion.h"
#include "io/import/recordtable.h"
#include "io/import/tablereader.h"
#include "io/import/vcardreader.h"
#include "io/import/ziparchive.h"
#include "io/planjson.h"
#include "storage/importwriter.h"
#include "storage/sourcerecordstore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace keyplan {

namespace {

int rankOf(TableKind kind)
{
    switch (kind) {
    case TableKind::Accounts:
        return 0;
    case TableKind::People:
        return 1;
    case TableKind::Connections:
        return 2;
    case TableKind::Opportunities:
        return 3;
    case TableKind::ContactRoles:
        return 4;
    case TableKind::ArrChanges:
        return 5;
    case TableKind::Metrics:
        return 6;
    }
    return 7;
}

QString columnSettingName(TableKind kind, const QString &header)
{
    const HeaderName name = normalisedHeader(header);
    return QStringLiteral("column:%1:%2%3").arg(keyOf(kind), name.object.isEmpty() ? QString() : name.object + u':', name.name);
}

// A table is known again by its headers (next week's export has the same, under another file name).
QString kindSettingName(const QStringList &headers)
{
    QStringList names;
    for (const QString &header : headers)
        names.append(header.trimmed().toCaseFolded());
    return QStringLiteral("kind:") + QString::fromLatin1(QCryptographicHash::hash(names.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex());
}

bool hasAccountDetails(const MappedRow &row)
{
    for (const ImportField field : {ImportField::Industry, ImportField::Employees, ImportField::AccountType, ImportField::Region})
        if (!row.values.value(field).isEmpty())
            return true;
    return false;
}

bool hasPersonDetails(const MappedRow &row)
{
    for (const ImportField field : {ImportField::Id, ImportField::FirstName, ImportField::LastName, ImportField::FullName,
             ImportField::Email, ImportField::Title, ImportField::Phone})
        if (!row.values.value(field).isEmpty())
            return true;
    return false;
}

} // namespace

struct ImportJob::Part
{
    QString displayName;
    std::unique_ptr<ImportRows> table; // a CSV table or JSON records
    QList<VCardPerson> cards; // or an address book's cards
    QByteArray planJson; // or a whole plan
    ImportSource source = ImportSource::Csv;

    TableKind kind() const { return table ? table->guess().kind : TableKind::People; }
    int rank() const { return planJson.isEmpty() ? rankOf(kind()) : -1; }
};

ImportJob::ImportJob(ImportRequest request)
    : m_request(std::move(request))
{
    if (!m_request.today.isValid())
        m_request.today = QDate::currentDate();
}

ImportJob::~ImportJob() = default;

bool ImportJob::addTable(const QString &path, const QString &displayName, QString *error)
{
    auto part = std::make_unique<Part>();
    part->displayName = displayName;
    auto reader = std::make_unique<TableReader>(path, displayName);
    QStringList named; // the user's mapping names headers no source uses
    for (const QString &header : m_request.mapping.value(QStringLiteral("columns")).toObject().keys())
        named.append(header.trimmed());
    if (!reader->open(named)) {
        *error = reader->errorString();
        return false;
    }
    part->table = std::move(reader);
    part->source = m_request.format.value_or(part->table->guess().source);
    if (part->source == ImportSource::LinkedIn)
        part->table->setKind(TableKind::Connections);
    m_parts.push_back(std::move(part));
    return true;
}

bool ImportJob::addFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: no such file").arg(path);
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        *error = tr("%1: not a file Keyplan can read").arg(path);
        return false;
    }
    const QString kind = info.suffix().toLower();
    if (kind == u"xlsx" || kind == u"xls" || kind == u"ods" || kind == u"numbers") {
        // No spreadsheet reader is packaged for C++ in Debian; every CRM exports CSV as well.
        *error = tr("%1 is a spreadsheet workbook; Keyplan reads CSV. Export CSV from the CRM (HubSpot: Export, "
                    "file format CSV), or save the sheet as CSV, and import that.")
                     .arg(info.fileName());
        return false;
    }
    if (looksLikeZip(path)) {
        QList<ZipEntry> entries;
        QString problem;
        if (!listZip(path, &entries, &problem)) {
            *error = tr("%1: %2").arg(info.fileName(), problem);
            return false;
        }
        if (!m_unpacked) {
            m_unpacked = std::make_unique<QTemporaryDir>();
            if (!m_unpacked->isValid()) {
                *error = tr("%1: no room to unpack the archive (%2)").arg(info.fileName(), m_unpacked->errorString());
                return false;
            }
        }
        // A Salesforce data export holds every object: Keyplan reads the four a key account plan
        // needs, and the users, who own accounts by id. Any other archive: every table in it.
        const auto objectOf = [](const ZipEntry &entry) { return QFileInfo(entry.name).completeBaseName().toLower(); };
        const bool salesforceExport = std::any_of(entries.cbegin(), entries.cend(), [&objectOf](const ZipEntry &entry) {
            return objectOf(entry) == u"account" || objectOf(entry) == u"contact";
        });
        int tables = 0;
        for (const ZipEntry &entry : std::as_const(entries)) {
            const QString shown = tr("%1: %2").arg(info.fileName(), entry.name);
            const QString base = QFileInfo(entry.name).fileName();
            if (!base.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
                m_leftOut.append(tr("%1: not a CSV table").arg(shown));
                continue;
            }
            const QString object = objectOf(entry);
            const bool wanted = !salesforceExport || object == u"account" || object == u"contact"
                || object == u"opportunity" || object == u"opportunitycontactrole" || object == u"user";
            if (!wanted) {
                m_leftOut.append(tr("%1: Keyplan imports accounts, contacts, opportunities and their contact roles").arg(shown));
                continue;
            }
            const QString target = m_unpacked->filePath(QStringLiteral("%1-%2").arg(m_parts.size()).arg(base));
            if (!extractZipEntry(path, entry.index, target, &problem)) {
                *error = tr("%1: %2").arg(shown, problem);
                return false;
            }
            if (salesforceExport && object == u"user") {
                if (!readUsers(target, shown, error))
                    return false;
                continue;
            }
            QString tableError;
            if (!addTable(target, shown, &tableError)) {
                m_leftOut.append(tableError);
                continue;
            }
            if (salesforceExport && !m_request.format)
                m_parts.back()->source = ImportSource::Salesforce;
            ++tables;
        }
        if (tables == 0) {
            *error = tr("%1: the archive holds no table Keyplan can import").arg(info.fileName());
            return false;
        }
        return true;
    }
    const QString suffix = info.suffix().toLower();
    const bool vcard = suffix == u"vcf" || suffix == u"vcard" || m_request.format == ImportSource::VCard;
    if (vcard || suffix == u"json" || m_request.json) {
        // Address books are small: read whole (a limit keeps a wrong file from filling memory).
        QFile file(path);
        if (info.size() > 256 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: not an address book Keyplan can read (larger than 256 MiB, or unreadable)").arg(info.fileName());
            return false;
        }
        const QByteArray bytes = file.readAll();
        const bool jcard = !vcard && bytes.trimmed().startsWith('[') && bytes.left(4096).contains("\"vcard\"");
        if (!vcard && !jcard)
            return addJson(path, bytes, error);
        const VCardResult read = jcard ? readJCards(bytes) : readVCards(bytes);
        if (!read.error.isEmpty()) {
            *error = tr("%1, %2").arg(info.fileName(), read.error);
            return false;
        }
        auto part = std::make_unique<Part>();
        part->displayName = info.fileName();
        part->cards = read.people;
        part->source = ImportSource::VCard;
        m_parts.push_back(std::move(part));
        return true;
    }
    return addTable(path, info.fileName(), error);
}

bool ImportJob::addJson(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &problem);
    if (problem.error != QJsonParseError::NoError) {
        *error = tr("%1: not JSON (%2 at byte %3)").arg(info.fileName(), problem.errorString()).arg(problem.offset);
        return false;
    }
    if (isPlanJson(bytes)) {
        auto part = std::make_unique<Part>();
        part->displayName = info.fileName();
        part->planJson = bytes;
        m_parts.push_back(std::move(part));
        return true;
    }
    // `sf data export tree`: {"records": [{"attributes": {"type": "Account", ...}, ...}]}.
    const QJsonArray records = document.object().value(QStringLiteral("records")).toArray();
    if (document.isObject() && !records.isEmpty()) {
        const QString object = records.first().toObject().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString();
        const std::optional<TableKind> kind = tableKindOfObject(object);
        if (!kind) {
            m_leftOut.append(tr("%1: Keyplan imports accounts, contacts, opportunities and their contact roles").arg(info.fileName()));
            return true;
        }
        auto part = std::make_unique<Part>();
        part->displayName = info.fileName();
        part->source = m_request.format.value_or(ImportSource::Salesforce);
        part->table = std::make_unique<RecordTable>(info.fileName(), records, *kind, part->source);
        m_parts.push_back(std::move(part));
        return true;
    }
    // Its data plan: the files to import, in order.
    if (document.isArray() && !document.array().isEmpty() && document.array().first().toObject().contains(QStringLiteral("sobject"))) {
        for (const QJsonValue &step : document.array())
            for (const QJsonValue &file : step.toObject().value(QStringLiteral("files")).toArray()) {
                const QString listed = info.dir().filePath(file.toString());
                if (m_request.files.contains(listed) || QFileInfo(listed) == info)
                    continue;
                if (!addFile(listed, error))
                    return false;
            }
        return true;
    }
    *error = tr("%1: Keyplan reads Salesforce data exports (sf data export tree) and jCard address books among JSON "
                "files; this one is neither")
                 .arg(info.fileName());
    return false;
}

bool ImportJob::readUsers(const QString &path, const QString &displayName, QString *error)
{
    // Our own people, named by the ids accounts and opportunities carry as their owner.
    TableReader users(path, displayName);
    if (!users.open()) {
        *error = users.errorString();
        return false;
    }
    QList<ImportField> columns;
    for (const QString &header : users.headers()) {
        const QString name = normalisedHeader(header).name;
        columns.append(name == u"id" ? ImportField::Id
                : name == u"name"    ? ImportField::FullName
                : name == u"firstname" ? ImportField::FirstName
                : name == u"lastname"  ? ImportField::LastName
                                       : ImportField::None);
    }
    users.setColumns(columns);
    MappedRow row;
    while (users.next(row)) {
        QString name = row.values.value(ImportField::FullName);
        if (name.isEmpty())
            name = (row.values.value(ImportField::FirstName) + u' ' + row.values.value(ImportField::LastName)).trimmed();
        const QString id = normalisedSourceId(row.values.value(ImportField::Id), true);
        if (!id.isEmpty() && !name.isEmpty())
            m_users.insert(id, name);
    }
    if (users.hasError()) {
        *error = users.errorString();
        return false;
    }
    return true;
}

void ImportJob::applyMapping(Part &part, const QHash<QString, QString> &remembered)
{
    ImportRows &table = *part.table;
    // The kind first: the fields a header may name depend on it. The user's choice for a table
    // with these headers, then the mapping's.
    if (const auto kept = remembered.constFind(kindSettingName(table.headers())); kept != remembered.cend())
        if (const std::optional<TableKind> kind = tableKindFromKey(*kept))
            table.setKind(*kind);
    const QJsonObject kinds = m_request.mapping.value(QStringLiteral("kinds")).toObject();
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it) {
        if (part.displayName.endsWith(it.key(), Qt::CaseInsensitive))
            if (const std::optional<TableKind> kind = tableKindFromKey(it.value().toString()))
                table.setKind(*kind);
    }
    QList<ImportField> columns = table.guess().columns;
    const QJsonObject given = m_request.mapping.value(QStringLiteral("columns")).toObject();
    for (qsizetype i = 0; i < table.headers().size(); ++i) {
        const QString header = table.headers().at(i);
        std::optional<ImportField> field;
        for (auto it = given.constBegin(); it != given.constEnd() && !field; ++it)
            if (it.key().trimmed().compare(header.trimmed(), Qt::CaseInsensitive) == 0)
                field = importFieldFromKey(it.value().isNull() ? QString() : it.value().toString());
        if (!field) {
            const QString saved = remembered.value(columnSettingName(table.guess().kind, header));
            if (!saved.isEmpty())
                field = importFieldFromKey(saved);
        }
        if (field) {
            // A field is one column's: taking it for this one frees it elsewhere.
            for (ImportField &other : columns)
                if (other == *field && *field != ImportField::None)
                    other = ImportField::None;
            columns[i] = *field;
        }
    }
    table.setColumns(columns);
}

bool ImportJob::inspect(const QSqlDatabase &db, QString *error)
{
    m_parts.clear();
    m_leftOut.clear();
    if (m_request.files.isEmpty()) {
        *error = tr("no file to import");
        return false;
    }
    for (const QString &file : std::as_const(m_request.files))
        if (!addFile(file, error))
            return false;
    const QJsonObject mapping = m_request.mapping;
    for (const QString &key : mapping.keys()) {
        if (key != u"columns" && key != u"kinds" && key != u"stages" && key != u"types") {
            *error = tr("the mapping has “%1”, which Keyplan does not know (it reads columns, kinds, stages and types)").arg(key);
            return false;
        }
    }
    for (const auto &part : m_parts) {
        if (!part->table)
            continue;
        QString problem;
        const QHash<QString, QString> remembered = SourceRecordStore(db).settings(keyOf(part->source), &problem);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        applyMapping(*part, remembered);
    }
    std::stable_sort(m_parts.begin(), m_parts.end(), [](const auto &a, const auto &b) {
        return a->rank() < b->rank();
    });
    return true;
}

QList<ImportTable> ImportJob::tables() const
{
    QList<ImportTable> result;
    for (const auto &part : m_parts) {
        if (!part->planJson.isEmpty()) {
            result.append({part->displayName, ImportSource::Csv, TableKind::Accounts, {}, {}, QByteArrayLiteral("UTF-8"), {}, true});
            continue;
        }
        if (!part->table) {
            result.append({part->displayName, part->source, TableKind::People, {}, {}, QByteArrayLiteral("vCard"), {}});
            continue;
        }
        const ImportRows &table = *part->table;
        result.append({part->displayName, part->source, table.guess().kind, table.headers(), table.guess().columns,
            table.encodingName(), table.delimiter()});
    }
    return result;
}

void ImportJob::setTable(qsizetype index, TableKind kind, const QList<ImportField> &columns)
{
    if (index < 0 || index >= qsizetype(m_parts.size()) || !m_parts[std::size_t(index)]->table)
        return;
    ImportRows &table = *m_parts[std::size_t(index)]->table;
    table.setKind(kind);
    table.setColumns(columns);
    std::stable_sort(m_parts.begin(), m_parts.end(), [](const auto &a, const auto &b) {
        return a->rank() < b->rank();
    });
}

bool ImportJob::rememberMappings(const QSqlDatabase &db, QString *error) const
{
    SourceRecordStore store(db);
    for (const auto &part : m_parts) {
        if (!part->table)
            continue;
        const ImportRows &table = *part->table;
        if (!store.setSetting(keyOf(part->source), kindSettingName(table.headers()), keyOf(table.guess().kind), error))
            return false;
        for (qsizetype i = 0; i < table.headers().size(); ++i) {
            const ImportField chosen = table.guess().columns.value(i);
            if (!store.setSetting(keyOf(part->source), columnSettingName(table.guess().kind, table.headers().at(i)),
                    chosen == ImportField::None ? QStringLiteral("none") : keyOf(chosen), error))
                return false;
        }
    }
    // The stages and types the user chose, for every source of the import's opportunities.
    QSet<int> sources;
    for (const auto &part : m_parts)
        if (part->table && part->kind() == TableKind::Opportunities)
            sources.insert(int(part->source));
    const QJsonObject stages = m_request.mapping.value(QStringLiteral("stages")).toObject();
    const QJsonObject types = m_request.mapping.value(QStringLiteral("types")).toObject();
    for (const int each : std::as_const(sources)) {
        const QString source = keyOf(ImportSource(each));
        for (auto it = stages.constBegin(); it != stages.constEnd(); ++it)
            if (!store.setSetting(source, QStringLiteral("stage:") + it.key(), it.value().toString(), error))
                return false;
        for (auto it = types.constBegin(); it != types.constEnd(); ++it)
            if (!store.setSetting(source, QStringLiteral("type:") + it.key(), it.value().toString(), error))
                return false;
    }
    return true;
}

bool ImportJob::dealTables(const QSqlDatabase &db, std::vector<DealTables> *tables, QString *error) const
{
    // Built in, then the plan's remembered entries for the source, then the mapping's.
    tables->assign(m_parts.size(), DealTables());
    const QJsonObject stages = m_request.mapping.value(QStringLiteral("stages")).toObject();
    const QJsonObject types = m_request.mapping.value(QStringLiteral("types")).toObject();
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        DealTables &deals = (*tables)[i];
        QString problem;
        const QHash<QString, QString> settings = SourceRecordStore(db).settings(keyOf(m_parts[i]->source), &problem);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
            if (it.key().startsWith(QStringLiteral("stage:")))
                if (const auto stage = opportunityStageFromKey(it.value()))
                    deals.setStage(it.key().mid(6), *stage);
            if (it.key().startsWith(QStringLiteral("type:")))
                if (const auto motion = expansionMotionFromKey(it.value()))
                    deals.setMotion(it.key().mid(5), *motion);
        }
        for (auto it = stages.constBegin(); it != stages.constEnd(); ++it) {
            const std::optional<OpportunityStage> stage = opportunityStageFromKey(it.value().toString());
            if (!stage) {
                *error = tr("the mapping's stage “%1” maps to “%2”, which is not a stage (identified, qualified, proposal, "
                            "commit, won, lost)")
                             .arg(it.key(), it.value().toString());
                return false;
            }
            deals.setStage(it.key(), *stage);
        }
        for (auto it = types.constBegin(); it != types.constEnd(); ++it) {
            const std::optional<ExpansionMotion> motion = expansionMotionFromKey(it.value().toString());
            if (!motion) {
                *error = tr("the mapping's type “%1” maps to “%2”, which is not a motion (upsell, cross_sell, seat_growth, "
                            "usage_growth, price_increase)")
                             .arg(it.key(), it.value().toString());
                return false;
            }
            deals.setMotion(it.key(), *motion);
        }
    }
    return true;
}

QStringList ImportJob::examples(qsizetype index)
{
    QStringList found;
    if (index < 0 || index >= qsizetype(m_parts.size()) || !m_parts[std::size_t(index)]->table)
        return found;
    ImportRows &table = *m_parts[std::size_t(index)]->table;
    const qsizetype width = table.headers().size();
    found.resize(width);
    if (!table.rewind())
        return found;
    MappedRow row;
    qsizetype missing = width;
    for (int read = 0; read < 50 && missing > 0 && table.next(row); ++read)
        for (qsizetype i = 0; i < width && i < row.cells.size(); ++i)
            if (found.at(i).isEmpty() && !row.cells.at(i).trimmed().isEmpty()) {
                found[i] = row.cells.at(i).trimmed();
                --missing;
            }
    table.rewind(); // the import reads from the start again anyway
    return found;
}

bool ImportJob::dealTerms(const QSqlDatabase &db, QList<DealTerm> *terms, QString *error)
{
    terms->clear();
    std::vector<DealTables> deals;
    if (!dealTables(db, &deals, error))
        return false;
    QHash<QPair<int, QString>, qsizetype> at; // by kind and the text as written
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        Part &part = *m_parts[i];
        if (!part.table || part.kind() != TableKind::Opportunities)
            continue;
        ImportRows &table = *part.table;
        const QList<ImportField> &columns = table.guess().columns;
        if (!columns.contains(ImportField::Stage) && !columns.contains(ImportField::OpportunityType))
            continue;
        if (!table.rewind()) {
            *error = table.errorString();
            return false;
        }
        MappedRow row;
        while (table.next(row)) {
            for (const auto &[field, kind] : {std::pair {ImportField::Stage, DealTerm::Stage},
                     std::pair {ImportField::OpportunityType, DealTerm::Type}}) {
                const QString text = row.values.value(field);
                if (text.isEmpty())
                    continue;
                const auto key = qMakePair(int(kind), text);
                if (const auto found = at.constFind(key); found != at.cend()) {
                    ++(*terms)[*found].rows;
                    continue;
                }
                DealTerm term;
                term.kind = kind;
                term.text = text;
                term.rows = 1;
                if (kind == DealTerm::Stage) {
                    term.stage = deals[i].stage(text);
                    term.known = term.stage.has_value();
                } else {
                    term.known = deals[i].knowsMotion(text);
                    term.motion = deals[i].motion(text);
                }
                at.insert(key, terms->size());
                terms->append(term);
            }
        }
        if (table.hasError()) {
            *error = table.errorString();
            return false;
        }
    }
    return true;
}

void ImportJob::setStage(const QString &text, OpportunityStage stage)
{
    QJsonObject stages = m_request.mapping.value(QStringLiteral("stages")).toObject();
    stages.insert(text, keyOf(stage));
    m_request.mapping.insert(QStringLiteral("stages"), stages);
}

void ImportJob::clearStage(const QString &text)
{
    QJsonObject stages = m_request.mapping.value(QStringLiteral("stages")).toObject();
    stages.remove(text);
    m_request.mapping.insert(QStringLiteral("stages"), stages);
}

void ImportJob::setMotion(const QString &text, ExpansionMotion motion)
{
    QJsonObject types = m_request.mapping.value(QStringLiteral("types")).toObject();
    types.insert(text, keyOf(motion));
    m_request.mapping.insert(QStringLiteral("types"), types);
}

bool ImportJob::write(const QSqlDatabase &db, RowJournal *journal, ImportOutcome *outcome, QString *error)
{
    ImportWriter::Options options;
    options.today = m_request.today;
    options.decisions = m_request.decisions;
    options.journal = journal;
    if (!m_request.intoAccount.trimmed().isEmpty()) {
        const QString key = nameKey(m_request.intoAccount);
        const QHash<AccountId, QString> names = [&db] {
            QHash<AccountId, QString> all;
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT id, name FROM account")))
                while (query.next())
                    all.insert(query.value(0).toLongLong(), query.value(1).toString());
            return all;
        }();
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            if (nameKey(it.value()) == key)
                options.intoAccount = it.key();
        if (!options.intoAccount) {
            *error = tr("no account called “%1” is in the plan").arg(m_request.intoAccount.trimmed());
            return false;
        }
    }

    std::vector<DealTables> deals;
    if (!dealTables(db, &deals, error))
        return false;

    ImportWriter writer(db, options);
    if (!writer.prepare(error))
        return false;
    int phase = -1; // the rank of the kind written last
    const auto finishUpTo = [&](int rank) {
        // Each kind's loose ends, once all its tables are in.
        bool ok = true;
        if (phase <= 0 && rank > 0)
            ok = ok && writer.finishAccounts(error);
        if (phase <= 2 && rank > 2)
            ok = ok && writer.finishPeople(error);
        if (phase <= 5 && rank > 5)
            ok = ok && writer.finishArr(error);
        phase = std::max(phase, rank);
        return ok;
    };
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        Part &part = *m_parts[i];
        if (!finishUpTo(rankOf(part.kind())))
            return false;
        if (!part.planJson.isEmpty()) {
            PlanJsonLoad load;
            if (!loadPlanJson(db, part.planJson, &load, error, journal)) {
                *error = tr("%1: %2").arg(part.displayName, *error);
                return false;
            }
            m_wholePlan = load;
            continue;
        }
        if (!part.table) {
            for (const VCardPerson &card : std::as_const(part.cards)) {
                IncomingPerson person;
                person.origin = {keyOf(ImportSource::VCard), part.displayName, card.line};
                person.sourceId = card.uid;
                person.account.name = card.organisation;
                person.name = card.name;
                person.title = card.title;
                person.department = card.department;
                person.email = card.email;
                person.phone = card.phone;
                person.profileUrl = normalisedProfileUrl(card.profileUrl);
                if (!writer.person(person, error))
                    return false;
            }
            continue;
        }
        ImportRows &table = *part.table;
        const TableKind kind = table.guess().kind;
        if (!table.rewind()) {
            *error = table.errorString();
            return false;
        }
        RowConverter converter(
            part.source, {table.displayName(), table.headers(), kind, table.rowsAreRecords()}, deals[i], m_users);
        MappedRow row;
        // Dates first, so that the day/month order is settled by the whole column.
        if (table.guess().columns.contains(ImportField::CloseDate) || table.guess().columns.contains(ImportField::Date)
            || table.guess().columns.contains(ImportField::ConnectedOn)) {
            while (table.next(row))
                if (!converter.learnDates(row, error))
                    return false;
            if (table.hasError()) {
                *error = table.errorString();
                return false;
            }
            if (!table.rewind()) {
                *error = table.errorString();
                return false;
            }
        }
        QSet<QString> accountsSeen; // a report repeats its account on every row
        while (table.next(row)) {
            bool ok = true;
            switch (kind) {
            case TableKind::Accounts: {
                IncomingAccount account;
                ok = converter.account(row, &account, error) && writer.account(account, error);
                break;
            }
            case TableKind::People:
            case TableKind::Connections: {
                // A report of accounts with their contacts has a row for an account without any.
                const bool accountOnly = kind == TableKind::People && !hasPersonDetails(row);
                if (kind == TableKind::People && (hasAccountDetails(row) || accountOnly) && !options.intoAccount) {
                    IncomingAccount account;
                    ok = converter.account(row, &account, error);
                    const QString key = account.sourceId.isEmpty() ? nameKey(account.name) : account.sourceId;
                    if (ok && !key.isEmpty() && !accountsSeen.contains(key)) {
                        accountsSeen.insert(key);
                        ok = writer.account(account, error);
                    }
                }
                if (accountOnly)
                    break;
                IncomingPerson person;
                ok = ok && converter.person(row, &person, error)
                    && (kind == TableKind::Connections ? writer.connection(person, error) : writer.person(person, error));
                break;
            }
            case TableKind::Opportunities: {
                IncomingOpportunity opportunity;
                ok = converter.opportunity(row, &opportunity, error) && writer.opportunity(opportunity, error);
                break;
            }
            case TableKind::ContactRoles: {
                IncomingContactRole role;
                ok = converter.contactRole(row, &role, error) && writer.contactRole(role, error);
                break;
            }
            case TableKind::ArrChanges: {
                IncomingArr arr;
                ok = converter.arr(row, &arr, error) && writer.arr(arr, error);
                break;
            }
            case TableKind::Metrics: {
                IncomingMetric metric;
                ok = converter.metric(row, &metric, error) && writer.metric(metric, error);
                break;
            }
            }
            if (!ok)
                return false;
        }
        if (table.hasError()) {
            *error = table.errorString();
            return false;
        }
    }
    if (!finishUpTo(99))
        return false;
    *outcome = writer.outcome();
    if (m_wholePlan) {
        outcome->counts[std::size_t(ImportSubject::Account)][std::size_t(ImportAction::Created)] += m_wholePlan->accounts;
        outcome->counts[std::size_t(ImportSubject::Person)][std::size_t(ImportAction::Created)] += m_wholePlan->people;
        outcome->counts[std::size_t(ImportSubject::Opportunity)][std::size_t(ImportAction::Created)] += m_wholePlan->opportunities;
    }
    m_touched = writer.touchedAccounts();
    m_teamChanged = writer.teamChanged();
    return true;
}

} // namespace keyplan
