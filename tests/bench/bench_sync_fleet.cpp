// A fleet of devices syncing at once against one fielddesk-server (prints figures, asserts nothing):
//   fleet_push / fleet_pull  every POST /v1/push and GET /v1/pull round trip as a device sees it
//   fleet_cycle              a whole sync cycle (push, pull, applying the pulled page locally)
//   fleet_probe              GET /v1/health from an otherwise idle process meanwhile (a control)
//   fleet_errors             failed requests, failed cycles, refused ops, cycles that never ended
//   fleet_throughput         ops the server applied per second, changes, cycles, rows pulled
//   fleet_server             the server's CPU seconds over the run, its resident memory at the end,
//                            the most sockets it had open, its responses by status class, log warnings
//   fleet_clients            how busy the benchmark's own processes were (see "honesty" below)
//
//   bench_sync_fleet [--devices 200] [--outlets 10] [--workers 4] [--seconds 60]
//                    [--interval-ms 5000-10000] [--edit-share 0.5] [--nudge] [--seed 1] [--work DIR]
//                    [--device-dir DIR]
//
// Set-up (untimed): fielddesk-cli makes the server database (outlets 0101…, one counter clerk
// each, one enrollment code per device), the real fielddesk-server starts on 127.0.0.1:0, and
// the devices are enrolled and synced once. Devices are spread over the outlets round-robin,
// so with the defaults each outlet has 20 devices and each pull carries what the other 19 did.
// The server database is on disk (--work; its fsync per push is part of what is measured), the
// device stores on /dev/shm unless --device-dir says otherwise: on one machine their writes
// would otherwise land in the server's fsyncs, which real devices with their own disks never do.
//
// Load: every device, at its own random interval drawn from --interval-ms (the first one
// anywhere in the first interval, so devices do not start in step), makes one local change
// through TicketRepository — an edit of a random ticket of its outlet (--edit-share of the time,
// one op) or a new ticket with its timeline event (two ops) — and starts a sync cycle (push,
// then pull). The schedule is fixed-rate: a device whose previous cycle is still running when
// its next change is due makes the change and asks for one more cycle ("overruns"), which the
// engine runs after the current one. After --seconds no new change is made; running cycles end.
// With --nudge the devices also follow the server's nudge WebSocket as the app does, so every
// push makes the other devices of its outlet pull.
//
// Honesty of the client side (see also tests/bench/README.md): devices run in --workers processes
// (this program started again with a hidden --worker option), each with its own event loop, and
// every device has its own QNetworkAccessManager (one QNAM opens at most 6 connections per host, so
// devices sharing one would queue behind each other and the queueing would count as server
// latency). A request is timed in a QNAM subclass from createRequest() (the engine handing it to
// the network) to the reply's finished signal, in a slot connected before the engine's own.
// SyncEngine is not changed for this. A worker's event loop is shared by its devices, so a reply
// that arrives while another device is writing to its store waits; fleet_clients prints the
// workers' event loop lag (a 20 ms timer's lateness) and the local change times, so that share can
// be judged.

#include "benchstats.h"
#include "database.h"
#include "nudgelistener.h"
#include "store.h"
#include "syncengine.h"
#include "ticketrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

constexpr int kLagTickMs = 20;
constexpr int kDrainMs = 60000; // a cycle still running this long after the load ends is an error
constexpr int kMaxReasons = 10;

struct Options
{
    int devices = 200;
    int outlets = 10;
    int workers = 4;
    int seconds = 60;
    int minIntervalMs = 5000;
    int maxIntervalMs = 10000;
    double editShare = 0.5;
    bool nudge = false;
    quint32 seed = 1;
    QString work;
    QString deviceDir; // the device stores; empty: a tmpfs folder if there is one, else work
    QString url; // worker only
    int worker = -1; // worker only: its index
};

/** utime + stime of a process in seconds (/proc/PID/stat), or -1. */
double cpuSeconds(const QString &pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = f.readAll();
    // Fields after the command name in parentheses: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

/** A line of /proc/PID/status such as VmRSS, in MB, or -1. */
double statusMb(qint64 pid, const QByteArray &key)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/** Open sockets of a process (its connections, the listening socket and one or two of its own). */
int socketCount(qint64 pid)
{
    int n = 0;
    const QDir fds(u"/proc/%1/fd"_s.arg(pid));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        if (fd.symLinkTarget().contains(u"socket:["_s))
            ++n;
    }
    return n;
}

QString joinSamples(const QList<double> &samples)
{
    QStringList parts;
    parts.reserve(samples.size());
    for (const double v : samples)
        parts << QString::number(v, 'f', 3);
    return parts.join(u' ');
}

// ---------------------------------------------------------------------------------------------
// Worker: a share of the devices in one process with one event loop.

/** Times every request from createRequest() to the reply's finished signal. */
class TimingNam final : public QNetworkAccessManager
{
public:
    /** @p failure is empty for a 200 answer, else what went wrong. */
    std::function<void(const QString &path, double ms, const QString &failure)> onReply;

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        const QString path = request.url().path();
        // Connected before the engine connects its own slot, so this runs first.
        connect(reply, &QNetworkReply::finished, this, [this, reply, timer, path] {
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QString failure;
            if (status != 200 || reply->error() != QNetworkReply::NoError)
                failure = u"%1 answered %2 after %3 ms (%4) %5"_s.arg(path)
                              .arg(status)
                              .arg(qRound(ms))
                              .arg(reply->errorString(), QString::fromUtf8(reply->peek(300)).simplified());
            if (onReply)
                onReply(path, ms, failure);
        });
        return reply;
    }
};

struct Device
{
    int index = 0;
    QString staffId;
    SystemClock clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<TimingNam> nam;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<NudgeListener> nudge; // --nudge only; destroyed before the engine it follows
    QTimer tick;
    QElapsedTimer cycle;
    bool inCycle = false; // a cycle this benchmark started after a change, being timed
    bool requestFailed = false; // since the last cycle ended
    SyncReport last; // the engine's totals when its last cycle ended
};

struct WorkerStats
{
    QList<double> push, pull, cycle, change, lag;
    qint64 changes = 0, creates = 0, edits = 0, cycles = 0, timedCycles = 0, overruns = 0, nudges = 0;
    qint64 applied = 0, pulled = 0, conflicts = 0;
    qint64 failedRequests = 0, failedCycles = 0, localErrors = 0, refusedOps = 0, unfinished = 0,
           nudgeDrops = 0;
    QStringList reasons;
    void fail(const QString &reason)
    {
        if (reasons.size() < kMaxReasons)
            reasons << reason;
    }
};

class Worker
{
public:
    explicit Worker(const Options &o)
        : m_o(o)
        , m_rng(o.seed * 7919u + quint32(o.worker))
    { }

    /** Enrolls this worker's devices and syncs each once (untimed); with --nudge, connects them. */
    bool setUp()
    {
        QFile list(QDir(m_o.work).filePath(u"devices.tsv"_s));
        if (!list.open(QIODevice::ReadOnly | QIODevice::Text)) {
            err << "worker " << m_o.worker << ": cannot read " << list.fileName() << '\n';
            return false;
        }
        while (!list.atEnd()) {
            const QStringList f = QString::fromUtf8(list.readLine()).trimmed().split(u'\t');
            if (f.size() != 3 || f.at(0).toInt() % m_o.workers != m_o.worker)
                continue;
            auto d = std::make_unique<Device>();
            d->index = f.at(0).toInt();
            d->staffId = f.at(1);
            const QString dir
                = QDir(m_o.deviceDir).filePath(u"device-%1"_s.arg(d->index, 3, 10, QLatin1Char('0')));
            auto s = Store::open(dir, d->clock);
            if (!s) {
                err << "device " << d->index << ": " << s.error().toString() << '\n';
                return false;
            }
            d->store = std::move(s).value();
            d->nam = std::make_unique<TimingNam>();
            if (auto r = SyncEngine::enroll(*d->store, *d->nam, QUrl(m_o.url), f.at(2), QDir(dir).dirName());
                !r) {
                err << "device " << d->index << ": enroll: " << r.error().toString() << '\n';
                return false;
            }
            d->engine = std::make_unique<SyncEngine>(*d->store, *d->nam);
            if (auto r = d->engine->runUntilIdle(120000); !r) {
                err << "device " << d->index << ": first sync: " << r.error().toString() << '\n';
                return false;
            }
            if (m_o.nudge) {
                d->nudge = std::make_unique<NudgeListener>();
                d->nudge->follow(*d->engine); // as the app does: sync on each nudge
            }
            m_devices.push_back(std::move(d));
        }
        if (m_devices.empty())
            return false;
        return !m_o.nudge || waitUntilConnected();
    }

    /** Runs the load, then prints the samples and counts on stdout; quits the event loop. */
    void start()
    {
        m_cpuAtStart = cpuSeconds(u"self"_s);
        for (const auto &owned : m_devices) {
            Device *d = owned.get();
            d->last = d->engine->totals();
            d->nam->onReply = [this, d](const QString &path, double ms, const QString &failure) {
                if (m_finished)
                    return;
                if (!failure.isEmpty()) {
                    ++m_s.failedRequests;
                    d->requestFailed = true;
                    m_s.fail(u"device %1: %2"_s.arg(d->index).arg(failure));
                } else {
                    (path.endsWith("/push"_L1) ? m_s.push : m_s.pull).append(ms);
                }
            };
            QObject::connect(d->engine.get(), &SyncEngine::cycleFinished, d->engine.get(),
                [this, d](bool ok) { onCycleFinished(*d, ok); });
            if (d->nudge) {
                QObject::connect(
                    d->nudge.get(), &NudgeListener::nudged, d->nudge.get(), [this] { ++m_s.nudges; });
                QObject::connect(
                    d->nudge.get(), &NudgeListener::connectedChanged, d->nudge.get(), [this, d](bool up) {
                        if (!up && !m_finished) {
                            ++m_s.nudgeDrops;
                            m_s.fail(u"device %1: its nudge connection dropped"_s.arg(d->index));
                        }
                    });
            }
            d->tick.setSingleShot(true);
            // Not the default coarse timer: Qt moves those by up to 5% to fire together on round
            // times of the one monotonic clock all workers share, which here put most devices' syncs
            // into the same 50 ms of every second. Real devices' clocks are not in step.
            d->tick.setTimerType(Qt::PreciseTimer);
            QObject::connect(&d->tick, &QTimer::timeout, &d->tick, [this, d] { onTick(*d); });
            d->tick.start(int(m_rng.bounded(m_o.maxIntervalMs)));
        }
        m_lagTimer.setTimerType(Qt::PreciseTimer);
        m_lagTimer.setInterval(kLagTickMs);
        QObject::connect(&m_lagTimer, &QTimer::timeout, &m_lagTimer, [this] {
            m_s.lag.append(qMax(0.0, double(m_lagClock.nsecsElapsed()) / 1e6 - kLagTickMs));
            m_lagClock.start();
        });
        m_lagClock.start();
        m_lagTimer.start();
        QTimer::singleShot(m_o.seconds * 1000, [this] { endLoad(); });
    }

private:
    bool idle(const Device &d) const { return !d.inCycle && d.engine->state() == SyncEngine::State::Idle; }

    /** Every nudge socket connected and the sync each connection starts done. */
    bool waitUntilConnected()
    {
        QElapsedTimer t;
        t.start();
        const auto ready = [this] {
            return std::all_of(m_devices.begin(), m_devices.end(),
                [this](const auto &d) { return d->nudge->isConnected() && idle(*d); });
        };
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (ready() || t.hasExpired(60000))
                loop.quit();
        });
        poll.start(50);
        loop.exec();
        if (ready())
            return true;
        for (const auto &d : m_devices) {
            if (!d->nudge->isConnected())
                err << "device " << d->index << ": its nudge connection is not up after 60 s ("
                    << d->nudge->failures() << " failed attempts)\n";
        }
        return false;
    }

    int nextIntervalMs()
    {
        return m_o.minIntervalMs + int(m_rng.bounded(m_o.maxIntervalMs - m_o.minIntervalMs + 1));
    }

    bool makeChange(Device &d)
    {
        TicketRepository repo(*d.store);
        if (m_rng.generateDouble() < m_o.editShare) {
            auto id = d.store->db().scalarCached(u"SELECT id FROM tickets ORDER BY random() LIMIT 1"_s);
            if (!id) {
                m_s.fail(u"device %1: pick a ticket: %2"_s.arg(d.index).arg(id.error().toString()));
                return false;
            }
            if (!id->toString().isEmpty()) {
                TicketEdit e;
                const int n = int(m_rng.bounded(1000));
                e.address = u"合肥市蜀山区长江西路 %1 号"_s.arg(n);
                e.description = u"设备 %1 第 %2 次补充说明"_s.arg(d.index).arg(m_s.changes);
                if (auto r = repo.update(id->toString(), e, d.staffId); !r) {
                    m_s.fail(u"device %1: edit: %2"_s.arg(d.index).arg(r.error().toString()));
                    return false;
                }
                ++m_s.edits;
                return true;
            }
        }
        NewTicket t;
        t.title = u"巡检工单 %1-%2"_s.arg(d.index).arg(m_s.changes);
        t.address = u"合肥市包河区徽州大道 %1 号"_s.arg(m_rng.bounded(1000));
        if (auto r = repo.create(t, d.staffId); !r) {
            m_s.fail(u"device %1: create: %2"_s.arg(d.index).arg(r.error().toString()));
            return false;
        }
        ++m_s.creates;
        return true;
    }

    void onTick(Device &d)
    {
        if (m_loadEnded)
            return;
        QElapsedTimer t;
        t.start();
        if (!makeChange(d))
            ++m_s.localErrors;
        m_s.change.append(double(t.nsecsElapsed()) / 1e6);
        ++m_s.changes;
        if (idle(d)) {
            d.inCycle = true;
            d.cycle.start();
        } else {
            // A cycle runs (the previous one, or one a nudge started): the engine queues one more,
            // which is not timed as a cycle; its requests are.
            ++m_s.overruns;
        }
        d.engine->syncNow();
        d.tick.start(nextIntervalMs());
    }

    void onCycleFinished(Device &d, bool ok)
    {
        if (m_finished)
            return;
        ++m_s.cycles;
        if (d.inCycle) {
            d.inCycle = false;
            ++m_s.timedCycles;
            m_s.cycle.append(double(d.cycle.nsecsElapsed()) / 1e6);
        }
        const SyncReport &now = d.engine->totals();
        m_s.applied += now.applied - d.last.applied;
        m_s.pulled += now.pulled - d.last.pulled;
        m_s.conflicts += now.conflicts - d.last.conflicts;
        // Every change of this load is legal: an op the server refuses, or asks to send again
        // later, is an error here.
        const int refused = (now.rejected - d.last.rejected) + (now.retryLater - d.last.retryLater);
        if (refused > 0) {
            m_s.refusedOps += refused;
            m_s.fail(
                u"device %1: the server refused %2 ops (see the fielddesk.sync warnings)"_s.arg(d.index).arg(
                    refused));
        }
        d.last = now;
        if (!ok) {
            ++m_s.failedCycles;
            if (!d.requestFailed) {
                ++m_s.localErrors;
                m_s.fail(
                    u"device %1: sync cycle failed: %2"_s.arg(d.index).arg(d.engine->lastError().toString()));
            }
        }
        d.requestFailed = false;
        if (m_loadEnded)
            finishIfDrained();
    }

    void endLoad()
    {
        m_loadEnded = true;
        for (const auto &d : m_devices)
            d->tick.stop();
        QTimer::singleShot(kDrainMs, [this] { finish(); });
        finishIfDrained();
    }

    void finishIfDrained()
    {
        for (const auto &d : m_devices) {
            if (!idle(*d))
                return;
        }
        finish();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_lagTimer.stop();
        for (const auto &d : m_devices) {
            if (!idle(*d)) {
                ++m_s.unfinished;
                m_s.fail(
                    u"device %1: its sync cycle was still running %2 s after the load ended"_s.arg(d->index)
                        .arg(kDrainMs / 1000));
            }
        }
        out << "samples push " << joinSamples(m_s.push) << '\n'
            << "samples pull " << joinSamples(m_s.pull) << '\n'
            << "samples cycle " << joinSamples(m_s.cycle) << '\n'
            << "samples change " << joinSamples(m_s.change) << '\n'
            << "samples lag " << joinSamples(m_s.lag) << '\n';
        const std::pair<const char *, qint64> counts[] = { { "changes", m_s.changes },
            { "creates", m_s.creates }, { "edits", m_s.edits }, { "cycles", m_s.cycles },
            { "timed_cycles", m_s.timedCycles }, { "overruns", m_s.overruns }, { "nudges", m_s.nudges },
            { "applied", m_s.applied }, { "pulled", m_s.pulled }, { "conflicts", m_s.conflicts },
            { "failed_requests", m_s.failedRequests }, { "failed_cycles", m_s.failedCycles },
            { "local_errors", m_s.localErrors }, { "refused_ops", m_s.refusedOps },
            { "unfinished", m_s.unfinished }, { "nudge_drops", m_s.nudgeDrops },
            { "cpu_ms", qint64((cpuSeconds(u"self"_s) - m_cpuAtStart) * 1000) } };
        for (const auto &[name, value] : counts)
            out << "count " << name << ' ' << value << '\n';
        for (const QString &r : std::as_const(m_s.reasons))
            out << "reason " << r << '\n';
        out << "done" << Qt::endl;
        QCoreApplication::exit(0);
    }

    const Options m_o;
    QRandomGenerator m_rng;
    std::vector<std::unique_ptr<Device>> m_devices;
    WorkerStats m_s;
    QTimer m_lagTimer;
    QElapsedTimer m_lagClock;
    double m_cpuAtStart = 0;
    bool m_loadEnded = false;
    bool m_finished = false;
};

int runWorker(const Options &o)
{
    Worker worker(o);
    if (!worker.setUp())
        return 1;
    out << "ready" << Qt::endl;
    // Wait for "go" on stdin; end of input means the coordinator is gone.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray received;
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[64];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            QCoreApplication::exit(1);
            return;
        }
        received.append(buffer, n);
        if (received.contains("go\n")) {
            input.setEnabled(false);
            worker.start();
        }
    });
    return QCoreApplication::exec();
}

// ---------------------------------------------------------------------------------------------
// Coordinator: server database, server, workers, figures.

struct WorkerProcess
{
    QProcess process;
    QByteArray buffer;
    bool ready = false;
    bool done = false;
};

struct Totals
{
    QHash<QString, BenchSamples> samples;
    QHash<QString, qint64> counts;
    QStringList reasons;
};

void takeLine(const QByteArray &line, WorkerProcess &w, Totals &t)
{
    if (line == "ready") {
        w.ready = true;
    } else if (line == "done") {
        w.done = true;
    } else if (line.startsWith("samples ")) {
        const QList<QByteArray> parts = line.split(' ');
        BenchSamples &s = t.samples[QString::fromLatin1(parts.value(1))];
        for (qsizetype i = 2; i < parts.size(); ++i) {
            if (!parts.at(i).isEmpty())
                s.add(parts.at(i).toDouble());
        }
    } else if (line.startsWith("count ")) {
        const QList<QByteArray> parts = line.split(' ');
        t.counts[QString::fromLatin1(parts.value(1))] += parts.value(2).toLongLong();
    } else if (line.startsWith("reason ")) {
        t.reasons << QString::fromUtf8(line.mid(7));
    }
}

/** GET /v1/metrics: responses by status class, e.g. {"2xx": 1234}. */
QHash<QString, qint64> serverMetrics(const QString &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url + u"/v1/metrics"_s)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    QHash<QString, qint64> byClass;
    static const QRegularExpression re(u"^fielddesk_http_requests_total\\{class=\"(\\w+)\"\\} (\\d+)$"_s,
        QRegularExpression::MultilineOption);
    for (const auto &m : re.globalMatch(QString::fromUtf8(reply->readAll())))
        byClass.insert(m.captured(1), m.captured(2).toLongLong());
    delete reply;
    return byClass;
}

QString latencyLine(const char *name, const BenchSamples &s)
{
    return u"%1 n=%2 %3 max_ms=%4"_s.arg(QLatin1String(name))
        .arg(s.count())
        .arg(s.figures({ 50, 99 }), BenchSamples::number(s.max()));
}

int runFleet(Options o)
{
    QTemporaryDir tmp;
    const QString work = o.work.isEmpty() ? tmp.path() : o.work;
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    // Real devices write to their own disks. On one machine, their stores on the server's file
    // system would make every server fsync (ext4 data=ordered) also flush the devices' writes, so
    // they go to memory unless told otherwise.
    std::unique_ptr<QTemporaryDir> deviceTmp;
    if (o.deviceDir.isEmpty()) {
        if (QStorageInfo(u"/dev/shm"_s).fileSystemType() == "tmpfs")
            deviceTmp = std::make_unique<QTemporaryDir>(u"/dev/shm/bench_sync_fleet-XXXXXX"_s);
        o.deviceDir = deviceTmp && deviceTmp->isValid() ? deviceTmp->path() : work;
    } else {
        QDir(o.deviceDir).removeRecursively();
        QDir().mkpath(o.deviceDir);
    }
    out << "# server database in " << work << " (" << QStorageInfo(work).fileSystemType()
        << "), device stores in " << o.deviceDir << " (" << QStorageInfo(o.deviceDir).fileSystemType() << ")"
        << Qt::endl;
    const QString cli = QStringLiteral(FIELDDESK_CLI);
    const QString db = QDir(work).filePath(u"server.sqlite"_s);
    QElapsedTimer setup;
    setup.start();

    // Outlets 0101, 0102, …, one counter clerk each, and one enrollment code per device; all of
    // it before the server starts, so nothing else writes to its database meanwhile.
    QStringList staffIds;
    for (int i = 0; i < o.outlets; ++i) {
        const QString code = u"%1"_s.arg(101 + i, 4, 10, QLatin1Char('0'));
        if (runProgram(cli,
                { u"server"_s, u"outlet"_s, u"add"_s, u"--db"_s, db, u"--code"_s, code, u"--name"_s,
                    u"基准营业厅 %1"_s.arg(i + 1) })
                .isEmpty())
            return 1;
        const QString staffOut = runProgram(cli,
            { u"server"_s, u"staff"_s, u"add"_s, u"--db"_s, db, u"--outlet-code"_s, code, u"--no"_s,
                QString::number(1001 + i), u"--name"_s, u"基准柜员 %1"_s.arg(i + 1), u"--roles"_s,
                u"counter"_s, u"--pin"_s, u"4821"_s });
        const auto staff
            = QRegularExpression(u"^id: (\\S+)$"_s, QRegularExpression::MultilineOption).match(staffOut);
        if (!staff.hasMatch())
            return 1;
        staffIds << staff.captured(1);
    }
    QFile list(QDir(work).filePath(u"devices.tsv"_s));
    if (!list.open(QIODevice::WriteOnly | QIODevice::Text))
        return 1;
    for (int i = 0; i < o.devices; ++i) {
        const QString outlet = u"%1"_s.arg(101 + i % o.outlets, 4, 10, QLatin1Char('0'));
        const QString code = runProgram(cli,
            { u"server"_s, u"enroll"_s, u"--db"_s, db, u"--outlet-code"_s, outlet, u"--mode"_s,
                u"counter"_s })
                                 .trimmed();
        if (code.isEmpty())
            return 1;
        list.write(u"%1\t%2\t%3\n"_s.arg(i).arg(staffIds.at(i % o.outlets), code).toUtf8());
    }
    list.close();

    QProcess server;
    // The server's log goes to a file, each line with its type, so warnings can be counted.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_MESSAGE_PATTERN"_s, u"%{type} %{category}: %{message}"_s);
    server.setProcessEnvironment(env);
    const QString serverLog = QDir(work).filePath(u"server.log"_s);
    server.setStandardErrorFile(serverLog);
    server.start(
        QStringLiteral(FIELDDESK_SERVER), { u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, u"sqlite:"_s + db });
    QByteArray line;
    QElapsedTimer wait;
    wait.start();
    while (!line.contains('\n') && wait.elapsed() < 30000 && server.waitForReadyRead(1000))
        line += server.readAllStandardOutput();
    const auto port
        = QRegularExpression(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s).match(QString::fromUtf8(line));
    if (!port.hasMatch()) {
        err << "the server did not start; its log is " << serverLog << '\n';
        return 1;
    }
    const QString url = port.captured(1);
    const QString serverPid = QString::number(server.processId());

    // Workers: this program again, each with every --workers-th device.
    std::vector<std::unique_ptr<WorkerProcess>> workers;
    Totals totals;
    QEventLoop loop;
    bool failed = false;
    const auto allOf = [&](bool WorkerProcess::*flag) {
        return std::all_of(workers.begin(), workers.end(), [&](const auto &w) { return (*w).*flag; });
    };
    QElapsedTimer window;
    double serverCpuAtStart = 0;
    // The server's open sockets, sampled every second of the load: how near the connection limit it came.
    int sockets = 0;
    QTimer socketSampler;
    QObject::connect(&socketSampler, &QTimer::timeout, &socketSampler,
        [&] { sockets = qMax(sockets, socketCount(server.processId())); });
    // A control: GET /v1/health from this process, which does nothing else meanwhile, four times
    // a second during the load. Near 1 ms while the fleet sees much more means the time goes on
    // the client side (the workers' loops, CPU shared with the server), not in the server's queue.
    QNetworkAccessManager probeNam;
    QTimer probeTimer;
    BenchSamples probe;
    int probeFailures = 0;
    bool probing = false;
    QObject::connect(&probeTimer, &QTimer::timeout, &probeTimer, [&] {
        if (probing)
            return;
        if (window.elapsed() >= o.seconds * 1000LL) {
            probeTimer.stop();
            return;
        }
        probing = true;
        QElapsedTimer t;
        t.start();
        QNetworkReply *reply = probeNam.get(QNetworkRequest(QUrl(url + u"/v1/health"_s)));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, t] {
            probing = false;
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                probe.add(double(t.nsecsElapsed()) / 1e6);
            else if (++probeFailures <= kMaxReasons)
                totals.reasons << u"probe: /v1/health answered %1 (%2)"_s
                                      .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                                      .arg(reply->errorString());
        });
    });
    for (int k = 0; k < o.workers; ++k) {
        auto w = std::make_unique<WorkerProcess>();
        WorkerProcess *wp = w.get();
        wp->process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&wp->process, &QProcess::readyReadStandardOutput, [&, wp] {
            wp->buffer += wp->process.readAllStandardOutput();
            qsizetype nl;
            while ((nl = wp->buffer.indexOf('\n')) >= 0) {
                takeLine(wp->buffer.left(nl), *wp, totals);
                wp->buffer.remove(0, nl + 1);
            }
            if (!window.isValid() && allOf(&WorkerProcess::ready)) {
                err << "# set-up took " << qRound(setup.elapsed() / 1000.0) << " s; load starts\n";
                err.flush();
                serverCpuAtStart = cpuSeconds(serverPid);
                window.start();
                socketSampler.start(1000);
                probeTimer.start(250);
                for (const auto &x : workers)
                    x->process.write("go\n");
            }
            if (allOf(&WorkerProcess::done))
                loop.quit();
        });
        QObject::connect(
            &wp->process, &QProcess::finished, [&, wp, k](int code, QProcess::ExitStatus status) {
                if (!wp->done && !failed) {
                    err << "worker " << k << " ended early (exit " << code
                        << (status == QProcess::CrashExit ? ", crashed" : "") << ")\n";
                    failed = true;
                    loop.quit();
                }
            });
        workers.push_back(std::move(w));
    }
    for (int k = 0; k < o.workers; ++k) {
        QStringList args { u"--worker"_s, QString::number(k), u"--workers"_s, QString::number(o.workers),
            u"--url"_s, url, u"--work"_s, work, u"--device-dir"_s, o.deviceDir, u"--seconds"_s,
            QString::number(o.seconds), u"--interval-ms"_s,
            u"%1-%2"_s.arg(o.minIntervalMs).arg(o.maxIntervalMs), u"--edit-share"_s,
            QString::number(o.editShare), u"--seed"_s, QString::number(o.seed) };
        if (o.nudge)
            args << u"--nudge"_s;
        workers[k]->process.start(QCoreApplication::applicationFilePath(), args);
    }
    QTimer::singleShot((1800 + o.seconds + 2 * kDrainMs / 1000) * 1000, &loop, [&] {
        err << "the fleet did not finish in time\n";
        failed = true;
        loop.quit();
    });
    loop.exec();
    socketSampler.stop();
    probeTimer.stop();
    const double windowS = window.isValid() ? double(window.elapsed()) / 1000.0 : 0;
    const double serverCpu = cpuSeconds(serverPid) - serverCpuAtStart;
    const double rssMb = statusMb(server.processId(), "VmRSS");
    const double hwmMb = statusMb(server.processId(), "VmHWM");
    const QHash<QString, qint64> http = failed ? QHash<QString, qint64>() : serverMetrics(url);
    for (const auto &w : workers) {
        w->process.closeWriteChannel();
        if (!w->process.waitForFinished(30000))
            w->process.kill();
    }
    server.terminate();
    const bool serverStopped = server.waitForFinished(30000) && server.exitStatus() == QProcess::NormalExit
        && server.exitCode() == 0;
    if (failed)
        return 1;

    // Warnings and errors the server logged during the run.
    int warnings = 0;
    QStringList firstWarnings;
    QFile log(serverLog);
    if (log.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!log.atEnd()) {
            const QString l = QString::fromUtf8(log.readLine()).trimmed();
            if (l.startsWith("warning "_L1) || l.startsWith("critical "_L1) || l.startsWith("fatal "_L1)) {
                if (++warnings <= 5)
                    firstWarnings << l;
            }
        }
    }

    const auto c = [&](const char *name) { return totals.counts.value(QLatin1String(name)); };
    const qint64 errors = c("failed_requests") + c("local_errors") + c("refused_ops") + c("unfinished")
        + c("nudge_drops") + probeFailures + (serverStopped ? 0 : 1);
    out << latencyLine("fleet_push", totals.samples[u"push"_s]) << '\n'
        << latencyLine("fleet_pull", totals.samples[u"pull"_s]) << '\n'
        << latencyLine("fleet_cycle", totals.samples[u"cycle"_s]) << '\n'
        << latencyLine("fleet_probe", probe) << '\n'
        << "fleet_errors n=" << errors << " failed_requests=" << c("failed_requests")
        << " failed_cycles=" << c("failed_cycles") << " local=" << c("local_errors")
        << " refused_ops=" << c("refused_ops") << " unfinished=" << c("unfinished")
        << " nudge_drops=" << c("nudge_drops") << " probe_failures=" << probeFailures
        << " server_stopped_cleanly=" << (serverStopped ? "yes" : "no") << '\n'
        << "fleet_throughput s=" << o.seconds << " changes=" << c("changes") << " creates=" << c("creates")
        << " edits=" << c("edits") << " ops_applied=" << c("applied")
        << " ops_per_s=" << BenchSamples::number(double(c("applied")) / o.seconds)
        << " cycles=" << c("cycles")
        << " cycles_per_s=" << BenchSamples::number(double(c("cycles")) / o.seconds)
        << " timed_cycles=" << c("timed_cycles") << " overruns=" << c("overruns") << " nudges=" << c("nudges")
        << " rows_pulled=" << c("pulled") << " conflicts=" << c("conflicts") << '\n'
        << "fleet_server cpu_s=" << BenchSamples::number(serverCpu)
        << " wall_s=" << BenchSamples::number(windowS)
        << " cpu_pct=" << qRound(windowS > 0 ? 100 * serverCpu / windowS : 0)
        << " rss_mb=" << BenchSamples::number(rssMb) << " hwm_mb=" << BenchSamples::number(hwmMb)
        << " max_open_sockets=" << sockets << " http_2xx=" << http.value(u"2xx"_s)
        << " http_4xx=" << http.value(u"4xx"_s) << " http_5xx=" << http.value(u"5xx"_s)
        << " warnings=" << warnings << '\n'
        << "fleet_clients devices=" << o.devices << " outlets=" << o.outlets << " workers=" << o.workers
        << " interval_ms=" << o.minIntervalMs << '-' << o.maxIntervalMs
        << " nudge=" << (o.nudge ? "yes" : "no")
        << " cpu_s=" << BenchSamples::number(double(c("cpu_ms")) / 1000.0)
        << " loop_lag_p99_ms=" << BenchSamples::number(totals.samples[u"lag"_s].percentile(99))
        << " loop_lag_max_ms=" << BenchSamples::number(totals.samples[u"lag"_s].max())
        << " local_change_p50_ms=" << BenchSamples::number(totals.samples[u"change"_s].percentile(50))
        << " local_change_p99_ms=" << BenchSamples::number(totals.samples[u"change"_s].percentile(99))
        << Qt::endl;
    for (const QString &r : std::as_const(totals.reasons).mid(0, kMaxReasons))
        err << "fleet error: " << r << '\n';
    for (const QString &w : std::as_const(firstWarnings))
        err << "server log: " << w << '\n';
    if (!serverStopped)
        err << "the server did not stop cleanly on SIGTERM; its log is " << serverLog << '\n';
    err.flush();
    return errors == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"fielddesk.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Devices syncing at once against one fielddesk-server; prints figures."_s);
    parser.addHelpOption();
    parser.addOption({ u"devices"_s, u"Devices (default 200)."_s, u"N"_s, u"200"_s });
    parser.addOption({ u"outlets"_s,
        u"Outlets the devices are spread over (default 10; at most 99 devices each)."_s, u"N"_s, u"10"_s });
    parser.addOption({ u"workers"_s, u"Processes the devices run in (default 4)."_s, u"W"_s, u"4"_s });
    parser.addOption({ u"seconds"_s, u"Length of the load (default 60)."_s, u"S"_s, u"60"_s });
    parser.addOption({ u"interval-ms"_s,
        u"Time between a device's changes, drawn anew each time from MIN-MAX (default 5000-10000)."_s,
        u"MIN-MAX"_s, u"5000-10000"_s });
    parser.addOption({ u"edit-share"_s,
        u"Share of changes that edit a ticket instead of creating one (default 0.5)."_s, u"P"_s, u"0.5"_s });
    parser.addOption({ u"nudge"_s,
        u"Devices also follow the server's nudges (WebSocket) and pull when nudged, as the app does."_s });
    parser.addOption({ u"seed"_s, u"Seed of the schedule and the changes (default 1)."_s, u"S"_s, u"1"_s });
    parser.addOption(
        { u"work"_s, u"Scratch folder with the server database (default: a temporary one)."_s, u"DIR"_s });
    parser.addOption({ u"device-dir"_s,
        u"Folder for the device stores, emptied first (default: a temporary one on /dev/shm)."_s, u"DIR"_s });
    QCommandLineOption workerOption(u"worker"_s, u"internal"_s, u"K"_s);
    workerOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption urlOption(u"url"_s, u"internal"_s, u"URL"_s);
    urlOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(workerOption);
    parser.addOption(urlOption);
    parser.process(app);

    Options o;
    o.devices = parser.value(u"devices"_s).toInt();
    o.outlets = parser.value(u"outlets"_s).toInt();
    o.workers = parser.value(u"workers"_s).toInt();
    o.seconds = parser.value(u"seconds"_s).toInt();
    const QStringList interval = parser.value(u"interval-ms"_s).split(u'-');
    o.minIntervalMs = interval.value(0).toInt();
    o.maxIntervalMs = interval.size() > 1 ? interval.value(1).toInt() : o.minIntervalMs;
    o.editShare = parser.value(u"edit-share"_s).toDouble();
    o.seed = parser.value(u"seed"_s).toUInt();
    o.work = parser.value(u"work"_s);
    o.deviceDir = parser.value(u"device-dir"_s);
    o.nudge = parser.isSet(u"nudge"_s);
    if (o.devices < 1 || o.outlets < 1 || o.outlets > o.devices
        || (o.devices + o.outlets - 1) / o.outlets > 99 || o.workers < 1 || o.workers > o.devices
        || o.seconds < 1 || o.minIntervalMs < 1 || o.maxIntervalMs < o.minIntervalMs || o.editShare < 0
        || o.editShare > 1) {
        err << "--devices, --outlets (at most 99 devices each, the server's limit), --workers (at most one "
               "per device), "
               "--seconds, --interval-ms MIN-MAX and --edit-share 0..1 must make sense together\n";
        return 2;
    }
    if (parser.isSet(workerOption)) {
        o.worker = parser.value(workerOption).toInt();
        o.url = parser.value(urlOption);
        return runWorker(o);
    }
    QFile loadavg(u"/proc/loadavg"_s);
    const QByteArray load
        = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().split(' ').mid(0, 3).join(' ') : QByteArray();
    out << "# bench_sync_fleet: " << o.devices << " devices in " << o.outlets << " outlets, " << o.workers
        << " workers, " << o.seconds << " s, a change and a sync every " << o.minIntervalMs << '-'
        << o.maxIntervalMs << " ms, edits " << o.editShare << "; " << QThread::idealThreadCount()
        << " cores, load " << load << Qt::endl;
    return runFleet(o);
}
