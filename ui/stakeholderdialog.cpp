#include "ui/stakeholderdialog.h"
#include "ui/keyboardaccess.h"

#include "item/plaintooltip.h"
#include "ui/editorwidgets.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace keyplan {

StakeholderDialog::StakeholderDialog(const Stakeholder &person, const QList<Stakeholder> &colleagues,
    const QList<TeamMember> &team, QWidget *parent, const std::optional<PersonSignal> &mayHaveLeft)
    : QDialog(parent)
    , m_person(person)
    , m_signal(person.hasLeft() ? std::nullopt : mayHaveLeft)
    , m_name(new QLineEdit(person.name, this))
    , m_title(new QLineEdit(person.title, this))
    , m_department(new QLineEdit(person.department, this))
    , m_businessUnit(new QLineEdit(person.businessUnit, this))
    , m_reportsTo(new QComboBox(this))
    , m_layer(vocabularyCombo(this, allBuyingLayers, person.layer))
    , m_role(vocabularyCombo(this, allDecisionRoles, person.role))
    , m_support(vocabularyCombo(this, allSupportLevels, person.support))
    , m_influence(vocabularyCombo(this, allInfluences, person.influence))
    , m_relationship(vocabularyCombo(this, allRelationships, person.relationship))
    , m_desired(vocabularyCombo(this, allRelationships, person.desiredRelationship))
    , m_owner(makeOwnerCombo(this, team))
    , m_email(new QLineEdit(person.email, this))
    , m_phone(new QLineEdit(person.phone, this))
    , m_notes(new QPlainTextEdit(person.notes, this))
    , m_left(new QCheckBox(tr("Left the company on"), this))
    , m_leftOn(new QDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(person.id > 0 ? tr("Edit Person") : tr("Add Person"));
    m_name->setPlaceholderText(tr("Required"));
    m_email->setPlaceholderText(tr("name@customer.example"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    // Reports to: nobody, or anyone on the map except the person (cycles are refused on saving).
    QList<const Stakeholder *> managers;
    for (const Stakeholder &colleague : colleagues) {
        if (colleague.id != person.id)
            managers.append(&colleague);
    }
    QCollator collator;
    std::sort(managers.begin(), managers.end(),
        [&](const Stakeholder *a, const Stakeholder *b) { return collator.compare(a->name, b->name) < 0; });
    m_reportsTo->addItem(tr("Nobody on the map"), QVariant());
    for (const Stakeholder *manager : std::as_const(managers)) {
        const QString label
            = manager->title.isEmpty() ? manager->name : tr("%1 (%2)").arg(manager->name, manager->title);
        m_reportsTo->addItem(label, manager->id);
    }
    m_reportsTo->setCurrentIndex(
        person.reportsTo ? std::max(0, m_reportsTo->findData(*person.reportsTo)) : 0);
    m_owner->setCurrentIndex(person.ourOwnerId ? std::max(0, m_owner->findData(*person.ourOwnerId)) : 0);

    m_left->setChecked(person.hasLeft());
    m_leftOn->setCalendarPopup(true);
    m_leftOn->setAccessibleName(tr("Left on"));
    m_leftOn->setDate(person.hasLeft() ? person.leftOn : QDate::currentDate());
    m_leftOn->setEnabled(person.hasLeft());

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Business unit:"), m_businessUnit);
    form->addRow(tr("Re&ports to:"), m_reportsTo);
    form->addRow(tr("Buying &layer:"), m_layer);
    form->addRow(tr("Decision &role:"), m_role);
    form->addRow(tr("&Support:"), m_support);
    form->addRow(tr("&Influence:"), m_influence);
    form->addRow(tr("Relations&hip:"), m_relationship);
    form->addRow(tr("&Aim for:"), m_desired);
    form->addRow(tr("O&wned by (our side):"), m_owner);
    form->addRow(tr("E&mail:"), m_email);
    form->addRow(tr("Phon&e:"), m_phone);
    form->addRow(tr("N&otes:"), m_notes);
    auto *leftRow = new QHBoxLayout;
    leftRow->addWidget(m_left);
    leftRow->addWidget(m_leftOn, 1);
    form->addRow(QString(), leftRow);
    auto *layout = new QVBoxLayout(this);
    if (m_signal)
        layout->addWidget(makeSignalPanel(*m_signal));
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_left, &QCheckBox::toggled, m_leftOn, &QWidget::setEnabled);
    connect(m_name, &QLineEdit::textChanged, this, &StakeholderDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(440, sizeHint().height());
}

QWidget *StakeholderDialog::makeSignalPanel(const PersonSignal &signal)
{
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("mayHaveLeftPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    auto *heading = new QLabel(tr("<b>May have left?</b>"), panel);
    heading->setTextFormat(Qt::RichText); // our words only
    // The evidence carries LinkedIn's text (a company, a title): a few lines at most here, the
    // whole in the tooltip, so a very long name cannot push the form off the screen.
    constexpr qsizetype shownEvidence = 400;
    auto *evidence = new QLabel(signal.evidence.size() > shownEvidence
            ? signal.evidence.left(shownEvidence - 1) + QChar(0x2026)
            : signal.evidence,
        panel);
    evidence->setObjectName(QStringLiteral("mayHaveLeftEvidence"));
    evidence->setTextFormat(Qt::PlainText);
    if (signal.evidence.size() > shownEvidence)
        evidence->setToolTip(plainToolTip(signal.evidence.left(4000)));
    evidence->setWordWrap(true);
    evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signalState = new QLabel(panel);
    m_signalState->setTextFormat(Qt::PlainText);
    m_signalState->setWordWrap(true);
    auto *stillThere = new QPushButton(tr("Still &with the account"), panel);
    stillThere->setObjectName(QStringLiteral("stillThereButton"));
    auto *hasLeft = new QPushButton(tr("Has le&ft"), panel);
    hasLeft->setObjectName(QStringLiteral("hasLeftButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(stillThere);
    buttons->addWidget(hasLeft);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(heading);
    layout->addWidget(evidence);
    layout->addLayout(buttons);
    layout->addWidget(m_signalState);

    connect(stillThere, &QPushButton::clicked, this, [this] {
        m_stillThere = true;
        m_left->setChecked(false);
        showSignalState();
    });
    connect(hasLeft, &QPushButton::clicked, this, [this] {
        m_left->setChecked(true);
        m_leftOn->setFocus();
    });
    connect(m_left, &QCheckBox::toggled, this, [this](bool left) {
        if (left)
            m_stillThere = false;
        showSignalState();
    });
    showSignalState();
    return panel;
}

void StakeholderDialog::showSignalState()
{
    if (!m_signalState)
        return;
    if (m_left->isChecked())
        m_signalState->setText(tr("Marked as left: OK records the day they left and closes the question."));
    else if (m_stillThere)
        m_signalState->setText(tr("Still with the account: OK closes the question."));
    else
        m_signalState->setText(tr("Until you say which, the map shows the question and a re-thread play may ask "
                                  "for a new contact."));
}

bool StakeholderDialog::settlesSignal() const
{
    return m_signal && (m_stillThere || m_left->isChecked());
}

void StakeholderDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

Stakeholder StakeholderDialog::stakeholder() const
{
    Stakeholder person = m_person;
    person.name = m_name->text().trimmed();
    person.title = m_title->text().trimmed();
    person.department = m_department->text().trimmed();
    person.businessUnit = m_businessUnit->text().trimmed();
    const QVariant manager = m_reportsTo->currentData();
    person.reportsTo = manager.isValid() ? std::optional<StakeholderId>(manager.toLongLong()) : std::nullopt;
    person.layer = chosen(m_layer, buyingLayerFromKey, person.layer);
    person.role = chosen(m_role, decisionRoleFromKey, person.role);
    person.support = chosen(m_support, supportLevelFromKey, person.support);
    person.influence = chosen(m_influence, influenceFromKey, person.influence);
    person.relationship = chosen(m_relationship, relationshipFromKey, person.relationship);
    person.desiredRelationship = chosen(m_desired, relationshipFromKey, person.desiredRelationship);
    const QVariant owner = m_owner->currentData();
    person.ourOwnerId = owner.isValid() ? std::optional<TeamMemberId>(owner.toLongLong()) : std::nullopt;
    person.email = m_email->text().trimmed();
    person.phone = m_phone->text().trimmed();
    person.notes = m_notes->toPlainText();
    person.leftOn = m_left->isChecked() ? m_leftOn->date() : QDate();
    return person;
}

} // namespace keyplan
