// SyncStatus, the app's sync bar, driven by a real SyncEngine against the real server: online,
// offline (not an error), last sync time, the queue, refused changes, conflicts, a revoked device,
// and every screen reloading after a pull.

#include "datasource.h"
#include "syncfixture.h"
#include "syncstatus.h"
#include "ticketrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

class TestSyncStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncFixture m_fixture{m_dir.path()};

    static bool cycle(TestDevice &d)
    {
        QSignalSpy done(d.engine.get(), &SyncEngine::cycleFinished);
        d.engine->syncNow();
        return done.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixture.setUp());
    }

    void cleanupTestCase() { m_fixture.kill(); }

    void followsTheEngine()
    {
        auto a = m_fixture.enroll(u"counter"_s, u"counter"_s);
        QVERIFY(a);
        DataSource data;
        data.setStore(a->store.get());
        SyncStatus status;
        status.setDataSource(&data);
        // 1. Without an engine: not enrolled, not connected, nothing to sync with.
        QVERIFY(!status.enrolled());
        QVERIFY(!status.connected());
        status.setEngine(a->engine.get());
        QVERIFY(status.enrolled());
        QVERIFY(!status.connected());
        QCOMPARE(status.lastSyncAtAsDouble(), 0.0);

        // 2. A sync brings the staff: connected, a time for the last sync, every screen reloads.
        const int revision = data.revision();
        QVERIFY(cycle(*a));
        QVERIFY(status.connected());
        QVERIFY(status.lastSyncAtAsDouble() > 0);
        QVERIFY(data.revision() > revision);
        QVERIFY(status.problem().isEmpty());

        // 3. A ticket taken while the server is down: offline is a state, not a problem.
        m_fixture.kill();
        NewTicket input;
        input.title = u"服务器停机时的工单"_s;
        QVERIFY(TicketRepository(*a->store).create(input, m_fixture.counterStaff));
        data.notifyChanged();
        QCOMPARE(status.pendingCount(), 2);
        QVERIFY(cycle(*a));
        QVERIFY(!status.connected());
        QVERIFY(status.problem().isEmpty());
        QCOMPARE(status.pendingCount(), 2);

        // 4. The server is back: the queue drains.
        QVERIFY(m_fixture.start());
        QVERIFY(a->store->setSetting(u"server_url"_s, m_fixture.url()));
        a->engine = std::make_unique<SyncEngine>(*a->store, m_fixture.network());
        status.setEngine(a->engine.get());
        QVERIFY(cycle(*a));
        QVERIFY(status.connected());
        QCOMPARE(status.pendingCount(), 0);

        // 5. A change the server refuses (a finance clerk taking a repair ticket) is counted.
        input.title = u"无权限的工单"_s;
        QVERIFY(TicketRepository(*a->store).create(input, m_fixture.plainStaff));
        QVERIFY(cycle(*a));
        QCOMPARE(status.failedCount(), 2);
        QCOMPARE(status.pendingCount(), 0);

        // 6. Revoked: sync stops, and the bar says why.
        QVERIFY(!m_fixture.cli({u"server"_s, u"revoke"_s, u"--db"_s, m_fixture.databasePath(), a->store->identity().deviceId})
                         .isEmpty());
        QVERIFY(cycle(*a));
        QVERIFY(!status.problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
