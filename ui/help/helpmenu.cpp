#include "ui/help/helpmenu.h"

#include "ui/help/helptopics.h"
#include "ui/help/helpwindow.h"
#include "ui/help/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace keyplan {

HelpMenu::HelpMenu(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(window->menuBar()->addMenu(QString()))
    , m_guide(new QAction(window))
    , m_shortcuts(new QAction(window))
    , m_about(new QAction(window))
{
    m_guide->setObjectName(QStringLiteral("userGuide"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    connect(m_guide, &QAction::triggered, this, [this] { showGuide(help::helpTopicAt(QApplication::focusWidget())); });
    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);
    m_menu->addAction(m_guide);
    m_menu->addAction(m_shortcuts);
    m_menu->addSeparator();
    m_menu->addAction(m_about);
}

HelpWindow *HelpMenu::helpWindow() const
{
    return m_helpWindow;
}

void HelpMenu::showGuide(const QString &topic)
{
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(m_window);
    m_helpWindow->showTopic(topic);
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

void HelpMenu::retranslate()
{
    m_menu->setTitle(tr("&Help"));
    m_guide->setText(tr("&User Guide"));
    m_guide->setStatusTip(tr("How to use Keyplan and what each figure means; F1 opens it at what you are looking at"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts…"));
    m_about->setText(tr("&About Keyplan"));
}

void HelpMenu::showShortcuts()
{
    ShortcutsDialog dialog(m_window);
    dialog.exec();
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About Keyplan"),
        tr("<h3>Keyplan %1</h3><p>Key account planning in one local file: the stakeholder map, "
           "the whitespace, the pipeline, the relationship stage and revenue retention of the "
           "few customers that carry most of the revenue.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace keyplan
