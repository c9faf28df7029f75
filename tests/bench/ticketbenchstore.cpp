#include "ticketbenchstore.h"

#include "democatalog.h"
#include "demopeople.h"
#include "demorandom.h"
#include "demoticketplanner.h"
#include "progressmeter.h"
#include "store.h"
#include "ticketpriority.h"
#include "uuidgenerator.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

using namespace fd;
using namespace fd::cli;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kTicketsPerTransaction = 25'000;
constexpr int kCustomersPerTransaction = 20'000;

const QString kMarker = u"bench_tickets.ini"_s;
const QStringList kStoreFiles = {u"fielddesk.db"_s, u"fielddesk.db-wal"_s, u"fielddesk.db-shm"_s};

struct Marker
{
    TicketBenchSpec spec;
    int format = 0;
    qint64 nowMs = 0;
    bool complete = false;
};

std::optional<Marker> readMarker(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QHash<QString, QString> v;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            v.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    Marker m;
    m.spec.tickets = v.value(u"tickets"_s).toInt();
    m.spec.crews = v.value(u"crews"_s).toInt();
    m.spec.customers = v.value(u"customers"_s).toInt();
    m.spec.seed = v.value(u"seed"_s).toUInt();
    m.format = v.value(u"format"_s).toInt();
    m.nowMs = v.value(u"now_ms"_s).toLongLong();
    m.complete = v.value(u"complete"_s) == u"1"_s;
    return m;
}

Result<void> writeMarker(const QString &path, const Marker &m)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError("marker_write", u"Cannot write %1: %2"_s.arg(path, f.errorString()));
    const QString text = u"# bench_tickets: the store beside this file and what it was made from\n"
                         "format=%1\ntickets=%2\ncrews=%3\ncustomers=%4\nseed=%5\nnow_ms=%6\nnow=%7\ncomplete=%8\n"_s
                             .arg(m.format)
                             .arg(m.spec.tickets)
                             .arg(m.spec.crews)
                             .arg(m.spec.customers)
                             .arg(m.spec.seed)
                             .arg(m.nowMs)
                             .arg(QDateTime::fromMSecsSinceEpoch(m.nowMs, Qt::UTC).toString(Qt::ISODateWithMs))
                             .arg(m.complete ? 1 : 0);
    f.write(text.toUtf8());
    if (!f.commit())
        return makeError("marker_write", u"Cannot write %1: %2"_s.arg(path, f.errorString()));
    return {};
}

/** Writes the rows; one instance per generation. */
class Generator
{
public:
    Generator(Store &store, const TicketBenchSpec &spec, qint64 nowMs, QTextStream &err)
        : m_db(store.db()), m_spec(spec), m_nowMs(nowMs), m_err(err), m_random(spec.seed),
          m_people(m_random, QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date()), m_planner(m_random), m_ids(m_stamp)
    {
        QList<int> weights;
        for (const DemoProblem &p : DemoCatalog::problems())
            weights << p.weight;
        m_problems = DemoRandom::Weights(weights);
    }

    Result<void> run()
    {
        if (auto r = m_db.run(u"PRAGMA cache_size = -262144"_s); !r) // bulk loading: keep the growing indexes in memory
            return r.error();
        if (auto r = organisation(); !r)
            return r;
        if (auto r = customers(); !r)
            return r;
        return tickets();
    }

private:
    struct Outlet
    {
        QString id;
        QString code;
        QString name;
        QString address;
        int region = 0;
        QStringList crews;
        qint64 seq = 0;
    };

    QString newId(qint64 atMs)
    {
        m_stamp.setMs(atMs);
        return m_ids.next();
    }

    Result<void> organisation()
    {
        Transaction tx(m_db);
        if (!tx.isOpen())
            return tx.beginError();
        for (const DemoOutletDef &d : DemoCatalog::outlets()) {
            const DemoRegion &r = DemoCatalog::regions().at(d.region);
            Outlet o{newId(m_nowMs - 900 * kDay), d.code, d.name, r.province + r.city + r.district + d.street, d.region, {}, 0};
            if (auto q = m_db.run(u"INSERT INTO outlets (id, code, name, province, address, created_at, updated_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                  {o.id, o.code, o.name, r.province, o.address, m_nowMs - 900 * kDay, m_nowMs - 900 * kDay});
                !q)
                return q.error();
            m_outlets << o;
        }
        static const QStringList statuses = {u"standby"_s, u"busy"_s, u"away"_s, u"off"_s};
        for (int c = 0; c < m_spec.crews; ++c) {
            Outlet &o = m_outlets[c % m_outlets.size()];
            const QString id = newId(m_nowMs - 800 * kDay + c);
            const QString name = u"%1维修 %2 班"_s.arg(o.name.chopped(2)).arg(o.crews.size() + 1);
            if (auto q = m_db.run(u"INSERT INTO crews (id, outlet_id, name, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                  {id, o.id, name, statuses.at(c % statuses.size()), m_nowMs - 800 * kDay, m_nowMs - 800 * kDay});
                !q)
                return q.error();
            o.crews << id;
        }
        // As in the demo, only outlets with crews take reports: this device's outlet (the first)
        // most, then the others in its province, those elsewhere least.
        const QString home = DemoCatalog::regions().at(m_outlets.first().region).province;
        QList<int> weights;
        for (int i = 0; i < m_outlets.size(); ++i) {
            if (m_outlets.at(i).crews.isEmpty())
                continue;
            m_reporting << i;
            weights << (i == 0 ? 6 : (DemoCatalog::regions().at(m_outlets.at(i).region).province == home ? 3 : 1));
        }
        m_outletWeights = DemoRandom::Weights(weights);
        return tx.commit();
    }

    Result<void> customers()
    {
        auto prepared = m_db.prepare(u"INSERT INTO customers (id, customer_no, kind, name, phone, address, outlet_id,"
                                     " created_at, updated_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!prepared)
            return prepared.error();
        QSqlQuery q = std::move(prepared).value();
        ProgressMeter progress(m_err, u"customers"_s, m_spec.customers);
        m_customers.reserve(m_spec.customers);
        for (int from = 0; from < m_spec.customers; from += kCustomersPerTransaction) {
            Transaction tx(m_db);
            if (!tx.isOpen())
                return tx.beginError();
            for (int i = from; i < qMin(m_spec.customers, from + kCustomersPerTransaction); ++i) {
                const Outlet &o = m_outlets.at(m_reporting.at(m_random.pick(m_outletWeights)));
                const qint64 opened = m_nowMs - 1000 * kDay + qint64(double(i) / m_spec.customers * 990 * kDay);
                Customer c;
                c.id = newId(opened);
                QString kind = u"individual"_s;
                if (m_random.chance(0.08)) {
                    const DemoCompany company = m_people.company(o.region);
                    kind = u"corporate"_s;
                    c.name = company.name;
                    c.address = company.address;
                    c.phone = m_people.phone();
                } else {
                    const DemoPerson p = m_people.person(o.region);
                    c.name = p.name;
                    c.address = p.address;
                    c.phone = p.phone;
                }
                q.bindValue(0, c.id);
                q.bindValue(1, u"K%1%2"_s.arg(o.code).arg(i + 1, 8, 10, QLatin1Char('0')));
                q.bindValue(2, kind);
                q.bindValue(3, c.name);
                q.bindValue(4, c.phone);
                q.bindValue(5, c.address);
                q.bindValue(6, o.id);
                q.bindValue(7, opened);
                q.bindValue(8, opened);
                if (auto r = Database::exec(q); !r)
                    return r;
                m_customers << std::move(c);
            }
            if (auto r = tx.commit(); !r)
                return r;
            progress.update(qMin(m_spec.customers, from + kCustomersPerTransaction));
        }
        progress.finish(m_spec.customers);
        return {};
    }

    Result<void> tickets()
    {
        const int total = m_spec.tickets;
        // The same split as `fielddesk-cli demo`: the last few percent are current work.
        const int live = total <= 40 ? total : qMin(total, qMax(40, total * 3 / 100));
        const int history = total - live;
        const int days = qBound(14, total / 3000, 730);
        const qint64 maxAge = qint64(qBound(4, live / 400, 48)) * kHour;
        const qint64 historyStart = m_nowMs - qint64(days) * kDay;
        const double historyStep = history > 0 ? double(m_nowMs - 2 * kDay - historyStart) / history : 0;

        struct Planned
        {
            DemoTicketPlan plan;
            int problem = 0;
        };
        QList<Planned> current;
        current.reserve(live);
        for (int i = 0; i < live; ++i) {
            const int problem = m_random.pick(m_problems);
            auto plan = m_planner.planLive(i < TicketWorkflow::kStateCount ? TicketState(i) : m_planner.liveState(), m_nowMs, maxAge,
                                           DemoCatalog::problems().at(problem).category);
            if (!plan)
                return plan.error();
            current.append({std::move(plan).value(), problem});
        }
        std::stable_sort(current.begin(), current.end(),
                         [](const Planned &a, const Planned &b) { return a.plan.reportedAt < b.plan.reportedAt; });

        auto prepared = m_db.prepare(u"INSERT INTO tickets (id, ticket_no, customer_id, outlet_id, crew_id, channel, category, title,"
                                     " description, address, contact_name, contact_phone, urgency, impact, priority, state, state_at,"
                                     " due_at, reported_at, created_at, updated_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!prepared)
            return prepared.error();
        QSqlQuery q = std::move(prepared).value();
        ProgressMeter progress(m_err, u"tickets"_s, total);
        for (int from = 0; from < total; from += kTicketsPerTransaction) {
            Transaction tx(m_db);
            if (!tx.isOpen())
                return tx.beginError();
            for (int i = from; i < qMin(total, from + kTicketsPerTransaction); ++i) {
                if (i < history) {
                    const int problem = m_random.pick(m_problems);
                    const qint64 reportedAt = historyStart + qint64(historyStep * (i + m_random.unit()));
                    auto plan = m_planner.planHistory(m_planner.historyState(), reportedAt, m_nowMs,
                                                      DemoCatalog::problems().at(problem).category);
                    if (!plan)
                        return plan.error();
                    if (auto r = writeTicket(q, plan.value(), problem); !r)
                        return r;
                } else {
                    const Planned &p = current.at(i - history);
                    if (auto r = writeTicket(q, p.plan, p.problem); !r)
                        return r;
                }
            }
            if (auto r = tx.commit(); !r)
                return r;
            progress.update(qMin(total, from + kTicketsPerTransaction));
        }
        progress.finish(total);
        return m_db.run(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) ? Result<void>() : makeError("checkpoint", u"WAL checkpoint failed"_s);
    }

    Result<void> writeTicket(QSqlQuery &q, const DemoTicketPlan &plan, int problemIndex)
    {
        const DemoProblem &problem = DemoCatalog::problems().at(problemIndex);
        Outlet &o = m_outlets[m_reporting.at(m_random.pick(m_outletWeights))];
        const DemoRegion &region = DemoCatalog::regions().at(o.region);
        QVariant crew;
        if (!plan.withoutCrew) {
            // After a return the ticket went on to the outlet's next crew.
            int slot = 0;
            for (const DemoStep &s : plan.steps) {
                if (s.event == QLatin1String("dispatch"))
                    slot = s.crewSlot;
            }
            crew = o.crews.at((m_random.below(int(o.crews.size())) + slot) % o.crews.size());
        }
        const Customer *c = problem.needsVehicle && !m_customers.isEmpty() && m_random.chance(0.88)
            ? &m_customers.at(m_random.below(int(m_customers.size())))
            : nullptr;
        static const DemoRandom::Weights channels({45, 22, 15, 6, 12});
        static const QStringList channelNames = {u"phone"_s, u"counter"_s, u"online"_s, u"kiosk"_s, u"field"_s};
        const QString channel = channelNames.at(m_random.pick(channels));
        const QString station = m_random.pickFrom(region.stations);
        const QString lane = QString::number(m_random.between(1, 12));
        const QString plate = region.plate + m_random.digits(5);

        QString description = problem.description;
        const QList<std::pair<QString, QString>> values = {
            {u"{plate}"_s, plate},
            {u"{station}"_s, station},
            {u"{lane}"_s, lane},
            {u"{when}"_s, QDateTime::fromMSecsSinceEpoch(plan.reportedAt - m_random.between(1, 72) * kHour, Qt::UTC)
                              .toString(u"M月d日 HH:mm"_s)},
            {u"{amount}"_s, QString::number(m_random.between(50, 500))},
            {u"{amount2}"_s, QString::number(m_random.between(1, 80))},
            {u"{outlet}"_s, o.name},
            {u"{code}"_s, QString::number(m_random.between(100, 999))},
            {u"{n}"_s, QString::number(m_random.between(2, 5))},
            {u"{month}"_s, QString::number(QDateTime::fromMSecsSinceEpoch(plan.reportedAt, Qt::UTC).date().addMonths(-1).month())}};
        for (const auto &[key, value] : values)
            description.replace(key, value);
        QString address;
        if (problem.place == QLatin1String("station"))
            address = region.province + region.city + station;
        else if (problem.place == QLatin1String("outlet"))
            address = o.address;
        else
            address = c ? c->address : m_people.address(o.region);
        const int urgency = m_random.between(problem.urgencyMin, problem.urgencyMax);
        const int impact = m_random.between(problem.impactMin, problem.impactMax);

        q.bindValue(0, newId(plan.reportedAt));
        q.bindValue(1, u"T-%1-01-%2"_s.arg(o.code).arg(++o.seq, 6, 10, QLatin1Char('0')));
        q.bindValue(2, c ? QVariant(c->id) : QVariant());
        q.bindValue(3, o.id);
        q.bindValue(4, crew);
        q.bindValue(5, channel);
        q.bindValue(6, problem.category);
        q.bindValue(7, problem.title);
        q.bindValue(8, description);
        q.bindValue(9, address);
        q.bindValue(10, c ? c->name : m_people.contactName());
        q.bindValue(11, c ? c->phone : m_people.phone(false));
        q.bindValue(12, urgency);
        q.bindValue(13, impact);
        q.bindValue(14, ticketPriority(urgency, impact));
        q.bindValue(15, TicketWorkflow::toString(plan.state));
        q.bindValue(16, plan.stateAt);
        q.bindValue(17, plan.dueAt < 0 ? QVariant() : QVariant(plan.dueAt));
        q.bindValue(18, plan.reportedAt);
        q.bindValue(19, plan.reportedAt);
        q.bindValue(20, plan.stateAt);
        return Database::exec(q);
    }

    struct Customer
    {
        QString id;
        QString name;
        QString phone;
        QString address;
    };

    Database &m_db;
    const TicketBenchSpec &m_spec;
    const qint64 m_nowMs;
    QTextStream &m_err;
    DemoRandom m_random;
    DemoPeople m_people;
    DemoTicketPlanner m_planner;
    DemoRandom::Weights m_problems;
    DemoRandom::Weights m_outletWeights;
    ManualClock m_stamp;
    UuidGenerator m_ids;
    QList<Outlet> m_outlets;
    QList<int> m_reporting; // outlets with crews, in m_outletWeights' order
    QList<Customer> m_customers;
};

} // namespace

Result<TicketBenchStore::Prepared> TicketBenchStore::prepare(const QString &dataDir, const TicketBenchSpec &spec, QTextStream &err)
{
    const QDir dir(dataDir);
    Prepared out;
    out.dataDir = dir.absolutePath();
    const QString markerPath = dir.filePath(kMarker);
    const std::optional<Marker> marker = readMarker(markerPath);
    const bool hasStore = QFileInfo::exists(dir.filePath(kStoreFiles.first()));
    if (marker && marker->complete && marker->format == kFormat && marker->spec == spec && hasStore) {
        out.nowMs = marker->nowMs;
        return out;
    }
    if (hasStore && !marker)
        return makeError("foreign_store", u"%1 holds a FieldDesk store that bench_tickets did not make; give it a folder of its own."_s
                                              .arg(dir.filePath(kStoreFiles.first())));
    if (!QDir().mkpath(dataDir))
        return makeError("data_dir", u"Cannot create %1."_s.arg(dataDir));
    for (const QString &name : kStoreFiles) {
        if (QFileInfo::exists(dir.filePath(name)) && !QFile::remove(dir.filePath(name)))
            return makeError("data_dir", u"Cannot remove the old store file %1."_s.arg(dir.filePath(name)));
    }

    Marker m;
    m.spec = spec;
    m.format = kFormat;
    m.nowMs = QDateTime::currentMSecsSinceEpoch();
    // Written first with complete=0: a generation cut short is made again next time, not reused.
    if (auto r = writeMarker(markerPath, m); !r)
        return r.error();
    QElapsedTimer timer;
    timer.start();
    {
        ManualClock clock(m.nowMs);
        auto store = Store::open(dataDir, clock);
        if (!store)
            return store.error();
        Generator generator(*store.value(), spec, m.nowMs, err);
        if (auto r = generator.run(); !r)
            return r.error();
    }
    out.generated = true;
    out.generateSeconds = double(timer.nsecsElapsed()) / 1e9;
    out.ticketsPerSecond = out.generateSeconds > 0 ? qint64(spec.tickets / out.generateSeconds) : 0;
    out.nowMs = m.nowMs;
    m.complete = true;
    if (auto r = writeMarker(markerPath, m); !r)
        return r.error();
    return out;
}
