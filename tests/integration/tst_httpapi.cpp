// HttpApi in-process with a ManualClock: exact health fields, error bodies, metrics counting,
// and the 503 that only a dead database produces.

#include "clock.h"
#include "errorbody.h"
#include "guardedtcpserver.h"
#include "httpapi.h"
#include "protocol.h"
#include "servermetrics.h"
#include "serverstorage.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

class TestHttpApi : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<ServerStorage> m_storage;
    std::unique_ptr<ServerMetrics> m_metrics;
    std::unique_ptr<HttpApi> m_api;
    std::unique_ptr<QHttpServer> m_http;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QByteArray allow;
    };

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->rawHeader("Allow")};
    }

    static QString errorCode(const QByteArray &body)
    {
        auto decoded = protocol::ErrorBody::decode(body);
        return decoded ? decoded->error().code : QStringLiteral("<not an error body: %1>").arg(QString::fromUtf8(body));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    void init()
    {
        m_storage = std::make_unique<ServerStorage>(m_clock);
        QVERIFY(m_storage->open(m_dir.filePath(QStringLiteral("api.sqlite"))));
        m_metrics = std::make_unique<ServerMetrics>(QStringLiteral("9.8.7"));
        m_api = std::make_unique<HttpApi>(*m_storage, *m_metrics, m_clock, QStringLiteral("9.8.7"));
        m_http = std::make_unique<QHttpServer>();
        m_api->install(*m_http);
        auto *tcp = new GuardedTcpServer();
        QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
        m_port = tcp->serverPort();
        m_http->bind(tcp);
    }

    void cleanup()
    {
        m_http.reset();
        m_api.reset();
        m_metrics.reset();
        m_storage.reset();
    }

    void healthReportsExactFields()
    {
        m_clock.setMs(1'800'000'000'123);
        const Reply reply = send("GET", QStringLiteral("/v1/health"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(json.value(QLatin1String("protocol")).toInt(), protocol::kVersion);
        QCOMPARE(json.value(QLatin1String("version")).toString(), QStringLiteral("9.8.7"));
        QCOMPARE(json.value(QLatin1String("db")).toString(), QStringLiteral("sqlite"));
        QCOMPARE(json.value(QLatin1String("instance_id")).toString(), m_storage->instanceId());
        QCOMPARE(json.value(QLatin1String("time_ms")).toInteger(), 1'800'000'000'123);
        QVERIFY(json.value(QLatin1String("uptime_ms")).toInteger() >= 0);
        QVERIFY(json.value(QLatin1String("uptime_ms")).toInteger() <= m_metrics->uptimeMs());
    }

    void healthIs503WhenTheDatabaseIsGone()
    {
        m_storage->close();
        const Reply reply = send("GET", QStringLiteral("/v1/health"));
        QCOMPARE(reply.status, 503);
        QCOMPARE(errorCode(reply.body), QStringLiteral("db_unavailable"));
        QCOMPARE(m_metrics->responses(5), 1u);
    }

    void unknownPathIs404()
    {
        for (const QString &path : {QStringLiteral("/"), QStringLiteral("/v1"), QStringLiteral("/v1/health/x"),
                                    QStringLiteral("/v1/healthz"), QStringLiteral("/v2/health")}) {
            const Reply reply = send("GET", path);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.contentType, QByteArray("application/json"));
            QCOMPARE(errorCode(reply.body), QStringLiteral("not_found"));
        }
    }

    void wrongMethodIs405WithAllow()
    {
        for (const QByteArray &method : {QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE"), QByteArray("PATCH"),
                                         QByteArray("PROPFIND")}) {
            const Reply reply = send(method, QStringLiteral("/v1/health"), method == "POST" ? "{}" : QByteArray());
            QCOMPARE(reply.status, 405);
            QCOMPARE(reply.allow, QByteArray("GET"));
            QCOMPARE(errorCode(reply.body), QStringLiteral("method_not_allowed"));
        }
    }

    void bodyJustOverTheLimitIs413()
    {
        // Under the guard's allowance for headers, so this reaches the handler's own check.
        const Reply reply = send("POST", QStringLiteral("/v1/health"), QByteArray(protocol::kMaxRequestBodyBytes + 1, ' '));
        QCOMPARE(reply.status, 413);
        QCOMPARE(errorCode(reply.body), QStringLiteral("payload_too_large"));
    }

    void metricsCountByStatusClass()
    {
        QCOMPARE(send("GET", QStringLiteral("/v1/health")).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/v1/health")).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/nope")).status, 404);
        const Reply reply = send("GET", QStringLiteral("/v1/metrics"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.contentType.startsWith("text/plain"));
        const QString text = QString::fromUtf8(reply.body);
        QVERIFY2(text.contains(QLatin1String("fielddesk_http_requests_total{class=\"2xx\"} 2\n")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("fielddesk_http_requests_total{class=\"4xx\"} 1\n")));
        QVERIFY(text.contains(QLatin1String("fielddesk_http_requests_total{class=\"5xx\"} 0\n")));
        QVERIFY(text.contains(QLatin1String("# TYPE fielddesk_uptime_seconds gauge")));
        QVERIFY(text.contains(QLatin1String("fielddesk_build_info{version=\"9.8.7\",protocol=\"1\"} 1")));
        QCOMPARE(m_metrics->totalResponses(), 4u); // the metrics response itself counted after rendering
    }
};

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
