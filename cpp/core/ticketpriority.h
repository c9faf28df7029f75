#pragma once

#include <QtGlobal>

namespace fd {

/**
 * Priority of a work order from urgency × impact, each 1 (high) to 3 (low): 1 is the most
 * urgent, 5 the least. urgency 1 and impact 1 → 1; 3 and 3 → 5.
 */
[[nodiscard]] constexpr int ticketPriority(int urgency, int impact)
{
    const int u = qBound(1, urgency, 3);
    const int i = qBound(1, impact, 3);
    return u + i - 1;
}

} // namespace fd
