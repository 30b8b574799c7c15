#pragma once

#include "domain/thisweek.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace keyplan {

class PlanDocument;
class ThisWeekModel;

// This Week: each key account that needs something now, and what — plays, renewals, next steps,
// reviews and key people due a touchpoint — the most urgent and most at stake first, for everyone
// or one person. Activating a row (double-click, Enter, Open) asks for that account at the right
// place; a play is answered in one step here too (done, snoozed, dismissed).
class ThisWeekView final : public QWidget
{
    Q_OBJECT

public:
    explicit ThisWeekView(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    ThisWeekModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QComboBox *ownerCombo() const { return m_owner; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *snoozeButton() const { return m_snooze; }
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    // `reference`: the play, next step or stakeholder the row is about; 0 for an account row.
    void itemActivated(keyplan::AccountId account, keyplan::WeekItemKind kind, qint64 reference);

private:
    void fillOwners();
    void activate(const QModelIndex &index);
    void updateSummary();
    void updateButtons();
    // Across a reset of the model (the week changed): the row the user was on, and the scroll.
    void rememberPlace();
    void restorePlace();
    PlayId currentPlay() const; // the selected row's play, or 0
    std::optional<qint64> currentPlayVersion() const; // its version as the list shows it

    PlanDocument *m_document = nullptr;
    ThisWeekModel *m_model = nullptr;
    QComboBox *m_owner;
    QLabel *m_summary;
    QTreeView *m_tree;
    QPushButton *m_open;
    QPushButton *m_done;
    QPushButton *m_snooze;
    QPushButton *m_dismiss;
    struct Place
    {
        AccountId account = 0;
        std::optional<std::pair<WeekItemKind, qint64>> item; // nothing: the account's own row
        int scroll = 0;
    };
    std::optional<Place> m_place;
};

} // namespace keyplan
