#pragma once

#include <QWidget>

class QTextBrowser;
class QToolBar;
class QAction;

namespace keyplan {

// The user guide, in a window of its own beside the plan: the guide's sections, pictures and
// links, with Back, Forward and Contents.
class HelpWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Shows the section `topic` (an anchor of the guide: "map", "nrr-grr", ...).
    void showTopic(const QString &topic);
    QString currentTopic() const; // the anchor shown last
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QToolBar *m_tools;
    QTextBrowser *m_browser;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_contents;
};

} // namespace keyplan
