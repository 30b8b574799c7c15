#pragma once

#include "domain/play.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace keyplan {

class PlanDocument;

// An account's plays: those alive first (open, then snoozed), then those closed, each with why it
// fired, its owner, its due day and its state; the selected play's steps can be ticked. Every
// answer is one undo step: done, snooze, dismiss, reopen, the user's own play added or removed.
class PlaysPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PlaysPage(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setAccount(AccountId id);
    // Selects the play (This Week opens a play here).
    void selectPlay(PlayId id);

    QTreeWidget *list() const { return m_list; }
    QListWidget *steps() const { return m_steps; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *snoozeButton() const { return m_snooze; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QPushButton *reopenButton() const { return m_reopen; }

private:
    void refresh();
    void updateButtons();
    void showSteps();
    PlayId currentPlay() const;
    std::optional<qint64> shownVersion() const; // the current play's version as the page shows it
    void addPlay();

    PlanDocument *m_document = nullptr;
    AccountId m_accountId = 0;
    QList<Play> m_plays;
    PlayId m_stepsOf = 0; // whose steps the steps list shows
    QLabel *m_summary;
    QTreeWidget *m_list;
    QLabel *m_why;
    QListWidget *m_steps;
    QPushButton *m_add;
    QPushButton *m_done;
    QPushButton *m_snooze;
    QPushButton *m_dismiss;
    QPushButton *m_reopen;
    QPushButton *m_remove;
};

} // namespace keyplan
