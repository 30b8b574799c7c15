#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QString>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace keyplan {

class MainWindow;

// Where the user's own portfolio lives, and the sample beside it.
QString portfolioPath();
QString samplePlanPath();

// What the window shows with no plan open: on the first run, the ways to begin (start my
// portfolio, import from a CRM, explore the sample); later, the same, and opening a plan.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void startRequested();
    void importRequested();
    void sampleRequested();
    void openRequested();
};

// Start My Portfolio: the plan's name, its reporting currency, the month its fiscal year starts,
// and the user's own name as an owner on our side.
class StartPortfolioDialog final : public QDialog
{
    Q_OBJECT

public:
    // `thenImport`: the import wizard follows, so the dialog says the accounts come next.
    explicit StartPortfolioDialog(QWidget *parent = nullptr, bool thenImport = false);

    QString planName() const;
    QString currency() const;
    int fiscalYearStart() const; // 1-12
    QString ownerName() const;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *ownerField() const { return m_owner; }
    QComboBox *currencyField() const { return m_currency; }
    QComboBox *fiscalYearField() const { return m_fiscal; }

private:
    QLineEdit *m_name;
    QComboBox *m_currency;
    QComboBox *m_fiscal;
    QLineEdit *m_owner;
};

// The first run's actions, for the window.
class FirstRun
{
    Q_DECLARE_TR_FUNCTIONS(FirstRun)

public:
    // Asks for the plan's name, currency, fiscal year and owner, makes the portfolio (at
    // portfolioPath(), or where the user says when one is there) and opens it; then the import
    // wizard when `thenImport`.
    static void startPortfolio(MainWindow *window, bool thenImport);
    // Opens the sample, made the first time in a file of its own: never the user's portfolio.
    static void exploreSample(MainWindow *window);
};

} // namespace keyplan
