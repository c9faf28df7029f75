#include "progressmeter.h"

namespace fd::cli {

ProgressMeter::ProgressMeter(QTextStream &err, QString phase, qint64 total)
    : m_err(err), m_phase(std::move(phase)), m_total(total)
{
    m_timer.start();
}

QString ProgressMeter::duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

void ProgressMeter::update(qint64 done)
{
    const qint64 ms = m_timer.elapsed();
    if (ms - m_lastPrintMs < 2000)
        return;
    m_lastPrintMs = ms;
    const double secs = double(ms) / 1000.0;
    const double rate = secs > 0 ? double(done) / secs : 0;
    const double pct = m_total > 0 ? 100.0 * double(done) / double(m_total) : 100.0;
    const double left = rate > 0 ? double(m_total - done) / rate : 0;
    m_err << "demo: " << m_phase << ' ' << QString::number(pct, 'f', 1) << "% (" << done << '/' << m_total << ") "
          << qint64(rate) << "/s, " << duration(left) << " left\n";
    m_err.flush();
}

double ProgressMeter::finish(qint64 done)
{
    const double secs = elapsedSeconds();
    const double rate = secs > 0 ? double(done) / secs : 0;
    m_err << "demo: " << m_phase << " done: " << done << " in " << QString::number(secs, 'f', 1) << " s (" << qint64(rate)
          << "/s)\n";
    m_err.flush();
    return secs;
}

} // namespace fd::cli
