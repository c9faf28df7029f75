#include "hybridlogicalclock.h"

#include <QCoreApplication>

namespace fd {

QString HlcTimestamp::toString() const
{
    return QStringLiteral("%1-%2-%3").arg(wallMs, 15, 10, QLatin1Char('0')).arg(counter, 4, 16, QLatin1Char('0')).arg(node);
}

Result<HlcTimestamp> HlcTimestamp::parse(const QString &text)
{
    const auto bad = [&] {
        return makeError("invalid_hlc", QCoreApplication::translate("Hlc", "Not a valid clock timestamp: %1").arg(text.left(64)));
    };
    if (text.size() < 21 || text.at(15) != QLatin1Char('-') || text.at(20) != QLatin1Char('-'))
        return bad();
    bool okWall = false;
    bool okCounter = false;
    HlcTimestamp ts;
    ts.wallMs = text.left(15).toLongLong(&okWall, 10);
    ts.counter = text.mid(16, 4).toUInt(&okCounter, 16);
    ts.node = text.mid(21);
    if (!okWall || !okCounter || ts.wallMs < 0)
        return bad();
    return ts;
}

std::strong_ordering operator<=>(const HlcTimestamp &a, const HlcTimestamp &b)
{
    if (auto c = a.wallMs <=> b.wallMs; c != 0)
        return c;
    if (auto c = a.counter <=> b.counter; c != 0)
        return c;
    const int n = QString::compare(a.node, b.node);
    return n < 0 ? std::strong_ordering::less : n > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

HybridLogicalClock::HybridLogicalClock(const Clock &clock, QString node, qint64 maxDriftMs)
    : m_clock(clock), m_node(std::move(node)), m_maxDriftMs(maxDriftMs)
{
}

HlcTimestamp HybridLogicalClock::now()
{
    const qint64 pt = m_clock.nowMs();
    if (pt > m_wallMs) {
        m_wallMs = pt;
        m_counter = 0;
    } else {
        setCounter(quint64(m_counter) + 1);
    }
    return last();
}

Result<HlcTimestamp> HybridLogicalClock::update(const HlcTimestamp &remote)
{
    const qint64 pt = m_clock.nowMs();
    if (remote.wallMs - pt > m_maxDriftMs)
        return makeError("clock_drift",
                         QCoreApplication::translate("Hlc", "A timestamp from %1 is too far in the future.").arg(remote.node));
    const qint64 wall = std::max({m_wallMs, remote.wallMs, pt});
    quint64 next = 0;
    if (wall == m_wallMs && wall == remote.wallMs)
        next = quint64(std::max(m_counter, remote.counter)) + 1;
    else if (wall == m_wallMs)
        next = quint64(m_counter) + 1;
    else if (wall == remote.wallMs)
        next = quint64(remote.counter) + 1;
    m_wallMs = wall;
    setCounter(next);
    return last();
}

void HybridLogicalClock::setCounter(quint64 next)
{
    // A counter wider than its four text digits would sort wrongly as text and not parse back,
    // so a burst of more events than that within one millisecond borrows the next millisecond.
    if (next > HlcTimestamp::kMaxCounter) {
        ++m_wallMs;
        m_counter = 0;
    } else {
        m_counter = quint32(next);
    }
}

void HybridLogicalClock::restore(const HlcTimestamp &last)
{
    if (last.wallMs > m_wallMs || (last.wallMs == m_wallMs && last.counter > m_counter)) {
        m_wallMs = last.wallMs;
        m_counter = last.counter;
    }
}

} // namespace fd
