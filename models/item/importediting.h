#pragma once

#include "domain/importrecords.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

// Importing into the open plan (File > Import): a preview that writes the import inside a
// transaction and rolls it back, so the wizard shows exactly what applying would do; and the import
// itself, after an automatic backup, as one undo step. Undo puts back every row the import
// inserted or changed (RowJournal); every view hears of the accounts it touched.
namespace keyplan {

class ImportJob;
struct DealTerm;
class PlanDocument;

class ImportEditing
{
    Q_DECLARE_TR_FUNCTIONS(ImportEditing)

public:
    // What the import would do; the plan is left as it was. False, with why, when refused.
    static bool preview(PlanDocument *document, ImportJob &job, ImportOutcome *outcome, QString *error);
    // Applies it: backup, one transaction, one undo step; the job's column choices are remembered
    // for its sources. False, with why (the plan unchanged), when refused.
    static bool apply(PlanDocument *document, ImportJob &job, ImportOutcome *outcome, QString *backupPath, QString *error);
    // Reads the job's files and matches them with the plan (ImportJob::inspect).
    static bool inspect(PlanDocument *document, ImportJob &job, QString *error);
    // The deal stages and types in the job's files, with how each maps (ImportJob::dealTerms).
    static bool dealTerms(PlanDocument *document, ImportJob &job, QList<DealTerm> *terms, QString *error);
};

} // namespace keyplan
