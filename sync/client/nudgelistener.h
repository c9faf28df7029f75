#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QWebSocket;

namespace fd {

class SyncEngine;

/**
 * The device's end of the nudge channel (DESIGN.md "Sync" 5, server: NudgeHub): a WebSocket to
 * the server's GET /v1/nudge (ws:// for an http:// server, wss:// for https://) with the device
 * token as `Authorization: Bearer …`. Each `{"type":"pull",…}` the server sends is one nudged();
 * the engine then syncs at once instead of at its next timer cycle.
 *
 * It keeps itself connected while started: a connection that drops, a server that is away or
 * refuses the token is tried again after a backoff that doubles from minBackoff up to maxBackoff
 * with jitter on its upper half (devices that lost the server together do not return together);
 * a connection that stayed up for stableAfter starts the backoff afresh. It pings the server each
 * pingInterval and gives a connection up when nothing (pong, message) came for deadAfter, so a
 * server that vanished without closing (a cut cable, a frozen process) is noticed.
 *
 * The timer cycle stays: a nudge is an optimisation, never the only way changes arrive.
 */
class NudgeListener : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds minBackoff{1000};
        std::chrono::milliseconds maxBackoff{60'000};
        std::chrono::milliseconds pingInterval{30'000};
        std::chrono::milliseconds deadAfter{75'000};
        /** An attempt not connected (handshake done) by then is abandoned and retried. */
        std::chrono::milliseconds connectTimeout{15'000};
        std::chrono::milliseconds stableAfter{10'000};
    };

    explicit NudgeListener(QObject *parent = nullptr);
    NudgeListener(const Options &options, QObject *parent = nullptr);
    ~NudgeListener() override;

    /** The nudge URL for a server URL as SyncEngine stores it; empty for anything but http(s). */
    [[nodiscard]] static QUrl nudgeUrl(const QUrl &server);

    /** Where to connect and with which token; reconnects at once if running and they changed. */
    void setEndpoint(const QUrl &server, const QString &token);
    /** Connects (and keeps connecting) until stop(). Does nothing without an endpoint. */
    void start();
    /** Closes the connection and stops trying. */
    void stop();

    /**
     * What the app and `fielddesk-cli sync --watch` run: endpoint and token from @p engine,
     * started if the device is enrolled and again after each successful enrollment; a nudge, and
     * each new connection (changes may have been missed while disconnected), start a sync cycle
     * (SyncEngine::syncNow: during a cycle one more follows it, after the backoff if that one
     * fails). The engine must outlive this listener.
     */
    void follow(SyncEngine &engine);

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isConnected() const { return m_connected; }
    /** Attempts that failed since the last working connection. */
    [[nodiscard]] int failures() const { return m_failures; }
    [[nodiscard]] const QUrl &url() const { return m_url; }

Q_SIGNALS:
    /** The server says there is something to pull; @p seq is its feed position (0: not given). */
    void nudged(qint64 seq);
    void connectedChanged(bool connected);

private:
    void connectNow();
    void onConnected();
    void onDown(QWebSocket *socket);
    void onMessage(const QString &message);
    void keepAlive();
    void closeSocket();
    [[nodiscard]] qint64 backoffMs() const;

    Options m_options;
    QUrl m_url;
    QString m_token;
    QPointer<QWebSocket> m_socket;
    QTimer m_retry;
    QTimer m_ping;
    QTimer m_connectTimeout;
    QElapsedTimer m_lastHeard;
    QElapsedTimer m_connectedFor;
    bool m_running = false;
    bool m_connected = false;
    int m_failures = 0;
};

} // namespace fd
