#pragma once

#include "result.h"
#include "syncmessages.h"
#include "syncstore.h"

#include <QElapsedTimer>
#include <QHttpServerResponse>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QWebSocket;

namespace fd {

class HttpApi;
class ServerMetrics;

/**
 * The nudge channel (DESIGN.md "Sync" 5). A device keeps a WebSocket open on GET /v1/nudge, on
 * the API's own port, authenticated with its device token (`Authorization: Bearer …` on the
 * upgrade request, checked by SyncStore::authenticate like push and pull; an unknown or revoked
 * token gets the usual 401 and no upgrade). When a push applies changes, every other connected
 * device that may see them gets the text message `{"type":"pull","seq":N}` (N: the server's
 * feed position after that push) and pulls at once instead of at its next timer cycle. The
 * message carries no data: what changed, and whether the device may see it, is the pull's
 * business.
 *
 * Who is nudged, derived from the push alone (the pushing device itself never is): the
 * non-kiosk devices of the pushing device's outlet (a device writes only its own outlet's records
 * and public ones), and every device, kiosks included, when an applied op wrote public data
 * (SyncStore::isPublicEntity).
 *
 * Nudges to one socket are coalesced. A nudge goes out at once unless the device was nudged less
 * than Options::coalesce ago and has not pulled since: then it is held back and sent at the end
 * of that window, so the last change is never left without a nudge. A pull served in the
 * meantime makes the held-back nudge moot (that pull saw every commit before it) and lets the
 * next one go out at once. So a device that keeps up is nudged for every push that concerns it
 * without delay, and one that does not pull gets at most one nudge per window.
 *
 * The server pings every socket each pingInterval and drops one that
 * has not answered (pong or any frame) for deadAfter, or whose unsent output piles up; every
 * reauthEvery pings it checks the socket's token again and closes the socket of a revoked
 * device (close code 4401).
 *
 * Qt 6.4 upgrades any request that carries `Upgrade: websocket` and that a route handled, after
 * the route's handler ran (a response it wrote precedes the 101 on the wire). So the upgrade is
 * a router rule that matches only an upgrade this hub accepts, and its handler writes nothing;
 * any other request on the path misses the router and gets an error from HttpApi's fallback. The
 * handler marks the socket upgraded for GuardedTcpServer, which would otherwise end it with a
 * 408 after its request timeout.
 */
class NudgeHub : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds pingInterval{30'000};
        /** A socket silent for this long (no pong to our pings, no frame) is dropped. */
        std::chrono::milliseconds deadAfter{75'000};
        std::chrono::milliseconds coalesce{100};
        /** Ping rounds between two token checks of one socket. */
        int reauthEvery = 10;
        /** Open nudge sockets at most; GuardedTcpServer's HTTP limit does not count them. */
        int maxConnections = 4096;
        /** Unsent bytes on one socket beyond which its peer counts as gone. */
        qint64 maxBacklogBytes = 64 * 1024;
    };

    /** Close code for a socket whose device token stopped being valid (revoked). */
    static constexpr int kCloseUnauthorized = 4401;

    NudgeHub(SyncStore &store, ServerMetrics &metrics, QObject *parent = nullptr);
    NudgeHub(SyncStore &store, ServerMetrics &metrics, const Options &options, QObject *parent = nullptr);
    ~NudgeHub() override;

    /** Registers GET /v1/nudge on @p server and its fallback on @p api; call before api.install(). */
    void install(QHttpServer &server, HttpApi &api);
    /** A push by @p device was committed with @p response: nudges whoever may see its changes. */
    void pushed(const SyncDevice &device, const QList<protocol::SyncOp> &ops, const protocol::PushResponse &response);
    /** @p device was served a pull page: it has everything committed so far, nudges held back included. */
    void pulled(const SyncDevice &device);
    /** Something every device sees changed outside a push (the status list, online): nudge them all. */
    void publicChanged(qint64 seq);
    /**
     * Closes every nudge socket (close code 1001, going away), forgets it and stops pinging until
     * the next install(). Must run before the HTTP server is destroyed: the TCP sockets under the
     * WebSockets still belong to its listening socket.
     */
    void closeAll();
    /** Takes effect for sockets accepted from now on (the ping interval at once). */
    void setOptions(const Options &options);

    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }
    [[nodiscard]] const Options &options() const { return m_options; }

    /** Whether @p request may become a nudge socket: an upgrade, a valid token, room left. */
    [[nodiscard]] Result<SyncDevice> admit(const QHttpServerRequest &request);

private:
    struct Connection;

    void takePending();
    void accept(std::unique_ptr<QWebSocket> socket);
    void drop(Connection *connection);
    void pingRound();
    void nudge(Connection *connection, qint64 seq);
    void send(Connection *connection);
    /** The answer for a request on the nudge path that did not become a WebSocket. */
    [[nodiscard]] QHttpServerResponse refusal(const QHttpServerRequest &request);

    SyncStore &m_store;
    ServerMetrics &m_metrics;
    Options m_options;
    QPointer<QHttpServer> m_http;
    QList<Connection *> m_connections;
    QTimer m_pingTimer;
};

} // namespace fd
