#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

/**
 * Notices when nobody has touched the screen or a key for `timeout` milliseconds — the kiosk
 * uses it to return to the attract screen and forget the last customer. Watches every input
 * event of the application, so no item has to forward them.
 */
class IdleWatcher : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    [[nodiscard]] int timeout() const { return m_timer.interval(); }
    void setTimeout(int ms);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);

    /** Counts as input: starts the wait again. */
    Q_INVOKABLE void poke();

Q_SIGNALS:
    void timeoutChanged();
    void activeChanged();
    /** Nobody used the device for `timeout` milliseconds. */
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_active = true;
};
