#include "ui/deferredrefresh.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QWidget>

namespace keyplan {

DeferredRefresh::DeferredRefresh(QWidget *owner, std::function<void()> refresh)
    : QObject(owner)
    , m_owner(owner)
    , m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &DeferredRefresh::run);
    owner->installEventFilter(this);
}

void DeferredRefresh::watch(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!model)
        return;
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DeferredRefresh::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &DeferredRefresh::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &DeferredRefresh::schedule);
}

void DeferredRefresh::schedule()
{
    m_pending = true;
    if (m_owner->isVisible())
        m_timer.start();
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    // Shown again after changes while hidden: up to date before the first paint.
    if (watched == m_owner && event->type() == QEvent::Show && m_pending)
        run();
    return QObject::eventFilter(watched, event);
}

void DeferredRefresh::run()
{
    m_timer.stop();
    if (!m_pending)
        return;
    m_pending = false;
    m_refresh();
}

} // namespace keyplan
