#include "conflictdialog.h"

#include "domain/stakeholder.h"
#include "item/plandocument.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyplan {
namespace {

// The longest a value is shown in a cell; the whole of it is in the cell's tooltip.
constexpr int shownLength = 200;

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text.size() > shownLength ? text.left(shownLength) + QChar(0x2026) : text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (text.size() > shownLength)
        item->setToolTip(text.left(4000));
    return item;
}

QString enumText(const QString &column, const QString &key)
{
    if (column == QLatin1String("buying_layer"))
        if (const auto layer = buyingLayerFromKey(key))
            return displayName(*layer);
    if (column == QLatin1String("decision_role"))
        if (const auto role = decisionRoleFromKey(key))
            return displayName(*role);
    if (column == QLatin1String("support_level"))
        if (const auto support = supportLevelFromKey(key))
            return displayName(*support);
    if (column == QLatin1String("influence"))
        if (const auto influence = influenceFromKey(key))
            return displayName(*influence);
    if (column == QLatin1String("relationship") || column == QLatin1String("desired_relationship"))
        if (const auto relationship = relationshipFromKey(key))
            return displayName(*relationship);
    return key;
}

} // namespace

QString ConflictDialog::fieldName(const QString &column)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("business_unit"), QT_TR_NOOP("Business unit")},
        {QStringLiteral("reports_to"), QT_TR_NOOP("Reports to")},
        {QStringLiteral("buying_layer"), QT_TR_NOOP("Buying layer")},
        {QStringLiteral("decision_role"), QT_TR_NOOP("Decision role")},
        {QStringLiteral("support_level"), QT_TR_NOOP("Support")},
        {QStringLiteral("influence"), QT_TR_NOOP("Influence")},
        {QStringLiteral("relationship"), QT_TR_NOOP("Relationship")},
        {QStringLiteral("desired_relationship"), QT_TR_NOOP("Relationship wanted")},
        {QStringLiteral("our_owner_id"), QT_TR_NOOP("Our owner")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("left_on"), QT_TR_NOOP("Left on")},
        {QStringLiteral("added_on"), QT_TR_NOOP("Added on")},
        {QStringLiteral("map_x"), QT_TR_NOOP("Place on the map")},
        {QStringLiteral("map_y"), QT_TR_NOOP("Place on the map")},
    };
    if (const char *name = names.value(column))
        return tr(name);
    QString words = column;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString ConflictDialog::valueText(const QString &column, const QJsonValue &value, const PlanDocument *document)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(none)");
    if (column.endsWith(QLatin1String("_on"))) {
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        if (day.isValid())
            return QLocale().toString(day, QLocale::ShortFormat);
    }
    if (document && (column == QLatin1String("our_owner_id") || column == QLatin1String("owner_id")))
        return document->teamMemberName(value.toInteger());
    if (document && column == QLatin1String("reports_to")) {
        if (const std::optional<Stakeholder> person = document->stakeholder(value.toInteger()))
            return person->name;
    }
    if (value.isString())
        return enumText(column, value.toString());
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    return value.toVariant().toString();
}

ConflictDialog::ConflictDialog(const WriteConflict &conflict, const PlanDocument *document, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Someone Changed This First"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    const QString subject = conflict.subject.isEmpty() ? tr("this item") : conflict.subject;
    QStringList who;
    QDateTime last;
    for (const team::ChangeEntry &entry : conflict.theirs) {
        if (!who.contains(entry.who))
            who.append(entry.who);
        last = entry.at;
    }
    QString summary;
    if (conflict.removed())
        summary = who.isEmpty() ? tr("%1 was removed after you opened it, so your change was not saved.").arg(subject)
                                : tr("%1 removed %2 at %3, after you opened it, so your change was not saved.")
                                      .arg(conflict.theirs.constLast().who, subject,
                                          QLocale().toString(last.toLocalTime(), QLocale::ShortFormat));
    else if (who.isEmpty())
        summary = tr("%1 changed after you opened it (in another window), so your change was not saved yet.").arg(subject);
    else
        summary = tr("%1 changed %2 at %3, after you opened it, so your change was not saved yet. Keep their "
                     "version, or save yours over it.")
                      .arg(QLocale().createSeparatedList(who), subject,
                          QLocale().toString(last.toLocalTime(), QLocale::ShortFormat));
    m_summary->setText(summary);
    layout->addWidget(m_summary);

    const QStringList columns = conflict.columns();
    const QString theirsHeader = who.isEmpty() ? tr("Now") : tr("Theirs (%1)").arg(QLocale().createSeparatedList(who));
    m_table = new QTableWidget(int(columns.size()), 4, this);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("When you opened it"), theirsHeader, tr("Yours")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < columns.size(); ++row) {
        const QString &column = columns.at(row);
        m_table->setItem(row, 0, cell(fieldName(column)));
        m_table->setItem(row, 1,
            cell(conflict.base.isEmpty() ? tr("(not known)") : valueText(column, conflict.base.value(column), document)));
        m_table->setItem(row, 2, cell(conflict.removed() ? tr("(removed)") : valueText(column, conflict.now.value(column), document)));
        const bool untouched = !conflict.base.isEmpty() && conflict.mine.value(column) == conflict.base.value(column);
        // A field the user left alone keeps their value when the user's are saved over theirs.
        m_table->setItem(row, 3,
            cell(untouched ? tr("(not changed: theirs stays)") : valueText(column, conflict.mine.value(column), document)));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    layout->addWidget(m_table);

    auto *buttons = new QDialogButtonBox(this);
    if (conflict.overwrite) {
        buttons->addButton(tr("Keep Their Version"), QDialogButtonBox::RejectRole);
        m_overwrite = buttons->addButton(tr("Save Mine over Theirs"), QDialogButtonBox::AcceptRole);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
}

void resolveConflict(const WriteConflict &conflict, const PlanDocument *document, QWidget *parent)
{
    ConflictDialog dialog(conflict, document, parent);
    if (dialog.exec() == QDialog::Accepted && conflict.overwrite)
        conflict.overwrite();
}

} // namespace keyplan
