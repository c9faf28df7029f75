#pragma once

#include "clock.h"

#include <optional>

namespace fd::cli {

/**
 * The wall clock, unless pinned. The demo generator pins it to the simulated time of each
 * record it writes, so created_at, UUIDv7 ids and HLC stamps made by the store match the story
 * the data tells (a ticket reported last Tuesday was created last Tuesday).
 */
class SettableClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override;
    void pin(qint64 ms) { m_pinned = ms; }
    void unpin() { m_pinned.reset(); }
    [[nodiscard]] bool isPinned() const { return m_pinned.has_value(); }

private:
    SystemClock m_system;
    std::optional<qint64> m_pinned;
};

} // namespace fd::cli
