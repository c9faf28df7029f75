// The nudge channel end to end: the real fielddesk-server on 127.0.0.1 (SyncFixture), device
// stores with their SyncEngines and NudgeListeners in this process, wired as the app wires them
// (NudgeListener::follow). Assertions are about state — who was nudged, what arrived in whose
// store, how many sockets the server holds — with generous waits, never about latency. The last
// test runs a second server in-process on the same database, with ping times short enough to
// watch a dead peer being dropped.

#include "fielddeskserver.h"
#include "nudgelistener.h"
#include "rawhttp.h"
#include "serveroptions.h"
#include "store.h"
#include "syncengine.h"
#include "syncfixture.h"
#include "ticketrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace fd;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Generous: sanitizer builds on a loaded two-core machine.
constexpr int kWaitMs = 15000;
// How long a nudge that should not come is given to come anyway. Nudges of one push go out in
// the same server call, so once the expected one arrived an unexpected one is already on its way.
constexpr int kQuietMs = 1000;

NudgeListener::Options fastRetries()
{
    NudgeListener::Options o;
    o.minBackoff = 100ms;
    o.maxBackoff = 1000ms;
    o.connectTimeout = 2000ms;
    o.stableAfter = 500ms;
    return o;
}

} // namespace

class TestSyncNudge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncFixture m_fixture{m_dir.path()};
    QString m_staff; // 1001, counter + supervisor

    /** An enrolled device whose listener drives its engine, as in the app. */
    struct Online
    {
        std::unique_ptr<TestDevice> device;
        std::unique_ptr<NudgeListener> listener;
        std::unique_ptr<QSignalSpy> nudges;
    };

    Online online(const QString &folder, const QString &mode, const NudgeListener::Options &options = fastRetries())
    {
        Online o;
        o.device = m_fixture.enroll(folder, mode);
        if (!o.device)
            return o;
        o.listener = std::make_unique<NudgeListener>(options);
        o.nudges = std::make_unique<QSignalSpy>(o.listener.get(), &NudgeListener::nudged);
        o.listener->follow(*o.device->engine);
        return o;
    }

    static QString token(TestDevice &d) { return d.store->setting(u"device_token"_s).value(); }

    static QString value(TestDevice &d, const QString &sql)
    {
        QSqlQuery q(d.store->db().sql());
        return q.exec(sql) && q.next() ? q.value(0).toString() : u"<none>"_s;
    }

    /**
     * The staff member arrives with the device's first sync, which its nudge channel starts on
     * connecting; on a busy machine that sync may still be on its way.
     */
    bool staffArrived(TestDevice &d)
    {
        return QTest::qWaitFor(
            [&] { return value(d, u"SELECT count(*) FROM staff WHERE id = '%1'"_s.arg(m_staff)) == u"1"_s; }, kWaitMs);
    }

    QString createTicket(TestDevice &d)
    {
        if (!staffArrived(d))
            return {};
        NewTicket input;
        input.title = u"OBU 无法识别"_s;
        auto t = TicketRepository(*d.store).create(input, m_staff);
        return t ? t->id : QString();
    }

    bool createOutageNotice(TestDevice &d, const QString &id)
    {
        if (!staffArrived(d))
            return false;
        Change c;
        c.opKind = u"outage.create"_s;
        c.entity = u"outage_notice"_s;
        c.entityId = id;
        c.staffId = m_staff;
        c.fields = {{u"kind"_s, u"service"_s},
                    {u"scope"_s, u"全省"_s},
                    {u"title"_s, u"ETC 系统升级"_s},
                    {u"starts_at"_s, d.store->nowMs()},
                    {u"state"_s, u"active"_s}};
        Transaction tx(d.store->db());
        return d.store->write(c).ok() && tx.commit().ok();
    }

    /** A figure from GET /v1/metrics of @p baseUrl; -1 when it cannot be read. */
    qint64 metric(const QString &name, const QString &baseUrl = {})
    {
        QNetworkReply *reply = m_fixture.network().get(QNetworkRequest(QUrl((baseUrl.isEmpty() ? m_fixture.url() : baseUrl)
                                                                            + u"/v1/metrics"_s)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(kWaitMs);
        const QString text = QString::fromUtf8(reply->readAll());
        reply->deleteLater();
        const auto m = QRegularExpression(u"^%1 (\\d+)$"_s.arg(name), QRegularExpression::MultilineOption).match(text);
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }

    /** The upgrade request a WebSocket client sends, with @p authorization as given. */
    static QByteArray upgradeRequest(const QByteArray &authorization, bool upgrade = true)
    {
        QByteArray r = "GET /v1/nudge HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (upgrade)
            r += "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                 "Sec-WebSocket-Version: 13\r\n";
        if (!authorization.isEmpty())
            r += "Authorization: " + authorization + "\r\n";
        return r + "\r\n";
    }

    static QString errorCode(const rawhttp::Response &response)
    {
        return QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject().value(u"code"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixture.setUp());
        m_staff = m_fixture.counterStaff;
    }

    void cleanupTestCase() { QCOMPARE(m_fixture.stop(), 0); }

    void nudgeBringsTheChangeToOthersButNotToThePusher()
    {
        Online a = online(u"n1-a"_s, u"counter"_s);
        Online b = online(u"n1-b"_s, u"counter"_s);
        QVERIFY(a.device && b.device);
        QTRY_VERIFY_WITH_TIMEOUT(a.listener->isConnected() && b.listener->isConnected(), kWaitMs);
        QCOMPARE(a.listener->url().toString(), QString(m_fixture.url()).replace(u"http://"_s, u"ws://"_s) + u"/v1/nudge"_s);
        // 1. A takes a ticket and pushes it; B is nudged and its engine pulls the ticket.
        const QString id = createTicket(*a.device);
        QVERIFY(!id.isEmpty());
        QVERIFY(SyncFixture::sync(*a.device));
        QTRY_VERIFY_WITH_TIMEOUT(b.nudges->count() >= 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(value(*b.device, u"SELECT count(*) FROM tickets WHERE id = '%1'"_s.arg(id)), u"1"_s, kWaitMs);
        // 2. A changes the address and pushes; B is nudged again and shows the new address.
        const int before = int(b.nudges->count());
        QVERIFY(SyncFixture::editTicket(*a.device->store, id, u"address"_s, u"合肥市蜀山区长江西路 100 号"_s, m_staff));
        QVERIFY(SyncFixture::sync(*a.device));
        QTRY_VERIFY_WITH_TIMEOUT(b.nudges->count() > before, kWaitMs);
        QVERIFY(b.nudges->last().at(0).toLongLong() > 0); // the server's feed position
        QTRY_COMPARE_WITH_TIMEOUT(value(*b.device, u"SELECT address FROM tickets WHERE id = '%1'"_s.arg(id)),
                                  u"合肥市蜀山区长江西路 100 号"_s, kWaitMs);
        // 3. The pusher was never nudged for its own changes.
        QTest::qWait(kQuietMs);
        QCOMPARE(a.nudges->count(), 0);
        QVERIFY(metric(u"fielddesk_nudges_sent_total"_s) >= 2);
    }

    void localChangeGoesOutByItselfAndReachesOthers()
    {
        Online a = online(u"n1b-a"_s, u"counter"_s);
        Online b = online(u"n1b-b"_s, u"counter"_s);
        QVERIFY(a.device && b.device);
        QTRY_VERIFY_WITH_TIMEOUT(a.listener->isConnected() && b.listener->isConnected(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(a.device->engine->state(), SyncEngine::State::Idle, kWaitMs);
        // 1. A clerk takes a ticket on A; the app tells the engine that data changed, nothing more.
        const QString id = createTicket(*a.device);
        QVERIFY(!id.isEmpty());
        a.device->engine->localChanged();
        // 2. A pushes by itself, B is nudged and has the ticket; A's outbox is empty.
        QTRY_COMPARE_WITH_TIMEOUT(value(*b.device, u"SELECT count(*) FROM tickets WHERE id = '%1'"_s.arg(id)), u"1"_s, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(a.device->store->outbox().pendingCount().value(), 0, kWaitMs);
        // 3. A change that queued nothing (as after a pull) starts no cycle.
        QTRY_COMPARE_WITH_TIMEOUT(a.device->engine->state(), SyncEngine::State::Idle, kWaitMs);
        QSignalSpy cycles(a.device->engine.get(), &SyncEngine::cycleFinished);
        a.device->engine->localChanged();
        QTest::qWait(SyncEngine::kLocalChangeDelayMs + kQuietMs);
        QCOMPARE(cycles.count(), 0);
        // 4. An edit during a running cycle is pushed right after it.
        QVERIFY(SyncFixture::editTicket(*a.device->store, id, u"address"_s, u"合肥市包河区马鞍山路 9 号"_s, m_staff));
        a.device->engine->syncNow();
        QCOMPARE(a.device->engine->state(), SyncEngine::State::Pushing);
        QVERIFY(SyncFixture::editTicket(*a.device->store, id, u"contact_name"_s, u"王芳"_s, m_staff));
        a.device->engine->localChanged();
        QTRY_COMPARE_WITH_TIMEOUT(value(*b.device, u"SELECT contact_name FROM tickets WHERE id = '%1'"_s.arg(id)), u"王芳"_s,
                                  kWaitMs);
        QCOMPARE(a.device->store->outbox().pendingCount().value(), 0);
        QCOMPARE(m_fixture.serverRow(u"ticket"_s, id).value(u"contact_name"_s).toString(), u"王芳"_s);
    }

    void listenerStartsWhenTheDeviceIsEnrolled()
    {
        // As in the app: the listener follows an engine whose store is not enrolled yet.
        TestDevice d;
        auto opened = Store::open(m_fixture.path(u"n9"_s), d.clock);
        QVERIFY(opened);
        d.store = std::move(opened).value();
        d.engine = std::make_unique<SyncEngine>(*d.store, m_fixture.network());
        NudgeListener listener(fastRetries());
        listener.follow(*d.engine);
        QVERIFY(!listener.isRunning());
        const QString code = m_fixture.cli({u"server"_s, u"enroll"_s, u"--db"_s, m_fixture.databasePath(), u"--outlet-code"_s,
                                            u"0101"_s, u"--mode"_s, u"counter"_s})
                                     .trimmed();
        QVERIFY(!code.isEmpty());
        QSignalSpy enrolled(d.engine.get(), &SyncEngine::enrollFinished);
        d.engine->startEnroll(QUrl(m_fixture.url()), code, u"n9"_s);
        QTRY_COMPARE_WITH_TIMEOUT(enrolled.count(), 1, kWaitMs);
        QVERIFY(enrolled.first().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(listener.isConnected(), kWaitMs);
    }

    void kioskIsNudgedForPublicChangesOnly()
    {
        Online a = online(u"n2-a"_s, u"counter"_s);
        Online b = online(u"n2-b"_s, u"counter"_s);
        Online k = online(u"n2-k"_s, u"kiosk"_s);
        QVERIFY(a.device && b.device && k.device);
        QTRY_VERIFY_WITH_TIMEOUT(a.listener->isConnected() && b.listener->isConnected() && k.listener->isConnected(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(k.device->engine->lastSuccessAt() > 0, kWaitMs); // its sync on connect
        // 1. A ticket is the outlet's business: B is nudged, the kiosk is not.
        QVERIFY(!createTicket(*a.device).isEmpty());
        QVERIFY(SyncFixture::sync(*a.device));
        QTRY_VERIFY_WITH_TIMEOUT(b.nudges->count() >= 1, kWaitMs);
        QTest::qWait(kQuietMs);
        QCOMPARE(k.nudges->count(), 0);
        // 2. An outage notice is public: the kiosk is nudged and shows it.
        const QString notice = a.device->store->newId();
        QVERIFY(createOutageNotice(*a.device, notice));
        SyncReport report;
        QVERIFY(SyncFixture::sync(*a.device, &report));
        QCOMPARE(report.applied, 1);
        QTRY_VERIFY_WITH_TIMEOUT(k.nudges->count() >= 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(value(*k.device, u"SELECT title FROM outage_notices WHERE id = '%1'"_s.arg(notice)),
                                  u"ETC 系统升级"_s, kWaitMs);
        QCOMPARE(a.nudges->count(), 0);
    }

    void nudgesToADeviceThatDoesNotPullAreCoalesced()
    {
        Online a = online(u"n8-a"_s, u"counter"_s);
        auto b = m_fixture.enroll(u"n8-b"_s, u"counter"_s);
        QVERIFY(a.device && b);
        // B's listener drives no engine: B never pulls, so nothing tells the server it caught up.
        NudgeListener listener(fastRetries());
        QSignalSpy nudges(&listener, &NudgeListener::nudged);
        listener.setEndpoint(QUrl(m_fixture.url()), token(*b));
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(listener.isConnected() && a.listener->isConnected(), kWaitMs);
        const QString id = createTicket(*a.device);
        QVERIFY(SyncFixture::sync(*a.device));
        QTRY_VERIFY_WITH_TIMEOUT(!nudges.isEmpty(), kWaitMs);
        nudges.clear();
        // 1. A burst of pushes: at most one nudge per 100 ms window (plus the first at once)…
        QElapsedTimer burst;
        burst.start();
        constexpr int kPushes = 20;
        for (int i = 0; i < kPushes; ++i) {
            QVERIFY(SyncFixture::editTicket(*a.device->store, id, u"address"_s, u"长江西路 %1 号"_s.arg(i), m_staff));
            QVERIFY(SyncFixture::sync(*a.device));
        }
        const qint64 burstMs = burst.elapsed();
        // 2. …and the last one names the feed position after the last push (A's cursor now).
        const qint64 last = value(*a.device, u"SELECT cursor FROM sync_cursor"_s).toLongLong();
        QVERIFY(last > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!nudges.isEmpty() && nudges.last().at(0).toLongLong() == last, kWaitMs);
        QTest::qWait(kQuietMs);
        qInfo("%d nudges for %d pushes in %lld ms", int(nudges.count()), kPushes, burstMs);
        QVERIFY2(nudges.count() <= 2 + burstMs / 100,
                 qPrintable(u"%1 nudges for %2 pushes in %3 ms"_s.arg(nudges.count()).arg(kPushes).arg(burstMs)));
        QCOMPARE(nudges.last().at(0).toLongLong(), last);
    }

    void wrongOrRevokedTokenGetsNoChannel()
    {
        auto victim = m_fixture.enroll(u"n3-revoked"_s, u"counter"_s);
        QVERIFY(victim);
        const QString revokedToken = token(*victim);
        QVERIFY(!m_fixture.cli({u"server"_s, u"revoke"_s, u"--db"_s, m_fixture.databasePath(), victim->store->identity().deviceId})
                         .isEmpty());
        const qint64 open = metric(u"fielddesk_nudge_connections"_s);
        // 1. On the wire: 426 without the upgrade, 401 with no, a wrong or a revoked token.
        const struct
        {
            QByteArray authorization;
            bool upgrade;
            int status;
            const char *code;
        } cases[] = {{"Bearer " + revokedToken.toLatin1(), false, 426, "upgrade_required"},
                     {{}, true, 401, "unauthorized"},
                     {"Bearer not-a-real-token-at-all-0000000000", true, 401, "unauthorized"},
                     {"Bearer " + revokedToken.toLatin1(), true, 401, "device_revoked"}};
        for (const auto &c : cases) {
            auto socket = rawhttp::connectTo(m_fixture.port());
            QVERIFY(socket);
            socket->write(upgradeRequest(c.authorization, c.upgrade));
            const auto response = rawhttp::readResponse(*socket);
            QCOMPARE(response.status, c.status);
            QCOMPARE(errorCode(response), QLatin1String(c.code));
        }
        // 2. A listener with a refused token never connects, keeps retrying, and hears nothing.
        Online a = online(u"n3-a"_s, u"counter"_s);
        QVERIFY(a.device);
        QTRY_VERIFY_WITH_TIMEOUT(a.listener->isConnected(), kWaitMs);
        for (const QString &bad : {u"not-a-real-token-at-all-0000000000"_s, revokedToken}) {
            NudgeListener refused(fastRetries());
            QSignalSpy connected(&refused, &NudgeListener::connectedChanged);
            QSignalSpy nudged(&refused, &NudgeListener::nudged);
            refused.setEndpoint(QUrl(m_fixture.url()), bad);
            refused.start();
            QTRY_VERIFY_WITH_TIMEOUT(refused.failures() >= 2, kWaitMs);
            QVERIFY(!createTicket(*a.device).isEmpty());
            QVERIFY(SyncFixture::sync(*a.device));
            QTest::qWait(kQuietMs);
            QCOMPARE(connected.count(), 0);
            QCOMPARE(nudged.count(), 0);
        }
        QCOMPARE(metric(u"fielddesk_nudge_connections"_s), open + 1); // a's only
    }

    void listenerReconnectsAfterTheServerRestarts()
    {
        Online a = online(u"n4-a"_s, u"counter"_s);
        Online b = online(u"n4-b"_s, u"counter"_s);
        QVERIFY(a.device && b.device);
        QTRY_VERIFY_WITH_TIMEOUT(b.listener->isConnected(), kWaitMs);
        const QString id = createTicket(*a.device);
        QVERIFY(SyncFixture::sync(*a.device));
        QTRY_COMPARE_WITH_TIMEOUT(value(*b.device, u"SELECT count(*) FROM tickets WHERE id = '%1'"_s.arg(id)), u"1"_s, kWaitMs);
        // 1. The server dies: B's listener notices and keeps trying while it is away.
        const quint16 port = m_fixture.port();
        m_fixture.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!b.listener->isConnected(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(b.listener->failures() >= 2, kWaitMs);
        // 2. It comes back on the same port: B reconnects by itself, and nudges flow again.
        QVERIFY(m_fixture.start(port));
        QTRY_VERIFY_WITH_TIMEOUT(b.listener->isConnected() && a.listener->isConnected(), kWaitMs);
        const int before = int(b.nudges->count());
        QVERIFY(SyncFixture::editTicket(*a.device->store, id, u"contact_name"_s, u"陈静"_s, m_staff));
        QVERIFY(SyncFixture::sync(*a.device));
        QTRY_VERIFY_WITH_TIMEOUT(b.nudges->count() > before, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(value(*b.device, u"SELECT contact_name FROM tickets WHERE id = '%1'"_s.arg(id)), u"陈静"_s,
                                  kWaitMs);
    }

    void silentServerIsGivenUpAndFoundAgain()
    {
        NudgeListener::Options o = fastRetries();
        o.pingInterval = 200ms;
        o.deadAfter = 1000ms;
        Online b = online(u"n5-b"_s, u"counter"_s, o);
        QVERIFY(b.device);
        QTRY_VERIFY_WITH_TIMEOUT(b.listener->isConnected(), kWaitMs);
        // 1. The server freezes with its sockets open: no close ever reaches B, only silence.
        m_fixture.suspend();
        QTRY_VERIFY_WITH_TIMEOUT(!b.listener->isConnected(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(b.listener->failures() >= 1, kWaitMs); // a new attempt timed out
        // 2. It thaws: B is connected again.
        m_fixture.resume();
        QTRY_VERIFY_WITH_TIMEOUT(b.listener->isConnected(), kWaitMs);
    }

    void connectionsComeAndGoWithoutLeaks()
    {
        QTRY_COMPARE_WITH_TIMEOUT(metric(u"fielddesk_nudge_connections"_s), 0, kWaitMs); // earlier tests' are gone
        auto d = m_fixture.enroll(u"n6"_s, u"counter"_s);
        QVERIFY(d);
        const QString t = token(*d);
        // 1. Twenty at once, then all closed.
        std::vector<std::unique_ptr<NudgeListener>> many;
        for (int i = 0; i < 20; ++i) {
            many.push_back(std::make_unique<NudgeListener>(fastRetries()));
            many.back()->setEndpoint(QUrl(m_fixture.url()), t);
            many.back()->start();
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(many.begin(), many.end(), [](const auto &l) { return l->isConnected(); }), kWaitMs);
        QCOMPARE(metric(u"fielddesk_nudge_connections"_s), 20);
        many.clear();
        QTRY_COMPARE_WITH_TIMEOUT(metric(u"fielddesk_nudge_connections"_s), 0, kWaitMs);
        // 2. One listener started and stopped over and over.
        NudgeListener cycling(fastRetries());
        cycling.setEndpoint(QUrl(m_fixture.url()), t);
        for (int i = 0; i < 30; ++i) {
            cycling.start();
            QTRY_VERIFY_WITH_TIMEOUT(cycling.isConnected(), kWaitMs);
            cycling.stop();
        }
        // 3. Peers that vanish without a close frame (a reset connection).
        for (int i = 0; i < 10; ++i) {
            auto socket = rawhttp::connectTo(m_fixture.port());
            QVERIFY(socket);
            socket->write(upgradeRequest("Bearer " + t.toLatin1()));
            QCOMPARE(rawhttp::readResponse(*socket).status, 101);
            socket->abort();
        }
        QTRY_COMPARE_WITH_TIMEOUT(metric(u"fielddesk_nudge_connections"_s), 0, kWaitMs);
    }

    void deadPeerIsDroppedLivePeerKept()
    {
        // A second server, in this process, on the fixture's database, with short ping times.
        auto device = m_fixture.enroll(u"n7"_s, u"counter"_s);
        QVERIFY(device);
        auto options = ServerOptions::fromArguments(u"127.0.0.1:0"_s, u"sqlite:"_s + m_fixture.databasePath());
        QVERIFY(options);
        SystemClock clock;
        FieldDeskServer server(options.value(), clock);
        NudgeHub::Options fast;
        fast.pingInterval = 100ms;
        fast.deadAfter = 500ms;
        server.nudges().setOptions(fast);
        QVERIFY(server.start());
        // 1. A real WebSocket answers the pings and stays; a raw socket that never reads does not.
        NudgeListener live(fastRetries());
        live.setEndpoint(QUrl(server.url()), token(*device));
        live.start();
        QTRY_VERIFY_WITH_TIMEOUT(live.isConnected(), kWaitMs);
        auto dead = rawhttp::connectTo(server.port());
        QVERIFY(dead);
        dead->write(upgradeRequest("Bearer " + token(*device).toLatin1()));
        QTRY_COMPARE_WITH_TIMEOUT(server.metrics().nudgeConnections(), 2, kWaitMs);
        // Pings go unanswered: the raw socket's owner neither reads nor writes from here on.
        QTRY_COMPARE_WITH_TIMEOUT(server.metrics().nudgeConnections(), 1, kWaitMs);
        QCOMPARE(server.metrics().nudgesDropped(), 1u);
        QTRY_VERIFY_WITH_TIMEOUT(dead->state() == QAbstractSocket::UnconnectedState, kWaitMs);
        // 2. The live one outlasted many ping rounds and the HTTP request timeout is no threat.
        QTest::qWait(1000);
        QVERIFY(live.isConnected());
        QCOMPARE(server.metrics().nudgeConnections(), 1);
        server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!live.isConnected(), kWaitMs);
        QCOMPARE(server.metrics().nudgeConnections(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncNudge)
#include "tst_syncnudge.moc"
