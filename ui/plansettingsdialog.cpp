#include "ui/plansettingsdialog.h"
#include "ui/keyboardaccess.h"

#include "domain/currencies.h"
#include "item/healthediting.h"
#include "item/livingplanediting.h"
#include "item/playediting.h"
#include "item/plandocument.h"
#include "item/revenueediting.h"
#include "ui/cadencehealthsettings.h"
#include "ui/currencycombo.h"
#include "ui/editorwidgets.h"
#include "ui/playrulesettings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace keyplan {

namespace {

enum RateColumn { From, To, Day, Rate, RateColumnCount };

} // namespace

PlanSettingsDialog::PlanSettingsDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_currency(makeCurrencyCombo(this, document->currency()))
    , m_fiscalStart(new QComboBox(this))
    , m_rates(new QTableWidget(0, RateColumnCount, this))
    , m_missing(new QLabel(this))
    , m_problem(makeWarningBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_cadenceHealth(new CadenceHealthSettings(
          LivingPlanEditing::of(document)->settings(), HealthEditing::of(document)->trackRecord(), m_tabs))
    , m_rules(new PlayRuleSettings(LivingPlanEditing::of(document)->settings().rules, [document] {
        QHash<QString, QStringList> books;
        for (const RuleDefinition &definition : ruleDefinitions())
            books.insert(QLatin1StringView(definition.key), PlayEditing::of(document)->playbook(QLatin1StringView(definition.key)));
        return books;
    }(), m_tabs))
{
    setWindowTitle(tr("Plan Settings"));
    m_currency->setObjectName(QStringLiteral("reportingCurrency"));
    m_fiscalStart->setObjectName(QStringLiteral("fiscalYearStart"));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_fiscalStart->addItem(locale.standaloneMonthName(month), month);
    m_fiscalStart->setCurrentIndex(RevenueEditing::of(document)->fiscalYearStart() - 1);
    m_rates->setObjectName(QStringLiteral("exchangeRates"));
    prepareItemView(m_rates, tr("Exchange rates"));
    m_rates->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("From day"), tr("Rate")});
    m_rates->verticalHeader()->hide();
    m_rates->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_missing->setTextFormat(Qt::PlainText);
    m_missing->setWordWrap(true);

    auto *help = new QLabel(tr("Totals, retention and the ARR bridge are shown in the reporting currency. An "
                               "account in another currency is converted at the rate in force: ARR today at "
                               "today's rate, a period's retention and bridge at the rate of its last day, so a "
                               "move of the rate never reads as churn or expansion."),
        this);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("Reporting c&urrency:"), m_currency);
    form->addRow(tr("&Fiscal year starts in:"), m_fiscalStart);

    auto *add = new QPushButton(tr("&Add Rate"), this);
    auto *remove = new QPushButton(tr("Re&move Rate"), this);
    auto *paste = new QPushButton(tr("&Paste CSV"), this);
    paste->setToolTip(tr("Rates copied from a spreadsheet, one per line: from,to,date,rate (e.g. USD,GBP,2026-10-01,0.79)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(paste);
    buttons->addStretch(1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *revenuePage = new QWidget(this);
    auto *revenue = new QVBoxLayout(revenuePage);
    revenue->addWidget(help);
    revenue->addLayout(form);
    auto *ratesLabel = new QLabel(tr("E&xchange rates (1 unit of From is worth Rate units of To, from that day on):"), this);
    ratesLabel->setBuddy(m_rates);
    ratesLabel->setWordWrap(true);
    revenue->addWidget(ratesLabel);
    revenue->addWidget(m_rates, 1);
    revenue->addLayout(buttons);
    revenue->addWidget(m_missing);
    m_tabs->addTab(revenuePage, tr("&Revenue"));
    m_tabs->addTab(m_cadenceHealth, tr("&Cadence and Health"));
    m_tabs->addTab(m_rules, tr("P&lays"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(box);
    resize(720, 600);

    for (const ExchangeRate &rate : RevenueEditing::of(document)->rates())
        addRate(rate);
    connect(add, &QPushButton::clicked, this, [this] {
        addRate({0, QStringLiteral("USD"), chosenCurrency(m_currency), m_document->asOf(), rateScale, 1});
        m_rates->setCurrentCell(m_rates->rowCount() - 1, Rate);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rates->currentRow() >= 0)
            m_rates->removeRow(m_rates->currentRow());
        updateMissing();
    });
    connect(paste, &QPushButton::clicked, this, &PlanSettingsDialog::pasteFromClipboard);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &PlanSettingsDialog::updateMissing);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    box->button(QDialogButtonBox::Ok)->setEnabled(!document->isReadOnly());
    updateMissing();
}

void PlanSettingsDialog::addRate(const ExchangeRate &rate)
{
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    m_rates->setCellWidget(row, From, makeCurrencyCombo(m_rates, rate.from));
    m_rates->setCellWidget(row, To, makeCurrencyCombo(m_rates, rate.to));
    auto *day = new QDateEdit(rate.on, m_rates);
    day->setCalendarPopup(true);
    m_rates->setCellWidget(row, Day, day);
    auto *value = new QLineEdit(formatRate(rate.rate), m_rates);
    value->setAlignment(Qt::AlignRight);
    m_rates->setCellWidget(row, Rate, value);
    for (const int column : {From, To})
        connect(static_cast<QComboBox *>(m_rates->cellWidget(row, column)), &QComboBox::currentIndexChanged, this,
            &PlanSettingsDialog::updateMissing);
    updateMissing();
}

std::optional<QList<ExchangeRate>> PlanSettingsDialog::rates() const
{
    QList<ExchangeRate> rates;
    QStringList problems;
    QSet<QString> seen;
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        ExchangeRate rate;
        rate.from = chosenCurrency(static_cast<QComboBox *>(m_rates->cellWidget(row, From)));
        rate.to = chosenCurrency(static_cast<QComboBox *>(m_rates->cellWidget(row, To)));
        rate.on = static_cast<QDateEdit *>(m_rates->cellWidget(row, Day))->date();
        const std::optional<qint64> value = parseRate(static_cast<QLineEdit *>(m_rates->cellWidget(row, Rate))->text());
        const QString key = rate.from + rate.to + rate.on.toString(Qt::ISODate);
        if (!value)
            problems.append(tr("Row %1: the rate must be a number above zero, with at most nine decimals.").arg(row + 1));
        else if (rate.from == rate.to)
            problems.append(tr("Row %1: a rate converts one currency into another.").arg(row + 1));
        else if (seen.contains(key))
            problems.append(tr("Row %1: %2 to %3 already has a rate from that day.").arg(row + 1).arg(rate.from, rate.to));
        seen.insert(key);
        rate.rate = value.value_or(rateScale);
        rates.append(rate);
    }
    setWarningText(m_problem, problems.join(QLatin1Char('\n')));
    if (!problems.isEmpty())
        return std::nullopt;
    return rates;
}

bool PlanSettingsDialog::pasteRates(const QString &csv)
{
    QList<ExchangeRate> parsed;
    QStringList problems;
    const QStringList lines = csv.split(QRegularExpression(QStringLiteral("\\r?\\n")), Qt::SkipEmptyParts);
    static const QRegularExpression separator(QStringLiteral("[,;\\t]"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringList fields = lines.at(i).split(separator);
        for (QString &field : fields)
            field = field.trimmed().remove(QLatin1Char('"'));
        if (i == 0 && fields.value(0).compare(QStringLiteral("from"), Qt::CaseInsensitive) == 0)
            continue; // a header
        const QDate day = QDate::fromString(fields.value(2), Qt::ISODate);
        const std::optional<qint64> rate = parseRate(fields.value(3), QLocale::c());
        const QString from = fields.value(0).toUpper();
        const QString to = fields.value(1).toUpper();
        if (fields.size() != 4 || !isCurrencyCode(from) || !isCurrencyCode(to) || from == to || !day.isValid() || !rate)
            problems.append(tr("Line %1 is not from,to,date,rate (e.g. USD,GBP,2026-10-01,0.79): %2")
                                .arg(i + 1)
                                .arg(lines.at(i).left(80)));
        else
            parsed.append({0, from, to, day, *rate, 1});
    }
    if (parsed.isEmpty() && problems.isEmpty())
        problems.append(tr("The clipboard holds no rates."));
    setWarningText(m_problem, problems.join(QLatin1Char('\n')));
    if (!problems.isEmpty())
        return false; // all of it or none
    for (const ExchangeRate &rate : std::as_const(parsed))
        addRate(rate);
    return true;
}

void PlanSettingsDialog::pasteFromClipboard()
{
    pasteRates(QApplication::clipboard()->text());
}

void PlanSettingsDialog::updateMissing()
{
    // Which currencies of the plan's accounts the table cannot convert yet.
    const QString to = chosenCurrency(m_currency);
    QList<ExchangeRate> table;
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const auto *from = static_cast<QComboBox *>(m_rates->cellWidget(row, From));
        const auto *target = static_cast<QComboBox *>(m_rates->cellWidget(row, To));
        if (from && target)
            table.append({0, chosenCurrency(from), chosenCurrency(target), QDate(2000, 1, 1), rateScale, 1});
    }
    const RateTable rates(table);
    QMap<QString, int> missing;
    for (const Account &account : m_document->accounts()) {
        if (!rates.rate(account.currency, to, m_document->asOf()))
            ++missing[account.currency];
    }
    QStringList lines;
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        lines.append(tr("%1 (%n accounts)", nullptr, int(it.value())).arg(it.key()));
    m_missing->setText(lines.isEmpty() ? QString()
                                       : tr("No rate yet to %1 for: %2. Their figures stay out of the totals, "
                                            "which say so.")
                                             .arg(to, lines.join(QStringLiteral(", "))));
    m_missing->setVisible(!lines.isEmpty());
}

bool PlanSettingsDialog::apply()
{
    const std::optional<QList<ExchangeRate>> table = rates();
    if (!table)
        return false;
    LivingPlanEditing *living = LivingPlanEditing::of(m_document);
    const LivingPlanSettings before = living->settings();
    const LivingPlanSettings after = m_rules->applied(m_cadenceHealth->applied(before));
    const RevenueEditing::Settings revenue {chosenCurrency(m_currency), m_fiscalStart->currentData().toInt(), *table};
    const RevenueEditing::Settings revenueBefore = RevenueEditing::of(m_document)->settings();
    const bool revenueChanges = !revenue.sameAs(revenueBefore);
    // The playbooks edited: one back at Keyplan's own steps is stored as none.
    PlayEditing *plays = PlayEditing::of(m_document);
    QHash<QString, QStringList> books;
    const QHash<QString, QStringList> edited = m_rules->playbooks();
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        if (it.value() != plays->playbook(it.key()))
            books.insert(it.key(), it.value());
    }
    // All of it is one undo step, whichever parts changed.
    const int parts = int(revenueChanges) + int(after != before) + int(books.size());
    if (parts > 1)
        m_document->undoStack()->beginMacro(tr("Change the plan's settings"));
    RevenueEditing::of(m_document)->setRevenueSettings(revenue.reportingCurrency, revenue.fiscalYearStart, revenue.rates);
    living->setSettings(after);
    for (auto it = books.cbegin(); it != books.cend(); ++it) {
        QStringList ownDefaults;
        for (const char *step : definitionOf(*playRuleFromKey(it.key())).playbook)
            ownDefaults.append(QCoreApplication::translate("PlayRule", step));
        plays->setPlaybook(it.key(), it.value() == ownDefaults ? QStringList() : it.value());
    }
    if (parts > 1)
        m_document->undoStack()->endMacro();
    return true;
}

void PlanSettingsDialog::edit(PlanDocument *document, QWidget *parent)
{
    if (!document)
        return;
    PlanSettingsDialog dialog(document, parent);
    dialog.exec();
}

} // namespace keyplan
