#pragma once

#include "bulkchangewriter.h"
#include "democatalog.h"
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
 * Each visit that ends in "finish" leaves what FieldWorkRepository would have recorded between
 * arrival and finish (fault record, parts or "no parts used", photos, "tested", the customer's
 * signature), so the finish checklist is complete; each close or reopen has the callback whose
 * verdict decided it (CloseOutRepository's rows, with the customer's contact log entry), named
 * by the ticket's callback_id; some finished tickets wait with one unanswered call.
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
    /** One ticket ready to write: its row, its timeline and work record, its search document. */
    struct Prepared
    {
        QList<PreparedChange> rows; // the ticket first
        QString doc;
        QString rev;
        qint64 ownSequence = 0; // this device's ticket counter after this ticket
        int events = 0;         // timeline events among the rows
    };
    /** A change and the simulated time it was made at, waiting to be prepared. */
    struct Timed
    {
        Change change;
        qint64 at = 0;
    };
    /** The ticket a work record or callback belongs to. */
    struct TicketRef
    {
        QString id;
        QString ticketNo;
        QString customerId; // empty for a report by someone not on file
        QString outletId;
    };
    /** What crews find for one problem (DemoCatalog::repairs()), and how often. */
    struct Repairs
    {
        const QList<DemoRepair> *list = nullptr;
        DemoRandom::Weights weights;
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
    /**
     * The crew's record of one visit, between @p arrivedAt and @p finishedAt, complete by itself
     * (the checklist counts what was recorded since the last arrival); returns the finish note.
     */
    QString recordWork(BulkChangeWriter &writer, QList<Timed> &rows, const TicketRef &ticket, int problem,
                       qint64 arrivedAt, qint64 finishedAt, const QString &staff);
    /** The answered callback that closed (@p satisfied) or reopened the ticket at @p at; returns its id. */
    QString recordCallback(BulkChangeWriter &writer, QList<Timed> &rows, const TicketRef &ticket, bool satisfied,
                           qint64 finishedAt, qint64 at, const QString &suggestions, const QString &clerk);
    /** A call about a finished ticket that nobody answered, to be tried again a little after now. */
    void recordUnanswered(BulkChangeWriter &writer, QList<Timed> &rows, const TicketRef &ticket, qint64 finishedAt,
                          const QString &clerk);
    /** The callback on the customer's contact log, as CloseOutRepository writes it. */
    void logContact(BulkChangeWriter &writer, QList<Timed> &rows, const TicketRef &ticket, qint64 at,
                    const QString &channel, const QString &content, const QString &reply, const QString &clerk);
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
    QList<Repairs> m_repairs; // per problem
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
