// SyncStatus, the app's sync bar, driven by a real SyncEngine against the real server: online,
// offline (not an error), last sync time, the queue, refused changes, conflicts, a revoked device,
// and every screen reloading after a pull.

#include "conflictmodel.h"
#include "conflictrepository.h"
#include "datasource.h"
#include "syncerrormodel.h"
#include "syncfixture.h"
#include "syncstatus.h"
#include "ticketrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
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
    void enrollsFromTheApp()
    {
        // A device as it comes out of the box: no identity, no server.
        SystemClock clock;
        auto opened = Store::open(m_fixture.path(u"fresh"_s), clock);
        QVERIFY(opened);
        std::unique_ptr<Store> store = std::move(opened).value();
        DataSource data;
        data.setStore(store.get());
        SyncEngine engine(*store, m_fixture.network());
        SyncStatus status;
        status.setDataSource(&data);
        status.setEngine(&engine);
        QVERIFY(status.canEnroll());
        QVERIFY(!status.enrolled());
        QSignalSpy finished(&status, &SyncStatus::enrollFinished);

        // 1. A wrong code: refused with the server's reason, nothing stored.
        status.enroll(m_fixture.url(), u"WRONG-CODE1"_s);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(!finished.last().at(1).toString().isEmpty());
        QVERIFY(!status.enrolled());
        QVERIFY(!store->identity().isValid());
        // 2. No code at all: said at once.
        status.enroll(m_fixture.url(), u"  "_s);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(0).toBool(), false);

        // 3. The right code (the address typed without http://): enrolled, and the first sync
        //    brings the staff, so sign-in works from then on.
        const QString code = m_fixture.cli({u"server"_s, u"enroll"_s, u"--db"_s, m_fixture.databasePath(), u"--outlet-code"_s,
                                            u"0101"_s, u"--mode"_s, u"tablet"_s})
                                     .trimmed();
        QVERIFY(!code.isEmpty());
        QSignalSpy cycles(&engine, &SyncEngine::cycleFinished);
        status.enroll(m_fixture.url().mid(7), code.toLower());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY(status.enrolled());
        QCOMPARE(store->identity().mode, u"tablet"_s);
        QCOMPARE(store->identity().outletCode, u"0101"_s);
        QVERIFY(cycles.size() > 0 || cycles.wait(30000));
        QVERIFY(status.connected());
        auto staff = store->db().run(u"SELECT count(*) FROM staff"_s);
        QVERIFY(staff);
        QSqlQuery q = std::move(staff).value();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        // 4. The code is used up.
        SystemClock otherClock;
        auto other = Store::open(m_fixture.path(u"other"_s), otherClock);
        QVERIFY(other);
        QVERIFY(!SyncEngine::enroll(*other.value(), m_fixture.network(), QUrl(m_fixture.url()), code, {}));
    }

    void panelModelsListAndAct()
    {
        auto a = m_fixture.enroll(u"panel"_s, u"counter"_s);
        QVERIFY(a);
        QVERIFY(SyncFixture::sync(*a));
        DataSource data;
        data.setStore(a->store.get());
        SyncErrorModel errors;
        ConflictModel conflicts;
        QAbstractItemModelTester errorsTester(&errors, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester conflictsTester(&conflicts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        errors.setSource(&data);
        conflicts.setSource(&data);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(conflicts.count(), 0);

        // 1. A finance clerk's ticket is refused: one row for the ticket and its event.
        NewTicket input;
        input.title = u"财务不该建的工单"_s;
        QVERIFY(TicketRepository(*a->store).create(input, m_fixture.plainStaff));
        QVERIFY(SyncFixture::sync(*a));
        data.notifyChanged();
        QCOMPARE(errors.count(), 1);
        const QModelIndex row = errors.index(0);
        QCOMPARE(row.data(SyncErrorModel::KindRole).toString(), u"ticket.create"_s);
        QCOMPARE(row.data(SyncErrorModel::CodeRole).toString(), u"forbidden"_s);
        QCOMPARE(row.data(SyncErrorModel::ChangeCountRole).toInt(), 2);
        // 2. Send again: back in the queue (and refused again by the server).
        QCOMPARE(errors.retry(0), QString());
        QCOMPARE(errors.count(), 0);
        QCOMPARE(a->store->outbox().pendingCount().value(), 2);
        QVERIFY(SyncFixture::sync(*a));
        data.notifyChanged();
        QCOMPARE(errors.count(), 1);
        // 3. Discard: gone from the list and the queue.
        QCOMPARE(errors.discard(0), QString());
        QCOMPARE(errors.count(), 0);
        QCOMPARE(a->store->outbox().failedCount().value(), 0);
        QVERIFY(!errors.retry(5).isEmpty());

        // 4. A conflict on a ticket: listed with the ticket's number, the clerk's name, both values.
        input.title = u"地址冲突"_s;
        auto t = TicketRepository(*a->store).create(input, m_fixture.counterStaff);
        QVERIFY(t);
        QVERIFY(ConflictRepository(*a->store).record({u"c-panel"_s, u"ticket"_s, t->id, u"address"_s, QJsonValue(u"我的地址"_s),
                                                      QJsonValue(u"对方的地址"_s), u"h1"_s, u"h2"_s, m_fixture.counterStaff,
                                                      a->clock.nowMs(), {}}));
        data.notifyChanged();
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(conflicts.openCount(), 1);
        const QModelIndex c = conflicts.index(0);
        QVERIFY(c.data(ConflictModel::RecordLabelRole).toString().startsWith(t->ticketNo));
        QCOMPARE(c.data(ConflictModel::TheirStaffRole).toString(), u"王建军"_s);
        QCOMPARE(c.data(ConflictModel::MineRole).toString(), u"我的地址"_s);
        QCOMPARE(c.data(ConflictModel::TheirsRole).toString(), u"对方的地址"_s);
        // 5. Apply mine again: a new change waits to be sent; the conflict stays, resolved.
        const int pending = a->store->outbox().pendingCount().value();
        QCOMPARE(conflicts.reapplyMine(0, m_fixture.counterStaff), QString());
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(conflicts.openCount(), 0);
        QCOMPARE(conflicts.index(0).data(ConflictModel::ResolutionRole).toString(), u"reapplied_mine"_s);
        QCOMPARE(a->store->outbox().pendingCount().value(), pending + 1);
        QVERIFY(!conflicts.keepTheirs(0, m_fixture.counterStaff).isEmpty()); // resolved already
    }
};

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
