// The real fielddesk-server executable on 127.0.0.1, driven from outside: start-up line,
// health, error bodies, limits, abuse, refusals that leave the database untouched, signals.

#include "errorbody.h"
#include "rawhttp.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/socket.h>

namespace {

constexpr int kStartTimeoutMs = 30000; // generous: sanitizer builds start slowly
constexpr qint32 kServerApplicationId = 0x46445356; // ServerStorage::kApplicationId; this test links no server code
constexpr int kServerSchemaVersion = 5;           // ServerStorage::kSchemaVersion

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

/** Runs statements on @p path through a connection of the test's own; false on the first failure. */
bool runSql(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    bool ok;
    const QString name = QStringLiteral("tst-server-sql");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        ok = db.open();
        {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!ok)
                    break;
                ok = q.exec(sql);
                if (!ok && error)
                    *error = q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QVariant scalar(const QString &path, const QString &sql)
{
    QVariant value;
    const QString name = QStringLiteral("tst-server-read");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

/** One fielddesk-server process. */
class ServerProcess
{
public:
    QProcess process;
    QString listeningLine;
    quint16 port = 0;
    QString stderrPath;

    /** Starts the server and waits for its "listening" line. */
    bool start(const QStringList &arguments, const QString &stderrFile)
    {
        stderrPath = stderrFile;
        process.setProgram(QStringLiteral(FIELDDESK_SERVER_BINARY));
        process.setArguments(arguments);
        // A file, not a pipe: a chatty server can never block on a full stderr pipe.
        process.setStandardErrorFile(stderrFile);
        process.start();
        if (!process.waitForStarted(kStartTimeoutMs))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!process.canReadLine()) {
            if (process.state() == QProcess::NotRunning || timer.hasExpired(kStartTimeoutMs))
                return false;
            process.waitForReadyRead(100);
        }
        listeningLine = QString::fromUtf8(process.readLine()).trimmed();
        static const QRegularExpression re(QStringLiteral("^fielddesk-server listening on http://127\\.0\\.0\\.1:(\\d+) \\(db sqlite:(.+)\\)$"));
        const auto match = re.match(listeningLine);
        port = match.hasMatch() ? match.captured(1).toUShort() : 0;
        return port != 0;
    }

    /** Sends @p signal and waits for the exit; the exit code, or -1 for a crash or a hang. */
    int stop(int signal = SIGTERM)
    {
        if (process.state() == QProcess::NotRunning)
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        ::kill(pid_t(process.processId()), signal);
        if (!process.waitForFinished(kStartTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QString stderrText() const
    {
        QFile file(stderrPath);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    ~ServerProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
};

struct ExitResult
{
    int exitCode = -1; // -1: crashed or did not exit
    QString out;
    QString err;
};

/** Runs the server with @p arguments expecting it to exit on its own, as for refused start-ups. */
ExitResult runToExit(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(FIELDDESK_SERVER_BINARY), arguments);
    ExitResult result;
    if (!process.waitForFinished(kStartTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("<did not exit>");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;

    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QByteArray contentType;
        QByteArray allow;
    };

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port).arg(path)));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        return request;
    }

    static Reply collect(QNetworkReply *raw)
    {
        std::unique_ptr<QNetworkReply> reply(raw);
        Reply result;
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000)) {
            result.error = QNetworkReply::TimeoutError;
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.allow = reply->rawHeader("Allow");
        return result;
    }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest r = request(path);
        if (!body.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return collect(m_nam.sendCustomRequest(r, method, body));
    }

    static QString errorCode(const QByteArray &body)
    {
        auto decoded = fd::protocol::ErrorBody::decode(body);
        return decoded ? decoded->error().code : QStringLiteral("<not an error body: %1>").arg(QString::fromUtf8(body.left(200)));
    }

    // The shared server is alive and its database answers.
    void verifyHealthy()
    {
        QCOMPARE(m_server.process.state(), QProcess::Running);
        const Reply reply = send("GET", QStringLiteral("/v1/health"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    }

    // Starting on @p file must exit 2 with a message containing @p messagePart and leave the file as it was.
    void verifyRefusedUnchanged(const QString &file, const QString &messagePart)
    {
        const QByteArray before = sha256(file);
        QVERIFY(!before.isEmpty());
        const ExitResult result = runToExit({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                             QStringLiteral("--db"), QStringLiteral("sqlite:") + file});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(messagePart), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("not changed")), qPrintable(result.err));
        QVERIFY(!result.out.contains(QLatin1String("listening")));
        QCOMPARE(sha256(file), before);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QVERIFY2(!QFile::exists(file + QLatin1String(suffix)), suffix);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(FIELDDESK_SERVER_BINARY)));
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_dbPath = m_dir.filePath(QStringLiteral("server.sqlite"));
        QVERIFY2(m_server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                 QStringLiteral("sqlite:") + m_dbPath},
                                m_dir.filePath(QStringLiteral("server.stderr"))),
                 qPrintable(m_server.listeningLine + m_server.stderrText()));
    }

    void cleanupTestCase()
    {
        // After everything below, the shared server must still shut down cleanly.
        QCOMPARE(m_server.stop(SIGTERM), 0);
        const QString err = m_server.stderrText();
        QVERIFY2(!err.contains(QLatin1String("runtime error")) && !err.contains(QLatin1String("Sanitizer")), qPrintable(err));
    }

    void listeningLineHasActualPortAndDatabase()
    {
        QVERIFY(m_server.port != 0);
        QCOMPARE(m_server.listeningLine,
                 QStringLiteral("fielddesk-server listening on http://127.0.0.1:%1 (db sqlite:%2)").arg(m_server.port).arg(m_dbPath));
    }

    void healthReportsStatusAndVersions()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Reply reply = send("GET", QStringLiteral("/v1/health"));
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(reply.body, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(json.value(QLatin1String("protocol")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("version")).toString(), QStringLiteral(FIELDDESK_EXPECTED_VERSION));
        QCOMPARE(json.value(QLatin1String("db")).toString(), QStringLiteral("sqlite"));
        QVERIFY(json.value(QLatin1String("uptime_ms")).isDouble());
        QVERIFY(json.value(QLatin1String("uptime_ms")).toInteger() >= 0);
        const qint64 time = json.value(QLatin1String("time_ms")).toInteger();
        QVERIFY2(time >= before - 1 && time <= after + 1, qPrintable(QString::number(time)));
        QCOMPARE(json.value(QLatin1String("instance_id")).toString().size(), 36);
    }

    void databaseFileHasCurrentSchemaVersion()
    {
        QVERIFY(QFile::exists(m_dbPath));
        QCOMPARE(scalar(m_dbPath, QStringLiteral("PRAGMA user_version")).toInt(), kServerSchemaVersion);
        QCOMPARE(scalar(m_dbPath, QStringLiteral("PRAGMA application_id")).toInt(), kServerApplicationId);
        QCOMPARE(scalar(m_dbPath, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        const QString instance = scalar(m_dbPath, QStringLiteral("SELECT value FROM server_meta WHERE key = 'instance_id'")).toString();
        const QJsonObject health = QJsonDocument::fromJson(send("GET", QStringLiteral("/v1/health")).body).object();
        QCOMPARE(instance, health.value(QLatin1String("instance_id")).toString());
        QCOMPARE(scalar(m_dbPath, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'server.start'")).toInt(), 1);
    }

    void auditLogRefusesUpdateAndDelete()
    {
        const int rows = scalar(m_dbPath, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        QVERIFY(rows >= 2); // storage.migrate, server.start
        QString error;
        QVERIFY(!runSql(m_dbPath, {QStringLiteral("UPDATE audit_log SET actor = 'x'")}, &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QVERIFY(!runSql(m_dbPath, {QStringLiteral("DELETE FROM audit_log")}, &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QCOMPARE(scalar(m_dbPath, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), rows);
    }

    void unknownPathIs404JsonError()
    {
        for (const QString &path : {QStringLiteral("/"), QStringLiteral("/nope"), QStringLiteral("/v1/health/extra"),
                                    QStringLiteral("/v1/pushes"), QStringLiteral("/v1/%00")}) {
            const Reply reply = send("GET", path);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.contentType, QByteArray("application/json"));
            QCOMPARE(errorCode(reply.body), QStringLiteral("not_found"));
        }
    }

    void wrongMethodIs405JsonError()
    {
        const Reply post = send("POST", QStringLiteral("/v1/health"), "{}");
        QCOMPARE(post.status, 405);
        QCOMPARE(post.allow, QByteArray("GET"));
        QCOMPARE(post.contentType, QByteArray("application/json"));
        QCOMPARE(errorCode(post.body), QStringLiteral("method_not_allowed"));

        const Reply del = send("DELETE", QStringLiteral("/v1/metrics"));
        QCOMPARE(del.status, 405);
        QCOMPARE(errorCode(del.body), QStringLiteral("method_not_allowed"));

        const Reply custom = send("PROPFIND", QStringLiteral("/v1/health"));
        QCOMPARE(custom.status, 405);
        QCOMPARE(errorCode(custom.body), QStringLiteral("method_not_allowed"));
    }

    void metricsArePrometheusText()
    {
        QCOMPARE(send("GET", QStringLiteral("/v1/health")).status, 200);
        const Reply reply = send("GET", QStringLiteral("/v1/metrics"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.contentType.startsWith("text/plain"));
        const QString text = QString::fromUtf8(reply.body);
        const auto count = [&](const char *statusClass) {
            const QRegularExpression re(QStringLiteral("^fielddesk_http_requests_total\\{class=\"%1\"\\} (\\d+)$")
                                                .arg(QLatin1String(statusClass)),
                                        QRegularExpression::MultilineOption);
            const auto match = re.match(text);
            return match.hasMatch() ? match.captured(1).toLongLong() : -1;
        };
        QVERIFY2(count("2xx") >= 1, qPrintable(text));
        QVERIFY(count("4xx") >= 0);
        QCOMPARE(count("5xx"), 0);
        QVERIFY(QRegularExpression(QStringLiteral("^fielddesk_uptime_seconds \\d+\\.\\d+$"), QRegularExpression::MultilineOption)
                        .match(text)
                        .hasMatch());
    }

    void oversizedPostIsRefused()
    {
        const Reply reply = send("POST", QStringLiteral("/v1/health"), QByteArray(2 * 1024 * 1024, 'x'));
        if (reply.status != 0) {
            QCOMPARE(reply.status, 413);
            QCOMPARE(errorCode(reply.body), QStringLiteral("payload_too_large"));
        } else {
            // The server may close before the client reads its answer; refused either way.
            qInfo("2 MiB POST: connection closed before the 413 was read (error %d)", int(reply.error));
            QVERIFY2(reply.error == QNetworkReply::RemoteHostClosedError || reply.error == QNetworkReply::ConnectionRefusedError,
                     qPrintable(QString::number(reply.error)));
        }
        verifyHealthy();
    }

    void bodyJustOverLimitIs413()
    {
        const Reply reply = send("POST", QStringLiteral("/v1/health"), QByteArray(1024 * 1024 + 1, ' '));
        QCOMPARE(reply.status, 413);
        QCOMPARE(errorCode(reply.body), QStringLiteral("payload_too_large"));
        verifyHealthy();
    }

    void rapidSequentialRequests()
    {
        for (int i = 0; i < 200; ++i) {
            const Reply reply = send("GET", QStringLiteral("/v1/health"));
            QVERIFY2(reply.status == 200, qPrintable(QStringLiteral("request %1: %2").arg(i).arg(reply.status)));
        }
    }

    void concurrentRequestsThroughNam()
    {
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < 50; ++i)
            replies.emplace_back(m_nam.get(request(QStringLiteral("/v1/health"))));
        QVERIFY(QTest::qWaitFor([&] {
            return std::all_of(replies.begin(), replies.end(), [](const auto &r) { return r->isFinished(); });
        }, 30000));
        for (const auto &reply : replies) {
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        }
    }

    void fiftyConcurrentConnections()
    {
        // QNetworkAccessManager uses at most 6 connections per host; these are 50 at once.
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 50; ++i) {
            sockets.push_back(rawhttp::connectTo(m_server.port));
            QVERIFY(sockets.back());
        }
        for (auto &socket : sockets)
            socket->write(rawhttp::request("GET", "/v1/health"));
        for (auto &socket : sockets) {
            const auto response = rawhttp::readResponse(*socket, 30000);
            QCOMPARE(response.status, 200);
            QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QLatin1String("status")).toString(),
                     QStringLiteral("ok"));
        }
    }

    void garbageDoesNotHurtTheServer_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // Whether the connection settles at once (an answer or a close). Qt 6.4 reads the request
        // line up to a '\n' with no length limit, so input without one makes it wait;
        // GuardedTcpServer ends such connections with 413 at its size limit or 408 at its request
        // timeout (tested in tst_guardedtcpserver).
        QTest::addColumn<bool>("settles");
        QTest::addColumn<int>("status"); // expected HTTP status, or 0 for "any answer or a close"
        QByteArray random = randomBytes(64 * 1024);
        random[0] = '\x01';
        random[100] = '\n'; // ends a (garbage) request line: Qt refuses it and closes
        QTest::newRow("random bytes") << random << true << 0;
        QTest::newRow("nul bytes") << QByteArray(4096, '\0') << false << 0;
        QTest::newRow("tls client hello") << QByteArray::fromHex("16030100c4010000c00303") + randomBytes(200).replace('\n', 'x') << false << 0;
        QTest::newRow("endless request line") << QByteArray(2 * 1024 * 1024, 'A') << true << 413;
        QTest::newRow("bad method") << QByteArray("FROB /v1/health HTTP/1.1\r\nHost: x\r\n\r\n") << true << 0;
        QTest::newRow("bad version") << QByteArray("GET /v1/health HTTP/9.9\r\nHost: x\r\n\r\n") << true << 0;
        QTest::newRow("negative length") << QByteArray("POST /v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n") << true << 0;
        QTest::newRow("letters as length") << QByteArray("POST /v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: ab\r\n\r\n") << true << 0;
        QTest::newRow("two lengths") << QByteArray("POST /v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << true << 0;
        QTest::newRow("bad chunk") << QByteArray("POST /v1/health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nxx\r\n") << true << 0;
        QTest::newRow("header flood") << QByteArray("GET /v1/health HTTP/1.1\r\nX-A: ") + QByteArray(200 * 1024, 'a') + "\r\n\r\n" << true << 0;
        QTest::newRow("huge url") << QByteArray("GET /") + QByteArray(100 * 1024, 'u') + " HTTP/1.1\r\nHost: x\r\n\r\n" << true << 0;
        QTest::newRow("websocket upgrade") << QByteArray("GET /v1/health HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                                                         "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                                         "Sec-WebSocket-Version: 13\r\n\r\n") << true << 0;
        QTest::newRow("control chars in path") << QByteArray("GET /v1/\x01\x7f HTTP/1.1\r\nHost: x\r\n\r\n") << true << 0;
        QTest::newRow("utf8 in path") << QByteArray("GET /v1/\xe4\xbd\xa0\xff HTTP/1.1\r\nHost: x\r\n\r\n") << true << 0;
    }
    void garbageDoesNotHurtTheServer()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, settles);
        QFETCH(int, status);
        auto socket = rawhttp::connectTo(m_server.port);
        QVERIFY(socket);
        socket->write(bytes);
        // The server answers (with an error) or hangs up.
        QByteArray received;
        const bool settled = QTest::qWaitFor([&] {
            received += socket->readAll();
            return socket->state() == QAbstractSocket::UnconnectedState || received.contains("\r\n\r\n");
        }, settles ? 10000 : 500);
        QCOMPARE(settled, settles);
        if (!received.isEmpty())
            QVERIFY2(received.startsWith("HTTP/1.1 "), received.left(100).constData());
        if (status != 0)
            QVERIFY2(received.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '), received.left(100).constData());
        // Healthy while the garbage connection may still be open, and after it is gone.
        verifyHealthy();
        socket.reset();
        verifyHealthy();
    }

    void halfSentRequestThenDisconnect_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("reset");
        const QByteArray headers = "POST /v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n";
        QTest::newRow("half request line, close") << QByteArray("GET /v1/hea") << false;
        QTest::newRow("half headers, reset") << QByteArray("GET /v1/health HTTP/1.1\r\nHost: x\r\n") << true;
        QTest::newRow("half body, close") << headers + QByteArray(2500, 'b') << false;
        QTest::newRow("half body, reset") << headers + QByteArray(2500, 'b') << true;
    }
    void halfSentRequestThenDisconnect()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, reset);
        auto socket = rawhttp::connectTo(m_server.port);
        QVERIFY(socket);
        socket->write(bytes);
        QVERIFY(socket->waitForBytesWritten(5000));
        QTest::qWait(50);
        if (reset) {
            // Linger 0 makes close() send a TCP RST instead of a FIN, like a client that crashed.
            const linger hardReset{1, 0};
            QCOMPARE(::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardReset, sizeof hardReset), 0);
            socket->abort();
        } else {
            socket->disconnectFromHost();
        }
        socket.reset();
        verifyHealthy();
    }

    void manyAbandonedConnections()
    {
        // Clients vanish all the time on mobile networks; none of this may accumulate into a failure.
        for (int i = 0; i < 100; ++i) {
            auto socket = rawhttp::connectTo(m_server.port);
            QVERIFY(socket);
            socket->write("GET /v1/health HTTP/1.1\r\nHo");
            socket->abort();
        }
        verifyHealthy();
    }

    void postgresqlIsRefused()
    {
        const ExitResult result = runToExit({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                             QStringLiteral("--db"), QStringLiteral("postgresql://u:secret@localhost/fd")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("PostgreSQL")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QLatin1String("secret")));
        QVERIFY(result.out.isEmpty());
    }

    void badArgumentsExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        const QString db = QStringLiteral("sqlite:") + QDir::tempPath() + QStringLiteral("/fd-never-created.sqlite");
        QTest::newRow("no port") << QStringList{"--listen", "127.0.0.1", "--db", db} << "--listen";
        QTest::newRow("port out of range") << QStringList{"--listen", "127.0.0.1:65536", "--db", db} << "--listen";
        QTest::newRow("port not a number") << QStringList{"--listen", "127.0.0.1:http", "--db", db} << "--listen";
        QTest::newRow("unparsable host") << QStringList{"--listen", "no such host!:80", "--db", db} << "--listen";
        QTest::newRow("bad ipv4") << QStringList{"--listen", "300.1.1.1:80", "--db", db} << "--listen";
        QTest::newRow("missing --db") << QStringList{"--listen", "127.0.0.1:0"} << "--db";
        QTest::newRow("missing --listen") << QStringList{"--db", db} << "--listen";
        QTest::newRow("unknown option") << QStringList{"--listen", "127.0.0.1:0", "--db", db, "--frob"} << "frob";
        QTest::newRow("stray argument") << QStringList{"--listen", "127.0.0.1:0", "--db", db, "extra"} << "extra";
        QTest::newRow("not a db url") << QStringList{"--listen", "127.0.0.1:0", "--db", "/tmp/x.sqlite"} << "sqlite:PATH";
    }
    void badArgumentsExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const ExitResult result = runToExit(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(messagePart), qPrintable(result.err));
        QVERIFY(!result.out.contains(QLatin1String("listening")));
        QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/fd-never-created.sqlite")));
    }

    void helpExits0()
    {
        const ExitResult result = runToExit({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("--listen")));
        QVERIFY(result.out.contains(QLatin1String("--db")));
        QVERIFY(result.out.contains(QLatin1String("Exit status")));
    }

    void portInUseExits1()
    {
        QTcpServer occupier;
        occupier.setProxy(QNetworkProxy::NoProxy);
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        const QString db = m_dir.filePath(QStringLiteral("port-in-use.sqlite"));
        const ExitResult result = runToExit({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(occupier.serverPort()),
                                             QStringLiteral("--db"), QStringLiteral("sqlite:") + db});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("Cannot listen")), qPrintable(result.err));
    }

    void newerSchemaIsRefusedUnchanged()
    {
        const QString file = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(runSql(file, {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("CREATE TABLE from_the_future (x TEXT)"),
                              QStringLiteral("INSERT INTO from_the_future VALUES ('keep me')"),
                              QStringLiteral("PRAGMA application_id = %1").arg(kServerApplicationId),
                              QStringLiteral("PRAGMA user_version = %1").arg(kServerSchemaVersion + 1)}));
        verifyRefusedUnchanged(file, QStringLiteral("newer"));
    }

    void randomBytesAreRefusedUnchanged()
    {
        const QString file = m_dir.filePath(QStringLiteral("random.sqlite"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(randomBytes(64 * 1024));
        f.close();
        verifyRefusedUnchanged(file, QStringLiteral("not a SQLite database"));
    }

    void foreignDatabaseIsRefusedUnchanged()
    {
        const QString file = m_dir.filePath(QStringLiteral("device-local.sqlite"));
        QVERIFY(runSql(file, {QStringLiteral("CREATE TABLE tickets (id TEXT PRIMARY KEY)"),
                              QStringLiteral("INSERT INTO tickets VALUES ('t1')")}));
        verifyRefusedUnchanged(file, QStringLiteral("not a fielddesk-server database"));
    }

    void restartKeepsInstanceAndRecordsStops()
    {
        const QString file = m_dir.filePath(QStringLiteral("restart.sqlite"));
        const QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                               QStringLiteral("sqlite:") + file};
        QString firstInstance;
        {
            ServerProcess first;
            QVERIFY(first.start(args, m_dir.filePath(QStringLiteral("restart1.stderr"))));
            firstInstance = scalar(file, QStringLiteral("SELECT value FROM server_meta WHERE key = 'instance_id'")).toString();
            QCOMPARE(first.stop(SIGTERM), 0);
        }
        // A clean close checkpoints the WAL away.
        QVERIFY(!QFile::exists(file + QLatin1String("-wal")));
        ServerProcess second;
        QVERIFY(second.start(args, m_dir.filePath(QStringLiteral("restart2.stderr"))));
        QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/health").arg(second.port)));
        const Reply health = collect(m_nam.get(r));
        QCOMPARE(health.status, 200);
        QCOMPARE(QJsonDocument::fromJson(health.body).object().value(QLatin1String("instance_id")).toString(), firstInstance);
        QCOMPARE(second.stop(SIGINT), 0);
        QCOMPARE(scalar(file, QStringLiteral("PRAGMA user_version")).toInt(), kServerSchemaVersion);
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'server.start'")).toInt(), 2);
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'server.stop'")).toInt(), 2);
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'storage.migrate'")).toInt(), kServerSchemaVersion);
    }

    void sigtermAndSigintExit0()
    {
        for (const int signal : {SIGTERM, SIGINT}) {
            ServerProcess server;
            const QString file = m_dir.filePath(QStringLiteral("signal-%1.sqlite").arg(signal));
            QVERIFY(server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                  QStringLiteral("sqlite:") + file},
                                 m_dir.filePath(QStringLiteral("signal-%1.stderr").arg(signal))));
            // An open keep-alive connection must not hold up the shutdown.
            auto socket = rawhttp::connectTo(server.port);
            QVERIFY(socket);
            socket->write(rawhttp::request("GET", "/v1/health"));
            QCOMPARE(rawhttp::readResponse(*socket).status, 200);
            QCOMPARE(server.stop(signal), 0);
            QVERIFY(rawhttp::waitClosed(*socket));
            // The database was closed, not abandoned: the last connection checkpointed the WAL away.
            // (Checked before scalar() below, whose read-only connection leaves a -wal behind.)
            QVERIFY(!QFile::exists(file + QLatin1String("-wal")));
            QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'server.stop'")).toInt(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
