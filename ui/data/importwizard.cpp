#include "ui/data/importwizard.h"
#include "ui/keyboardaccess.h"

#include "io/importer.h"
#include "item/importediting.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"
#include "ui/settings.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace keyplan {
namespace {

enum PageId { FilesPage, ColumnsPage, DealsPage, PreviewPage };

QString actionName(ImportAction action)
{
    switch (action) {
    case ImportAction::Created:
        return ImportWizard::tr("New");
    case ImportAction::Updated:
        return ImportWizard::tr("Updated");
    case ImportAction::Linked:
        return ImportWizard::tr("Linked");
    case ImportAction::Unchanged:
        return ImportWizard::tr("Unchanged");
    case ImportAction::Skipped:
        return ImportWizard::tr("Left out");
    case ImportAction::Uncertain:
        return ImportWizard::tr("Which account?");
    }
    return {};
}

QString countText(ImportAction action, qint64 count)
{
    switch (action) {
    case ImportAction::Created:
        return ImportWizard::tr("%n new", nullptr, int(count));
    case ImportAction::Updated:
        return ImportWizard::tr("%n updated", nullptr, int(count));
    case ImportAction::Linked:
        return ImportWizard::tr("%n linked", nullptr, int(count));
    case ImportAction::Unchanged:
        return ImportWizard::tr("%n unchanged", nullptr, int(count));
    case ImportAction::Skipped:
        return ImportWizard::tr("%n left out", nullptr, int(count));
    case ImportAction::Uncertain:
        return ImportWizard::tr("%n to confirm", nullptr, int(count));
    }
    return {};
}

} // namespace

QString importSummaryText(const ImportOutcome &outcome)
{
    QStringList lines;
    for (int s = 0; s < importSubjectCount; ++s) {
        QStringList parts;
        for (int a = 0; a < importActionCount; ++a)
            if (const qint64 count = outcome.count(ImportSubject(s), ImportAction(a)); count > 0)
                parts.append(countText(ImportAction(a), count));
        if (!parts.isEmpty())
            lines.append(ImportWizard::tr("%1: %2").arg(displayName(ImportSubject(s)), parts.join(QStringLiteral(", "))));
    }
    return lines.isEmpty() ? ImportWizard::tr("Nothing to import.") : lines.join(u'\n');
}

ImportWizard::ImportWizard(PlanDocument *document, const QStringList &files, QWidget *parent)
    : QWizard(parent)
    , m_document(document)
{
    setWindowTitle(tr("Import"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilesPage, createFilesPage());
    setPage(ColumnsPage, createColumnsPage());
    setPage(DealsPage, createDealsPage());
    setPage(PreviewPage, createPreviewPage());
    setButtonText(QWizard::FinishButton, tr("&Import"));
    m_files->addItems(files);
    resize(860, 600);
}

ImportWizard::~ImportWizard() = default;

QWizardPage *ImportWizard::createFilesPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Files to import"));
    page->setSubTitle(tr("Add the files; Keyplan recognises what each one holds."));
    // What it reads, in the page rather than the header: a wizard's header cuts a long subtitle.
    auto *kinds = new QLabel(tr("Exports of Salesforce (a weekly export's zip is one file), HubSpot, LinkedIn's Connections.csv, "
                                "address books (vCard), billing (account, date, ARR or MRR), usage metrics, or a Keyplan plan "
                                "as JSON. Importing the same export again updates what changed."));
    kinds->setTextFormat(Qt::PlainText);
    kinds->setWordWrap(true);
    m_files = new QListWidget;
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    prepareItemView(m_files, tr("Files to import"));
    auto *add = new QPushButton(tr("&Add Files…"));
    auto *remove = new QPushButton(tr("&Remove"));
    connect(add, &QPushButton::clicked, this, &ImportWizard::addFiles);
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_files->selectedItems()); });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *list = new QHBoxLayout;
    list->addWidget(m_files, 1);
    list->addLayout(buttons);
    m_format = new QComboBox;
    m_format->addItem(tr("Recognised from each file"), QString());
    for (const ImportSource source : {ImportSource::Salesforce, ImportSource::HubSpot, ImportSource::LinkedIn,
             ImportSource::VCard, ImportSource::Csv})
        m_format->addItem(displayName(source), keyOf(source));
    m_format->addItem(tr("JSON: a Keyplan plan, a Salesforce data export or jCard"), QStringLiteral("json"));
    m_intoAccount = new QComboBox;
    m_intoAccount->addItem(tr("The account each record names"), 0);
    QList<Account> accounts = m_document->accounts();
    std::sort(accounts.begin(), accounts.end(), [](const Account &a, const Account &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Account &account : std::as_const(accounts))
        m_intoAccount->addItem(account.name, account.id);
    m_filesProblem = new QLabel;
    m_filesProblem->setTextFormat(Qt::PlainText);
    m_filesProblem->setWordWrap(true);
    m_filesProblem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Into account:"), m_intoAccount);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(kinds);
    layout->addLayout(list, 1);
    layout->addLayout(form);
    layout->addWidget(m_filesProblem);
    return page;
}

QWizardPage *ImportWizard::createColumnsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("What the columns hold"));
    page->setSubTitle(tr("Keyplan matched each header to a field. Change any that is wrong; your choices are kept for "
                         "the next import from the same source."));
    m_table = new QComboBox;
    m_kind = new QComboBox;
    for (const TableKind kind : {TableKind::Accounts, TableKind::People, TableKind::Opportunities, TableKind::ContactRoles,
             TableKind::ArrChanges, TableKind::Metrics, TableKind::Connections})
        m_kind->addItem(displayName(kind), int(kind));
    m_tableInfo = new QLabel;
    m_tableInfo->setTextFormat(Qt::PlainText);
    m_columns = new QTableWidget(0, 3);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("For example"), tr("Keyplan field")});
    m_columns->setTextElideMode(Qt::ElideRight);
    m_columns->setWordWrap(false);
    prepareItemView(m_columns, tr("Columns"));
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table, &QComboBox::currentIndexChanged, this, &ImportWizard::showTable);
    connect(m_kind, &QComboBox::activated, this, &ImportWizard::kindChosen);
    auto *form = new QFormLayout;
    form->addRow(tr("&Table:"), m_table);
    form->addRow(tr("&Holds:"), m_kind);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_tableInfo);
    layout->addWidget(m_columns, 1);
    return page;
}

QWizardPage *ImportWizard::createDealsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Stages and deal types"));
    page->setSubTitle(tr("How the opportunities' stages and types become Keyplan's stages and motions. Change any that "
                         "is wrong; your choices are kept for the next import from the same source."));
    m_dealsProblem = new QLabel;
    m_dealsProblem->setTextFormat(Qt::PlainText);
    m_dealsProblem->setWordWrap(true);
    m_deals = new QTableWidget(0, 3);
    m_deals->setHorizontalHeaderLabels({tr("In the file"), tr("Opportunities"), tr("In Keyplan")});
    m_deals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_deals->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_deals->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_deals->verticalHeader()->hide();
    prepareItemView(m_deals, tr("Deal stages and types"));
    m_deals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deals->setWordWrap(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_dealsProblem);
    layout->addWidget(m_deals, 1);
    return page;
}

bool ImportWizard::usesDealTerms() const
{
    if (!m_job)
        return false;
    for (const ImportTable &table : m_job->tables())
        if (table.kind == TableKind::Opportunities
            && (table.columns.contains(ImportField::Stage) || table.columns.contains(ImportField::OpportunityType)))
            return true;
    return false;
}

int ImportWizard::nextId() const
{
    if (currentId() == ColumnsPage)
        return usesDealTerms() ? DealsPage : PreviewPage;
    return QWizard::nextId();
}

void ImportWizard::showDealTerms()
{
    m_deals->setRowCount(0);
    m_dealTerms.clear();
    if (!m_job)
        return;
    QString error;
    if (!ImportEditing::dealTerms(m_document, *m_job, &m_dealTerms, &error)) {
        m_dealsProblem->setText(error);
        return;
    }
    // What Keyplan does not know first, then the stages, then the types, each by use. A choice
    // made here updates its row in place: the list is not read again, and no row moves.
    std::stable_sort(m_dealTerms.begin(), m_dealTerms.end(), [](const DealTerm &a, const DealTerm &b) {
        if (a.known != b.known)
            return !a.known;
        if (a.kind != b.kind)
            return a.kind == DealTerm::Stage;
        return a.rows > b.rows;
    });
    m_deals->setRowCount(int(m_dealTerms.size()));
    for (int row = 0; row < m_dealTerms.size(); ++row) {
        const DealTerm &term = m_dealTerms.at(row);
        auto *text = new QTableWidgetItem(term.kind == DealTerm::Stage ? tr("Stage: %1").arg(term.text) : tr("Type: %1").arg(term.text));
        text->setToolTip(plainToolTip(term.text.left(1000)));
        m_deals->setItem(row, 0, text);
        auto *count = new QTableWidgetItem(QLocale().toString(term.rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_deals->setItem(row, 1, count);
        auto *choice = new QComboBox;
        choice->setAccessibleName(tr("Keyplan's %1 for %2").arg(term.kind == DealTerm::Stage ? tr("stage") : tr("motion"), term.text));
        if (term.kind == DealTerm::Stage) {
            if (!term.known)
                choice->addItem(tr("Not known: left out"), -1);
            for (const OpportunityStage stage : {OpportunityStage::Identified, OpportunityStage::Qualified, OpportunityStage::Proposal,
                     OpportunityStage::Commit, OpportunityStage::Won, OpportunityStage::Lost})
                choice->addItem(displayName(stage), int(stage));
            if (term.stage)
                choice->setCurrentIndex(choice->findData(int(*term.stage)));
            connect(choice, &QComboBox::activated, this, [this, choice, row](int) {
                DealTerm &chosen = m_dealTerms[row];
                const int stage = choice->currentData().toInt();
                if (stage >= 0) {
                    chosen.stage = OpportunityStage(stage);
                    m_job->setStage(chosen.text, *chosen.stage);
                } else {
                    chosen.stage.reset();
                    m_job->clearStage(chosen.text);
                }
                chosen.known = chosen.stage.has_value();
                showUnknownStages();
            });
        } else {
            for (const ExpansionMotion motion : {ExpansionMotion::Upsell, ExpansionMotion::CrossSell, ExpansionMotion::SeatGrowth,
                     ExpansionMotion::UsageGrowth, ExpansionMotion::PriceIncrease})
                choice->addItem(term.known || motion != ExpansionMotion::Upsell ? displayName(motion)
                                                                                : tr("%1 (Keyplan's guess)").arg(displayName(motion)),
                    int(motion));
            choice->setCurrentIndex(choice->findData(int(term.motion)));
            connect(choice, &QComboBox::activated, this, [this, choice, row](int) {
                DealTerm &chosen = m_dealTerms[row];
                chosen.motion = ExpansionMotion(choice->currentData().toInt());
                chosen.known = true;
                m_job->setMotion(chosen.text, chosen.motion);
            });
        }
        m_deals->setCellWidget(row, 2, choice);
    }
    showUnknownStages();
}

void ImportWizard::showUnknownStages()
{
    qsizetype unknownStages = 0;
    for (const DealTerm &term : std::as_const(m_dealTerms))
        unknownStages += term.kind == DealTerm::Stage && !term.known ? term.rows : 0;
    m_dealsProblem->setText(unknownStages > 0
            ? tr("%n opportunities have a stage Keyplan does not know: they are left out until you say which stage it is.",
                  nullptr, int(unknownStages))
            : QString());
}

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("What the import will do"));
    page->setSubTitle(tr("Nothing is written until you press Import. It is one step you can undo, and the plan is backed "
                         "up first."));
    m_summary = new QLabel;
    m_summary->setTextFormat(Qt::PlainText);
    m_preview = new QTreeWidget;
    m_preview->setRootIsDecorated(false);
    m_preview->setTextElideMode(Qt::ElideRight);
    m_preview->setHeaderLabels({tr("What"), tr("Record"), tr("Details"), tr("Where")});
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(2, QHeaderView::Stretch); // the reasons get the room
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    return page;
}

void ImportWizard::addFiles()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("Add Files to Import"), settings::lastFolder.get(),
        tr("Exports (*.csv *.zip *.vcf *.json *.txt);;All files (*)"));
    for (const QString &file : chosen)
        if (m_files->findItems(file, Qt::MatchExactly).isEmpty())
            m_files->addItem(file);
}

bool ImportWizard::readFiles()
{
    ImportRequest request;
    for (int i = 0; i < m_files->count(); ++i)
        request.files.append(m_files->item(i)->text());
    const QString format = m_format->currentData().toString();
    if (format == u"json")
        request.json = true;
    else if (!format.isEmpty())
        request.format = importSourceFromKey(format);
    if (m_intoAccount->currentData().toLongLong() != 0)
        request.intoAccount = m_intoAccount->currentText();
    request.today = m_document->asOf();
    auto job = std::make_unique<ImportJob>(request);
    QString error;
    if (!ImportEditing::inspect(m_document, *job, &error)) {
        m_filesProblem->setText(error);
        return false;
    }
    m_filesProblem->setText(job->leftOut().isEmpty() ? QString() : tr("Left out: %1").arg(job->leftOut().join(QStringLiteral("; "))));
    m_job = std::move(job);
    return true;
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilesPage) {
        if (m_files->count() == 0) {
            m_filesProblem->setText(tr("Add the files to import first."));
            return false;
        }
        return readFiles();
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::initializePage(int id)
{
    if (id == ColumnsPage && m_job) {
        const QSignalBlocker blocker(m_table);
        m_table->clear();
        for (const ImportTable &table : m_job->tables())
            m_table->addItem(table.displayName);
        showTable(0);
    } else if (id == DealsPage) {
        showDealTerms();
    } else if (id == PreviewPage) {
        refreshPreview();
    }
    QWizard::initializePage(id);
}

void ImportWizard::showTable(int index)
{
    m_columns->setRowCount(0);
    if (!m_job || index < 0 || index >= m_job->tables().size())
        return;
    const ImportTable table = m_job->tables().at(index);
    m_kind->setEnabled(!table.headers.isEmpty());
    m_kind->setCurrentIndex(m_kind->findData(int(table.kind)));
    if (table.wholePlan)
        m_tableInfo->setText(tr("A whole Keyplan plan: every table as it was exported."));
    else if (table.headers.isEmpty())
        m_tableInfo->setText(tr("An address book: each card's name, organisation, title, email and phone."));
    else
        m_tableInfo->setText(tr("%1, %2").arg(displayName(table.source), QString::fromLatin1(table.encoding)));
    m_columns->setRowCount(int(table.headers.size()));
    const QList<ImportField> fields = fieldsOf(table.kind);
    const QStringList examples = m_job->examples(index);
    for (int row = 0; row < table.headers.size(); ++row) {
        auto *header = new QTableWidgetItem(table.headers.at(row));
        m_columns->setItem(row, 0, header);
        auto *example = new QTableWidgetItem(examples.value(row).left(200).simplified());
        example->setToolTip(plainToolTip(examples.value(row).left(1000)));
        example->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_columns->setItem(row, 1, example);
        auto *field = new QComboBox;
        field->addItem(displayName(ImportField::None), int(ImportField::None));
        for (const ImportField option : fields)
            field->addItem(displayName(option), int(option));
        field->setCurrentIndex(std::max(0, field->findData(int(table.columns.value(row)))));
        field->setAccessibleName(tr("Field for %1").arg(table.headers.at(row)));
        connect(field, &QComboBox::activated, this, [this, row](int choice) { columnChosen(row, choice); });
        m_columns->setCellWidget(row, 2, field);
    }
}

void ImportWizard::columnChosen(int row, int comboIndex)
{
    const int index = m_table->currentIndex();
    if (!m_job || index < 0)
        return;
    ImportTable table = m_job->tables().at(index);
    auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(row, 2));
    const auto field = ImportField(combo->itemData(comboIndex).toInt());
    // A field is one column's: choosing it here frees it elsewhere.
    for (ImportField &other : table.columns)
        if (other == field && field != ImportField::None)
            other = ImportField::None;
    table.columns[row] = field;
    m_job->setTable(index, table.kind, table.columns);
    const QSignalBlocker blocker(m_table);
    // The tables may have been put in another order (accounts go in first): find this one again.
    for (int i = 0; i < m_job->tables().size(); ++i)
        if (m_job->tables().at(i).displayName == table.displayName)
            m_table->setCurrentIndex(i);
    showTable(m_table->currentIndex());
}

void ImportWizard::kindChosen(int comboIndex)
{
    const int index = m_table->currentIndex();
    if (!m_job || index < 0)
        return;
    const QString name = m_job->tables().at(index).displayName;
    m_job->setTable(index, TableKind(m_kind->itemData(comboIndex).toInt()), {});
    // Mapped again by the headers for the new kind.
    ImportTable table;
    for (const ImportTable &each : m_job->tables())
        if (each.displayName == name)
            table = each;
    QList<ImportField> columns;
    for (const QString &header : std::as_const(table.headers))
        columns.append(fieldForHeader(header, table.kind));
    for (int i = 0; i < m_job->tables().size(); ++i)
        if (m_job->tables().at(i).displayName == name) {
            m_job->setTable(i, table.kind, columns);
            const QSignalBlocker blocker(m_table);
            m_table->clear();
            for (const ImportTable &each : m_job->tables())
                m_table->addItem(each.displayName);
            for (int j = 0; j < m_job->tables().size(); ++j)
                if (m_job->tables().at(j).displayName == name)
                    m_table->setCurrentIndex(j);
        }
    showTable(m_table->currentIndex());
}

void ImportWizard::refreshPreview()
{
    m_preview->clear();
    if (!m_job)
        return;
    QString error;
    m_outcome = {};
    if (!ImportEditing::preview(m_document, *m_job, &m_outcome, &error)) {
        m_summary->setText(tr("The import cannot go in: %1").arg(error));
        button(QWizard::FinishButton)->setEnabled(false);
        return;
    }
    button(QWizard::FinishButton)->setEnabled(true);
    QString summary = importSummaryText(m_outcome);
    if (m_outcome.entriesLeftOut > 0)
        summary += u'\n' + tr("The list below shows the first %1 records.").arg(ImportOutcome::entryLimit);
    m_summary->setText(summary);
    // What needs the user first (alike names), then what is left out, then the rest.
    QList<const ImportEntry *> entries;
    for (const ImportAction action : {ImportAction::Uncertain, ImportAction::Skipped, ImportAction::Created, ImportAction::Updated,
             ImportAction::Linked})
        for (const ImportEntry &entry : m_outcome.entries)
            if (entry.action == action)
                entries.append(&entry);
    for (const ImportEntry *entry : std::as_const(entries)) {
        // "Contact.csv, line 9": a table in an archive by its own name (the archive's in the tooltip).
        const QString file = entry->origin.file;
        const qsizetype inside = file.lastIndexOf(QStringLiteral(": "));
        auto *item = new QTreeWidgetItem(m_preview, {actionName(entry->action), entry->name, entry->detail,
                                                        tr("%1, line %2").arg(inside < 0 ? file : file.mid(inside + 2)).arg(entry->origin.line)});
        // The user's text, never markup ("<b>" in a name shows as typed).
        item->setToolTip(1, plainToolTip(entry->name.left(1000)));
        item->setToolTip(2, plainToolTip(entry->detail.left(1000)));
        item->setToolTip(3, plainToolTip(tr("%1, line %2").arg(file).arg(entry->origin.line)));
        if (entry->action != ImportAction::Uncertain)
            continue;
        auto *answer = new QComboBox;
        answer->addItem(tr("Leave out for now"), -1);
        answer->addItem(tr("It is “%1”").arg(entry->candidateName), entry->candidate);
        answer->addItem(tr("A new account"), 0);
        const QString key = entry->key;
        if (m_job->decisions().contains(key))
            answer->setCurrentIndex(answer->findData(m_job->decisions().value(key)));
        connect(answer, &QComboBox::activated, this, [this, answer, key](int) {
            AccountDecisions decisions = m_job->decisions();
            const qint64 choice = answer->currentData().toLongLong();
            if (choice < 0)
                decisions.remove(key);
            else
                decisions.insert(key, choice);
            m_job->setDecisions(decisions);
            refreshPreview();
        });
        m_preview->setItemWidget(item, 2, answer);
    }
    // The record and where it is are shown in part when long (whole in their tooltips); the
    // details, which say why, take the rest.
    const int room = m_preview->viewport()->width();
    m_preview->resizeColumnToContents(0);
    for (const auto &[column, share] : {std::pair {1, 28}, std::pair {3, 26}}) {
        m_preview->resizeColumnToContents(column);
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), room * share / 100));
    }
}

} // namespace keyplan
