#pragma once

#include <QPushButton>
#include <QSet>

namespace keyplan {

// A drop-down of checkable choices ("Tier: Strategic, Growth"): nothing checked means "all".
class ChoiceFilterButton final : public QPushButton
{
    Q_OBJECT

public:
    explicit ChoiceFilterButton(QWidget *parent = nullptr);

    void setLabel(const QString &label);
    // (key, display name) pairs, in display order.
    void setChoices(const QList<QPair<QString, QString>> &choices);
    QSet<QString> selectedKeys() const;
    // As narrow as its text and the menu arrow (a push button's style minimum is wider), so the
    // filter row fits a small screen; it takes its usual width where there is room.
    QSize minimumSizeHint() const override;
    void setSelectedKeys(const QSet<QString> &keys);

Q_SIGNALS:
    void selectionChanged(const QSet<QString> &keys);

private:
    void updateText();

    QString m_label;
    QMenu *m_menu;
};

} // namespace keyplan
