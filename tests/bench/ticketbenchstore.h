#pragma once

#include "result.h"

#include <QString>
#include <QTextStream>

/** What bench_tickets' store is made of; a cached store is reused only if all of it matches. */
struct TicketBenchSpec
{
    int tickets = 1'000'000;
    int crews = 50;
    int customers = 200'000;
    quint32 seed = 1;

    friend bool operator==(const TicketBenchSpec &, const TicketBenchSpec &) = default;
};

/**
 * The store bench_tickets measures, made once in a folder and reused while the spec is the same.
 *
 * Only what the ticket lists read is written, directly in large transactions: the outlets of
 * DemoCatalog, the crews spread over them, customers (names and phones from DemoPeople) and the
 * tickets. Each ticket's state, state time, due time and crew come from DemoTicketPlanner, the
 * planner `fielddesk-cli demo` uses: the last 3% are current work in every state (about two
 * thirds of those with a step timer past it), the rest history, nearly all closed or cancelled
 * and a few stuck in an open state. Outlets get tickets as in the demo (this device's outlet 6,
 * the others in its province 3, elsewhere 1), so some crews are much busier than others.
 *
 * Not written: timeline events, outbox ops, search documents, ETC records. The two lists read
 * none of them; they would make the file some fifteen times larger (see bench_store's demo store),
 * which changes cold reads, not the plans.
 *
 * A marker file beside the store (bench_tickets.ini, written last with QSaveFile) records the
 * spec and the reference time the data was planned at; the benchmark measures at that time, so
 * a reused store shows the same overdue tickets as the day it was made.
 */
class TicketBenchStore
{
public:
    struct Prepared
    {
        QString dataDir;
        qint64 nowMs = 0;     ///< the reference time the tickets were planned at
        bool generated = false;
        double generateSeconds = 0;
        qint64 ticketsPerSecond = 0;
    };

    /**
     * Reuses the store in @p dataDir if its marker matches @p spec, else (re)makes it. A store in
     * @p dataDir without a marker was not made here and is refused, never deleted.
     */
    static fd::Result<Prepared> prepare(const QString &dataDir, const TicketBenchSpec &spec, QTextStream &err);

    static constexpr int kFormat = 2; ///< bump when the generator changes what it writes
};
