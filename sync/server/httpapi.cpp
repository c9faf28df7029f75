#include "httpapi.h"

#include "errorbody.h"
#include "protocol.h"
#include "serverlogging.h"
#include "servermetrics.h"
#include "serverstorage.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

namespace fd {

using StatusCode = QHttpServerResponse::StatusCode;

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

// The request path as it may appear in an error message: percent-encoded, because a decoded
// path can hold control characters that clients rightly refuse in text, and short, so a
// hostile path cannot make the error body large.
QString printablePath(const QHttpServerRequest &request)
{
    constexpr int kMax = 120;
    const QString path = request.url().path(QUrl::FullyEncoded);
    return path.size() <= kMax ? path : path.left(kMax) + QStringLiteral("...");
}

} // namespace

HttpApi::HttpApi(ServerStorage &storage, ServerMetrics &metrics, const Clock &clock, QString version)
    : m_storage(storage), m_metrics(metrics), m_clock(clock), m_version(std::move(version))
{
    const QString v1 = QLatin1String(protocol::kApiPrefix);
    addRoute(v1 + QLatin1String("/health"), Method::Get, [this](const QHttpServerRequest &) { return this->health(); });
    addRoute(v1 + QLatin1String("/metrics"), Method::Get, [this](const QHttpServerRequest &) { return this->metrics(); });
}

void HttpApi::addRoute(const QString &path, Method method, Handler handler)
{
    m_routes[path].append(Route{method, std::move(handler)});
}

void HttpApi::addFallback(const QString &path, Handler handler)
{
    m_fallbacks.insert(path, std::move(handler));
}

void HttpApi::install(QHttpServer &server)
{
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        const QString path = it.key();
        server.route(path, QHttpServerRequest::Method::AnyKnown,
                     [this, path](const QHttpServerRequest &request) { return dispatch(path, request); });
    }
    server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        finish(unrouted(request)).write(std::move(responder));
    });
}

QHttpServerResponse HttpApi::dispatch(const QString &path, const QHttpServerRequest &request)
{
    // GuardedTcpServer caps whole requests on the wire, with room for headers; this catches a
    // body between the protocol limit and that allowance.
    if (request.body().size() > protocol::kMaxRequestBodyBytes)
        return finish(errorResponse(StatusCode::PayloadTooLarge,
                                    makeError(protocol::errc::kPayloadTooLarge,
                                              QStringLiteral("The request body is larger than %1 bytes.")
                                                      .arg(protocol::kMaxRequestBodyBytes))));
    const auto routes = m_routes.constFind(path);
    if (routes != m_routes.cend()) {
        for (const Route &route : *routes) {
            if (route.method == request.method())
                return finish(route.handler(request));
        }
    }
    return finish(methodNotAllowed(path, request));
}

QHttpServerResponse HttpApi::unrouted(const QHttpServerRequest &request) const
{
    const QString path = request.url().path();
    if (const auto fallback = m_fallbacks.constFind(path); fallback != m_fallbacks.cend())
        return (*fallback)(request);
    // Methods Qt does not know (PROPFIND, …) miss the router even on a known path.
    if (m_routes.contains(path))
        return methodNotAllowed(path, request);
    return errorResponse(StatusCode::NotFound,
                         makeError(protocol::errc::kNotFound,
                                   QStringLiteral("There is no endpoint %1.").arg(printablePath(request))));
}

QHttpServerResponse HttpApi::methodNotAllowed(const QString &path, const QHttpServerRequest &request) const
{
    QByteArrayList allowed;
    for (const Route &route : m_routes.value(path))
        allowed.append(methodName(route.method));
    auto response = errorResponse(StatusCode::MethodNotAllowed,
                                  makeError(protocol::errc::kMethodNotAllowed,
                                            QStringLiteral("%1 does not accept %2; use %3.")
                                                    .arg(printablePath(request),
                                                         request.method() == Method::Unknown
                                                                 ? QStringLiteral("this method")
                                                                 : QString::fromLatin1(methodName(request.method())),
                                                         QString::fromLatin1(allowed.join(", ")))));
    response.addHeader(QByteArrayLiteral("Allow"), allowed.join(", "));
    return response;
}

QHttpServerResponse HttpApi::finish(QHttpServerResponse &&response)
{
    // Answers describe the server's state at one instant; no proxy may replay them.
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    m_metrics.recordResponse(int(response.statusCode()));
    return std::move(response);
}

QHttpServerResponse HttpApi::errorResponse(StatusCode status, const Error &error)
{
    return QHttpServerResponse(kJson, protocol::ErrorBody::encode(error), status);
}

QHttpServerResponse HttpApi::health() const
{
    if (auto alive = m_storage.ping(); !alive) {
        qCWarning(lcServer).noquote() << "health check: database" << m_storage.path()
                                      << "does not answer:" << alive.error().message;
        // The details are in the log; a client only needs to know to come back later.
        return errorResponse(StatusCode::ServiceUnavailable,
                             makeError(protocol::errc::kDbUnavailable,
                                       QStringLiteral("The server's database does not answer; try again later.")));
    }
    const QJsonObject body{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("protocol"), protocol::kVersion},
            {QStringLiteral("version"), m_version},
            {QStringLiteral("db"), ServerStorage::backendName()},
            {QStringLiteral("instance_id"), m_storage.instanceId()},
            {QStringLiteral("uptime_ms"), m_metrics.uptimeMs()},
            {QStringLiteral("time_ms"), m_clock.nowMs()},
    };
    return QHttpServerResponse(kJson, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QHttpServerResponse HttpApi::metrics() const
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                               m_metrics.toPrometheusText());
}

} // namespace fd
