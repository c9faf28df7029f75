// Status-list propagation (prints figures, asserts nothing about timing): a loss report (挂失)
// accepted at one counter, listed on every online kiosk.
//   statuslist_propagation   from the report committed in the counter's store to the card on a
//                            kiosk's list (StatusListRepository::lookup hits after one of the
//                            kiosk's sync cycles); one sample per report and kiosk
//   statuslist_nudge         from the same commit to the kiosk's nudge arriving (the counter's
//                            push and the server's part of the above)
//   statuslist_counter_push  from the same commit to the counter's push answered
//   statuslist_failures      kiosks that did not list a card within --timeout-s, cycles that
//                            failed, nudge sockets that dropped
//   statuslist_clients       how busy the benchmark's own processes were
//   statuslist_lists / lists_match: yes|no   every device's list version, count and cards
//                            against the server's at the end
//
//   bench_statuslist [--kiosks 50] [--reports 20] [--workers 4] [--gap-ms 500] [--timeout-s 30]
//                    [--work DIR] [--device-dir DIR]
//
// A real fielddesk-server on 127.0.0.1 (tests/support SyncFixture: outlet 0101, staff 1001), the
// cards issued up front with fielddesk-cli. The counter runs in this process and the kiosks in
// --workers processes (this program again, with a hidden --worker option), as bench_sync_fleet
// does and for the same reasons: each kiosk has its own QNetworkAccessManager (one QNAM opens at
// most 6 connections per host, so kiosks sharing one would queue their pulls behind each other),
// and a worker's event loop is shared by fewer kiosks, so the applying of one kiosk's page delays
// fewer others; statuslist_clients prints the workers' event-loop lag to judge what is left.
// Every device runs as the app does: SyncEngine, NudgeListener::follow and the 20 s timer.
// Workers and this process share CLOCK_MONOTONIC (std::chrono::steady_clock), so a kiosk's time
// stamp compares with the counter's. Each report waits until every kiosk has it (or the timeout)
// and then --gap-ms, so that each starts from settled devices as rare real reports do.
// Exits non-zero if a kiosk missed a card, a list differs from the server's, or a process failed.

#include "benchstats.h"
#include "nudgelistener.h"
#include "statuslistrepository.h"
#include "store.h"
#include "syncengine.h"
#include "syncfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSocketNotifier>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

constexpr int kAppSyncIntervalMs = 20'000; // cpp/app/main.cpp
constexpr int kLagTickMs = 20;
constexpr int kSetUpTimeoutMs = 600'000; // enrolling and first syncs, Debug builds included

struct Options
{
    int kiosks = 50;
    int reports = 20;
    int workers = 4;
    int gapMs = 500;
    int timeoutS = 30;
    QString work;
    QString deviceDir;
    QString url; // worker only
    int worker = -1; // worker only
};

/** CLOCK_MONOTONIC in ns: the same clock in every process of the machine. */
qint64 monoNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

/** utime + stime of a process in seconds (/proc/PID/stat), or -1. */
double cpuSeconds(const QString &pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = f.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

QString cardNumber(int i)
{
    return u"3401222699%1"_s.arg(i, 10, 10, QLatin1Char('0'));
}

QString field(const QString &text, const QString &name)
{
    const auto m = QRegularExpression(u"^%1: (\\S+)$"_s.arg(name), QRegularExpression::MultilineOption).match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

/**
 * Runs the event loop until @p done or @p timeoutMs; false on timeout. The condition is looked at
 * every 10 ms (it is cheap; what is measured is time-stamped where it happens, not here): no
 * busy loop, which would take a core from the server and the kiosks.
 */
template<typename F>
bool waitFor(F done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QElapsedTimer t;
    t.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.hasExpired(timeoutMs))
            loop.quit();
    });
    poll.start(10);
    loop.exec();
    return done();
}

/** "n=… p50_ms=… … max_ms=… mean_ms=…" */
QString latency(const BenchSamples &s, std::initializer_list<int> percentiles)
{
    return u"n=%1 %2 max_ms=%3 mean_ms=%4"_s.arg(s.count()).arg(s.figures(percentiles), BenchSamples::number(s.max()),
                                                            BenchSamples::number(s.mean()));
}

// ---------------------------------------------------------------------------------------------
// Worker: a share of the kiosks in one process with one event loop. Talks to the coordinator in
// lines: it prints "ready", "started", "nudge K NS", "seen K CARD NS", "fail K REASON",
// "info K VERSION LISTED HITS", "count NAME N", "lag MS…", "done"; it reads "go" and "finish".

struct Kiosk
{
    int index = 0;
    SystemClock clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<NudgeListener> nudge; // destroyed before the engine it follows
    std::unique_ptr<QTimer> timer;
    QSet<QString> seen;
};

class Worker
{
public:
    explicit Worker(const Options &o) : m_o(o) {}

    bool setUp()
    {
        QFile cards(QDir(m_o.work).filePath(u"cards.txt"_s));
        QFile list(QDir(m_o.work).filePath(u"kiosks.tsv"_s));
        if (!cards.open(QIODevice::ReadOnly | QIODevice::Text) || !list.open(QIODevice::ReadOnly | QIODevice::Text)) {
            err << "worker " << m_o.worker << ": cannot read the kiosk and card lists in " << m_o.work << '\n';
            return false;
        }
        m_cards = QString::fromUtf8(cards.readAll()).split(u'\n', Qt::SkipEmptyParts);
        while (!list.atEnd()) {
            const QStringList f = QString::fromUtf8(list.readLine()).trimmed().split(u'\t');
            if (f.size() != 2 || f.at(0).toInt() % m_o.workers != m_o.worker)
                continue;
            auto k = std::make_unique<Kiosk>();
            k->index = f.at(0).toInt();
            const QString dir = QDir(m_o.deviceDir).filePath(u"kiosk-%1"_s.arg(k->index, 3, 10, QLatin1Char('0')));
            auto s = Store::open(dir, k->clock);
            if (!s) {
                err << "kiosk " << k->index << ": " << s.error().toString() << '\n';
                return false;
            }
            k->store = std::move(s).value();
            k->nam = std::make_unique<QNetworkAccessManager>();
            if (auto r = SyncEngine::enroll(*k->store, *k->nam, QUrl(m_o.url), f.at(1), QDir(dir).dirName()); !r) {
                err << "kiosk " << k->index << ": enroll: " << r.error().toString() << '\n';
                return false;
            }
            k->engine = std::make_unique<SyncEngine>(*k->store, *k->nam);
            if (auto r = k->engine->runUntilIdle(120000); !r) {
                err << "kiosk " << k->index << ": first sync: " << r.error().toString() << '\n';
                return false;
            }
            // As the app runs it: sync on every nudge and reconnect, and on its timer.
            k->nudge = std::make_unique<NudgeListener>();
            k->nudge->follow(*k->engine);
            k->timer = std::make_unique<QTimer>();
            // Precise: coarse timers of many devices in one process would fire together.
            k->timer->setTimerType(Qt::PreciseTimer);
            QObject::connect(k->timer.get(), &QTimer::timeout, k->engine.get(), &SyncEngine::syncIfDue);
            k->timer->start(kAppSyncIntervalMs);
            m_kiosks.push_back(std::move(k));
        }
        if (m_kiosks.empty())
            return false;
        // Every nudge socket up and the sync each connection starts done.
        const bool ready = waitFor(
                [this] {
                    return std::all_of(m_kiosks.begin(), m_kiosks.end(), [](const auto &k) {
                        return k->nudge->isConnected() && k->engine->state() == SyncEngine::State::Idle;
                    });
                },
                60000);
        if (!ready)
            err << "worker " << m_o.worker << ": the kiosks' nudge connections are not all up after 60 s\n";
        return ready;
    }

    void start()
    {
        m_cpuAtStart = cpuSeconds(u"self"_s);
        for (const auto &owned : m_kiosks) {
            Kiosk *k = owned.get();
            QObject::connect(k->engine.get(), &SyncEngine::cycleFinished, k->engine.get(), [this, k](bool ok) { check(*k, ok); });
            QObject::connect(k->nudge.get(), &NudgeListener::nudged, k->nudge.get(), [this, k] {
                ++m_nudges;
                out << "nudge " << k->index << ' ' << monoNs() << Qt::endl;
            });
            QObject::connect(k->nudge.get(), &NudgeListener::connectedChanged, k->nudge.get(), [this, k](bool up) {
                if (!up && !m_finished) {
                    ++m_nudgeDrops;
                    out << "fail " << k->index << " its nudge connection dropped" << Qt::endl;
                }
            });
        }
        m_lagTimer.setTimerType(Qt::PreciseTimer);
        m_lagTimer.setInterval(kLagTickMs);
        QObject::connect(&m_lagTimer, &QTimer::timeout, &m_lagTimer, [this] {
            m_lag.append(qMax(0.0, double(m_lagClock.nsecsElapsed()) / 1e6 - kLagTickMs));
            m_lagClock.start();
        });
        m_lagClock.start();
        m_lagTimer.start();
        out << "started" << Qt::endl;
    }

    void finish()
    {
        m_finished = true;
        m_lagTimer.stop();
        for (const auto &k : m_kiosks) {
            StatusListRepository list(*k->store);
            auto info = list.info();
            int hits = 0;
            for (const QString &card : std::as_const(m_cards)) {
                auto hit = list.lookup(card);
                hits += hit && hit->has_value() ? 1 : 0;
            }
            out << "info " << k->index << ' ' << (info ? info->version : -1) << ' ' << (info ? info->listed : -1) << ' '
                << hits << '\n';
        }
        QStringList lag;
        lag.reserve(m_lag.size());
        for (const double v : std::as_const(m_lag))
            lag << QString::number(v, 'f', 3);
        out << "lag " << lag.join(u' ') << '\n'
            << "count cycles " << m_cycles << '\n'
            << "count failed_cycles " << m_failedCycles << '\n'
            << "count nudges " << m_nudges << '\n'
            << "count nudge_drops " << m_nudgeDrops << '\n'
            << "count cpu_ms " << qint64((cpuSeconds(u"self"_s) - m_cpuAtStart) * 1000) << '\n'
            << "done" << Qt::endl;
        QCoreApplication::exit(0);
    }

private:
    /** After each of a kiosk's cycles: the cards that reached its list in it. */
    void check(Kiosk &k, bool ok)
    {
        const qint64 now = monoNs();
        if (m_finished)
            return;
        ++m_cycles;
        if (!ok) {
            ++m_failedCycles;
            out << "fail " << k.index << " sync cycle failed: " << k.engine->lastError().toString() << Qt::endl;
        }
        StatusListRepository list(*k.store);
        for (const QString &card : std::as_const(m_cards)) {
            if (k.seen.contains(card))
                continue;
            auto hit = list.lookup(card);
            if (!hit) {
                out << "fail " << k.index << " lookup: " << hit.error().toString() << Qt::endl;
                continue;
            }
            if (hit->has_value()) {
                k.seen.insert(card);
                out << "seen " << k.index << ' ' << card << ' ' << now << Qt::endl;
            }
        }
    }

    const Options m_o;
    QStringList m_cards;
    std::vector<std::unique_ptr<Kiosk>> m_kiosks;
    QTimer m_lagTimer;
    QElapsedTimer m_lagClock;
    QList<double> m_lag;
    double m_cpuAtStart = 0;
    qint64 m_cycles = 0, m_failedCycles = 0, m_nudges = 0, m_nudgeDrops = 0;
    bool m_finished = false;
};

int runWorker(const Options &o)
{
    Worker worker(o);
    if (!worker.setUp())
        return 1;
    out << "ready" << Qt::endl;
    // Commands on stdin; end of input means the coordinator is gone.
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
        qsizetype nl;
        while ((nl = received.indexOf('\n')) >= 0) {
            const QByteArray command = received.left(nl);
            received.remove(0, nl + 1);
            if (command == "go")
                worker.start();
            else if (command == "finish")
                worker.finish();
        }
    });
    return QCoreApplication::exec();
}

// ---------------------------------------------------------------------------------------------
// Coordinator: server, cards, counter, workers, figures.

struct WorkerProcess
{
    QProcess process;
    QByteArray buffer;
    bool ready = false;
    bool started = false;
    bool done = false;
};

/** What the workers said, for the report in flight and in total. */
struct Observed
{
    QString card; // the report in flight; empty between reports
    qint64 committedAt = 0;
    QHash<int, qint64> seenAt; // kiosk → when the card was on its list
    QHash<int, qint64> nudgedAt; // kiosk → its first nudge after the commit
    QSet<QString> done; // cards of reports already over
    qint64 late = 0; // a card listed after its report timed out
    struct Info
    {
        qint64 version = -1, listed = -1, hits = -1;
    };
    QHash<int, Info> info;
    QHash<QString, qint64> counts;
    BenchSamples lag;
    QStringList failures;
};

void takeLine(const QByteArray &line, WorkerProcess &w, Observed &o)
{
    const QList<QByteArray> p = line.split(' ');
    const QByteArray &what = p.value(0);
    if (what == "ready") {
        w.ready = true;
    } else if (what == "started") {
        w.started = true;
    } else if (what == "done") {
        w.done = true;
    } else if (what == "seen" && p.size() == 4) {
        const QString card = QString::fromLatin1(p.at(2));
        if (card == o.card)
            o.seenAt.insert(p.at(1).toInt(), p.at(3).toLongLong());
        else if (o.done.contains(card))
            ++o.late;
    } else if (what == "nudge" && p.size() == 3) {
        const qint64 at = p.at(2).toLongLong();
        if (!o.card.isEmpty() && at >= o.committedAt && !o.nudgedAt.contains(p.at(1).toInt()))
            o.nudgedAt.insert(p.at(1).toInt(), at);
    } else if (what == "fail") {
        o.failures << u"kiosk "_s + QString::fromUtf8(line.mid(5));
    } else if (what == "info" && p.size() == 5) {
        o.info.insert(p.at(1).toInt(), {p.at(2).toLongLong(), p.at(3).toLongLong(), p.at(4).toLongLong()});
    } else if (what == "count" && p.size() == 3) {
        o.counts[QString::fromLatin1(p.at(1))] += p.at(2).toLongLong();
    } else if (what == "lag") {
        for (qsizetype i = 1; i < p.size(); ++i) {
            if (!p.at(i).isEmpty())
                o.lag.add(p.at(i).toDouble());
        }
    }
}

int runCoordinator(Options o)
{
    QTemporaryDir tmp;
    const QString work = o.work.isEmpty() ? tmp.path() : o.work;
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    // As in bench_sync_fleet: device stores in memory, so that their writes do not land in the
    // server's fsyncs on one file system (real kiosks have their own disks).
    std::unique_ptr<QTemporaryDir> deviceTmp;
    if (o.deviceDir.isEmpty()) {
        if (QStorageInfo(u"/dev/shm"_s).fileSystemType() == "tmpfs")
            deviceTmp = std::make_unique<QTemporaryDir>(u"/dev/shm/bench_statuslist-XXXXXX"_s);
        o.deviceDir = deviceTmp && deviceTmp->isValid() ? deviceTmp->path() : QDir(work).filePath(u"devices"_s);
    }
    QDir(o.deviceDir).removeRecursively();
    QDir().mkpath(o.deviceDir);
    out << "# server database in " << work << " (" << QStorageInfo(work).fileSystemType() << "), kiosk stores in "
        << o.deviceDir << " (" << QStorageInfo(o.deviceDir).fileSystemType() << ")" << Qt::endl;

    QElapsedTimer setup;
    setup.start();
    SyncFixture fixture(work);
    if (!fixture.setUp())
        return 1;
    auto counter = fixture.enroll(u"counter"_s, u"counter"_s);
    if (!counter || !SyncFixture::sync(*counter))
        return 1;
    const QString db = fixture.databasePath();
    // The cards, on one account (its customer record is not needed: the clerk vouches).
    const QString account = field(fixture.cli({u"server"_s, u"etc"_s, u"account"_s, u"add"_s, u"--db"_s, db, u"--outlet-code"_s,
                                               u"0101"_s, u"--customer"_s, u"bench-holder"_s}),
                                  u"id"_s);
    if (account.isEmpty())
        return 1;
    QDir().mkpath(QDir(work).filePath(u"chips"_s));
    QStringList cards;
    for (int i = 1; i <= o.reports; ++i) {
        const QString no = cardNumber(i);
        if (fixture.cli({u"server"_s, u"etc"_s, u"card"_s, u"issue"_s, u"--db"_s, db, u"--account"_s, account, u"--card-no"_s, no,
                         u"--chip"_s, QDir(work).filePath(u"chips/"_s + no + u".json"_s)})
                    .isEmpty())
            return 1;
        cards << no;
    }
    QFile cardFile(QDir(work).filePath(u"cards.txt"_s));
    QFile kioskFile(QDir(work).filePath(u"kiosks.tsv"_s));
    if (!cardFile.open(QIODevice::WriteOnly | QIODevice::Text) || !kioskFile.open(QIODevice::WriteOnly | QIODevice::Text))
        return 1;
    cardFile.write((cards.join(u'\n') + u'\n').toUtf8());
    cardFile.close();
    for (int i = 0; i < o.kiosks; ++i) {
        const QString code = fixture.cli({u"server"_s, u"enroll"_s, u"--db"_s, db, u"--outlet-code"_s, u"0101"_s, u"--mode"_s,
                                          u"kiosk"_s})
                                     .trimmed();
        if (code.isEmpty())
            return 1;
        kioskFile.write(u"%1\t%2\n"_s.arg(i).arg(code).toUtf8());
    }
    kioskFile.close();

    // The counter as the app runs it.
    NudgeListener counterNudges;
    counterNudges.follow(*counter->engine);
    QTimer counterTimer;
    QObject::connect(&counterTimer, &QTimer::timeout, counter->engine.get(), &SyncEngine::syncIfDue);
    counterTimer.start(kAppSyncIntervalMs);

    // The kiosks.
    Observed seen;
    std::vector<std::unique_ptr<WorkerProcess>> workers;
    bool workerFailed = false;
    for (int k = 0; k < o.workers; ++k) {
        auto w = std::make_unique<WorkerProcess>();
        WorkerProcess *wp = w.get();
        wp->process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&wp->process, &QProcess::readyReadStandardOutput, &wp->process, [&, wp] {
            wp->buffer += wp->process.readAllStandardOutput();
            qsizetype nl;
            while ((nl = wp->buffer.indexOf('\n')) >= 0) {
                takeLine(wp->buffer.left(nl), *wp, seen);
                wp->buffer.remove(0, nl + 1);
            }
        });
        QObject::connect(&wp->process, &QProcess::finished, &wp->process, [&, wp, k](int code, QProcess::ExitStatus status) {
            if (!wp->done) {
                err << "worker " << k << " ended early (exit " << code << (status == QProcess::CrashExit ? ", crashed" : "")
                    << ")\n";
                workerFailed = true;
            }
        });
        wp->process.start(QCoreApplication::applicationFilePath(),
                          {u"--worker"_s, QString::number(k), u"--workers"_s, QString::number(o.workers), u"--url"_s, fixture.url(),
                           u"--work"_s, work, u"--device-dir"_s, o.deviceDir});
        workers.push_back(std::move(w));
    }
    const auto all = [&](bool WorkerProcess::*flag) {
        return std::all_of(workers.begin(), workers.end(), [&](const auto &w) { return (*w).*flag; });
    };
    if (!waitFor([&] { return workerFailed || all(&WorkerProcess::ready); }, kSetUpTimeoutMs) || workerFailed) {
        err << "the kiosks could not be set up\n";
        return 1;
    }
    if (!waitFor([&] { return counterNudges.isConnected() && counter->engine->state() == SyncEngine::State::Idle; }, 60000)) {
        err << "the counter is not online\n";
        return 1;
    }
    for (const auto &w : workers)
        w->process.write("go\n");
    if (!waitFor([&] { return workerFailed || all(&WorkerProcess::started); }, 60000) || workerFailed)
        return 1;
    out << "# set-up took " << qRound(setup.elapsed() / 1000.0) << " s" << Qt::endl;

    // The counter's push is answered when its cycle moves on to pulling with nothing left to send.
    qint64 pushedAt = -1;
    QObject::connect(counter->engine.get(), &SyncEngine::statusChanged, counter->engine.get(), [&] {
        if (!seen.card.isEmpty() && pushedAt < 0 && counter->engine->state() == SyncEngine::State::Pulling) {
            auto pending = counter->store->outbox().pendingCount();
            if (pending && pending.value() == 0)
                pushedAt = monoNs();
        }
    });
    const double cpuAtStart = cpuSeconds(u"self"_s);
    BenchSamples propagation;
    BenchSamples nudge;
    BenchSamples push;
    qint64 missed = 0;
    int incomplete = 0;
    const int timeoutMs = o.timeoutS * 1000;
    for (int i = 0; i < o.reports && !workerFailed; ++i) {
        NewLossReport in;
        in.cardNo = cards.at(i);
        in.channel = u"counter"_s;
        in.holderName = u"张三"_s;
        in.reporterPhone = u"13905510001"_s;
        seen.seenAt.clear();
        seen.nudgedAt.clear();
        pushedAt = -1;
        seen.card = cards.at(i);
        seen.committedAt = monoNs(); // for nudges that arrive before report() returns (none should)
        auto r = StatusListRepository(*counter->store).report(in, fixture.counterStaff);
        const qint64 committedAt = monoNs();
        if (!r) {
            err << "report " << i + 1 << ": " << r.error().toString() << '\n';
            return 1;
        }
        seen.committedAt = committedAt;
        counter->engine->localChanged(); // what the app does on every data change
        const bool complete = waitFor(
                [&] { return workerFailed || (seen.seenAt.size() == o.kiosks && pushedAt >= 0); }, timeoutMs);
        double slowest = 0;
        for (const qint64 at : std::as_const(seen.seenAt)) {
            propagation.add(msBetween(committedAt, at));
            slowest = qMax(slowest, msBetween(committedAt, at));
        }
        for (const qint64 at : std::as_const(seen.nudgedAt))
            nudge.add(msBetween(committedAt, at));
        if (pushedAt >= 0)
            push.add(msBetween(committedAt, pushedAt));
        out << "# report " << i + 1 << ": listed on " << seen.seenAt.size() << '/' << o.kiosks << " kiosks, slowest "
            << BenchSamples::number(slowest) << " ms, push "
            << (pushedAt >= 0 ? BenchSamples::number(msBetween(committedAt, pushedAt)) : u"-"_s) << " ms" << Qt::endl;
        if (!complete) {
            ++incomplete;
            missed += o.kiosks - seen.seenAt.size();
            QStringList missing;
            for (int k = 0; k < o.kiosks; ++k) {
                if (!seen.seenAt.contains(k))
                    missing << QString::number(k);
            }
            err << "report " << i + 1 << " (card " << cards.at(i) << "): not listed within " << o.timeoutS << " s on kiosks "
                << missing.join(u',') << (pushedAt < 0 ? u"; the counter's push was not answered"_s : QString()) << '\n';
        }
        seen.done.insert(seen.card);
        seen.card.clear();
        waitFor([&] { return workerFailed; }, o.gapMs);
    }
    const double coordinatorCpu = cpuSeconds(u"self"_s) - cpuAtStart;

    // The lists at the end, against the server's.
    for (const auto &w : workers)
        w->process.write("finish\n");
    waitFor([&] { return workerFailed || all(&WorkerProcess::done); }, 60000);
    const QString serverList = fixture.cli({u"server"_s, u"etc"_s, u"list"_s, u"--db"_s, db});
    const qint64 serverVersion = serverList.isEmpty() ? -1 : field(serverList, u"version"_s).toLongLong();
    const qint64 serverListed = serverList.isEmpty() ? -1 : field(serverList, u"listed"_s).toLongLong();
    int differ = 0;
    const auto compare = [&](const QString &who, const Observed::Info &i) {
        if (i.version == serverVersion && i.listed == serverListed && i.hits == o.reports)
            return;
        ++differ;
        err << who << ": list version " << i.version << ", " << i.listed << " listed, " << i.hits << " of " << o.reports
            << " cards; the server: version " << serverVersion << ", " << serverListed << " listed\n";
    };
    for (int k = 0; k < o.kiosks; ++k)
        compare(u"kiosk %1"_s.arg(k), seen.info.value(k));
    {
        StatusListRepository list(*counter->store);
        auto info = list.info();
        Observed::Info mine;
        if (info) {
            mine.version = info->version;
            mine.listed = info->listed;
            mine.hits = 0;
            for (const QString &card : std::as_const(cards)) {
                auto hit = list.lookup(card);
                mine.hits += hit && hit->has_value() ? 1 : 0;
            }
        }
        compare(u"counter"_s, mine);
    }
    const bool listsMatch = differ == 0 && serverVersion >= o.reports;

    for (const auto &w : workers) {
        w->process.closeWriteChannel();
        if (!w->process.waitForFinished(30000))
            w->process.kill();
    }
    counterNudges.stop();
    const bool serverStopped = fixture.stop() == 0;

    const auto c = [&](const char *name) { return seen.counts.value(QLatin1String(name)); };
    out << "statuslist_propagation kiosks=" << o.kiosks << " reports=" << o.reports << ' '
        << latency(propagation, {50, 95, 99}) << '\n'
        << "statuslist_nudge " << latency(nudge, {50, 95, 99}) << '\n'
        << "statuslist_counter_push " << latency(push, {50, 99}) << '\n'
        << "statuslist_failures n=" << missed << " incomplete_reports=" << incomplete << " late=" << seen.late
        << " failed_cycles=" << c("failed_cycles") << " nudge_drops=" << c("nudge_drops")
        << " workers_failed=" << (workerFailed ? "yes" : "no") << " server_stopped_cleanly=" << (serverStopped ? "yes" : "no")
        << '\n'
        << "statuslist_clients workers=" << o.workers << " kiosk_cycles=" << c("cycles") << " kiosk_nudges=" << c("nudges")
        << " workers_cpu_s=" << BenchSamples::number(double(c("cpu_ms")) / 1000.0)
        << " coordinator_cpu_s=" << BenchSamples::number(coordinatorCpu)
        << " loop_lag_p99_ms=" << BenchSamples::number(seen.lag.percentile(99))
        << " loop_lag_max_ms=" << BenchSamples::number(seen.lag.max()) << '\n'
        << "statuslist_lists server_version=" << serverVersion << " server_listed=" << serverListed
        << " devices=" << o.kiosks + 1 << " differ=" << differ << '\n'
        << "lists_match: " << (listsMatch ? "yes" : "no") << Qt::endl;
    for (const QString &f : std::as_const(seen.failures).mid(0, 10))
        err << f << '\n';
    err.flush();
    return missed == 0 && listsMatch && !workerFailed && serverStopped ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"fielddesk.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A loss report at one counter listed on every online kiosk; prints figures."_s);
    parser.addHelpOption();
    parser.addOption({u"kiosks"_s, u"Online kiosks (default 50; at most 98, one outlet's devices)."_s, u"N"_s, u"50"_s});
    parser.addOption({u"reports"_s, u"Loss reports made one after the other (default 20)."_s, u"N"_s, u"20"_s});
    parser.addOption({u"workers"_s, u"Processes the kiosks run in (default 4)."_s, u"W"_s, u"4"_s});
    parser.addOption({u"gap-ms"_s, u"Pause after a report reached every kiosk (default 500)."_s, u"MS"_s, u"500"_s});
    parser.addOption({u"timeout-s"_s, u"A kiosk without the card this long after the report misses it (default 30)."_s,
                      u"S"_s, u"30"_s});
    parser.addOption({u"work"_s, u"Scratch folder with the server database (default: a temporary one)."_s, u"DIR"_s});
    parser.addOption({u"device-dir"_s, u"Folder for the kiosk stores, emptied first (default: a temporary one on /dev/shm)."_s,
                      u"DIR"_s});
    QCommandLineOption workerOption(u"worker"_s, u"internal"_s, u"K"_s);
    workerOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption urlOption(u"url"_s, u"internal"_s, u"URL"_s);
    urlOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(workerOption);
    parser.addOption(urlOption);
    parser.process(app);

    Options o;
    o.kiosks = parser.value(u"kiosks"_s).toInt();
    o.reports = parser.value(u"reports"_s).toInt();
    o.workers = parser.value(u"workers"_s).toInt();
    o.gapMs = parser.value(u"gap-ms"_s).toInt();
    o.timeoutS = parser.value(u"timeout-s"_s).toInt();
    o.work = parser.value(u"work"_s);
    o.deviceDir = parser.value(u"device-dir"_s);
    if (parser.isSet(workerOption)) {
        o.worker = parser.value(workerOption).toInt();
        o.url = parser.value(urlOption);
        return runWorker(o);
    }
    if (o.kiosks < 1 || o.kiosks > 98 || o.reports < 1 || o.workers < 1 || o.workers > o.kiosks || o.gapMs < 0
        || o.timeoutS < 1) {
        err << "--kiosks 1..98 (the outlet's 99 devices include the counter), --reports ≥ 1, --workers 1..kiosks,"
               " --gap-ms ≥ 0 and --timeout-s ≥ 1\n";
        return 2;
    }
    QFile loadavg(u"/proc/loadavg"_s);
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().split(' ').mid(0, 3).join(' ') : QByteArray();
    out << "# bench_statuslist: " << o.kiosks << " kiosks in " << o.workers << " workers, " << o.reports << " reports, gap "
        << o.gapMs << " ms; " << QThread::idealThreadCount() << " cores, load " << load << Qt::endl;
    return runCoordinator(o);
}
