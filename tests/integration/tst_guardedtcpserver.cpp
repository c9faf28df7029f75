// GuardedTcpServer in front of a real QHttpServer, in-process, with limits small enough to
// reach quickly: request size, request timeout, idle timeout, connection count, and a WebSocket
// upgrade that must outlive them all.

#include "errorbody.h"
#include "guardedtcpserver.h"
#include "rawhttp.h"

#include <QHttpServer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace fd;
using namespace std::chrono_literals;

class TestGuardedTcpServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QHttpServer> m_http;
    QPointer<GuardedTcpServer> m_guard;
    quint16 m_port = 0;

    static GuardedTcpServer::Limits limits()
    {
        GuardedTcpServer::Limits l;
        l.maxRequestBytes = 4096;
        // Short enough for a quick test, long enough that a loaded CI machine does not hit them
        // in the tests about something else.
        l.requestTimeout = 1000ms;
        l.idleTimeout = 1500ms;
        l.maxConnections = 3;
        l.linger = 200ms;
        return l;
    }

    static void verifyErrorBody(const rawhttp::Response &response, const char *code)
    {
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(response.header("Connection"), QByteArray("close"));
        auto decoded = protocol::ErrorBody::decode(response.body);
        QVERIFY2(decoded, response.body.constData());
        QCOMPARE(decoded->error().code, QLatin1String(code));
    }

    // A fresh request on a fresh connection still works.
    void verifyServerAnswers()
    {
        auto socket = rawhttp::connectTo(m_port);
        QVERIFY(socket);
        socket->write(rawhttp::request("POST", "/echo", "abc"));
        const auto response = rawhttp::readResponse(*socket);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("3"));
    }

    /** Server ends of the WebSockets upgraded on @p path (marked as NudgeHub marks them, or not). */
    struct Upgrades
    {
        QObject context;
        std::vector<std::unique_ptr<QWebSocket>> sockets;
    };

    void acceptUpgrades(Upgrades &upgrades, const QString &path, bool mark)
    {
        m_http->route(path, [mark](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            if (mark)
                GuardedTcpServer::markUpgraded(responder.socket());
        });
        connect(m_http.get(), &QHttpServer::newWebSocketConnection, &upgrades.context, [this, &upgrades] {
            while (auto ws = m_http->nextPendingWebSocketConnection()) {
                QWebSocket *raw = ws.get();
                // Gone when its socket is: the guard may abort the TCP socket under it.
                connect(raw, &QWebSocket::disconnected, &upgrades.context, [&upgrades, raw] {
                    for (auto &s : upgrades.sockets) {
                        if (s.get() == raw)
                            s.release()->deleteLater();
                    }
                });
                upgrades.sockets.push_back(std::move(ws));
            }
        });
    }

private Q_SLOTS:
    void init()
    {
        m_http = std::make_unique<QHttpServer>();
        m_http->route(QStringLiteral("/echo"), [](const QHttpServerRequest &request) {
            return QHttpServerResponse(QByteArray::number(request.body().size()));
        });
        auto *guard = new GuardedTcpServer(limits());
        QVERIFY(guard->listen(QHostAddress::LocalHost, 0));
        m_port = guard->serverPort();
        m_http->bind(guard);
        m_guard = guard;
    }

    void cleanup()
    {
        m_http.reset();
        QVERIFY(m_guard.isNull()); // owned and deleted by the HTTP server
    }

    void keepAliveRequestsEachGetTheFullAllowance()
    {
        // Five 3000-byte requests on one connection add up to far more than 4096 bytes; the count
        // restarts with every response.
        auto socket = rawhttp::connectTo(m_port);
        QVERIFY(socket);
        QByteArray buffer;
        for (int i = 0; i < 5; ++i) {
            socket->write(rawhttp::request("POST", "/echo", QByteArray(3000, 'x')));
            const auto response = rawhttp::readResponse(*socket, buffer);
            QCOMPARE(response.status, 200);
            QCOMPARE(response.body, QByteArray("3000"));
        }
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    }

    void oversizedRequestGets413AndClose()
    {
        QSignalSpy rejected(m_guard.data(), &GuardedTcpServer::rejected);
        auto socket = rawhttp::connectTo(m_port);
        QVERIFY(socket);
        socket->write(rawhttp::request("POST", "/echo", QByteArray(10000, 'x')));
        const auto response = rawhttp::readResponse(*socket);
        QCOMPARE(response.status, 413);
        verifyErrorBody(response, "payload_too_large");
        QVERIFY(rawhttp::waitClosed(*socket));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.at(0).at(0).toInt(), 413);
        verifyServerAnswers();
    }

    void oversizedRequestSentInPiecesGets413()
    {
        auto socket = rawhttp::connectTo(m_port);
        QVERIFY(socket);
        socket->write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n");
        int sent = 0;
        // Keep sending until the server answers; it must not wait for all 100000 bytes.
        const bool answered = QTest::qWaitFor(
                [&] {
                    if (socket->state() == QAbstractSocket::ConnectedState && sent < 100000) {
                        socket->write(QByteArray(1000, 'y'));
                        sent += 1000;
                    }
                    return socket->bytesAvailable() > 0 || socket->state() != QAbstractSocket::ConnectedState;
                },
                5000);
        QVERIFY(answered);
        QVERIFY(sent < 100000);
        const auto response = rawhttp::readResponse(*socket);
        QCOMPARE(response.status, 413);
        QVERIFY(rawhttp::waitClosed(*socket));
    }

    void halfSentRequestGets408()
    {
        auto socket = rawhttp::connectTo(m_port);
        QVERIFY(socket);
        socket->write("GET /echo HTTP/1.1\r\nHost: x\r\n"); // headers never finished
        const auto response = rawhttp::readResponse(*socket, 10000);
        QCOMPARE(response.status, 408);
        verifyErrorBody(response, "request_timeout");
        QVERIFY(rawhttp::waitClosed(*socket));
        verifyServerAnswers();
    }

    void idleConnectionIsClosed()
    {
        auto socket = rawhttp::connectTo(m_port);
        QVERIFY(socket);
        socket->write(rawhttp::request("POST", "/echo", "x"));
        QCOMPARE(rawhttp::readResponse(*socket).status, 200);
        // Qt 6.4 alone would keep this connection forever.
        QVERIFY(rawhttp::waitClosed(*socket, 10000));
        QVERIFY(socket->readAll().isEmpty()); // closed quietly, no error response
        QTRY_COMPARE(m_guard->connectionCount(), 0);
    }

    void connectionsBeyondLimitGet503()
    {
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(rawhttp::connectTo(m_port));
            QVERIFY(open.back());
        }
        QTRY_COMPARE(m_guard->connectionCount(), 3);
        auto extra = rawhttp::connectTo(m_port);
        QVERIFY(extra);
        const auto response = rawhttp::readResponse(*extra);
        QCOMPARE(response.status, 503);
        verifyErrorBody(response, "server_busy");
        QVERIFY(rawhttp::waitClosed(*extra));

        open.clear();
        QTRY_COMPARE(m_guard->connectionCount(), 0);
        verifyServerAnswers();
    }

    void upgradedSocketOutlivesTheHttpTimeouts()
    {
        Upgrades upgrades;
        acceptUpgrades(upgrades, QStringLiteral("/ws"), true);
        QWebSocket client;
        client.setProxy(QNetworkProxy::NoProxy);
        QSignalSpy received(&client, &QWebSocket::textMessageReceived);
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_port)));
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE(upgrades.sockets.size(), size_t(1));
        QCOMPARE(m_guard->upgradedCount(), 1);
        // 1. Meanwhile a half-sent HTTP request still gets its 408.
        auto slow = rawhttp::connectTo(m_port);
        QVERIFY(slow);
        slow->write("GET /echo HTTP/1.1\r\nHost: x\r\n");
        QCOMPARE(rawhttp::readResponse(*slow, 10000).status, 408);
        // 2. Past the request timeout (1 s) and the idle timeout (1.5 s), silent all along, the
        //    WebSocket is still open and carries messages; it never counted as an HTTP connection.
        QTest::qWait(2500);
        QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_guard->connectionCount(), 0);
        upgrades.sockets.front()->sendTextMessage(QStringLiteral("still here"));
        QTRY_COMPARE(received.count(), 1);
        // 3. Its owner closes it; the guard forgets it.
        upgrades.sockets.clear();
        QTRY_COMPARE(m_guard->upgradedCount(), 0);
        QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    }

    void unmarkedUpgradeIsCutByTheRequestTimeout()
    {
        // Why markUpgraded() exists: Qt drops the guard's hold on an upgraded socket, and the
        // guard, seeing a request without an answer, ends it after its request timeout.
        Upgrades upgrades;
        acceptUpgrades(upgrades, QStringLiteral("/ws-unmarked"), false);
        QWebSocket client;
        client.setProxy(QNetworkProxy::NoProxy);
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws-unmarked").arg(m_port)));
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_guard->upgradedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
        QTRY_COMPARE(m_guard->connectionCount(), 0);
    }

    void garbageIsDroppedByTheParser()
    {
        auto socket = rawhttp::connectTo(m_port);
        QVERIFY(socket);
        QByteArray garbage(3000, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        garbage[0] = '\x01'; // never a valid method
        socket->write(garbage);
        QVERIFY(rawhttp::waitClosed(*socket));
        QTRY_COMPARE(m_guard->connectionCount(), 0);
        verifyServerAnswers();
    }
};

QTEST_GUILESS_MAIN(TestGuardedTcpServer)
#include "tst_guardedtcpserver.moc"
