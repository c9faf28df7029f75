#include "nudgelistener.h"

#include "protocol.h"
#include "syncengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QWebSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNudge, "fielddesk.sync.nudge")

namespace fd {

namespace {


// The server sends a few dozen bytes at a time; nothing bigger is one of its messages.
constexpr quint64 kMaxIncomingBytes = 64 * 1024;

} // namespace

NudgeListener::NudgeListener(QObject *parent) : NudgeListener(Options(), parent) {}

NudgeListener::NudgeListener(const Options &options, QObject *parent) : QObject(parent), m_options(options)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &NudgeListener::connectNow);
    m_ping.setInterval(m_options.pingInterval);
    connect(&m_ping, &QTimer::timeout, this, &NudgeListener::keepAlive);
    m_connectTimeout.setSingleShot(true);
    m_connectTimeout.setInterval(m_options.connectTimeout);
    connect(&m_connectTimeout, &QTimer::timeout, this, [this] {
        if (m_socket && !m_connected) {
            qCInfo(lcNudge).noquote() << "no nudge connection to" << m_url.toString() << "within"
                                      << m_options.connectTimeout.count() << "ms";
            m_socket->abort();
        }
    });
}

NudgeListener::~NudgeListener()
{
    m_running = false;
    closeSocket();
}

QUrl NudgeListener::nudgeUrl(const QUrl &server)
{
    QUrl url = server;
    if (server.scheme() == "http"_L1)
        url.setScheme(u"ws"_s);
    else if (server.scheme() == "https"_L1)
        url.setScheme(u"wss"_s);
    else
        return {};
    QString path = server.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QLatin1String(protocol::kNudgePath));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void NudgeListener::setEndpoint(const QUrl &server, const QString &token)
{
    const QUrl url = nudgeUrl(server);
    if (url == m_url && token == m_token)
        return;
    m_url = url;
    m_token = token;
    m_failures = 0;
    if (!m_running)
        return;
    closeSocket();
    connectNow();
}

void NudgeListener::start()
{
    if (m_running)
        return;
    m_running = true;
    connectNow();
}

void NudgeListener::stop()
{
    m_running = false;
    m_retry.stop();
    closeSocket();
}

void NudgeListener::follow(SyncEngine &engine)
{
    const auto load = [this, &engine] {
        setEndpoint(engine.server(), engine.token());
        if (engine.isEnrolled())
            start();
    };
    load();
    connect(&engine, &SyncEngine::enrollFinished, this, [load](bool ok) {
        if (ok)
            load();
    });
    // During a cycle, one more follows it (after the backoff if that cycle fails).
    connect(this, &NudgeListener::nudged, &engine, &SyncEngine::syncNow);
    connect(this, &NudgeListener::connectedChanged, &engine, [&engine](bool connected) {
        if (connected)
            engine.syncNow();
    });
}

void NudgeListener::connectNow()
{
    m_retry.stop();
    if (!m_running || m_socket)
        return;
    if (!m_url.isValid() || m_url.isEmpty() || m_token.isEmpty())
        return; // nobody to listen to yet: setEndpoint() starts it
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingFrameSize(kMaxIncomingBytes);
    socket->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, &NudgeListener::onConnected);
    // Every way down (refused, handshake refused, dropped, aborted) ends in UnconnectedState.
    connect(socket, &QWebSocket::stateChanged, this, [this, socket](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onDown(socket);
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &NudgeListener::onMessage);
    connect(socket, &QWebSocket::pong, this, [this] { m_lastHeard.start(); });
    QNetworkRequest request(m_url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
    m_connectTimeout.start();
    socket->open(request);
}

void NudgeListener::onConnected()
{
    m_connectTimeout.stop();
    m_connected = true;
    m_lastHeard.start();
    m_connectedFor.start();
    m_ping.start();
    qCInfo(lcNudge).noquote() << "nudge channel open:" << m_url.toString();
    Q_EMIT connectedChanged(true);
}

void NudgeListener::onDown(QWebSocket *socket)
{
    if (socket != m_socket)
        return;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->deleteLater();
    m_connectTimeout.stop();
    m_ping.stop();
    const bool wasConnected = std::exchange(m_connected, false);
    if (wasConnected && m_connectedFor.hasExpired(m_options.stableAfter.count()))
        m_failures = 0;
    else
        ++m_failures;
    if (wasConnected)
        qCInfo(lcNudge).noquote() << "nudge channel closed:" << socket->closeCode() << socket->closeReason()
                                  << socket->errorString();
    if (m_running) {
        const qint64 wait = backoffMs();
        if (!wasConnected)
            qCInfo(lcNudge).noquote() << "no nudge channel to" << m_url.toString() << ":" << socket->errorString()
                                      << "- again in" << wait << "ms";
        m_retry.start(int(wait));
    }
    if (wasConnected)
        Q_EMIT connectedChanged(false);
}

void NudgeListener::onMessage(const QString &message)
{
    m_lastHeard.start();
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    // Other types may come with later servers; this one only knows "pull".
    if (o.value(u"type"_s).toString() == "pull"_L1)
        Q_EMIT nudged(o.value(u"seq"_s).toInteger());
}

void NudgeListener::keepAlive()
{
    if (!m_socket || !m_connected)
        return;
    if (m_lastHeard.hasExpired(m_options.deadAfter.count())) {
        qCInfo(lcNudge).noquote() << "nudge server silent for" << m_lastHeard.elapsed() << "ms; reconnecting";
        m_socket->abort(); // → onDown, which schedules the retry
        return;
    }
    m_socket->ping();
}

void NudgeListener::closeSocket()
{
    m_connectTimeout.stop();
    m_ping.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->close(QWebSocketProtocol::CloseCodeNormal);
    socket->deleteLater();
    if (std::exchange(m_connected, false))
        Q_EMIT connectedChanged(false);
}

qint64 NudgeListener::backoffMs() const
{
    const qint64 min = qMax<qint64>(1, m_options.minBackoff.count());
    const qint64 max = qMax(min, qint64(m_options.maxBackoff.count()));
    const int doublings = qBound(0, m_failures - 1, 30);
    const qint64 base = qMin(max, min << doublings);
    // Full jitter on the upper half, as SyncEngine's backoff.
    return base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1);
}

} // namespace fd
