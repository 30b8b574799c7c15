#include "ui/help/helpwindow.h"

#include "ui/help/helptopics.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace keyplan {

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_tools(new QToolBar(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    m_back = m_tools->addAction(QString(), m_browser, &QTextBrowser::backward);
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward = m_tools->addAction(QString(), m_browser, &QTextBrowser::forward);
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    m_contents = m_tools->addAction(QString(), this, [this] { showTopic(QStringLiteral("contents")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    // The guide's own links stay in the guide; anything else is the desktop's to open.
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tools);
    layout->addWidget(m_browser);

    // As wide as the guide's pictures, within the screen.
    QSize size(920, 760);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
    retranslate();
}

void HelpWindow::showTopic(const QString &topic)
{
    m_browser->setSource(QUrl(help::guideSource(topic)));
}

QString HelpWindow::currentTopic() const
{
    return m_browser->source().fragment();
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HelpWindow::retranslate()
{
    setWindowTitle(tr("Keyplan User Guide"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back (%1)").arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(tr("Forward (%1)").arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_contents->setText(tr("Contents"));
    m_browser->setAccessibleName(tr("User guide"));
    m_tools->setAccessibleName(tr("User guide navigation"));
}

} // namespace keyplan
