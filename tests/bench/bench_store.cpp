// bench_store: local store figures on an existing demo store. Prints one line per figure;
// never asserts a timing. Make the store first:
//   fielddesk-cli --data DIR demo --customers 200000 --tickets 1000000
//   bench_store --data DIR

#include "benchstats.h"
#include "clock.h"
#include "searchindex.h"
#include "store.h"
#include "ticketrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <memory>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

qint64 scalar(Database &db, const QString &sql)
{
    auto r = db.run(sql);
    if (!r || !r.value().next())
        return -1;
    return r.value().value(0).toLongLong();
}

/**
 * @p n values drawn from random rows of the real data: a random rowid in [1, max], looked up
 * with @p rowSql (one bound rowid), turned into a query by @p make; missing rows are skipped.
 */
QStringList sample(Database &db, const QString &maxSql, const QString &rowSql, int n, QRandomGenerator &rng,
                   const std::function<QString(const QString &)> &make)
{
    QStringList values;
    const qint64 max = scalar(db, maxSql);
    if (max <= 0)
        return values;
    for (int attempt = 0; values.size() < n && attempt < n * 50; ++attempt) {
        const qint64 rowid = 1 + qint64(rng.bounded(quint64(max)));
        auto r = db.run(rowSql, {rowid});
        if (!r || !r.value().next())
            continue;
        const QString v = make(r.value().value(0).toString());
        if (!v.isEmpty())
            values << v;
    }
    return values;
}

struct SearchFigures
{
    BenchSamples both;
    BenchSamples customers;
    BenchSamples tickets;
    qint64 hits = 0;
    int misses = 0;
};

/** The global search box: customers and tickets for each query, 20 of each at most. */
bool runSearches(SearchIndex &index, const QStringList &queries, SearchFigures &f)
{
    for (const QString &q : queries) {
        QElapsedTimer t;
        t.start();
        auto c = index.searchCustomers(q, 20);
        const double cms = msSince(t);
        t.restart();
        auto k = index.searchTickets(q, 20);
        const double kms = msSince(t);
        if (!c || !k) {
            err << "error: search \"" << q << "\" failed: " << (c ? k.error().toString() : c.error().toString()) << '\n';
            return false;
        }
        f.customers.add(cms);
        f.tickets.add(kms);
        f.both.add(cms + kms);
        f.hits += c->size() + k->size();
        if (c->isEmpty() && k->isEmpty())
            ++f.misses;
    }
    return true;
}

void printSearch(const QString &name, const SearchFigures &f)
{
    out << name << ' ' << f.both.figures({50, 95}) << " max_ms=" << BenchSamples::number(f.both.max()) << " n=" << f.both.count()
        << " customers_p50_ms=" << BenchSamples::number(f.customers.percentile(50))
        << " tickets_p50_ms=" << BenchSamples::number(f.tickets.percentile(50))
        << " hits_avg=" << QString::number(f.both.count() ? double(f.hits) / double(f.both.count()) : 0, 'f', 1)
        << " no_hits=" << f.misses << '\n';
    out.flush();
}

bool copyStore(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        const QString src = QDir(from).filePath(u"fielddesk.db"_s + suffix);
        if (QFileInfo::exists(src) && !QFile::copy(src, QDir(to).filePath(u"fielddesk.db"_s + suffix)))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"fielddesk.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Local store benchmark on an existing demo store; prints one line per figure."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"data"_s, u"The demo store's data folder."_s, u"DIR"_s},
        {u"n"_s, u"Tickets to create for the create_ticket figure."_s, u"N"_s, u"2000"_s},
        {u"queries"_s, u"Search queries of each kind, drawn from the data."_s, u"N"_s, u"500"_s},
        {u"lists"_s, u"Crew and overdue list pages to load."_s, u"N"_s, u"200"_s},
        {u"seed"_s, u"Seed for drawing the queries."_s, u"S"_s, u"1"_s},
        {u"copy"_s, u"Work on a temporary copy of the store (the created tickets do not stay)."_s},
    });
    parser.process(app);
    const QString given = parser.value(u"data"_s);
    if (given.isEmpty() || !QFileInfo::exists(QDir(given).filePath(u"fielddesk.db"_s))) {
        err << "error: no FieldDesk store in \"" << given << "\". Make one first:\n"
            << "  fielddesk-cli --data DIR demo --customers 200000 --tickets 1000000\n"
            << "then run: bench_store --data DIR\n";
        return 2;
    }
    const int n = parser.value(u"n"_s).toInt();
    const int queries = parser.value(u"queries"_s).toInt();
    const int lists = parser.value(u"lists"_s).toInt();
    QRandomGenerator rng(parser.value(u"seed"_s).toUInt());

    QString dataDir = given;
    std::unique_ptr<QTemporaryDir> copy;
    if (parser.isSet(u"copy"_s)) {
        // Beside the original: same disk, and /tmp may be too small for a large store.
        copy = std::make_unique<QTemporaryDir>(QDir(given).absoluteFilePath(u"../bench-copy-XXXXXX"_s));
        if (!copy->isValid() || !copyStore(given, copy->path())) {
            err << "error: cannot copy the store into " << copy->path() << '\n';
            return 1;
        }
        dataDir = copy->path();
    }

    SystemClock clock;
    QElapsedTimer t;
    t.start();
    auto opened = Store::open(dataDir, clock);
    const double openMs = msSince(t);
    if (!opened) {
        err << "error: " << opened.error().message << '\n';
        return 1;
    }
    Store &store = *opened.value();
    Database &db = store.db();
    if (!store.identity().isValid()) {
        err << "error: the store has no device identity; make it with fielddesk-cli demo\n";
        return 1;
    }

    out << "bench_store data=" << QDir(given).absolutePath() << (parser.isSet(u"copy"_s) ? " copy=yes" : " copy=no")
        << " tickets=" << scalar(db, u"SELECT count(*) FROM tickets"_s) << " customers=" << scalar(db, u"SELECT count(*) FROM customers"_s)
        << " vehicles=" << scalar(db, u"SELECT count(*) FROM vehicles"_s)
        << " ticket_events=" << scalar(db, u"SELECT count(*) FROM ticket_events"_s)
        << " outbox=" << scalar(db, u"SELECT count(*) FROM outbox"_s) << '\n';
    out << "store_open ms=" << BenchSamples::number(openMs) << '\n';
    out.flush();

    // Queries drawn from the real data.
    const QStringList names = sample(db, u"SELECT max(local_no) FROM customers"_s,
                                     u"SELECT name FROM customers WHERE local_no = ? AND kind = 'individual'"_s, queries, rng,
                                     [&](const QString &name) {
                                         if (name.size() <= 2)
                                             return name;
                                         return name.mid(int(rng.bounded(int(name.size()) - 1)), 2);
                                     });
    const QStringList phones = sample(db, u"SELECT max(local_no) FROM customers"_s, u"SELECT phone FROM customers WHERE local_no = ?"_s,
                                      queries, rng, [](const QString &phone) { return phone.right(4); });
    const QStringList plates = sample(db, u"SELECT max(rowid) FROM vehicles"_s, u"SELECT plate FROM vehicles WHERE rowid = ?"_s,
                                      queries, rng, [](const QString &plate) { return plate; });
    const QStringList numbers = sample(db, u"SELECT max(local_no) FROM tickets"_s, u"SELECT ticket_no FROM tickets WHERE local_no = ?"_s,
                                       queries, rng, [](const QString &no) { return no; });

    SearchIndex index(db);
    {
        // A few queries first, so the figures describe a store in use rather than the first page faults.
        SearchFigures warm;
        if (!runSearches(index, names.mid(0, 5) + phones.mid(0, 5), warm))
            return 1;
    }
    const QList<QPair<QString, QStringList>> kinds = {{u"search_name"_s, names},
                                                      {u"search_phone_tail"_s, phones},
                                                      {u"search_plate"_s, plates},
                                                      {u"search_ticket_no"_s, numbers}};
    for (const auto &[name, list] : kinds) {
        SearchFigures f;
        if (!runSearches(index, list, f))
            return 1;
        printSearch(name, f);
    }

    // The lists crews and supervisors open: first page of 50.
    TicketRepository tickets(store);
    QStringList crews;
    if (auto r = db.run(u"SELECT id FROM crews ORDER BY name"_s)) {
        while (r.value().next())
            crews << r.value().value(0).toString();
    }
    if (crews.isEmpty()) {
        err << "error: the store has no crews\n";
        return 1;
    }
    BenchSamples crewPages;
    BenchSamples overduePages;
    qint64 crewRows = 0;
    qint64 overdueRows = 0;
    for (int i = 0; i < lists; ++i) {
        t.restart();
        auto page = tickets.forCrew(crews.at(i % crews.size()), 50);
        crewPages.add(msSince(t));
        if (!page) {
            err << "error: " << page.error().toString() << '\n';
            return 1;
        }
        crewRows += page->size();
        t.restart();
        auto late = tickets.overdue(QDateTime::currentMSecsSinceEpoch(), 50);
        overduePages.add(msSince(t));
        if (!late) {
            err << "error: " << late.error().toString() << '\n';
            return 1;
        }
        overdueRows += late->size();
    }
    out << "crew_first_page " << crewPages.figures({50, 95}) << " max_ms=" << BenchSamples::number(crewPages.max())
        << " n=" << crewPages.count() << " crews=" << crews.size()
        << " rows_avg=" << QString::number(double(crewRows) / qMax(1, lists), 'f', 1) << '\n';
    out << "overdue_first_page " << overduePages.figures({50, 95}) << " max_ms=" << BenchSamples::number(overduePages.max())
        << " n=" << overduePages.count() << " rows_avg=" << QString::number(double(overdueRows) / qMax(1, lists), 'f', 1) << '\n';
    out.flush();

    // Creating a ticket: entity row, timeline event, outbox ops, search document, one durable commit.
    const QString staffId = [&] {
        auto r = db.run(u"SELECT id FROM staff ORDER BY staff_no LIMIT 1"_s);
        return r && r.value().next() ? r.value().value(0).toString() : QString();
    }();
    QStringList customerIds;
    if (auto r = db.run(u"SELECT id FROM customers ORDER BY random() LIMIT 200"_s)) {
        while (r.value().next())
            customerIds << r.value().value(0).toString();
    }
    static const QStringList titles = {u"OBU 无法识别"_s, u"ETC 卡余额显示异常"_s, u"车道抬杆失败"_s, u"OBU 提示标签失效"_s,
                                       u"ETC 卡无法读取"_s};
    // Twice: with the durability the store chooses for tickets (its default synchronous mode),
    // and with every commit flushed to the disk (synchronous=FULL, what money and card work asks for).
    const qint64 storeSynchronous = scalar(db, u"PRAGMA synchronous"_s);
    // The app merges the search index and checkpoints the WAL on its idle tick, not inside a
    // person's commit; here that happens every 100 tickets, timed as its own figure.
    BenchSamples checkpoints;
    const auto createTickets = [&](BenchSamples &samples, int offset) {
        for (int i = offset; i < offset + n; ++i) {
            if (i % 100 == 0) {
                QElapsedTimer cp;
                cp.start();
                if (auto r = SearchIndex(db).merge(200); !r) {
                    err << "error: search merge failed: " << r.error().toString() << '\n';
                    return false;
                }
                if (auto r = db.checkpoint(); !r) {
                    err << "error: checkpoint failed: " << r.error().toString() << '\n';
                    return false;
                }
                checkpoints.add(msSince(cp));
            }
            NewTicket input;
            input.title = titles.at(i % titles.size());
            input.description = u"基准测试工单：客户反映通行时设备异常，需上门检测。"_s;
            input.address = u"安徽省合肥市蜀山区潜山路 %1 号"_s.arg(100 + i % 900);
            input.contactName = u"王先生"_s;
            input.contactPhone = u"139%1"_s.arg(55110000 + i, 8, 10, QLatin1Char('0'));
            input.customerId = customerIds.isEmpty() ? QString() : customerIds.at(i % customerIds.size());
            input.urgency = 1 + i % 3;
            input.impact = 1 + (i / 3) % 3;
            QElapsedTimer timer;
            timer.start();
            auto created = tickets.create(input, staffId);
            samples.add(msSince(timer));
            if (!created) {
                err << "error: create failed: " << created.error().toString() << '\n';
                return false;
            }
        }
        return true;
    };
    static const QStringList modes = {u"off"_s, u"normal"_s, u"full"_s, u"extra"_s};
    BenchSamples creates;
    if (!createTickets(creates, 0))
        return 1;
    out << "create_ticket " << creates.figures({50, 99}) << " max_ms=" << BenchSamples::number(creates.max()) << " n=" << n
        << " synchronous=" << modes.value(int(storeSynchronous), u"?"_s)
        << (parser.isSet(u"copy"_s) ? " note=on_a_copy" : " note=added_to_the_store") << '\n';
    out.flush();
    BenchSamples flushed;
    if (!db.run(u"PRAGMA synchronous = FULL"_s) || !createTickets(flushed, n))
        return 1;
    (void)db.run(u"PRAGMA synchronous = %1"_s.arg(storeSynchronous));
    out << "create_ticket_fsync " << flushed.figures({50, 99}) << " max_ms=" << BenchSamples::number(flushed.max()) << " n=" << n
        << " synchronous=full" << '\n';
    out << "idle_housekeeping " << checkpoints.figures({50, 99}) << " max_ms=" << BenchSamples::number(checkpoints.max())
        << " n=" << checkpoints.count() << " every=100_tickets" << '\n';

    const QString dbPath = db.path();
    const auto mb = [](qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); };
    const qint64 main = QFileInfo(dbPath).size();
    const qint64 wal = QFileInfo(dbPath + u"-wal"_s).size();
    out << "store_size total_mb=" << mb(main + wal) << " db_mb=" << mb(main) << " wal_mb=" << mb(wal) << '\n';
    if (!parser.isSet(u"copy"_s))
        out << "note: create_ticket and create_ticket_fsync added " << 2 * n << " tickets to " << QDir(given).absolutePath() << " (use --copy to avoid that)\n";
    out.flush();
    return 0;
}
