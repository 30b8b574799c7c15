#include "ui/playrulesettings.h"
#include "ui/keyboardaccess.h"

#include "storage/livingplansettingsstore.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyplan {

PlayRuleSettings::PlayRuleSettings(
    const RuleSettings &settings, const QHash<QString, QStringList> &playbooks, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(int(ruleDefinitions().size()), 2, this))
    , m_playbook(new QPlainTextEdit(this))
    , m_playbooks(playbooks)
{
    m_table->setObjectName(QStringLiteral("playRules"));
    prepareItemView(m_table, tr("Play rules"));
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Parameters")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    int row = 0;
    for (const RuleDefinition &definition : ruleDefinitions()) {
        auto *item = new QTableWidgetItem(displayName(definition.rule));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(settings.isEnabled(definition.rule) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, QLatin1StringView(definition.key));
        QString title = QCoreApplication::translate("PlayRule", definition.title);
        if (title.contains(QLatin1String("%1")))
            title = title.arg(tr("…")); // "Get back in touch with …": the person is named when it fires
        item->setToolTip(tr("Fires: %1").arg(title));
        m_table->setItem(row, 0, item);
        if (!definition.parameters.isEmpty()) {
            auto *cell = new QWidget(m_table);
            auto *form = new QHBoxLayout(cell);
            form->setContentsMargins(4, 0, 4, 0);
            for (const RuleParameter &parameter : definition.parameters) {
                auto *label = new QLabel(QCoreApplication::translate("PlayRule", parameter.label), cell);
                label->setTextFormat(Qt::PlainText);
                auto *box = new QSpinBox(cell);
                box->setRange(0, ruleParameterMax);
                box->setValue(settings.parameter(definition.rule, parameter.key));
                box->setObjectName(QLatin1StringView(definition.key) + u'.' + QLatin1StringView(parameter.key));
                box->setAccessibleName(label->text());
                label->setBuddy(box);
                form->addWidget(label);
                form->addWidget(box);
            }
            form->addStretch(1);
            m_table->setCellWidget(row, 1, cell);
        }
        ++row;
    }
    m_table->resizeRowsToContents();
    auto *explain = new QLabel(tr("Rules look at every key account when the plan opens and after each edit, and "
                                  "open a play with its evidence. A play closes itself when its condition clears."),
        this);
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::PlainText);
    m_playbook->setObjectName(QStringLiteral("playbook"));
    m_playbook->setTabChangesFocus(true);
    m_playbook->setFixedHeight(m_playbook->fontMetrics().lineSpacing() * 5 + 12);
    auto *playbookLabel = new QLabel(this);
    playbookLabel->setTextFormat(Qt::PlainText);
    playbookLabel->setText(tr("Play&book of the chosen rule: the steps its new plays start with, one per line (empty: "
                              "Keyplan's own)"));
    playbookLabel->setWordWrap(true);
    playbookLabel->setBuddy(m_playbook);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_table, 1);
    layout->addWidget(playbookLabel);
    layout->addWidget(m_playbook);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int current) {
        keepPlaybook();
        showPlaybook(current);
    });
    m_table->setCurrentCell(0, 0);
    showPlaybook(0);
}

void PlayRuleSettings::keepPlaybook()
{
    if (m_shownRule.isEmpty())
        return;
    QStringList steps;
    for (const QString &line : m_playbook->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            steps.append(line.trimmed());
    }
    m_playbooks.insert(m_shownRule, steps);
}

void PlayRuleSettings::showPlaybook(int row)
{
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, 0) : nullptr;
    m_shownRule = item ? item->data(Qt::UserRole).toString() : QString();
    m_playbook->setPlainText(m_playbooks.value(m_shownRule).join(u'\n'));
    m_playbook->setEnabled(item != nullptr);
}

QHash<QString, QStringList> PlayRuleSettings::playbooks() const
{
    const_cast<PlayRuleSettings *>(this)->keepPlaybook(); // what the editor holds now counts too
    return m_playbooks;
}

QSpinBox *PlayRuleSettings::parameterBox(PlayRule rule, const char *key) const
{
    return m_table->findChild<QSpinBox *>(keyOf(rule) + u'.' + QLatin1StringView(key));
}

LivingPlanSettings PlayRuleSettings::applied(LivingPlanSettings base) const
{
    RuleSettings rules;
    int row = 0;
    for (const RuleDefinition &definition : ruleDefinitions()) {
        if (m_table->item(row, 0)->checkState() != Qt::Checked)
            rules.enabled.insert(QLatin1StringView(definition.key), false);
        for (const RuleParameter &parameter : definition.parameters) {
            if (const QSpinBox *box = parameterBox(definition.rule, parameter.key))
                rules.parameters.insert(
                    QLatin1StringView(definition.key) + u'.' + QLatin1StringView(parameter.key), box->value());
        }
        ++row;
    }
    base.rules = rules.normalised();
    return base;
}

} // namespace keyplan
