// Choosing another language in Preferences: the window speaks it at once, without a restart, and
// nothing of the user's work moves: the plan, its undo history, the account and the tab.
#include "testsupport.h"

#include "i18n/language.h"
#include "item/accountediting.h"
#include "item/plandocument.h"
#include "item/playevaluator.h"
#include "ui/accounteditor.h"
#include "ui/mainwindow.h"
#include "ui/mainwindowhost.h"
#include "ui/newaccountdialog.h"
#include "ui/portfoliopanel.h"
#include "ui/preferencesdialog.h"
#include "ui/settings.h"
#include "ui/whitespacecelldialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QLocale>
#include <QMenuBar>
#include <QPointer>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keyplan;

namespace {

// The titles of an account's open plays, as the window lists them.
QStringList playTitles(PlanDocument *document, AccountId account)
{
    QStringList titles;
    for (const Play &play : PlayEvaluator::of(document)->alivePlays(account))
        titles.append(play.title);
    return titles;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void preferences_anotherLanguageAtOnceKeepingTheWork();
    void amounts_typedTheUsersWayOrRefusedWithAMessage();

private:
    // Edit > Preferences…, as the user opens it, set to `language` and confirmed.
    void chooseLanguage(MainWindow *window, const QString &language);

    QTemporaryDir m_dir;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    settings::language.set(QString());
}

void TestLanguage::cleanupTestCase()
{
    settings::language.set(QString());
    i18n::useLanguage(QStringLiteral("en"));
}

void TestLanguage::chooseLanguage(MainWindow *window, const QString &language)
{
    QAction *preferences = nullptr;
    for (QAction *action : window->findChildren<QAction *>())
        if (action->menuRole() == QAction::PreferencesRole)
            preferences = action;
    QVERIFY(preferences);
    bool answered = false;
    QTimer::singleShot(0, this, [&answered, language] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // Each language is offered in its own name.
        QVERIFY(dialog->language()->findText(QStringLiteral("Deutsch")) >= 0);
        QVERIFY(dialog->language()->findText(QStringLiteral("Français")) >= 0);
        dialog->language()->setCurrentIndex(dialog->language()->findData(language));
        dialog->accept();
        answered = true;
    });
    preferences->trigger();
    QVERIFY(answered);
}

void TestLanguage::preferences_anotherLanguageAtOnceKeepingTheWork()
{
    const QString plan = m_dir.filePath(QStringLiteral("language.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    MainWindowHost host;
    QPointer<MainWindow> english = host.window();
    english->show();
    QVERIFY(english->openPlan(plan));
    QCOMPARE(english->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    PlanDocument *document = english->document();
    const AccountId account = test::accountNamed(*document, QStringLiteral("Northgate Logistics"));
    english->portfolioPanel()->selectAccount(account);
    english->accountEditor()->tabs()->setCurrentIndex(7);
    AccountEditing::of(document)->editAccountField(account, AccountField::Notes, QStringLiteral("Before the switch"));
    QVERIFY(english->undoAction()->isEnabled());
    QVERIFY2(playTitles(document, account).contains(QStringLiteral("Book the QBR")), qPrintable(playTitles(document, account).join(u'|')));

    chooseLanguage(english, QStringLiteral("de"));
    QTRY_VERIFY(host.window() != english.data());
    QTRY_VERIFY(english.isNull()); // the English window is gone, not hidden
    MainWindow *german = host.window();
    QVERIFY(german->isVisible());
    QCOMPARE(settings::language.get(), QStringLiteral("de"));
    QCOMPARE(german->menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
    QCOMPARE(german->accountEditor()->tabs()->tabText(1), QStringLiteral("Landkarte"));
    // The same plan, open all along: the account, the tab and the step to undo are still there.
    QCOMPARE(german->document(), document);
    QCOMPARE(german->portfolioPanel()->currentAccount(), account);
    QCOMPARE(german->accountEditor()->tabs()->currentIndex(), 7);
    QVERIFY(german->undoAction()->isEnabled());
    // The plays the rules opened in English are worded in German now, as the rules word them.
    QVERIFY2(playTitles(document, account).contains(QStringLiteral("Den QBR vereinbaren")), qPrintable(playTitles(document, account).join(u'|')));
    QVERIFY(!playTitles(document, account).contains(QStringLiteral("Book the QBR")));
    QVERIFY2(german->undoAction()->text().startsWith(QStringLiteral("&Rückgängig")), qPrintable(german->undoAction()->text()));
    german->undoAction()->trigger();
    QVERIFY(document->account(account)->notes != QStringLiteral("Before the switch"));

    // And back to the system's language (English here), the same way.
    chooseLanguage(german, QString());
    QTRY_COMPARE(host.window()->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    QCOMPARE(host.window()->document(), document);
    QVERIFY(playTitles(document, account).contains(QStringLiteral("Book the QBR")));
}

void TestLanguage::amounts_typedTheUsersWayOrRefusedWithAMessage()
{
    // A German desktop: 24.000 is twenty-four thousand, and 24,000 is not an amount of money.
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    NewAccountDialog dialog({}, QStringLiteral("EUR"));
    dialog.show();
    auto *arr = dialog.findChildren<QLineEdit *>().value(1);
    QVERIFY(arr && arr->placeholderText().contains(QStringLiteral("24.000")));
    dialog.findChildren<QLineEdit *>().value(0)->setText(QStringLiteral("Stadtwerke Nord"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("arrProblem"));
    QVERIFY(problem);

    arr->setText(QStringLiteral("24,000"));
    QVERIFY(!ok->isEnabled()); // refused, not taken as 24 or as 0
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("24.000,50")), qPrintable(problem->text()));

    arr->setText(QStringLiteral("24.000"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!problem->isVisible());
    QCOMPARE(dialog.account().arr, MinorUnits(2400000));

    // The other dialogs that take money say why as well, under the field, not only by greying OK.
    WhitespaceCell open;
    WhitespaceCellDialog cellDialog(open, QStringLiteral("Rostering"), QStringLiteral("Leeds"), QStringLiteral("EUR"));
    cellDialog.show();
    QLineEdit *potential = cellDialog.findChildren<QLineEdit *>().value(0);
    QPushButton *cellOk = cellDialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    potential->setText(QStringLiteral("5,500"));
    QVERIFY(!cellOk->isEnabled());
    QStringList shown;
    for (const QLabel *label : cellDialog.findChildren<QLabel *>())
        if (label->isVisible())
            shown.append(label->text());
    QVERIFY2(shown.join(u'|').contains(QStringLiteral("5,500")) && shown.join(u'|').contains(QStringLiteral("24.000,50")),
        qPrintable(shown.join(u'|')));
    potential->setText(QStringLiteral("5.500"));
    QVERIFY(cellOk->isEnabled());
    for (const QLabel *label : cellDialog.findChildren<QLabel *>())
        QVERIFY2(!label->isVisible() || !label->text().contains(QStringLiteral("5,500")), qPrintable(label->text()));
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
