#include "nudgehub.h"

#include "guardedtcpserver.h"
#include "httpapi.h"
#include "protocol.h"
#include "serverlogging.h"
#include "servermetrics.h"
#include "syncapi.h"

#include <QHttpServer>
#include <QHttpServerRouterRule>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace fd {

namespace errc = protocol::errc;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

// Devices send us nothing but control frames; anything bigger than this is not one of ours.
constexpr quint64 kMaxIncomingBytes = 4096;

bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value(QByteArrayLiteral("Upgrade")).compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0;
}

/** Matches GET /v1/nudge only when the hub accepts the upgrade; the rest misses the router. */
class NudgeRule : public QHttpServerRouterRule
{
public:
    NudgeRule(const QString &path, QHttpServerRequest::Methods methods, NudgeHub *hub, RouterHandler handler)
        : QHttpServerRouterRule(path, methods, std::move(handler)), m_hub(hub)
    {
    }

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *match) const override
    {
        return QHttpServerRouterRule::matches(request, match) && m_hub->admit(request).ok();
    }

private:
    NudgeHub *m_hub;
};

} // namespace

/** One open nudge socket; a child of the hub. */
struct NudgeHub::Connection : QObject
{
    std::unique_ptr<QWebSocket> socket;
    SyncDevice device;
    QString token;
    QString peer; // for log lines
    QElapsedTimer lastHeard;
    QTimer window; // coalescing: running while nudges are held back
    bool pending = false;
    bool pulledSinceSent = true;
    qint64 seq = 0;
    int roundsUntilReauth = 1;
};

NudgeHub::NudgeHub(SyncStore &store, ServerMetrics &metrics, QObject *parent)
    : NudgeHub(store, metrics, Options(), parent)
{
}

NudgeHub::NudgeHub(SyncStore &store, ServerMetrics &metrics, const Options &options, QObject *parent)
    : QObject(parent), m_store(store), m_metrics(metrics), m_options(options)
{
    m_pingTimer.setInterval(m_options.pingInterval);
    connect(&m_pingTimer, &QTimer::timeout, this, &NudgeHub::pingRound);
}

NudgeHub::~NudgeHub()
{
    closeAll();
}

void NudgeHub::setOptions(const Options &options)
{
    m_options = options;
    m_pingTimer.setInterval(m_options.pingInterval);
}

void NudgeHub::install(QHttpServer &server, HttpApi &api)
{
    m_http = &server;
    const QString path = QLatin1String(protocol::kNudgePath);
    server.route<NudgeRule>(path, QHttpServerRequest::Method::Get, this,
                            [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                                // Nothing written: Qt answers the handshake once this returns.
                                GuardedTcpServer::markUpgraded(responder.socket());
                            });
    api.addFallback(path, [this](const QHttpServerRequest &request) { return refusal(request); });
    connect(&server, &QHttpServer::newWebSocketConnection, this, &NudgeHub::takePending);
    m_pingTimer.start();
}

Result<SyncDevice> NudgeHub::admit(const QHttpServerRequest &request)
{
    if (!isWebSocketUpgrade(request))
        return makeError(errc::kUpgradeRequired, u"%1 is a WebSocket: ask with Upgrade: websocket."_s
                                                         .arg(QLatin1String(protocol::kNudgePath)));
    if (connectionCount() >= m_options.maxConnections)
        return makeError(errc::kServerBusy, u"The server has too many nudge connections; retry later."_s);
    return m_store.authenticate(SyncApi::bearerToken(request.value(QByteArrayLiteral("Authorization"))));
}

QHttpServerResponse NudgeHub::refusal(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        auto response = HttpApi::errorResponse(
                StatusCode::MethodNotAllowed,
                makeError(errc::kMethodNotAllowed, u"%1 accepts GET only."_s.arg(QLatin1String(protocol::kNudgePath))));
        response.addHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
        return response;
    }
    auto admitted = admit(request);
    if (admitted) {
        // The rule accepts exactly what admit() does; only a change in between (a socket
        // closed, a device enrolled) gets here.
        return HttpApi::errorResponse(StatusCode::ServiceUnavailable,
                                      makeError(errc::kServerBusy, u"The WebSocket upgrade could not be made; retry."_s));
    }
    const Error &error = admitted.error();
    if (error.code == QLatin1String(errc::kUpgradeRequired)) {
        auto response = HttpApi::errorResponse(StatusCode::UpgradeRequired, error);
        response.addHeader(QByteArrayLiteral("Upgrade"), QByteArrayLiteral("websocket"));
        return response;
    }
    if (error.code == QLatin1String(errc::kUnauthorized) || error.code == QLatin1String(errc::kRevoked))
        return HttpApi::errorResponse(StatusCode::Unauthorized, error);
    if (error.code != QLatin1String(errc::kServerBusy))
        qCWarning(lcServer).noquote() << "nudge: cannot check a device token:" << error.toString();
    return HttpApi::errorResponse(StatusCode::ServiceUnavailable,
                                  error.code == QLatin1String(errc::kServerBusy)
                                          ? error
                                          : makeError(errc::kDbUnavailable, u"The server could not check the token; try again."_s));
}

void NudgeHub::takePending()
{
    if (!m_http)
        return;
    while (m_http->hasPendingWebSocketConnections()) {
        if (auto socket = m_http->nextPendingWebSocketConnection())
            accept(std::move(socket));
    }
}

void NudgeHub::accept(std::unique_ptr<QWebSocket> socket)
{
    const QString peer = socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
    // Qt upgrades any routed path that asked for it (after the route answered): not ours.
    if (socket->requestUrl().path() != QLatin1String(protocol::kNudgePath)) {
        qCInfo(lcServer).noquote() << "nudge: dropping a WebSocket on" << socket->requestUrl().path() << "from" << peer;
        socket->abort();
        socket.release()->deleteLater();
        return;
    }
    const QString token = SyncApi::bearerToken(socket->request().rawHeader("Authorization"));
    auto device = m_store.authenticate(token);
    if (!device) {
        // Checked a moment ago by the router rule; only a revocation in between gets here.
        socket->close(QWebSocketProtocol::CloseCode(kCloseUnauthorized), device.error().code);
        socket.release()->deleteLater();
        return;
    }
    auto *c = new Connection;
    c->setParent(this);
    c->socket = std::move(socket);
    c->device = device.value();
    c->token = token;
    c->peer = peer;
    c->lastHeard.start();
    c->roundsUntilReauth = 1 + QRandomGenerator::global()->bounded(qMax(1, m_options.reauthEvery));
    c->window.setSingleShot(true);
    c->window.setInterval(m_options.coalesce);
    QWebSocket *ws = c->socket.get();
    ws->setMaxAllowedIncomingFrameSize(kMaxIncomingBytes);
    ws->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
    connect(ws, &QWebSocket::disconnected, c, [this, c] { drop(c); });
    connect(ws, &QWebSocket::pong, c, [c] { c->lastHeard.start(); });
    connect(ws, &QWebSocket::textMessageReceived, c, [c] { c->lastHeard.start(); });
    connect(ws, &QWebSocket::binaryMessageReceived, c, [c] { c->lastHeard.start(); });
    connect(&c->window, &QTimer::timeout, c, [this, c] {
        if (c->pending)
            send(c);
    });
    m_connections.append(c);
    m_metrics.recordResponse(101);
    m_metrics.setNudgeConnections(connectionCount());
    qCInfo(lcServer).noquote() << "nudge: device" << c->device.outletCode + u'-' + c->device.deviceCode << "connected from"
                               << peer;
}

void NudgeHub::drop(Connection *c)
{
    if (!m_connections.removeOne(c))
        return;
    m_metrics.setNudgeConnections(connectionCount());
    qCInfo(lcServer).noquote() << "nudge: device" << c->device.outletCode + u'-' + c->device.deviceCode << "at" << c->peer
                               << "disconnected";
    c->window.stop();
    // Not deleted here: this may run inside one of the socket's own signals.
    c->deleteLater();
}

void NudgeHub::closeAll()
{
    m_pingTimer.stop();
    const QList<Connection *> all = std::exchange(m_connections, {});
    for (Connection *c : all) {
        c->socket->disconnect(c);
        c->socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        c->socket->flush();
        delete c; // now: the TCP sockets under the WebSockets die with the HTTP server
    }
    m_metrics.setNudgeConnections(0);
}

void NudgeHub::pingRound()
{
    const QList<Connection *> all = m_connections;
    for (Connection *c : all) {
        if (c->lastHeard.hasExpired(m_options.deadAfter.count())) {
            qCInfo(lcServer).noquote() << "nudge: dropping" << c->peer << "silent for" << c->lastHeard.elapsed() << "ms";
            m_metrics.recordNudgeDropped();
            c->socket->abort(); // disconnected → drop()
            drop(c);
            continue;
        }
        if (--c->roundsUntilReauth <= 0) {
            c->roundsUntilReauth = qMax(1, m_options.reauthEvery);
            auto device = m_store.authenticate(c->token);
            if (!device && (device.error().code == QLatin1String(errc::kUnauthorized)
                            || device.error().code == QLatin1String(errc::kRevoked))) {
                qCInfo(lcServer).noquote() << "nudge: closing" << c->peer << ":" << device.error().message;
                c->socket->close(QWebSocketProtocol::CloseCode(kCloseUnauthorized), device.error().code);
                continue;
            }
        }
        c->socket->ping();
    }
}

void NudgeHub::pushed(const SyncDevice &device, const QList<protocol::SyncOp> &ops, const protocol::PushResponse &response)
{
    // A device writes its own outlet's records and public ones only (SyncStore::checkScope).
    bool changed = false;
    bool publicChanged = false;
    for (qsizetype i = 0; i < response.results.size() && i < ops.size(); ++i) {
        if (response.results.at(i).status != protocol::OpResult::Status::Applied)
            continue;
        changed = true;
        publicChanged = publicChanged || SyncStore::changesPublicData(ops.at(i));
    }
    if (!changed)
        return;
    const qint64 seq = m_store.lastPushedSeq();
    const QList<Connection *> all = m_connections;
    for (Connection *c : all) {
        if (c->device.id == device.id)
            continue;
        if (publicChanged || (c->device.mode != "kiosk"_L1 && c->device.outletId == device.outletId))
            nudge(c, seq);
    }
}

void NudgeHub::publicChanged(qint64 seq)
{
    const QList<Connection *> all = m_connections;
    for (Connection *c : all)
        nudge(c, seq);
}

void NudgeHub::pulled(const SyncDevice &device)
{
    for (Connection *c : std::as_const(m_connections)) {
        if (c->device.id == device.id) {
            c->pulledSinceSent = true;
            c->pending = false;
        }
    }
}

void NudgeHub::nudge(Connection *c, qint64 seq)
{
    c->seq = qMax(c->seq, seq);
    c->pending = true;
    if (!c->window.isActive() || c->pulledSinceSent)
        send(c);
}

void NudgeHub::send(Connection *c)
{
    if (c->socket->bytesToWrite() > m_options.maxBacklogBytes) {
        qCInfo(lcServer).noquote() << "nudge: dropping" << c->peer << "with" << c->socket->bytesToWrite() << "bytes unsent";
        m_metrics.recordNudgeDropped();
        c->socket->abort();
        drop(c);
        return;
    }
    c->pending = false;
    c->pulledSinceSent = false;
    const QJsonObject message{{u"type"_s, u"pull"_s}, {u"seq"_s, c->seq}};
    c->socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    m_metrics.recordNudgeSent();
    c->window.start();
}

} // namespace fd
