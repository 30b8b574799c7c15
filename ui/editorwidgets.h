#pragma once

#include "domain/teammember.h"

#include <QComboBox>
#include <QDate>
#include <QList>

#include <functional>
#include <optional>

class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;

class QDateEdit;
class QWidget;

// Editors shared by the portfolio table and the account form, so both offer the same choices.
namespace keyplan {

QComboBox *makeSegmentCombo(QWidget *parent);

// Why `typed` is not an amount of money in the user's locale, with how to write one ("“24,000” is
// not an amount: write it like 24.000,50" in German); empty when it is one of zero or more, or
// when nothing was typed. A value that does not read is refused with this, never taken as 0.
QString amountProblem(const QString &typed);
// A line to put under `field` in its form: says amountProblem() of what is typed, and is hidden
// while it reads as an amount (or is empty). Dialogs keep OK off meanwhile; this says why.
QLabel *amountProblemLine(QLineEdit *field);
// Gives a search or filter field its clear button from the first text typed into it (the button
// shows only over text). The style looks its icon up in the desktop's icon theme, which costs a
// window opening about a tenth of its start.
void offerClearButton(QLineEdit *field);
QComboBox *makeTierCombo(QWidget *parent);
QComboBox *makeStageCombo(QWidget *parent);
// Data of each entry: the team member's id (qint64), or a null QVariant for "no owner".
QComboBox *makeOwnerCombo(QWidget *parent, const QList<TeamMember> &team);
void fillOwnerCombo(QComboBox *combo, const QList<TeamMember> &team);

// A combo of one vocabulary (displayName() shown, keyOf() as data), set to `current`.
template<typename Enum, std::size_t N>
QComboBox *vocabularyCombo(QWidget *parent, const Enum (&values)[N], Enum current)
{
    auto *combo = new QComboBox(parent);
    for (const Enum value : values)
        combo->addItem(displayName(value), keyOf(value));
    combo->setCurrentIndex(combo->findData(keyOf(current)));
    return combo;
}

// The value a vocabulary combo shows, or `fallback`.
template<typename Enum, typename Parse> Enum chosen(const QComboBox *combo, Parse &&parse, Enum fallback)
{
    return parse(combo->currentData().toString()).value_or(fallback);
}

// An id combo's choice: its data as an id, or nothing for the "none" entry (a null QVariant).
inline std::optional<qint64> chosenId(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

// Runs `dialog` with `form` above OK and Cancel, OK enabled while `isValid()` holds (checked as
// any of `inputs` changes), at `width` pixels wide. True when the user pressed OK.
bool execFormDialog(QDialog &dialog, QFormLayout *form, const std::function<bool()> &isValid,
    const QList<QLineEdit *> &inputs, int width);

// A red, word-wrapped, plain-text banner for warnings such as "fix first"; hidden while empty.
QLabel *makeWarningBanner(QWidget *parent);
// Shows `text` in the banner, or hides it when there is none.
void setWarningText(QLabel *banner, const QString &text);

// A date edit that can also say "no date": its minimum date stands for none.
QDateEdit *makeOptionalDateEdit(QWidget *parent);
void setOptionalDate(QDateEdit *edit, const QDate &date);
QDate optionalDate(const QDateEdit *edit);
// An optional number typed by the user: empty is no number (an inner empty optional); a number
// in the user's locale or with a point is taken; anything else is refused (nothing at all).
std::optional<std::optional<double>> parseOptionalNumber(const QString &text);

} // namespace keyplan
