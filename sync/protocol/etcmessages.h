#pragma once

#include "cardload.h"
#include "jsonreader.h"

#include <QJsonObject>

namespace fd::protocol {

/**
 * The JSON of /v1/etc/loads (sync/server/README.md), written and read by the server (EtcApi) and
 * the device (EtcClient) alike.
 */
class EtcMessages
{
public:
    [[nodiscard]] static QJsonObject encodeLoad(const CardLoad &load);
    [[nodiscard]] static Result<CardLoad> decodeLoad(const JsonReader &reader);

    /** A chip as the terminal read it, for resolve: number, counter, balance and its log. */
    [[nodiscard]] static QJsonObject encodeChip(const CardChip &chip);
    [[nodiscard]] static Result<CardChip> decodeChip(const JsonReader &reader);

    /** A chip's transaction counter fits in four bytes. */
    static constexpr qint64 kMaxCounter = 0xFFFFFFFFLL;
    /** Amounts and balances stay within what a JSON number holds exactly. */
    static constexpr qint64 kMaxFen = 9'007'199'254'740'991LL;
    /** A chip log longer than this is refused. */
    static constexpr qsizetype kMaxChipLog = 64;
};

} // namespace fd::protocol
