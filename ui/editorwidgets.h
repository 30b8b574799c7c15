#pragma once

#include "domain/teammember.h"

#include <QDate>
#include <QList>

class QComboBox;
class QDateEdit;
class QWidget;

// Editors shared by the portfolio table and the account form, so both offer the same choices.
namespace keyplan {

QComboBox *makeSegmentCombo(QWidget *parent);
QComboBox *makeTierCombo(QWidget *parent);
QComboBox *makeStageCombo(QWidget *parent);
// Data of each entry: the team member's id (qint64), or a null QVariant for "no owner".
QComboBox *makeOwnerCombo(QWidget *parent, const QList<TeamMember> &team);
void fillOwnerCombo(QComboBox *combo, const QList<TeamMember> &team);

// A date edit that can also say "no date": its minimum date stands for none.
QDateEdit *makeOptionalDateEdit(QWidget *parent);
void setOptionalDate(QDateEdit *edit, const QDate &date);
QDate optionalDate(const QDateEdit *edit);

} // namespace keyplan
