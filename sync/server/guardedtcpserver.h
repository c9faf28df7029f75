#pragma once

#include "protocol.h"
#include "result.h"

#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <chrono>
#include <vector>

class QTcpSocket;

namespace fd {

struct ConnectionState;

/**
 * The listening socket handed to QHttpServer::bind(), adding the limits Qt 6.4's HTTP server
 * lacks: it buffers any request body in memory however large, never closes an idle keep-alive
 * connection (it even ignores "Connection: close"), never times out a half-sent request and
 * accepts any number of connections.
 *
 * Each socket's readyRead is connected here before QHttpServer connects its own, so the guard
 * sees every byte first. It counts the bytes of the current request (the count restarts when a
 * response goes out) and, over the limit, answers 413 itself, detaches the HTTP parser from the
 * socket, discards what follows for a short linger and closes. A request not complete within
 * requestTimeout gets 408; a connection idle for idleTimeout is closed; connections beyond
 * maxConnections get 503. All of these carry the protocol's JSON error body.
 *
 * Responses must be written while the request is being handled (handlers return their
 * response): the request timeout counts from the first byte of a request until its response.
 * An interim "100 Continue" also counts as a response and restarts the count once, so a request
 * is still bounded, by twice the limit.
 *
 * A connection upgraded to a WebSocket (the nudge channel) is no HTTP connection any more: Qt
 * hands its socket to a QWebSocket and drops every connection to its signals, ours included, so
 * the guard would see a request that never got its answer and end it with a 408 after
 * requestTimeout. Whoever accepts the upgrade calls markUpgraded() on the socket; from then on
 * the guard leaves it alone (no timeouts, not counted against maxConnections) and the WebSocket's
 * owner keeps it alive or drops it with its own pings.
 */
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        /** Request line, headers and body together. */
        qint64 maxRequestBytes = protocol::kMaxRequestBodyBytes + protocol::kMaxRequestHeaderBytes;
        std::chrono::milliseconds requestTimeout{30'000};
        std::chrono::milliseconds idleTimeout{120'000};
        int maxConnections = 512;
        /** How long a refused connection's input is still read and discarded, so the client can
         *  read the error response instead of getting a TCP reset. */
        std::chrono::milliseconds linger{2'000};
    };

    explicit GuardedTcpServer(QObject *parent = nullptr);
    explicit GuardedTcpServer(const Limits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    [[nodiscard]] const Limits &limits() const { return m_limits; }
    /** HTTP connections currently open, including ones being refused; upgraded ones are not. */
    [[nodiscard]] int connectionCount() const;
    /** Connections upgraded to a WebSocket and still open. */
    [[nodiscard]] int upgradedCount() const;

    /**
     * Exempts @p socket, one of a GuardedTcpServer's, from the HTTP limits: it is being handed to
     * a WebSocket. Call while the upgrade request is handled. Does nothing for another socket.
     */
    static void markUpgraded(QTcpSocket *socket);

Q_SIGNALS:
    /** The guard answered a connection itself with @p httpStatus and is closing it. */
    void rejected(int httpStatus, const QString &peer, const QString &errorCode);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void onReadyRead(ConnectionState *state);
    void sweep();
    void reject(ConnectionState *state, int httpStatus, const Error &error);

    Limits m_limits;
    QTimer m_sweepTimer;
    std::vector<QPointer<ConnectionState>> m_connections;
};

} // namespace fd
