#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace fd {

/** Source of wall-clock time. Everything time-dependent takes one, so tests can move time. */
class Clock
{
public:
    virtual ~Clock() = default;
    /** UTC milliseconds since the epoch. */
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

/** A clock that only moves when told to. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'767'225'600'000) : m_ms(startMs) {} // 2026-01-01T00:00Z
    [[nodiscard]] qint64 nowMs() const override { return m_ms; }
    void setMs(qint64 ms) { m_ms = ms; }
    void advanceMs(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace fd
