#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace keyplan {
class MainWindow;
}

namespace keyplan::test {

// Every screen a user meets, shown one after another as the user would reach it: the welcome
// page, each tab of an account's plan, the map wide, each dock, every menu item and button that
// opens a dialog ("…"), and the dialogs those dialogs open. Each screen is handed to the visitor
// shown, laid out and in front; dialogs are then cancelled, so the plan is left as it was.
//
// Used by tst_everyscreen (mnemonics, accessible names, contrast, small screens) and by
// keyplan_screenshots (every screen as a PNG, in each language and palette).
class ScreenTour
{
public:
    // name: stable across languages ("tab-map", "dialog-account-new-account"); screen: the top-level
    // window shown (the main window for tabs and docks).
    using Visitor = std::function<void(const QString &name, QWidget *screen)>;

    explicit ScreenTour(Visitor visitor);

    // Opens `plan` in `window` (after visiting the welcome page) and tours it on the account
    // named `account` (the first row when empty). False when the plan or account cannot be opened.
    bool run(MainWindow &window, const QString &plan, const QString &account = {});

    // How many dialogs the tour opened, for a test to see the walk reached them.
    int dialogsVisited() const { return m_dialogs; }

private:
    void visit(const QString &name, QWidget *screen);
    // Clicks each visible, enabled button under `root` whose text ends in "…", and tours the
    // dialog it opens; `depth` keeps nested dialogs to two levels.
    void openDialogsFrom(QWidget *root, const QString &prefix, int depth);
    // Calls `open`, which shows a modal dialog; visits that dialog, then cancels it.
    void catchDialog(const QString &name, const std::function<void()> &open, int depth);

    Visitor m_visitor;
    int m_dialogs = 0;
};

// "Save a &Copy As…" → "save-a-copy-as"; for file names.
QString slug(const QString &text);

} // namespace keyplan::test
