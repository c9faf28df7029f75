#pragma once

#include "demoworld.h"
#include "result.h"

#include <QTextStream>

namespace fd {
class Store;
}

namespace fd::cli {

class SettableClock;

/**
 * Fills an empty store with realistic, deterministic demo data (see `fielddesk-cli demo --help`).
 *
 * Phases, each in large transactions: the organisation and the customers through Store::write
 * and the repositories; then vehicles, ETC accounts, cards, OBUs and tickets with their
 * timelines through BulkChangeWriter, which writes the same rows and outbox ops several times
 * faster. Every row ends up with its outbox op, customers and tickets with their search
 * documents. The clock is pinned to each record's simulated time while it is written.
 *
 * After run() the Store's in-memory HLC lags the bulk writer's: reopen the store before
 * writing through it again (the CLI exits, so it always does).
 */
class DemoGenerator
{
public:
    DemoGenerator(Store &store, SettableClock &clock, QTextStream &err);

    Result<DemoReport> run(const DemoOptions &options);
    [[nodiscard]] const DemoWorld &world() const { return m_world; }

private:
    Store &m_store;
    SettableClock &m_clock;
    QTextStream &m_err;
    DemoWorld m_world;
};

} // namespace fd::cli
