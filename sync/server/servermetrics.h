#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <array>

namespace fd {

/**
 * Counters behind GET /v1/metrics, rendered in the Prometheus text format so any scraper can
 * read them without a client library. Uptime comes from a monotonic timer, so a wall-clock
 * step (NTP, a tablet's wrong clock pushed through the admin UI) cannot make it jump.
 */
class ServerMetrics
{
public:
    explicit ServerMetrics(QString version);

    /** Counts one answered request under its status class (2xx, 4xx, …). */
    void recordResponse(int httpStatus);
    /** Responses so far with status @p statusClass × 100 … × 100 + 99 (statusClass 1–5). */
    [[nodiscard]] quint64 responses(int statusClass) const;
    [[nodiscard]] quint64 totalResponses() const;
    [[nodiscard]] qint64 uptimeMs() const { return m_uptime.elapsed(); }

    /** Nudge WebSockets (GET /v1/nudge) open right now; NudgeHub keeps it current. */
    void setNudgeConnections(int open) { m_nudgeConnections = open; }
    [[nodiscard]] int nudgeConnections() const { return m_nudgeConnections; }
    /** One "pull now" message written to one device's socket. */
    void recordNudgeSent() { ++m_nudgesSent; }
    [[nodiscard]] quint64 nudgesSent() const { return m_nudgesSent; }
    /** A nudge socket dropped because its peer stopped answering pings or fell too far behind. */
    void recordNudgeDropped() { ++m_nudgesDropped; }
    [[nodiscard]] quint64 nudgesDropped() const { return m_nudgesDropped; }

    /** The Prometheus text exposition (version 0.0.4). */
    [[nodiscard]] QByteArray toPrometheusText() const;

private:
    QString m_version;
    QElapsedTimer m_uptime;
    std::array<quint64, 6> m_byClass{}; // index = status / 100; 0 holds anything outside 100–599
    int m_nudgeConnections = 0;
    quint64 m_nudgesSent = 0;
    quint64 m_nudgesDropped = 0;
};

} // namespace fd
