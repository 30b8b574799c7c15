#pragma once

#include "domain/livingplansettings.h"

#include <QWidget>

class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace keyplan {

// Plan Settings' "Plays" tab: each built-in rule, switched on or off, with its parameters, and
// the playbook of the chosen rule: the steps its new plays start with.
class PlayRuleSettings final : public QWidget
{
    Q_OBJECT

public:
    // `playbooks`: each rule's steps as they are now (the user's, else Keyplan's), by rule key.
    PlayRuleSettings(const RuleSettings &settings, const QHash<QString, QStringList> &playbooks, QWidget *parent = nullptr);

    LivingPlanSettings applied(LivingPlanSettings base) const;
    QTableWidget *table() const { return m_table; }
    // The spin box of a rule's parameter ("renewal_at_risk", "within_days"); null when none.
    QSpinBox *parameterBox(PlayRule rule, const char *key) const;
    // Every rule's steps as edited here, by rule key.
    QHash<QString, QStringList> playbooks() const;
    QPlainTextEdit *playbookEditor() const { return m_playbook; }

private:
    void showPlaybook(int row);
    void keepPlaybook();

    QTableWidget *m_table;
    QPlainTextEdit *m_playbook;
    QHash<QString, QStringList> m_playbooks;
    QString m_shownRule; // whose steps the editor holds
};

} // namespace keyplan
