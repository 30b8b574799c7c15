#include "ui/help/helptopics.h"

#include <QTabWidget>
#include <QVariant>
#include <QWidget>

namespace keyplan::help {

namespace {

constexpr char topicProperty[] = "keyplanHelpTopic";

QString topicOf(const QWidget *widget)
{
    return widget ? widget->property(topicProperty).toString() : QString();
}

} // namespace

void setHelpTopic(QWidget *widget, const QString &topic)
{
    widget->setProperty(topicProperty, topic);
}

QString helpTopicAt(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (const QString topic = topicOf(w); !topic.isEmpty())
            return topic;
        // The tab bar itself: the page it shows.
        if (const auto *tabs = qobject_cast<const QTabWidget *>(w)) {
            if (const QString topic = topicOf(tabs->currentWidget()); !topic.isEmpty())
                return topic;
        }
    }
    return QStringLiteral("contents");
}

QString guideSource(const QString &topic)
{
    return QStringLiteral("qrc:/guide/index.html#") + topic;
}

} // namespace keyplan::help
