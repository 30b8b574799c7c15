#include "ui/qbr/qbrdialog.h"
#include "item/itemcolours.h"
#include "ui/keyboardaccess.h"

#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/reviewediting.h"
#include "item/qbrdata.h"
#include "ui/messages.h"
#include "ui/qbr/qbrexport.h"
#include "ui/settings.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace keyplan {

namespace {

constexpr int idRole = Qt::UserRole + 1;

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

QbrDialog::QbrDialog(PlanDocument *document, AccountId account, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_qbr(ReviewEditing::of(document)->qbrInPreparation(account))
    , m_start(dateEdit(m_qbr.periodStart, this))
    , m_end(dateEdit(m_qbr.periodEnd, this))
    , m_ourTeam(new QLineEdit(m_qbr.ourTeam, this))
    , m_attendees(new QLineEdit(m_qbr.attendees, this))
    , m_sections(new QListWidget(this))
    , m_remarkLabel(new QLabel(this))
    , m_remark(new QPlainTextEdit(this))
    , m_remarkInternal(new QCheckBox(tr("For &us only: print it in the internal edition, never the customer's"), this))
    , m_opportunities(new QListWidget(this))
    , m_opportunityHint(new QLabel(this))
    , m_customer(new QRadioButton(tr("For the &customer"), this))
    , m_internal(new QRadioButton(tr("&Internal"), this))
    , m_editionNote(new QLabel(this))
    , m_held(new QPushButton(tr("Mark as &Held…"), this))
{
    const QString accountName = document->account(account).value_or(Account {}).name;
    setWindowTitle(tr("QBR Summary: %1").arg(accountName));

    auto *period = new QHBoxLayout;
    period->addWidget(m_start);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_end);
    period->addStretch();
    m_ourTeam->setPlaceholderText(tr("Who from our side attends"));
    m_attendees->setPlaceholderText(tr("Who from %1 attends").arg(accountName));
    // The edition first: it decides what the customer will read.
    auto *editions = new QHBoxLayout;
    editions->addWidget(m_customer);
    editions->addWidget(m_internal);
    editions->addStretch();
    m_customer->setChecked(true);
    m_editionNote->setTextFormat(Qt::PlainText);
    m_editionNote->setWordWrap(true);
    connect(m_customer, &QRadioButton::toggled, this, &QbrDialog::showEdition);
    auto *periodLabel = new QLabel(tr("Peri&od:"), this);
    periodLabel->setBuddy(m_start);
    m_start->setAccessibleName(tr("Period from"));
    m_end->setAccessibleName(tr("Period to"));
    auto *form = new QFormLayout;
    form->addRow(tr("Edition:"), editions);
    form->addRow(QString(), m_editionNote);
    form->addRow(periodLabel, period);
    form->addRow(tr("Our &team:"), m_ourTeam);
    form->addRow(tr("&Attendees:"), m_attendees);

    // Sections: ticked ones print; the selected one's remark is edited beside the list.
    for (const QbrSection section : allQbrSections) {
        auto *item = new QListWidgetItem(m_sections);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_qbr.section(section).included ? Qt::Checked : Qt::Unchecked);
    }
    m_sections->setMaximumWidth(260);
    prepareItemView(m_sections, tr("Sections to print"));
    m_remarkLabel->setTextFormat(Qt::PlainText);
    m_remarkLabel->setBuddy(m_remark);
    m_remark->setPlaceholderText(
        tr("Your remark under this section's title: what to stress, what to ask for"));
    m_remark->setTabChangesFocus(true);
    auto *remarkColumn = new QVBoxLayout;
    remarkColumn->addWidget(m_remarkLabel);
    remarkColumn->addWidget(m_remark);
    remarkColumn->addWidget(m_remarkInternal);
    auto *sectionsBox = new QGroupBox(tr("Sections"), this);
    auto *sectionsLayout = new QHBoxLayout(sectionsBox);
    sectionsLayout->addWidget(m_sections);
    sectionsLayout->addLayout(remarkColumn, 1);
    connect(m_sections, &QListWidget::currentRowChanged, this, &QbrDialog::showRemarkOf);

    // Opportunities: the open ones of the account, one or two ticked.
    const QLocale locale;
    for (const Opportunity &opportunity : PipelineEditing::of(document)->opportunities(account)) {
        if (!opportunity.isOpen() && !m_qbr.chosenOpportunities.contains(opportunity.id))
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3, %4%")
                .arg(opportunity.title, formatMoney(opportunity.amount, document->currency(), locale),
                    displayName(opportunity.stage))
                .arg(opportunity.probability),
            m_opportunities);
        item->setData(idRole, opportunity.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_qbr.chosenOpportunities.contains(opportunity.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_opportunityHint->setTextFormat(Qt::PlainText);
    m_opportunityHint->setWordWrap(true);
    m_opportunityHint->setText(m_opportunities->count() == 0
            ? tr("The account has no open expansion opportunity to present.")
            : tr("Present one or two, each with its business case from the decision checklist."));
    connect(m_opportunities, &QListWidget::itemChanged, this,
        [this](QListWidgetItem *item) { limitOpportunities(m_opportunities->row(item)); });
    auto *opportunitiesBox = new QGroupBox(tr("Expansion opportunities to present"), this);
    auto *opportunitiesLayout = new QVBoxLayout(opportunitiesBox);
    opportunitiesLayout->addWidget(m_opportunityHint);
    opportunitiesLayout->addWidget(m_opportunities);
    m_opportunities->setMaximumHeight(110);
    prepareItemView(m_opportunities, tr("Opportunities to show"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    auto *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto *pdfButton = buttons->addButton(tr("Export P&DF…"), QDialogButtonBox::ActionRole);
    auto *odtButton = buttons->addButton(tr("Export for &Editing…"), QDialogButtonBox::ActionRole);
    odtButton->setToolTip(tr("An OpenDocument text (.odt) to edit in an office suite"));
    auto *slidesButton = buttons->addButton(tr("Export &Slides…"), QDialogButtonBox::ActionRole);
    slidesButton->setToolTip(tr("16:9 slides (.pptx) for PowerPoint or LibreOffice Impress, one per section"));
    connect(slidesButton, &QPushButton::clicked, this, [this] { exportTo({}, QStringLiteral("pptx")); });
    buttons->addButton(m_held, QDialogButtonBox::ActionRole);
    m_held->setToolTip(
        tr("The plan keeps a snapshot of the account; the next summary lists what changed since"));
    m_held->setEnabled(!document->isReadOnly());
    connect(previewButton, &QPushButton::clicked, this, &QbrDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &QbrDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportTo({}, QStringLiteral("pdf")); });
    connect(odtButton, &QPushButton::clicked, this, [this] { exportTo({}, QStringLiteral("odt")); });
    connect(m_held, &QPushButton::clicked, this, &QbrDialog::markHeld);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sectionsBox, 1);
    layout->addWidget(opportunitiesBox);
    layout->addWidget(buttons);
    m_sections->setCurrentRow(0);
    m_saved = qbr();
    showEdition();
    resize(860, 640);
}

QbrEdition QbrDialog::edition() const
{
    return m_internal->isChecked() ? QbrEdition::Internal : QbrEdition::Customer;
}

void QbrDialog::setEdition(QbrEdition edition)
{
    (edition == QbrEdition::Internal ? m_internal : m_customer)->setChecked(true);
}

// What the chosen edition holds, and each section under the title it prints with.
void QbrDialog::showEdition()
{
    const QbrEdition chosen = edition();
    m_editionNote->setText(chosen == QbrEdition::Customer
            ? tr("The customer's story: their goals, the value delivered, adoption, what's next and the agreed next "
                 "steps. Nothing of our judgement is printed: no support or roles, owners, coverage, whitespace, "
                 "pipeline, probabilities, risks, plays, health scores or price increases. Your remarks are printed.")
            : tr("Everything, for our own review: the customer's story plus the map, coverage, revenue, health, "
                 "whitespace, pipeline, risks and plays. Every page says \"Internal: not for the customer\"."));
    QPalette palette = m_editionNote->palette();
    palette.setColor(QPalette::WindowText, chosen == QbrEdition::Customer
            ? palette.color(QPalette::Active, QPalette::WindowText)
            : colours::attention());
    m_editionNote->setPalette(palette);
    for (int row = 0; row < qbrSectionCount; ++row) {
        const QbrSection section = allQbrSections[row];
        const QString title = qbrSectionTitle(section, chosen);
        m_sections->item(row)->setText(title.isEmpty() ? tr("%1 (internal edition only)").arg(displayName(section)) : title);
        m_sections->item(row)->setForeground(title.isEmpty() ? QBrush(colours::settled()) : QBrush()); // greyed, still readable
    }
    if (m_opportunities->count() > 0)
        m_opportunityHint->setText(chosen == QbrEdition::Customer
                ? tr("Present one or two, each framed as the customer's next goal (price increases are never shown "
                     "to them; a fix-first account gets a recovery plan instead).")
                : tr("Present one or two, each with its business case from the decision checklist."));
    showRemarkOf(m_sections->currentRow());
}

void QbrDialog::showRemarkOf(int row)
{
    keepRemark();
    m_remarkRow = row;
    if (row < 0 || row >= qbrSectionCount)
        return;
    const QbrSection section = allQbrSections[row];
    const QString title = qbrSectionTitle(section, edition());
    m_remarkLabel->setText(tr("&Remark under \"%1\":").arg(title.isEmpty() ? displayName(section) : title));
    m_remark->setPlainText(m_qbr.section(section).remark);
    m_remarkInternal->setChecked(m_qbr.section(section).remarkInternal);
}

void QbrDialog::keepRemark()
{
    if (m_remarkRow >= 0 && m_remarkRow < qbrSectionCount) {
        m_qbr.section(allQbrSections[m_remarkRow]).remark = m_remark->toPlainText().trimmed();
        m_qbr.section(allQbrSections[m_remarkRow]).remarkInternal = m_remarkInternal->isChecked();
    }
}

void QbrDialog::limitOpportunities(int changedRow)
{
    int checked = 0;
    for (int row = 0; row < m_opportunities->count(); ++row)
        checked += m_opportunities->item(row)->checkState() == Qt::Checked ? 1 : 0;
    if (checked <= qbrOpportunityLimit)
        return;
    // A third one: the newest tick wins, the list never holds more than two.
    QSignalBlocker blocker(m_opportunities);
    for (int row = 0; row < m_opportunities->count() && checked > qbrOpportunityLimit; ++row) {
        if (row != changedRow && m_opportunities->item(row)->checkState() == Qt::Checked) {
            m_opportunities->item(row)->setCheckState(Qt::Unchecked);
            --checked;
        }
    }
}

Qbr QbrDialog::qbr() const
{
    Qbr qbr = m_qbr;
    if (m_remarkRow >= 0 && m_remarkRow < qbrSectionCount) { // the remark being typed
        qbr.section(allQbrSections[m_remarkRow]).remark = m_remark->toPlainText().trimmed();
        qbr.section(allQbrSections[m_remarkRow]).remarkInternal = m_remarkInternal->isChecked();
    }
    qbr.periodStart = std::min(m_start->date(), m_end->date());
    qbr.periodEnd = std::max(m_start->date(), m_end->date());
    qbr.ourTeam = m_ourTeam->text().trimmed();
    qbr.attendees = m_attendees->text().trimmed();
    for (int row = 0; row < qbrSectionCount; ++row)
        qbr.section(allQbrSections[row]).included = m_sections->item(row)->checkState() == Qt::Checked;
    qbr.chosenOpportunities.clear();
    for (int row = 0; row < m_opportunities->count(); ++row) {
        if (m_opportunities->item(row)->checkState() == Qt::Checked)
            qbr.chosenOpportunities.append(m_opportunities->item(row)->data(idRole).toLongLong());
    }
    return qbr;
}

void QbrDialog::save()
{
    Qbr current = qbr();
    if (m_document->isReadOnly() || current == m_saved)
        return; // nothing new: opening and closing the dialog leaves no undo step
    ReviewEditing::of(m_document)->saveQbrPreparation(current);
    // What was saved is what the dialog now shows: later saves go over that row and its version
    // (the first save inserted it). A save refused as a conflict adopts nothing, so the next one
    // is refused too rather than going over the colleague's change.
    Qbr stored = ReviewEditing::of(m_document)->qbrInPreparation(current.accountId);
    Qbr probe = stored;
    probe.id = current.id;
    probe.version = current.version;
    if (stored.id != 0 && (current.id == 0 || stored.id == current.id) && probe == current) {
        current.id = m_qbr.id = stored.id;
        current.version = m_qbr.version = stored.version;
    }
    m_saved = current;
}

QbrData QbrDialog::summary() const
{
    return readQbrData(*m_document, qbr());
}

void QbrDialog::preview()
{
    save();
    const QbrData summary = this->summary();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(defaultQbrPageLayout());
    printer.setDocName(tr("%1: QBR summary").arg(summary.account.name));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("QBR Summary Preview: %1").arg(displayName(edition())));
    const QbrEdition chosen = edition();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &summary, chosen](QPrinter *target) {
        QString error;
        if (!paintQbr(target, summary, chosen, &error))
            showWarning(this, tr("Print QBR Summary"), error);
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

void QbrDialog::print()
{
    save();
    const QbrData summary = this->summary();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(defaultQbrPageLayout());
    printer.setDocName(tr("%1: QBR summary").arg(summary.account.name));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!paintQbr(&printer, summary, edition(), &error))
        showWarning(this, tr("Print QBR Summary"), error);
}

bool QbrDialog::exportTo(const QString &path, const QString &suffix)
{
    save();
    const QbrData summary = this->summary();
    QString target = path;
    if (target.isEmpty()) {
        const bool odt = suffix == QLatin1String("odt");
        const bool slides = suffix == QLatin1String("pptx");
        const QString filter = odt ? tr("OpenDocument text (*.odt)")
            : slides              ? tr("PowerPoint slides (*.pptx)")
                                  : tr("PDF document (*.pdf)");
        target = QFileDialog::getSaveFileName(this,
            odt ? tr("Export QBR Summary for Editing") : slides ? tr("Export QBR as Slides") : tr("Export QBR Summary"),
            settings::lastFolder.get() + QLatin1Char('/') + qbrFileName(summary.account.name, suffix, edition()),
            filter);
        if (target.isEmpty())
            return false;
        if (QFileInfo(target).suffix().toLower() != suffix)
            target += QLatin1Char('.') + suffix;
        settings::lastFolder.set(QFileInfo(target).absolutePath());
    }
    QString error;
    if (!exportQbr(summary, edition(), target, defaultQbrPageLayout(), &error)) {
        showWarning(this, tr("Export QBR Summary"), error);
        return false;
    }
    announce(this, tr("QBR summary exported to %1").arg(QDir::toNativeSeparators(target)));
    return true;
}

void QbrDialog::markHeld()
{
    const QDate today = m_document->asOf();
    const auto answer = QMessageBox::question(this, tr("Mark the QBR as Held"),
        tr("Mark this QBR as held on %1? The plan keeps a snapshot of the account as it is now; the next "
           "summary "
           "lists what changed since. You can undo this.")
            .arg(QLocale().toString(today, QLocale::LongFormat)));
    if (answer != QMessageBox::Yes)
        return;
    ReviewEditing::of(m_document)->markQbrHeld(qbr(), today);
    accept();
}

void QbrDialog::done(int result)
{
    // Closing keeps what was typed: the review in preparation is part of the living plan.
    if (result == QDialog::Rejected)
        save();
    QDialog::done(result);
}

} // namespace keyplan
