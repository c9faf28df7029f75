// GuardedTcpServer in front of a real QHttpServer, in-process, with limits small enough to
// reach quickly: request size, request timeout, idle timeout, connection count.

#include "errorbody.h"
#include "guardedtcpserver.h"
#include "rawhttp.h"

#include <QHttpServer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

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
