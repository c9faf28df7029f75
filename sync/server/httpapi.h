#pragma once

#include "clock.h"
#include "result.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QString>

#include <functional>

class QHttpServer;

namespace fd {

class ServerMetrics;
class ServerStorage;

/**
 * The /v1 HTTP API: which path and method runs which handler, and the answers every endpoint
 * shares — JSON error bodies, 404 for unknown paths, 405 (with Allow) for a known path asked
 * with the wrong method, 413 for bodies over the protocol limit. Every response is counted in
 * ServerMetrics.
 *
 * Routes are registered per path with Qt's router accepting any method and dispatched on the
 * method here, because Qt 6.4 cannot tell "no such path" from "wrong method": both reach its
 * missing handler.
 */
class HttpApi
{
public:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;
    using Method = QHttpServerRequest::Method;

    HttpApi(ServerStorage &storage, ServerMetrics &metrics, const Clock &clock, QString version);

    /** Adds @p handler for @p method on the exact @p path; call before install(). */
    void addRoute(const QString &path, Method method, Handler handler);

    /**
     * Answers requests for @p path that no route of the HTTP server took. The nudge WebSocket
     * (NudgeHub) registers its upgrade on Qt's router directly, with a rule that matches only an
     * upgrade it accepts; everything else on its path (a plain GET, a refused token) comes here.
     */
    void addFallback(const QString &path, Handler handler);

    /** Registers every route and the missing-path handler on @p server. Call once. */
    void install(QHttpServer &server);

    /** GET /v1/health: 200 with status, versions and times once the database answers, else 503. */
    [[nodiscard]] QHttpServerResponse health() const;
    /** GET /v1/metrics: Prometheus text. */
    [[nodiscard]] QHttpServerResponse metrics() const;

    /** A JSON error body response with @p status. */
    [[nodiscard]] static QHttpServerResponse errorResponse(QHttpServerResponse::StatusCode status,
                                                           const Error &error);

private:
    struct Route
    {
        Method method;
        Handler handler;
    };

    [[nodiscard]] QHttpServerResponse dispatch(const QString &path, const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse unrouted(const QHttpServerRequest &request) const;
    [[nodiscard]] QHttpServerResponse methodNotAllowed(const QString &path, const QHttpServerRequest &request) const;
    /** Counts @p response and adds the headers every response carries. */
    [[nodiscard]] QHttpServerResponse finish(QHttpServerResponse &&response);

    ServerStorage &m_storage;
    ServerMetrics &m_metrics;
    const Clock &m_clock;
    QString m_version;
    QHash<QString, QList<Route>> m_routes; // exact path → methods it accepts
    QHash<QString, Handler> m_fallbacks;    // exact path → answer when no route matched
};

} // namespace fd
