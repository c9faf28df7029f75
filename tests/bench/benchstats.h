#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>

/** Latency samples in milliseconds; percentiles by nearest rank. */
class BenchSamples
{
public:
    void add(double ms) { m_ms.append(ms); }
    [[nodiscard]] qsizetype count() const { return m_ms.size(); }
    [[nodiscard]] double percentile(double p) const
    {
        if (m_ms.isEmpty())
            return 0;
        QList<double> sorted = m_ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
        return sorted.at(qBound<qsizetype>(0, rank - 1, sorted.size() - 1));
    }
    [[nodiscard]] double max() const { return m_ms.isEmpty() ? 0 : *std::max_element(m_ms.cbegin(), m_ms.cend()); }
    [[nodiscard]] double mean() const
    {
        double sum = 0;
        for (const double v : m_ms)
            sum += v;
        return m_ms.isEmpty() ? 0 : sum / double(m_ms.size());
    }
    /** "p50_ms=0.41 p95_ms=1.20" for the given percentiles. */
    [[nodiscard]] QString figures(std::initializer_list<int> percentiles) const
    {
        QStringList parts;
        for (const int p : percentiles)
            parts << QStringLiteral("p%1_ms=%2").arg(p).arg(number(percentile(p)));
        return parts.join(QLatin1Char(' '));
    }
    static QString number(double v) { return QString::number(v, 'f', v < 10 ? 3 : 1); }

private:
    QList<double> m_ms;
};

/** Runs @p program to its end (2 minutes at most): its standard output, or empty (and why, on stderr). */
inline QString runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        QTextStream(stderr) << program << ' ' << args.join(u' ') << " failed: " << p.readAllStandardError() << '\n';
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}
