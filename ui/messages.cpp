#include "ui/messages.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QPushButton>

namespace keyplan {

void showWarning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool confirmRemoval(QWidget *parent, const QString &title, const QString &question, const QString &details,
    const QString &removeLabel)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText((details.isEmpty() ? QString() : details + QStringLiteral("\n\n"))
        + QCoreApplication::translate("Messages", "You can undo this with %1.")
              .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    QPushButton *remove = box.addButton(removeLabel, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel); // Enter keeps it
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void announce(QWidget *from, const QString &text)
{
    for (QWidget *widget = from; widget; widget = widget->window()->parentWidget()) {
        if (auto *window = qobject_cast<QMainWindow *>(widget->window())) {
            window->statusBar()->showMessage(text, 10000);
            return;
        }
    }
}

QString menuText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace keyplan
