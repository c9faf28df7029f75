#include "guardedtcpserver.h"

#include "errorbody.h"
#include "serverlogging.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

#include <algorithm>

namespace fd {

/** Book-keeping for one connection; a child of its socket, so it dies with it. */
struct ConnectionState : QObject
{
    explicit ConnectionState(QTcpSocket *s) : QObject(s), socket(s)
    {
        peer = s->peerAddress().toString() + u':' + QString::number(s->peerPort());
        lastActivity.start();
    }

    QTcpSocket *socket;
    QString peer; // for log lines
    QElapsedTimer lastActivity;
    QElapsedTimer requestStarted;
    qint64 requestBytes = 0; // bytes of the request in progress; 0 between requests
    bool rejected = false;
    bool upgraded = false; // a WebSocket now: none of the HTTP limits apply
    QElapsedTimer rejectedAt;
    qint64 discardedBytes = 0;
};

namespace {

// Refused connections stop being drained after this much, so a client cannot keep the server
// busy reading garbage for the whole linger time.
constexpr qint64 kMaxDiscardBytes = 16 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QByteArray rawErrorResponse(int status, const Error &error)
{
    const QByteArray body = protocol::ErrorBody::encode(error);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

GuardedTcpServer::GuardedTcpServer(QObject *parent) : GuardedTcpServer(Limits{}, parent) {}

GuardedTcpServer::GuardedTcpServer(const Limits &limits, QObject *parent) : QTcpServer(parent), m_limits(limits)
{
    // Listening sockets must never go through a proxy from the environment.
    setProxy(QNetworkProxy::NoProxy);
    const auto shortest = std::min({m_limits.requestTimeout, m_limits.idleTimeout, m_limits.linger});
    m_sweepTimer.setInterval(std::clamp(shortest / 4, std::chrono::milliseconds(10), std::chrono::milliseconds(1000)));
    connect(&m_sweepTimer, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweepTimer.start();
}

GuardedTcpServer::~GuardedTcpServer() = default;

int GuardedTcpServer::connectionCount() const
{
    return int(std::count_if(m_connections.begin(), m_connections.end(),
                             [](const QPointer<ConnectionState> &s) { return !s.isNull() && !s->upgraded; }));
}

int GuardedTcpServer::upgradedCount() const
{
    return int(std::count_if(m_connections.begin(), m_connections.end(),
                             [](const QPointer<ConnectionState> &s) { return !s.isNull() && s->upgraded; }));
}

void GuardedTcpServer::markUpgraded(QTcpSocket *socket)
{
    if (!socket)
        return;
    for (QObject *child : socket->children()) {
        if (auto *state = dynamic_cast<ConnectionState *>(child)) {
            state->upgraded = true;
            return;
        }
    }
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcServer).noquote() << "cannot take connection" << socketDescriptor << ":" << socket->errorString();
        delete socket;
        return;
    }
    // Answers are written in pieces (head, body); without this the last piece can wait for the
    // client's delayed acknowledgement, tens of milliseconds per request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *state = new ConnectionState(socket);
    const bool full = connectionCount() >= m_limits.maxConnections;
    m_connections.emplace_back(state);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (full) {
        // Never handed to the HTTP server: answered and closed here.
        reject(state, 503,
               makeError(protocol::errc::kServerBusy,
                         QStringLiteral("The server has too many open connections; retry later.")));
        return;
    }
    // Connected before QHttpServer sees the socket, so this slot runs before its parser.
    connect(socket, &QTcpSocket::readyRead, state, [this, state] { onReadyRead(state); });
    connect(socket, &QTcpSocket::bytesWritten, state, [state] {
        // A response went out, so the request it answers is complete; what follows is a new one.
        state->requestBytes = 0;
        state->lastActivity.start();
    });
    addPendingConnection(socket);
}

void GuardedTcpServer::onReadyRead(ConnectionState *state)
{
    QTcpSocket *socket = state->socket;
    state->lastActivity.start();
#ifdef Q_OS_LINUX
    // Acknowledge at once: clients that leave Nagle's algorithm on (Qt's own HTTP client does)
    // hold the last piece of a request body until the previous one is acknowledged, and a
    // delayed acknowledgement costs 40 ms a request. Linux forgets the flag, so set it each time.
    const int quickAck = 1;
    (void)::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &quickAck, sizeof quickAck);
#endif
    // bytesAvailable() counts what nobody has read yet (a read transaction does not change
    // that), and Qt 6.4's parser consumes all input on every readyRead, pipelined requests
    // included: so this is exactly what arrived since the last readyRead.
    const qint64 incoming = socket->bytesAvailable();
    if (incoming <= 0)
        return;
    if (state->requestBytes == 0)
        state->requestStarted.start();
    state->requestBytes += incoming;
    if (state->requestBytes > m_limits.maxRequestBytes)
        reject(state, 413,
               makeError(protocol::errc::kPayloadTooLarge,
                         QStringLiteral("The request is larger than %1 bytes.").arg(m_limits.maxRequestBytes)));
}

void GuardedTcpServer::reject(ConnectionState *state, int httpStatus, const Error &error)
{
    if (state->rejected)
        return;
    QTcpSocket *socket = state->socket;
    state->rejected = true;
    state->rejectedAt.start();
    // Detach the HTTP parser (and our counter). Qt skips slots disconnected during an emission,
    // so it does not see this chunk either.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    // Drop what the parser held in its read transaction for a request it will never finish.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    socket->write(rawErrorResponse(httpStatus, error));
    connect(socket, &QTcpSocket::readyRead, state, [state] {
        state->discardedBytes += state->socket->readAll().size();
        if (state->discardedBytes > kMaxDiscardBytes)
            state->socket->abort();
    });
    qCInfo(lcServer).noquote() << "refusing connection from" << state->peer << "with" << httpStatus << ":"
                               << error.message;
    Q_EMIT rejected(httpStatus, state->peer, error.code);
}

void GuardedTcpServer::sweep()
{
    for (const QPointer<ConnectionState> &guarded : m_connections) {
        ConnectionState *state = guarded.data();
        if (!state)
            continue;
        QTcpSocket *socket = state->socket;
        if (state->upgraded) {
            continue; // its WebSocket's owner watches it
        } else if (state->rejected) {
            if (state->rejectedAt.hasExpired(m_limits.linger.count()) && socket->state() != QAbstractSocket::UnconnectedState) {
                socket->abort();
                socket->deleteLater();
            }
        } else if (state->requestBytes > 0) {
            if (state->requestStarted.hasExpired(m_limits.requestTimeout.count()))
                reject(state, 408,
                       makeError(protocol::errc::kRequestTimeout,
                                 QStringLiteral("The request was not complete within %1 ms.")
                                         .arg(m_limits.requestTimeout.count())));
        } else if (state->lastActivity.hasExpired(m_limits.idleTimeout.count())) {
            // An idle keep-alive connection: the client reconnects when it needs to.
            socket->disconnectFromHost();
        }
    }
    m_connections.erase(std::remove_if(m_connections.begin(), m_connections.end(),
                                       [](const QPointer<ConnectionState> &s) { return s.isNull(); }),
                        m_connections.end());
}

} // namespace fd
