#pragma once

#include "ticketrepository.h"

#include <QList>
#include <QTextStream>

namespace fd::cli {

/** How ticket commands print tickets: "key: value" for one, tab-separated rows for lists. */
class TicketPrinter
{
public:
    static void printOne(QTextStream &out, const TicketSummary &t, qint64 nowMs);
    static void printList(QTextStream &out, const QList<TicketSummary> &tickets, qint64 nowMs);
    /** "2026-01-01 08:00:00 UTC", or "-" for a missing time. */
    [[nodiscard]] static QString time(qint64 ms);
};

} // namespace fd::cli
