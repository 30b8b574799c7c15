#include "ui/keyboardaccess.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QGroupBox>
#include <QLabel>
#include <QAction>
#include <QCoreApplication>
#include <QTabWidget>

namespace keyplan {

namespace {

class KeyboardText
{
    Q_DECLARE_TR_FUNCTIONS(KeyboardAccess)
};

} // namespace

void prepareItemView(QAbstractItemView *view, const QString &name)
{
    view->setTabKeyNavigation(false);
    view->setAccessibleName(name);
}

void focusFirstControl(QWidget *page)
{
    for (QWidget *widget = page->nextInFocusChain(); widget && widget != page; widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus)) {
            widget->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void addTabShortcuts(QTabWidget *tabs, QWidget *window)
{
    const auto show = [tabs](int index) {
        tabs->setCurrentIndex(index);
        focusFirstControl(tabs->currentWidget());
    };
    for (int tab = 0; tab < tabs->count() && tab < 9; ++tab) {
        auto *action = new QAction(window);
        action->setObjectName(QStringLiteral("showTab%1").arg(tab + 1));
        action->setText(KeyboardText::tr("Show the %1 Tab").arg(withoutMnemonic(tabs->tabText(tab))));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        QObject::connect(action, &QAction::triggered, tabs, [show, tab] { show(tab); });
        window->addAction(action);
        tabs->setTabToolTip(tab, action->shortcut().toString(QKeySequence::NativeText));
    }
    auto *next = new QAction(window);
    next->setObjectName(QStringLiteral("nextTab"));
    next->setText(KeyboardText::tr("Next Tab"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QObject::connect(next, &QAction::triggered, tabs, [tabs, show] { show((tabs->currentIndex() + 1) % tabs->count()); });
    window->addAction(next);
    auto *previous = new QAction(window);
    previous->setObjectName(QStringLiteral("previousTab"));
    previous->setText(KeyboardText::tr("Previous Tab"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QObject::connect(previous, &QAction::triggered, tabs,
        [tabs, show] { show((tabs->currentIndex() + tabs->count() - 1) % tabs->count()); });
    window->addAction(previous);
}

QString withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size()) {
            ++i; // "&x" shows x; "&&" shows one "&", and stays "&&"
            if (text.at(i) == u'&')
                out += u'&';
        }
        out += text.at(i);
    }
    return out;
}

void dropMnemonics(QWidget *root)
{
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        button->setText(withoutMnemonic(button->text()));
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            label->setText(withoutMnemonic(label->text()));
    }
    for (QGroupBox *group : root->findChildren<QGroupBox *>())
        group->setTitle(withoutMnemonic(group->title()));
}

} // namespace keyplan
