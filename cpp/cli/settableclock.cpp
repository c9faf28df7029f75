#include "settableclock.h"

namespace fd::cli {

qint64 SettableClock::nowMs() const
{
    return m_pinned ? *m_pinned : m_system.nowMs();
}

} // namespace fd::cli
