#pragma once

#include "bulkchangewriter.h"
#include "demopeople.h"
#include "demorandom.h"
#include "demoticketplanner.h"
#include "demoworld.h"
#include "result.h"

#include <QHash>
#include <QTextStream>

namespace fd {
class Store;
}

namespace fd::cli {

/**
 * Demo repair tickets with their whole timelines: every ticket row and timeline event is
 * written with its outbox op through BulkChangeWriter, and every ticket gets its search
 * document. Older tickets are nearly all closed; the most recent few percent are spread over
 * every state, some within their step's time limit and most past it, so crews and supervisors
 * have lists to work from and overdue alarms to look at.
 *
 * Two cores: a worker thread plans and prepares the next batch (timelines, ids, HLC stamps,
 * JSON payloads, search documents) while this thread writes the current one. The worker alone
 * uses the random generator, in a fixed order, so the data stays the same for a seed.
 */
class DemoTickets
{
public:
    DemoTickets(Store &store, DemoRandom &random, DemoPeople &people, const DemoWorld &world, QTextStream &err);

    /** Returns the number of timeline events written; rows() has tickets + events. */
    Result<qint64> run(BulkChangeWriter &writer, const DemoOptions &options);
    [[nodiscard]] qint64 rows() const { return m_rows; }

private:
    struct Planned
    {
        DemoTicketPlan plan;
        int problem = 0;
    };
    /** One ticket ready to write: its row, its timeline, its search document. */
    struct Prepared
    {
        QList<PreparedChange> rows; // the ticket first
        QString doc;
        QString rev;
        qint64 ownSequence = 0; // this device's ticket counter after this ticket
    };
    struct Batch
    {
        QList<Prepared> tickets;
        Error error;
        bool failed = false;
    };

    [[nodiscard]] Batch produce(BulkChangeWriter &writer, int from, int count);
    Result<Prepared> prepare(BulkChangeWriter &writer, const DemoTicketPlan &plan, int problem);
    Result<void> consume(BulkChangeWriter &writer, const Batch &batch);
    [[nodiscard]] int pickOutlet();
    [[nodiscard]] int pickCustomer(qint64 reportedAt);

    Store &m_store;
    DemoRandom &m_random;
    DemoPeople &m_people;
    const DemoWorld &m_world;
    QTextStream &m_err;
    DemoTicketPlanner m_planner;
    DemoRandom::Weights m_problems;
    DemoRandom::Weights m_outletWeights;
    QList<int> m_outletsWithCrews;
    // Worker side.
    QList<Planned> m_live;
    int m_history = 0;
    qint64 m_historyStart = 0;
    double m_historyStep = 0;
    QHash<QString, qint64> m_sequences; // "<outlet>-<device>" → last ticket number used
    qint64 m_ownSequence = 0;
    // Writer side.
    qint64 m_rows = 0;
    qint64 m_events = 0;
};

} // namespace fd::cli
