#include "servermetrics.h"

#include "protocol.h"

namespace fd {

ServerMetrics::ServerMetrics(QString version) : m_version(std::move(version))
{
    m_uptime.start();
}

void ServerMetrics::recordResponse(int httpStatus)
{
    const int statusClass = httpStatus / 100;
    ++m_byClass[statusClass >= 1 && statusClass <= 5 ? statusClass : 0];
}

quint64 ServerMetrics::responses(int statusClass) const
{
    return statusClass >= 1 && statusClass <= 5 ? m_byClass[statusClass] : 0;
}

quint64 ServerMetrics::totalResponses() const
{
    quint64 total = 0;
    for (const quint64 n : m_byClass)
        total += n;
    return total;
}

QByteArray ServerMetrics::toPrometheusText() const
{
    QByteArray out;
    out += "# HELP fielddesk_http_requests_total HTTP requests answered, by status class.\n"
           "# TYPE fielddesk_http_requests_total counter\n";
    // Every class is always present, so a rate() over a class that was zero still works.
    for (int c = 1; c <= 5; ++c)
        out += "fielddesk_http_requests_total{class=\"" + QByteArray::number(c) + "xx\"} "
                + QByteArray::number(m_byClass[c]) + '\n';
    out += "fielddesk_http_requests_total{class=\"other\"} " + QByteArray::number(m_byClass[0]) + '\n';
    out += "# HELP fielddesk_uptime_seconds Seconds since the server started.\n"
           "# TYPE fielddesk_uptime_seconds gauge\n"
           "fielddesk_uptime_seconds "
            + QByteArray::number(double(uptimeMs()) / 1000.0, 'f', 3) + '\n';
    out += "# HELP fielddesk_nudge_connections Devices connected to the nudge WebSocket (/v1/nudge).\n"
           "# TYPE fielddesk_nudge_connections gauge\n"
           "fielddesk_nudge_connections "
            + QByteArray::number(m_nudgeConnections) + '\n';
    out += "# HELP fielddesk_nudges_sent_total Pull-now messages sent, one per device socket.\n"
           "# TYPE fielddesk_nudges_sent_total counter\n"
           "fielddesk_nudges_sent_total "
            + QByteArray::number(m_nudgesSent) + '\n';
    out += "# HELP fielddesk_nudge_dropped_total Nudge sockets closed because the peer stopped answering.\n"
           "# TYPE fielddesk_nudge_dropped_total counter\n"
           "fielddesk_nudge_dropped_total "
            + QByteArray::number(m_nudgesDropped) + '\n';
    out += "# HELP fielddesk_build_info Server version and protocol version.\n"
           "# TYPE fielddesk_build_info gauge\n"
           "fielddesk_build_info{version=\""
            + m_version.toUtf8() + "\",protocol=\"" + QByteArray::number(protocol::kVersion) + "\"} 1\n";
    return out;
}

} // namespace fd
