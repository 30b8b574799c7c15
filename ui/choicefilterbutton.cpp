#include "ui/choicefilterbutton.h"

#include <QMenu>

#include <algorithm>

namespace keyplan {

ChoiceFilterButton::ChoiceFilterButton(QWidget *parent)
    : QPushButton(parent)
    , m_menu(new QMenu(this))
{
    setSizePolicy(QSizePolicy::Preferred, sizePolicy().verticalPolicy());
    // A push button with a menu draws its arrow beside the text, not over it.
    setMenu(m_menu);
}

void ChoiceFilterButton::setLabel(const QString &label)
{
    m_label = label;
    updateText();
}

void ChoiceFilterButton::setChoices(const QList<QPair<QString, QString>> &choices)
{
    const QSet<QString> selected = selectedKeys();
    m_menu->clear();
    for (const auto &[key, name] : choices) {
        QAction *action = m_menu->addAction(name);
        action->setCheckable(true);
        action->setData(key);
        action->setChecked(selected.contains(key));
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT selectionChanged(selectedKeys());
        });
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Show all")), &QAction::triggered, this, [this] { setSelectedKeys({}); });
    updateText();
}

QSize ChoiceFilterButton::minimumSizeHint() const
{
    const QSize usual = QPushButton::minimumSizeHint();
    const int narrow = fontMetrics().horizontalAdvance(text()) + 2 * fontMetrics().height();
    return {std::min(usual.width(), narrow), usual.height()};
}

QSet<QString> ChoiceFilterButton::selectedKeys() const
{
    QSet<QString> keys;
    const QList<QAction *> actions = m_menu->actions();
    for (const QAction *action : actions) {
        if (action->isCheckable() && action->isChecked())
            keys.insert(action->data().toString());
    }
    return keys;
}

void ChoiceFilterButton::setSelectedKeys(const QSet<QString> &keys)
{
    const QList<QAction *> actions = m_menu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable()) {
            const QSignalBlocker blocker(action);
            action->setChecked(keys.contains(action->data().toString()));
        }
    }
    updateText();
    Q_EMIT selectionChanged(selectedKeys());
}

void ChoiceFilterButton::updateText()
{
    QStringList names;
    const QList<QAction *> actions = m_menu->actions();
    for (const QAction *action : actions) {
        if (action->isCheckable() && action->isChecked())
            names.append(action->text());
    }
    // Nothing chosen: the label alone ("Tier"), which keeps the row narrow enough for a small screen.
    if (names.isEmpty()) {
        setText(m_label);
        setToolTip(tr("%1: all").arg(m_label));
        return;
    }
    QString shown = names.size() <= 2 ? names.join(QStringLiteral(", ")) : tr("%1 selected").arg(names.size());
    shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
    setText(tr("%1: %2").arg(m_label, shown));
    setToolTip(text());
}

} // namespace keyplan
