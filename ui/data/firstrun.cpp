#include "ui/data/firstrun.h"

#include "item/plandocument.h"
#include "item/planfiles.h"
#include "storage/newplanfile.h"
#include "ui/currencycombo.h"
#include "ui/data/dataactions.h"
#include "ui/mainwindow.h"
#include "ui/messages.h"
#include "ui/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace keyplan {

QString portfolioPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/portfolio.keyplan");
}

QString samplePlanPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample.keyplan");
}

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Keyplan"));
    QFont large = title->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    title->setFont(large);
    auto *text = new QLabel(tr("Your key accounts' plans in one file on this computer. Begin with your own accounts, bring "
                               "them in from your CRM, or look around the sample first."));
    text->setWordWrap(true);
    text->setFixedWidth(520); // a wrapped label needs its width to know its height
    text->setAlignment(Qt::AlignHCenter);
    text->setMinimumHeight(text->heightForWidth(520)); // an aligned item in a layout is not asked
    const auto bigButton = [](const QString &label, const QString &detail) {
        auto *button = new QPushButton(label);
        button->setToolTip(detail);
        button->setAccessibleDescription(detail);
        button->setMinimumWidth(360);
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        return button;
    };
    auto *start = bigButton(tr("&Start My Portfolio…"), tr("A new plan: its name, currency and fiscal year, and you as its owner"));
    auto *import = bigButton(tr("&Import from Salesforce, HubSpot or Files…"),
        tr("A new plan filled from your CRM's exports, LinkedIn or address books"));
    auto *sample = bigButton(tr("E&xplore the Sample"), tr("A fictional portfolio in a file of its own, marked Sample"));
    auto *open = new QPushButton(tr("&Open Plan…"));
    open->setFlat(true);
    connect(start, &QPushButton::clicked, this, &WelcomePage::startRequested);
    connect(import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    for (QWidget *button : {static_cast<QWidget *>(start), static_cast<QWidget *>(import), static_cast<QWidget *>(sample)})
        layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(open, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

StartPortfolioDialog::StartPortfolioDialog(QWidget *parent, bool thenImport)
    : QDialog(parent)
    , m_name(new QLineEdit(tr("My portfolio")))
    , m_currency(makeCurrencyCombo(this, QLocale().currencySymbol(QLocale::CurrencyIsoCode).isEmpty()
                                             ? QStringLiteral("GBP")
                                             : QLocale().currencySymbol(QLocale::CurrencyIsoCode)))
    , m_fiscal(new QComboBox)
    , m_owner(new QLineEdit)
{
    setWindowTitle(tr("Start My Portfolio"));
    for (int month = 1; month <= 12; ++month)
        m_fiscal->addItem(QLocale().standaloneMonthName(month), month);
    m_owner->setPlaceholderText(tr("Your name, as your team knows you"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(thenImport ? tr("Next: &Import…") : tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    auto *form = new QFormLayout;
    form->addRow(tr("Plan &name:"), m_name);
    form->addRow(tr("Reporting &currency:"), m_currency);
    form->addRow(tr("&Fiscal year starts in:"), m_fiscal);
    form->addRow(tr("&Your name:"), m_owner);
    auto *layout = new QVBoxLayout(this);
    if (thenImport) {
        auto *next = new QLabel(tr("First the plan your accounts go into; then choose the export files from your "
                                   "CRM, LinkedIn or address book, and see what they hold before anything is "
                                   "imported."));
        next->setWordWrap(true);
        next->setTextFormat(Qt::PlainText);
        layout->addWidget(next);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString StartPortfolioDialog::planName() const
{
    return m_name->text().trimmed();
}

QString StartPortfolioDialog::currency() const
{
    return chosenCurrency(m_currency);
}

int StartPortfolioDialog::fiscalYearStart() const
{
    return m_fiscal->currentData().toInt();
}

QString StartPortfolioDialog::ownerName() const
{
    return m_owner->text().trimmed();
}

void FirstRun::startPortfolio(MainWindow *window, bool thenImport)
{
    StartPortfolioDialog dialog(window, thenImport);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = portfolioPath();
    if (QFileInfo::exists(path)) { // a portfolio is there already: never replaced, another file
        path = QFileDialog::getSaveFileName(window, tr("Start My Portfolio"),
            QFileInfo(path).absolutePath() + u'/' + dialog.planName() + QStringLiteral(".keyplan"), tr("Keyplan plans (*.keyplan)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".keyplan");
        if (QFileInfo::exists(path)) {
            showWarning(window, tr("Start My Portfolio"),
                tr("%1 already exists. Choose another name, or open it instead.").arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    if (!makePrivateFolder(QFileInfo(path).absolutePath())) {
        showWarning(window, tr("Start My Portfolio"), tr("The folder %1 could not be made.").arg(QFileInfo(path).absolutePath()));
        return;
    }
    QString error;
    const bool written = PlanFiles::createFirst(
        path, {dialog.planName(), dialog.currency(), dialog.fiscalYearStart(), dialog.ownerName()}, &error);
    if (!written) {
        showWarning(window, tr("Start My Portfolio"), error);
        return;
    }
    if (window->openPlan(path) && thenImport)
        window->dataActions()->importFiles({});
}

void FirstRun::exploreSample(MainWindow *window)
{
    const QString path = samplePlanPath();
    if (!QFileInfo::exists(path)) {
        QString error;
        const bool written = makePrivateFolder(QFileInfo(path).absolutePath()) && PlanFiles::createSample(path, &error);
        if (!written) {
            showWarning(window, tr("Explore the Sample"), error.isEmpty() ? tr("The sample could not be made.") : error);
            return;
        }
    }
    window->openPlan(path);
}

} // namespace keyplan
