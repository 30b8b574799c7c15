#include "ui/playactions.h"

#include "item/plandocument.h"
#include "item/playediting.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace keyplan {
namespace {

class PlayActionText
{
    Q_DECLARE_TR_FUNCTIONS(PlayActions)
};

// Asks for a reason (and a day, when `until` is given); false when cancelled.
bool ask(QWidget *parent, const QString &title, const Play &play, QDate *until, QString *reason, bool reasonRequired)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *what = new QLabel(play.title, &dialog);
    what->setTextFormat(Qt::PlainText); // the play's title may come from user text
    what->setWordWrap(true);
    auto *day = until ? new QDateEdit(*until, &dialog) : nullptr;
    auto *why = new QLineEdit(&dialog);
    why->setPlaceholderText(reasonRequired ? PlayActionText::tr("Required: it stays with the play")
                                           : PlayActionText::tr("Optional, e.g. the customer is away until then"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(what);
    if (day) {
        day->setCalendarPopup(true);
        day->setMinimumDate(until->addDays(-6)); // `until` defaults to a week past today or the due day
        form->addRow(PlayActionText::tr("Snooze &until:"), day);
    }
    form->addRow(PlayActionText::tr("&Reason:"), why);
    form->addRow(buttons);
    const auto validate = [&] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!reasonRequired || !why->text().trimmed().isEmpty());
    };
    QObject::connect(why, &QLineEdit::textChanged, &dialog, validate);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (day)
        *until = day->date();
    *reason = why->text().trimmed();
    return true;
}

} // namespace

void markPlayDone(PlanDocument *document, PlayId id, std::optional<qint64> shownVersion)
{
    if (document && !document->isReadOnly())
        PlayEditing::of(document)->markDone(id, shownVersion);
}

bool snoozePlay(QWidget *parent, PlanDocument *document, PlayId id, std::optional<qint64> shownVersion)
{
    if (!document || document->isReadOnly())
        return false;
    const std::optional<Play> play = PlayEditing::of(document)->play(id);
    if (!play || !play->isAlive())
        return false;
    // A week past today, or past the day it is due if that is later: a snooze that ends before the
    // play falls due would put nothing off.
    QDate until = std::max(document->asOf(), play->dueOn).addDays(7);
    QString reason;
    if (!ask(parent, PlayActionText::tr("Snooze Play"), *play, &until, &reason, false))
        return false;
    // Over the play as the page showed it, else as the dialog did.
    PlayEditing::of(document)->snooze(id, until, reason, shownVersion.value_or(play->version));
    return true;
}

bool dismissPlay(QWidget *parent, PlanDocument *document, PlayId id, std::optional<qint64> shownVersion)
{
    if (!document || document->isReadOnly())
        return false;
    const std::optional<Play> play = PlayEditing::of(document)->play(id);
    if (!play || !play->isAlive())
        return false;
    QString reason;
    if (!ask(parent, PlayActionText::tr("Dismiss Play"), *play, nullptr, &reason, true))
        return false;
    PlayEditing::of(document)->dismiss(id, reason, shownVersion.value_or(play->version));
    return true;
}

} // namespace keyplan
