#pragma once

#include "item/qbrcontent.h"

#include <QDialog>

class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace keyplan {

class PlanDocument;

// Prepares one account's QBR summary: the edition (the customer's, or ours with everything), the
// period, both teams, the sections to include with a remark under each, and the one or two
// expansion opportunities to present. Preview, print, PDF
// and an OpenDocument file for editing all come from the same render path. The choices are kept
// in the plan as the review in preparation; Mark as Held keeps a snapshot of the account for the
// next review's "what changed".
class QbrDialog final : public QDialog
{
    Q_OBJECT

public:
    QbrDialog(PlanDocument *document, AccountId account, QWidget *parent = nullptr);

    // The review as the dialog shows it now.
    Qbr qbr() const;
    // Keeps the choices in the plan (one undo step) when they changed.
    void save();
    // The summary's data as it would print now.
    QbrData summary() const;
    // Which edition preview, print and export build: the customer's unless the user chose ours.
    QbrEdition edition() const;
    void setEdition(QbrEdition edition);
    QLabel *editionNote() const { return m_editionNote; }

    QDateEdit *periodStartField() const { return m_start; }
    QDateEdit *periodEndField() const { return m_end; }
    QLineEdit *attendeesField() const { return m_attendees; }
    QListWidget *sectionList() const { return m_sections; }
    QPlainTextEdit *remarkField() const { return m_remark; }
    QCheckBox *remarkInternalBox() const { return m_remarkInternal; }
    QListWidget *opportunityList() const { return m_opportunities; }

    void preview();
    void print();
    // Writes the summary to `path` (.pdf, .odt or .pptx); with no path, asks where.
    bool exportTo(const QString &path = {}, const QString &suffix = QStringLiteral("pdf"));
    void markHeld();

protected:
    void done(int result) override;

private:
    void showRemarkOf(int row);
    void keepRemark();
    void limitOpportunities(int changedRow);
    void showEdition();

    PlanDocument *m_document;
    Qbr m_qbr; // as loaded, with the remarks typed so far
    Qbr m_saved; // what the plan holds (or would, for a review never saved)
    int m_remarkRow = -1;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_ourTeam;
    QLineEdit *m_attendees;
    QListWidget *m_sections;
    QLabel *m_remarkLabel;
    QPlainTextEdit *m_remark;
    QCheckBox *m_remarkInternal;
    QListWidget *m_opportunities;
    QLabel *m_opportunityHint;
    QRadioButton *m_customer;
    QRadioButton *m_internal;
    QLabel *m_editionNote;
    QPushButton *m_held;
};

} // namespace keyplan
