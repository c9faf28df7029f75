#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int ms)
{
    ms = std::max(ms, 1);
    if (ms == m_timer.interval())
        return;
    m_timer.setInterval(ms);
    if (m_active)
        m_timer.start();
    Q_EMIT timeoutChanged();
}

void IdleWatcher::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT activeChanged();
}

void IdleWatcher::poke()
{
    if (m_active)
        m_timer.start();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
