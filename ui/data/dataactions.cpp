#include "ui/data/dataactions.h"

#include "io/importer.h"
#include "io/planexport.h"
#include "item/importediting.h"
#include "item/plandocument.h"
#include "item/planfiles.h"
#include "ui/data/importwizard.h"
#include "ui/messages.h"
#include "ui/settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMainWindow>
#include <QStatusBar>

namespace keyplan {

DataActions::DataActions(QMainWindow *window, std::function<PlanDocument *()> document)
    : QObject(window)
    , m_window(window)
    , m_document(std::move(document))
    , m_import(new QAction(this))
    , m_export(new QAction(this))
{
    connect(m_import, &QAction::triggered, this, [this] { importFiles({}); });
    connect(m_export, &QAction::triggered, this, &DataActions::exportPlan);
    retranslate();
    updateEnabled();
}

void DataActions::retranslate()
{
    m_import->setText(tr("&Import…"));
    m_import->setStatusTip(tr("Bring in accounts, people, opportunities, ARR and usage from Salesforce, HubSpot, LinkedIn, "
                              "address books or a Keyplan plan"));
    m_export->setText(tr("E&xport…"));
    m_export->setStatusTip(tr("Write the plan as JSON, as spreadsheets, or its dates as a calendar"));
}

void DataActions::updateEnabled()
{
    PlanDocument *document = m_document();
    m_import->setEnabled(document && !document->isReadOnly());
    m_export->setEnabled(document != nullptr);
}

void DataActions::importFiles(const QStringList &files)
{
    PlanDocument *document = m_document();
    if (!document || document->isReadOnly())
        return;
    ImportWizard wizard(document, files, m_window);
    if (wizard.exec() != QDialog::Accepted || !wizard.job())
        return;
    ImportOutcome outcome;
    QString backup;
    QString error;
    if (!ImportEditing::apply(document, *wizard.job(), &outcome, &backup, &error)) {
        showWarning(m_window, tr("Import"), error);
        return;
    }
    const QString summary = importSummaryText(outcome).replace(u'\n', QStringLiteral("; "));
    QStringList names;
    for (int row = 0; row < wizard.fileList()->count(); ++row)
        names.append(QFileInfo(wizard.fileList()->item(row)->text()).fileName());
    const QString read = names.join(QStringLiteral(", "));
    m_window->statusBar()->showMessage(backup.isEmpty()
            ? tr("Imported %1. %2 Undo takes it out again.").arg(read, summary)
            : tr("Imported %1. %2 The plan as it was is kept as a backup.").arg(read, summary),
        20000);
}

void DataActions::exportPlan()
{
    PlanDocument *document = m_document();
    if (!document)
        return;
    const QString json = tr("Whole plan as JSON (*.json)");
    const QString csv = tr("Spreadsheets, zipped CSV (*.zip)");
    const QString ics = tr("Calendar of renewals, QBRs, plays and next steps (*.ics)");
    QString filter = json;
    const QString base = document->database().displayName();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export"),
        settings::lastFolder.get() + u'/' + base + QStringLiteral(".json"), QStringList {json, csv, ics}.join(QStringLiteral(";;")),
        &filter);
    if (path.isEmpty())
        return;
    const ExportFormat format = filter == csv ? ExportFormat::Csv : filter == ics ? ExportFormat::Ics : ExportFormat::Json;
    path = exportFileName(path, format); // the format chosen is the file's: never a folder of CSVs called "plan.json"
    ExportResult result;
    QString error;
    if (!PlanFiles::exportTo(*document, format, path, &result, &error)) {
        showWarning(m_window, tr("Export"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

} // namespace keyplan
