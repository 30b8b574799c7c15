#include "conflictdialog.h"

#include "domain/dayformat.h"
#include "ui/keyboardaccess.h"

#include "item/changetext.h"
#include "item/plaintooltip.h"
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
        item->setToolTip(plainToolTip(text.left(4000)));
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(const WriteConflict &conflict, const PlanDocument *document, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Someone Changed This First"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    const QString subject = conflict.subject.isEmpty() ? tr("this item") : conflict.subject;
    // The same at the start of a sentence ("The goal “Cut costs” changed …").
    const QString sentenceSubject = subject.left(1).toUpper() + subject.mid(1);
    QStringList who;
    QDateTime last;
    for (const team::ChangeEntry &entry : conflict.theirs) {
        if (!who.contains(entry.who))
            who.append(entry.who);
        last = entry.at;
    }
    QString summary;
    if (conflict.removing && !conflict.removed())
        summary = who.isEmpty()
            ? tr("%1 changed after you opened it (in another window), so it was not removed. Look at it, then "
                 "remove it again if it should go.")
                  .arg(sentenceSubject)
            : tr("%1 changed %2 at %3, after you opened it, so it was not removed. Look at their change, then "
                 "remove it again if it should go.")
                  .arg(QLocale().createSeparatedList(who), subject,
                      formatShortDayTime(last.toLocalTime()));
    else if (conflict.removing && conflict.removed())
        summary = who.isEmpty() ? tr("%1 was removed already, after you opened it: nothing more to do.").arg(sentenceSubject)
                                : tr("%1 removed %2 at %3, after you opened it: nothing more to do.")
                                      .arg(conflict.theirs.constLast().who, subject,
                                          formatShortDayTime(last.toLocalTime()));
    else if (conflict.removed())
        summary = who.isEmpty() ? tr("%1 was removed after you opened it, so your change was not saved.").arg(sentenceSubject)
                                : tr("%1 removed %2 at %3, after you opened it, so your change was not saved.")
                                      .arg(conflict.theirs.constLast().who, subject,
                                          formatShortDayTime(last.toLocalTime()));
    else if (who.isEmpty())
        summary = tr("%1 changed after you opened it (in another window), so your change was not saved yet.").arg(sentenceSubject);
    else
        summary = tr("%1 changed %2 at %3, after you opened it, so your change was not saved yet. Keep their "
                     "version, or save yours over it.")
                      .arg(QLocale().createSeparatedList(who), subject,
                          formatShortDayTime(last.toLocalTime()));
    m_summary->setText(summary);
    layout->addWidget(m_summary);

    const QStringList columns = conflict.columns();
    // Money in the account's currency (the catalogue's in the plan's).
    QString currency = document ? document->currency() : QString();
    const qint64 accountId = conflict.table == QLatin1String("account")
        ? conflict.rowId
        : (conflict.now.isEmpty() ? conflict.base : conflict.now).value(QStringLiteral("account_id")).toInteger();
    if (document && accountId > 0)
        if (const std::optional<Account> account = document->account(accountId))
            currency = account->currency;
    const auto valueText = [&](const QString &column, const QJsonValue &value) {
        return ChangeText::valueText(conflict.table, column, value, document, currency);
    };
    const QString theirsHeader = who.isEmpty() ? tr("Now") : tr("Theirs (%1)").arg(QLocale().createSeparatedList(who));
    m_table = new QTableWidget(int(columns.size()), 4, this);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("When you opened it"), theirsHeader, tr("Yours")});
    m_table->verticalHeader()->hide();
    prepareItemView(m_table, tr("Differences"));
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < columns.size(); ++row) {
        const QString &column = columns.at(row);
        m_table->setItem(row, 0, cell(ChangeText::fieldName(column)));
        m_table->setItem(row, 1,
            cell(conflict.base.isEmpty() ? tr("(not known)") : valueText(column, conflict.base.value(column))));
        m_table->setItem(row, 2, cell(conflict.removed() ? tr("(removed)") : valueText(column, conflict.now.value(column))));
        const bool untouched = !conflict.base.isEmpty() && conflict.mine.value(column) == conflict.base.value(column);
        // A field the user left alone keeps their value when the user's are saved over theirs.
        m_table->setItem(row, 3,
            cell(conflict.removing ? tr("(removing it)")
                    : untouched    ? tr("(not changed: theirs stays)")
                                   : valueText(column, conflict.mine.value(column))));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    layout->addWidget(m_table);
    // Nothing to compare (the item went, and the user wanted it gone too): the sentence says it all.
    m_table->setVisible(!columns.isEmpty());

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
    resize(720, columns.isEmpty() ? heightForWidth(720) : 360);
}

void resolveConflict(const WriteConflict &conflict, const PlanDocument *document, QWidget *parent)
{
    ConflictDialog dialog(conflict, document, parent);
    if (dialog.exec() == QDialog::Accepted && conflict.overwrite)
        conflict.overwrite();
}

} // namespace keyplan
