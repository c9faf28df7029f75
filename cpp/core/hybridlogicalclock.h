#pragma once

#include "clock.h"
#include "result.h"

#include <QString>

namespace fd {

/**
 * A hybrid logical clock timestamp: wall milliseconds, a counter for events within one
 * millisecond, and the node (device) that made it. Orders edits across devices whose clocks
 * disagree; ties are broken by node so the order is total.
 */
struct HlcTimestamp
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString node;

    /** The counter has four hex digits in text; beyond this the clock moves to the next millisecond. */
    static constexpr quint32 kMaxCounter = 0xFFFF;

    /** Fixed-width text that sorts like the timestamp: "001767225600000-0000-<node>". */
    [[nodiscard]] QString toString() const;
    static Result<HlcTimestamp> parse(const QString &text);
    [[nodiscard]] bool isNull() const { return wallMs == 0 && counter == 0 && node.isEmpty(); }

    friend bool operator==(const HlcTimestamp &, const HlcTimestamp &) = default;
    friend std::strong_ordering operator<=>(const HlcTimestamp &a, const HlcTimestamp &b);
};

class HybridLogicalClock
{
public:
    /** A remote timestamp further ahead of our wall clock than this is refused. */
    static constexpr qint64 kDefaultMaxDriftMs = 24LL * 3600 * 1000;

    HybridLogicalClock(const Clock &clock, QString node, qint64 maxDriftMs = kDefaultMaxDriftMs);

    /** Timestamp for a local event (an edit made here). */
    [[nodiscard]] HlcTimestamp now();
    /** Take a timestamp received from elsewhere into account; the result orders after it. */
    [[nodiscard]] Result<HlcTimestamp> update(const HlcTimestamp &remote);
    /** Restore state persisted from an earlier run, so a restart never goes back in time. */
    void restore(const HlcTimestamp &last);
    /** The node id stamped on new timestamps (the device id, known once the device is set up). */
    void setNode(const QString &node) { m_node = node; }
    [[nodiscard]] HlcTimestamp last() const { return {m_wallMs, m_counter, m_node}; }

private:
    void setCounter(quint64 next);

    const Clock &m_clock;
    QString m_node;
    qint64 m_maxDriftMs;
    qint64 m_wallMs = 0;
    quint32 m_counter = 0;
};

} // namespace fd
