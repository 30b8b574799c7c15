#pragma once

#include "domain/importrecords.h"
#include "io/importer.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;
class QTreeWidget;

namespace keyplan {

class ImportJob;
class PlanDocument;

// File > Import: pick the files (a Salesforce export zip is one file), see what each table was
// taken to be (source, kind, encoding) and change any column's field, then a preview of what will
// be created, updated, linked and left out, each with its reason; accounts whose names are only
// alike wait for the user's answer. Between them, when opportunities come in, the table of their
// stages and types as Keyplan will take them, each one the user's to change. Finishing applies the import as one undo step.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    ImportWizard(PlanDocument *document, const QStringList &files, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The job as the user left it (files, mapping, answers); null before the files were read.
    ImportJob *job() const { return m_job.get(); }

    // Reads the chosen files; false (the reason shown on the first page) when one is refused.
    bool readFiles();
    // Runs the preview again (after a change of mapping or of an answer).
    void refreshPreview();

    QListWidget *fileList() const { return m_files; }
    QTableWidget *columnTable() const { return m_columns; }
    QTableWidget *dealTable() const { return m_deals; }
    QLabel *dealsProblemLabel() const { return m_dealsProblem; }
    QTreeWidget *previewTree() const { return m_preview; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    int nextId() const override;

private:
    QWizardPage *createFilesPage();
    QWizardPage *createColumnsPage();
    QWizardPage *createDealsPage();
    QWizardPage *createPreviewPage();
    void showDealTerms();
    void showUnknownStages();
    bool usesDealTerms() const;
    void addFiles();
    void showTable(int index);
    void columnChosen(int row, int comboIndex);
    void kindChosen(int comboIndex);

    PlanDocument *m_document;
    std::unique_ptr<ImportJob> m_job;
    ImportOutcome m_outcome;
    QListWidget *m_files = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_intoAccount = nullptr;
    QLabel *m_filesProblem = nullptr;
    QComboBox *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_tableInfo = nullptr;
    QTableWidget *m_columns = nullptr;
    QLabel *m_dealsProblem = nullptr;
    QTableWidget *m_deals = nullptr;
    QList<DealTerm> m_dealTerms; // as the table shows them, row by row
    QLabel *m_summary = nullptr;
    QTreeWidget *m_preview = nullptr;
};

// A line per kind of record: "People: 6 created, 2 left out".
QString importSummaryText(const ImportOutcome &outcome);

} // namespace keyplan
