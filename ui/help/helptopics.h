#pragma once

#include <QString>

class QWidget;

// Where F1 opens the user guide (docs/guide/index.html): each part of the window names its section
// with `setHelpTopic`, and `helpTopicAt` finds the section of whatever has the focus.
namespace keyplan::help {

void setHelpTopic(QWidget *widget, const QString &topic);

// The topic of `widget` or of the nearest parent that has one; a tab widget answers with the topic
// of its current page. "contents" when nothing says.
QString helpTopicAt(const QWidget *widget);

// The guide's address in the application's resources, at a topic.
QString guideSource(const QString &topic);

} // namespace keyplan::help
