// Sync throughput against a real fielddesk-server on 127.0.0.1 (prints figures, asserts nothing):
//   push_ops      one device pushes M ops that waited offline (tickets + their timeline events)
//   initial_sync  an empty, newly enrolled device pulls everything its outlet has (N records)
//
//   bench_sync [--records N] [--push-ops M] [--work DIR]
//
// The server database is set up with fielddesk-cli (outlet, one counter clerk); devices are
// stores and SyncEngines in this process, as tests/integration/tst_sync.cpp runs them.

#include "benchstats.h"
#include "store.h"
#include "syncengine.h"
#include "ticketrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Device
{
    SystemClock clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<SyncEngine> engine;
};

std::unique_ptr<Device> enroll(const QString &cli, const QString &db, const QString &dir, const QString &url,
                               QNetworkAccessManager &nam)
{
    const QString code = runProgram(cli, {u"server"_s, u"enroll"_s, u"--db"_s, db, u"--outlet-code"_s, u"0101"_s, u"--mode"_s, u"counter"_s})
                                 .trimmed();
    if (code.isEmpty())
        return {};
    auto d = std::make_unique<Device>();
    auto s = Store::open(dir, d->clock);
    if (!s) {
        err << s.error().toString() << '\n';
        return {};
    }
    d->store = std::move(s).value();
    if (auto r = SyncEngine::enroll(*d->store, nam, QUrl(url), code, QDir(dir).dirName()); !r) {
        err << r.error().toString() << '\n';
        return {};
    }
    d->engine = std::make_unique<SyncEngine>(*d->store, nam);
    return d;
}

bool createTickets(Device &d, const QString &staffId, int count, int offset)
{
    TicketRepository repo(*d.store);
    for (int i = 0; i < count; ++i) {
        NewTicket t;
        t.title = u"基准工单 %1"_s.arg(offset + i);
        t.address = u"合肥市包河区徽州大道 %1 号"_s.arg(offset + i);
        if (auto r = repo.create(t, staffId); !r) {
            err << r.error().toString() << '\n';
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"fielddesk.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"records"_s, u"Records the new device pulls (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"push-ops"_s, u"Ops one device pushes after being offline (default 10000)."_s, u"M"_s, u"10000"_s});
    parser.addOption({u"work"_s, u"Scratch folder (default: a temporary one)."_s, u"DIR"_s});
    parser.process(app);
    const int records = parser.value(u"records"_s).toInt();
    const int pushOps = parser.value(u"push-ops"_s).toInt();
    if (records < 2 || pushOps < 2 || pushOps > records) {
        err << "--records and --push-ops must be at least 2, and push-ops at most records\n";
        return 2;
    }

    QTemporaryDir tmp;
    const QString work = parser.isSet(u"work"_s) ? parser.value(u"work"_s) : tmp.path();
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    const QString cli = QStringLiteral(FIELDDESK_CLI);
    const QString db = QDir(work).filePath(u"server.sqlite"_s);
    if (runProgram(cli, {u"server"_s, u"outlet"_s, u"add"_s, u"--db"_s, db, u"--code"_s, u"0101"_s, u"--name"_s, u"基准营业厅"_s}).isEmpty())
        return 1;
    const QString staffOut = runProgram(cli, {u"server"_s, u"staff"_s, u"add"_s, u"--db"_s, db, u"--outlet-code"_s, u"0101"_s, u"--no"_s,
                                       u"1001"_s, u"--name"_s, u"基准柜员"_s, u"--roles"_s, u"counter"_s, u"--pin"_s, u"4821"_s});
    const auto staff = QRegularExpression(u"^id: (\\S+)$"_s, QRegularExpression::MultilineOption).match(staffOut);
    if (!staff.hasMatch())
        return 1;

    QProcess server;
    server.start(QStringLiteral(FIELDDESK_SERVER), {u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, u"sqlite:"_s + db});
    QByteArray line;
    QElapsedTimer wait;
    wait.start();
    while (!line.contains('\n') && wait.elapsed() < 30000 && server.waitForReadyRead(1000))
        line += server.readAllStandardOutput();
    const auto port = QRegularExpression(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s).match(QString::fromUtf8(line));
    if (!port.hasMatch()) {
        err << "the server did not start: " << server.readAllStandardError() << '\n';
        return 1;
    }
    const QString url = port.captured(1);
    QNetworkAccessManager nam;
    int status = 0;
    {
        auto a = enroll(cli, db, QDir(work).filePath(u"device-a"_s), url, nam);
        if (!a || !a->engine->runUntilIdle())
            return 1;
        // Push: ops that waited offline, one ticket and its timeline event per two ops.
        if (!createTickets(*a, staff.captured(1), pushOps / 2, 0))
            return 1;
        const int waiting = a->store->outbox().pendingCount().value();
        QElapsedTimer t;
        qint64 pushedAtMs = -1;
        QObject::connect(a->engine.get(), &SyncEngine::statusChanged, [&] {
            if (pushedAtMs < 0 && a->engine->state() == SyncEngine::State::Pulling)
                pushedAtMs = t.elapsed();
        });
        t.start();
        auto pushed = a->engine->runUntilIdle(600000);
        if (!pushed || pushedAtMs < 0) {
            err << "push failed: " << (pushed ? u"no pull followed"_s : pushed.error().toString()) << '\n';
            return 1;
        }
        out << "push_ops ops=" << pushed->applied << " waiting=" << waiting << " s=" << BenchSamples::number(pushedAtMs / 1000.0)
            << " ops_per_s=" << qRound(pushed->applied * 1000.0 / qMax<qint64>(1, pushedAtMs)) << '\n';

        // Fill the server up to N records for the outlet (untimed), then a new device pulls them all.
        const int more = (records - pushOps) / 2;
        if (more > 0 && (!createTickets(*a, staff.captured(1), more, pushOps / 2) || !a->engine->runUntilIdle(600000)))
            return 1;
        auto b = enroll(cli, db, QDir(work).filePath(u"device-b"_s), url, nam);
        if (!b)
            return 1;
        t.restart();
        auto pulled = b->engine->runUntilIdle(600000);
        const qint64 ms = t.elapsed();
        if (!pulled) {
            err << "initial sync failed: " << pulled.error().toString() << '\n';
            return 1;
        }
        out << "initial_sync records=" << pulled->pulled << " s=" << BenchSamples::number(ms / 1000.0)
            << " records_per_s=" << qRound(pulled->pulled * 1000.0 / qMax<qint64>(1, ms))
            << " db_mb=" << BenchSamples::number((QFileInfo(b->store->db().path()).size()
                                                  + QFileInfo(b->store->db().path() + u"-wal"_s).size()) / 1e6)
            << '\n';
        if (pulled->pulled < records)
            status = 1;
    }
    server.terminate();
    server.waitForFinished(30000);
    out.flush();
    return status;
}
