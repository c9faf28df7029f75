#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace fd {

/**
 * Turns Unix signals (SIGTERM, SIGINT) into a Qt signal delivered by the event loop, via the
 * self-pipe trick: the async-signal handler only writes one byte to a socket pair. Slots may
 * therefore do anything, such as closing the database. Only one instance may exist, because a
 * signal handler can only reach static state. Also ignores SIGPIPE, so a client or log reader
 * that goes away cannot kill the server.
 */
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(std::initializer_list<int> signalNumbers, QObject *parent = nullptr);
    /** Restores the default handlers of the watched signals. */
    ~SignalWatcher() override;

    /** False if the socket pair or a handler could not be set up; see the log. */
    [[nodiscard]] bool isValid() const { return m_valid; }

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readPending();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
    bool m_valid = false;
};

} // namespace fd
