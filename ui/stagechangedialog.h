#pragma once

#include "domain/accountenums.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace keyplan {

// Records a move to another Millman–Wilson stage: to which stage, on which day, and why.
class StageChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    StageChangeDialog(const QString &accountName, Stage current, QWidget *parent = nullptr);

    Stage stage() const;
    QDate date() const;
    QString reason() const;

    QComboBox *stageCombo() const { return m_stage; }
    QLineEdit *reasonField() const { return m_reason; }

private:
    void validate();

    Stage m_current;
    QComboBox *m_stage;
    QDateEdit *m_date;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace keyplan
