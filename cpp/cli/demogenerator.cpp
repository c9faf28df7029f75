#include "demogenerator.h"

#include "bulkchangewriter.h"
#include "democustomers.h"
#include "demoorganisation.h"
#include "demopeople.h"
#include "demorandom.h"
#include "demotickets.h"
#include "settableclock.h"
#include "store.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::cli {

DemoGenerator::DemoGenerator(Store &store, SettableClock &clock, QTextStream &err) : m_store(store), m_clock(clock), m_err(err)
{
}

Result<DemoReport> DemoGenerator::run(const DemoOptions &options)
{
    if (!m_store.identity().isValid())
        return makeError("device_not_set_up", u"The store has no device identity."_s);
    for (const char *table : {"customers", "tickets"}) {
        auto r = m_store.db().run(u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table)));
        if (!r)
            return r.error();
        const qint64 n = r.value().next() ? r.value().value(0).toLongLong() : 0;
        if (n > 0)
            return makeError("demo_not_empty", u"The store already holds %1 %2; demo data goes into an empty store. "
                                               "Use a new --data folder."_s.arg(n).arg(QLatin1String(table)));
    }

    QElapsedTimer total;
    total.start();
    DemoReport report;
    m_world.nowMs = options.nowMs >= 0 ? options.nowMs : m_clock.nowMs();
    m_world.today = QDateTime::fromMSecsSinceEpoch(m_world.nowMs, Qt::UTC).date();

    // Bulk loading: a big page cache keeps the indexes being filled in memory. This connection only.
    if (auto r = m_store.db().run(u"PRAGMA cache_size = -262144"_s); !r)
        return r.error();

    DemoRandom random(options.seed);
    DemoPeople people(random, m_world.today);

    QElapsedTimer phase;
    phase.start();
    DemoOrganisation organisation(m_store, m_clock, random, people, m_world);
    if (auto r = organisation.run(options); !r)
        return r.error();
    report.organisationSeconds = double(phase.nsecsElapsed()) / 1e9;
    m_err << "demo: organisation done: " << m_world.outlets.size() << " outlets, " << m_world.staff.size() << " staff, "
          << m_world.crews.size() << " crews in " << QString::number(report.organisationSeconds, 'f', 1) << " s\n";
    m_err.flush();

    phase.restart();
    DemoCustomers customers(m_store, m_clock, random, people, m_world, m_err);
    auto created = customers.create(options);
    if (!created)
        return created.error();
    report.customerRows = created.value();
    report.customerSeconds = double(phase.nsecsElapsed()) / 1e9;

    // The last writes through Store::write, so that the bulk writer's clock starts after them.
    if (auto r = organisation.outages(); !r)
        return r.error();
    report.outageNotices = organisation.outageNotices();

    BulkChangeWriter writer(m_store);
    phase.restart();
    auto etc = customers.issueEtc(writer, options);
    if (!etc)
        return etc.error();
    report.etcRows = etc.value();
    report.etcSeconds = double(phase.nsecsElapsed()) / 1e9;

    phase.restart();
    DemoTickets tickets(m_store, random, people, m_world, m_err);
    auto events = tickets.run(writer, options);
    if (!events)
        return events.error();
    report.timelineEvents = events.value();
    report.ticketRows = tickets.rows();
    report.ticketSeconds = double(phase.nsecsElapsed()) / 1e9;

    m_clock.unpin();
    report.totalSeconds = double(total.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace fd::cli
