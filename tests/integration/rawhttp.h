#pragma once

// Test helper: HTTP/1.1 over a bare QTcpSocket, for what QNetworkAccessManager will not do
// (garbage, half-sent requests, exact connection counts). Waits by spinning the event loop, so
// it works against an in-process server as well as a separate process.

#include <QByteArray>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace rawhttp {

struct Response
{
    int status = 0; // 0: no complete response arrived
    QByteArray head;
    QByteArray body;
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

/** A socket connected to 127.0.0.1:@p port, or nullptr. */
inline std::unique_ptr<QTcpSocket> connectTo(quint16 port, int timeoutMs = 5000)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->setProxy(QNetworkProxy::NoProxy);
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::ConnectedState; }, timeoutMs))
        return nullptr;
    return socket;
}

/** Reads one response (Content-Length framed) from @p socket, keeping any bytes after it. */
inline Response readResponse(QTcpSocket &socket, QByteArray &buffer, int timeoutMs = 5000)
{
    Response response;
    // A timeout leaves status 0, which the caller's comparison reports.
    (void)QTest::qWaitFor(
            [&] {
                buffer += socket.readAll();
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return socket.state() == QAbstractSocket::UnconnectedState;
                Response parsed;
                parsed.head = buffer.left(end);
                const QByteArray length = parsed.header("Content-Length");
                const qsizetype total = end + 4 + length.toLongLong();
                if (buffer.size() < total)
                    return socket.state() == QAbstractSocket::UnconnectedState;
                const QList<QByteArray> statusLine = parsed.head.left(parsed.head.indexOf('\r')).split(' ');
                parsed.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : -1;
                parsed.body = buffer.mid(end + 4, total - end - 4);
                buffer.remove(0, total);
                response = parsed;
                return true;
            },
            timeoutMs);
    return response;
}

inline Response readResponse(QTcpSocket &socket, int timeoutMs = 5000)
{
    QByteArray buffer;
    return readResponse(socket, buffer, timeoutMs);
}

/** True once the peer has closed @p socket (within @p timeoutMs). */
inline bool waitClosed(QTcpSocket &socket, int timeoutMs = 5000)
{
    return QTest::qWaitFor(
            [&] {
                socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
}

inline QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

} // namespace rawhttp
