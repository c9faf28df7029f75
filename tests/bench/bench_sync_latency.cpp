// How soon an online device sees another's change (prints figures, asserts nothing):
//   a_to_b_latency  from device A's edit committed in its store to the change in device B's
//                   store, B online as the app runs it (SyncEngine + NudgeListener + 20 s timer)
//   a_push          from the same commit to A's push answered (the part A's own sync takes)
//
//   bench_sync_latency [--edits 200] [--work DIR]
//
// A real fielddesk-server on 127.0.0.1 (tests/support SyncFixture: outlet 0101, staff 1001);
// A and B are counter devices, stores and engines in this process. After each edit A calls
// SyncEngine::localChanged(), as the app does on every data change; each edit waits for the
// previous one to arrive.

#include "benchstats.h"
#include "nudgelistener.h"
#include "syncfixture.h"
#include "ticketrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

constexpr int kAppSyncIntervalMs = 20'000; // cpp/app/main.cpp
constexpr int kEditTimeoutMs = 60'000;

QString address(TestDevice &d, const QString &ticketId)
{
    QSqlQuery q(d.store->db().sql());
    q.prepare(u"SELECT address FROM tickets WHERE id = ?"_s);
    q.addBindValue(ticketId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

/** Spins the event loop until @p done or @p timeoutMs; false on timeout. */
template<typename F>
bool waitFor(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.hasExpired(timeoutMs))
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
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
    parser.addOption({u"edits"_s, u"Edits made on device A (default 200)."_s, u"N"_s, u"200"_s});
    parser.addOption({u"work"_s, u"Scratch folder (default: a temporary one)."_s, u"DIR"_s});
    parser.process(app);
    const int edits = parser.value(u"edits"_s).toInt();
    if (edits < 1) {
        err << "--edits must be at least 1\n";
        return 2;
    }
    QTemporaryDir tmp;
    const QString work = parser.isSet(u"work"_s) ? parser.value(u"work"_s) : tmp.path();
    QDir(work).removeRecursively();
    QDir().mkpath(work);

    SyncFixture fixture(work);
    if (!fixture.setUp())
        return 1;
    auto a = fixture.enroll(u"device-a"_s, u"counter"_s);
    auto b = fixture.enroll(u"device-b"_s, u"counter"_s);
    if (!a || !b)
        return 1;
    // B as the app runs it.
    NudgeListener listener;
    listener.follow(*b->engine);
    int nudges = 0;
    QObject::connect(&listener, &NudgeListener::nudged, [&] { ++nudges; });
    QTimer bTimer;
    QObject::connect(&bTimer, &QTimer::timeout, b->engine.get(), &SyncEngine::syncIfDue);
    bTimer.start(kAppSyncIntervalMs);

    const QString staff = fixture.counterStaff;
    if (!SyncFixture::sync(*a))
        return 1;
    NewTicket input;
    input.title = u"OBU 无法识别"_s;
    auto ticket = TicketRepository(*a->store).create(input, staff);
    if (!ticket || !SyncFixture::sync(*a)) {
        err << "cannot create the ticket\n";
        return 1;
    }
    const QString id = ticket->id;
    if (!waitFor([&] { return listener.isConnected() && !address(*b, id).isNull(); }, kEditTimeoutMs)) {
        err << "device B is not online or never got the ticket\n";
        return 1;
    }

    BenchSamples latency;
    BenchSamples push;
    QElapsedTimer clock;
    clock.start();
    qint64 committedAt = 0;
    qint64 pushedAt = -1;
    QObject::connect(a->engine.get(), &SyncEngine::statusChanged, [&] {
        if (pushedAt < 0 && a->engine->state() == SyncEngine::State::Pulling)
            pushedAt = clock.nsecsElapsed();
    });
    QString expected;
    qint64 arrivedAt = -1;
    // The change can only reach B's store in one of B's cycles: look after each.
    QObject::connect(b->engine.get(), &SyncEngine::cycleFinished, [&] {
        if (arrivedAt < 0 && !expected.isEmpty() && address(*b, id) == expected)
            arrivedAt = clock.nsecsElapsed();
    });
    for (int i = 0; i < edits; ++i) {
        expected = u"合肥市蜀山区长江西路 %1 号"_s.arg(i + 1);
        arrivedAt = -1;
        pushedAt = -1;
        if (!SyncFixture::editTicket(*a->store, id, u"address"_s, expected, staff))
            return 1;
        committedAt = clock.nsecsElapsed();
        a->engine->localChanged(); // what the app does on every data change
        if (!waitFor([&] { return arrivedAt >= 0 && a->engine->state() == SyncEngine::State::Idle; }, kEditTimeoutMs)) {
            err << "edit " << i + 1 << " did not reach device B within " << kEditTimeoutMs / 1000 << " s\n";
            return 1;
        }
        latency.add(double(arrivedAt - committedAt) / 1e6);
        if (pushedAt >= 0)
            push.add(double(pushedAt - committedAt) / 1e6);
    }
    out << "a_to_b_latency n=" << latency.count() << ' ' << latency.figures({50, 99}) << " max_ms="
        << BenchSamples::number(latency.max()) << " mean_ms=" << BenchSamples::number(latency.mean())
        << " b_nudges=" << nudges << '\n';
    out << "a_push n=" << push.count() << ' ' << push.figures({50, 99}) << " max_ms=" << BenchSamples::number(push.max())
        << '\n';
    out.flush();
    listener.stop();
    return fixture.stop() == 0 ? 0 : 1;
}
