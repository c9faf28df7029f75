#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace fd::cli {

/**
 * Progress of one long phase on stderr: percent, count, rate and time left, at most once every
 * two seconds, and a closing line with the elapsed time and the average rate.
 */
class ProgressMeter
{
public:
    ProgressMeter(QTextStream &err, QString phase, qint64 total);

    void update(qint64 done);
    /** Prints the closing line; returns the elapsed seconds. */
    double finish(qint64 done);
    [[nodiscard]] double elapsedSeconds() const { return double(m_timer.nsecsElapsed()) / 1e9; }

    /** "3m27s" */
    [[nodiscard]] static QString duration(double seconds);

private:
    QTextStream &m_err;
    QString m_phase;
    qint64 m_total;
    QElapsedTimer m_timer;
    qint64 m_lastPrintMs = 0;
};

} // namespace fd::cli
