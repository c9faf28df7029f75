#pragma once

#include "clock.h"

#include <QString>

namespace fd {

/**
 * Makes UUIDv7 ids (RFC 9562): 48 bits of UTC milliseconds, then 74 random bits, so ids made on
 * a device sort by creation time and need no server to be unique. Ids from one generator are
 * strictly increasing even when the clock stands still or steps back.
 */
class UuidGenerator
{
public:
    explicit UuidGenerator(const Clock &clock) : m_clock(clock) {}

    /** Canonical lowercase text form, 36 characters. */
    [[nodiscard]] QString next();

    /** The millisecond timestamp stored in a UUIDv7, or -1 if @p id is not one. */
    static qint64 timestampOf(const QString &id);
    static bool isValid(const QString &id);

private:
    const Clock &m_clock;
    qint64 m_lastMs = -1;
    quint32 m_counter = 0; // the 12-bit rand_a field, used as a sequence within one millisecond
};

} // namespace fd
