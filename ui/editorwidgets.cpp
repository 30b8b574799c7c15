#include "ui/editorwidgets.h"

#include "domain/dayformat.h"

#include "domain/accountenums.h"
#include "domain/money.h"
#include "item/itemcolours.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace keyplan {
namespace {

const QDate noDate(2000, 1, 1);

} // namespace

QComboBox *makeSegmentCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const Segment segment : allSegments)
        combo->addItem(displayName(segment), keyOf(segment));
    return combo;
}

QComboBox *makeTierCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const Tier tier : allTiers)
        combo->addItem(displayName(tier), keyOf(tier));
    return combo;
}

QComboBox *makeStageCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const Stage stage : allStages) {
        combo->addItem(displayName(stage), keyOf(stage));
        combo->setItemData(combo->count() - 1, description(stage), Qt::ToolTipRole);
    }
    return combo;
}

QString amountProblem(const QString &typed)
{
    if (typed.trimmed().isEmpty() || parseMoney(typed).value_or(-1) >= 0)
        return {};
    return QCoreApplication::translate("EditorWidgets", "“%1” is not an amount: write it like %2")
        .arg(typed.trimmed().left(40), QLocale().toString(24000.50, 'f', 2));
}

void offerClearButton(QLineEdit *field)
{
    QObject::connect(field, &QLineEdit::textChanged, field, [field] {
        if (!field->isClearButtonEnabled())
            field->setClearButtonEnabled(true);
    });
}

QLabel *amountProblemLine(QLineEdit *field)
{
    auto *line = new QLabel(field->parentWidget());
    line->setTextFormat(Qt::PlainText);
    line->setWordWrap(true);
    line->setObjectName(field->objectName() + QStringLiteral("Problem"));
    const auto update = [line, field] {
        const QString problem = amountProblem(field->text());
        line->setText(problem);
        line->setVisible(!problem.isEmpty());
    };
    QObject::connect(field, &QLineEdit::textChanged, line, update);
    update();
    return line;
}

QComboBox *makeOwnerCombo(QWidget *parent, const QList<TeamMember> &team)
{
    auto *combo = new QComboBox(parent);
    fillOwnerCombo(combo, team);
    return combo;
}

void fillOwnerCombo(QComboBox *combo, const QList<TeamMember> &team)
{
    combo->clear();
    combo->addItem(QCoreApplication::translate("EditorWidgets", "(no owner)"), QVariant());
    for (const TeamMember &member : team)
        combo->addItem(member.name, member.id);
}

QDateEdit *makeOptionalDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QCoreApplication::translate("EditorWidgets", "none"));
    edit->setDisplayFormat(shortDayPattern());
    return edit;
}

void setOptionalDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : noDate);
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

bool execFormDialog(QDialog &dialog, QFormLayout *form, const std::function<bool()> &isValid,
    const QList<QLineEdit *> &inputs, int width)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    const auto validate
        = [buttons, isValid] { buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid()); };
    for (QLineEdit *input : inputs)
        QObject::connect(input, &QLineEdit::textChanged, &dialog, validate);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    dialog.resize(width, dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted;
}

QLabel *makeWarningBanner(QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setTextFormat(Qt::PlainText);
    banner->setWordWrap(true);
    // Its colours read on a light or a dark palette alike (colours::warning*).
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, colours::warningBackground());
    palette.setColor(QPalette::WindowText, colours::warningText());
    banner->setPalette(palette);
    banner->setAutoFillBackground(true);
    banner->setStyleSheet(QStringLiteral("QLabel { border: 1px solid %1; padding: 6px; }").arg(colours::warningBorder().name()));
    banner->hide();
    return banner;
}

void setWarningText(QLabel *banner, const QString &text)
{
    banner->setText(text);
    banner->setVisible(!text.isEmpty());
}

std::optional<std::optional<double>> parseOptionalNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::optional<double>();
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return std::optional<double>(value);
}

} // namespace keyplan
