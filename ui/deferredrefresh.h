#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAbstractItemModel;
class QWidget;

namespace keyplan {

// Runs a widget's refresh once after the rows a model shows have changed. A filter change on a
// large portfolio arrives as one rowsRemoved or rowsInserted per range of rows (hundreds for
// one keystroke): figures over the shown rows are then computed once, from the event loop, when
// the burst is over, instead of once per range. While the widget is hidden nothing is computed;
// it is brought up to date as it is shown.
class DeferredRefresh final : public QObject
{
public:
    DeferredRefresh(QWidget *owner, std::function<void()> refresh);

    // Follows `model`'s rows (inserted, removed, reset, re-laid out); null stops following.
    void watch(QAbstractItemModel *model);
    void schedule();
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();

    QWidget *m_owner;
    std::function<void()> m_refresh;
    QPointer<QAbstractItemModel> m_model;
    QTimer m_timer;
    bool m_pending = false;
};

} // namespace keyplan
