#include "ui/playrulesettings.h"

#include "storage/livingplansettingsstore.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyplan {

PlayRuleSettings::PlayRuleSettings(const RuleSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(int(ruleDefinitions().size()), 2, this))
{
    m_table->setObjectName(QStringLiteral("playRules"));
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Parameters")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    int row = 0;
    for (const RuleDefinition &definition : ruleDefinitions()) {
        auto *item = new QTableWidgetItem(displayName(definition.rule));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(settings.isEnabled(definition.rule) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, QLatin1StringView(definition.key));
        item->setToolTip(tr("Fires: %1").arg(QCoreApplication::translate("PlayRule", definition.title).arg(tr("…"))));
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_table, 1);
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
