#include "outagerepository.h"
#include "staffrepository.h"
#include "storefixture.h"

#include <QTest>

using namespace fd;

/**
 * Outage notices published at the counter: what is refused writes nothing, each change writes
 * exactly its ops, ending is the state and the final note in one transaction, and a notice is
 * planned or active by the store's clock.
 */
class TestOutageRepository : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kMinute = 60 * 1000;

    struct Op
    {
        QString kind;
        QString entity;
        QString tx;
    };

    static QString addSupervisor(StoreFixture &f)
    {
        NewStaff s;
        s.staffNo = QStringLiteral("3001");
        s.name = QStringLiteral("赵敏");
        s.outletId = f.outletId;
        s.roles = {QStringLiteral("supervisor")};
        s.pin = QStringLiteral("8642");
        s.pinIterations = 1000; // speed, not strength
        auto staff = StaffRepository(*f.store).create(s);
        if (!staff)
            qWarning() << staff.error().toString();
        return staff ? staff->id : QString();
    }

    static qint64 lastSeq(StoreFixture &f)
    {
        auto r = f.store->db().run(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM outbox"));
        return r && r.value().next() ? r.value().value(0).toLongLong() : -1;
    }

    /** The outbox ops written after @p seq, in order. */
    static QList<Op> opsSince(StoreFixture &f, qint64 seq)
    {
        QList<Op> ops;
        auto r = f.store->db().run(QStringLiteral("SELECT kind, entity_kind, json_extract(payload, '$.tx') FROM outbox"
                                                  " WHERE seq > ? ORDER BY seq"),
                                   {seq});
        if (!r)
            return ops;
        QSqlQuery q = std::move(r).value();
        while (q.next())
            ops.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        return ops;
    }

    static QStringList kinds(const QList<Op> &ops)
    {
        QStringList out;
        for (const Op &op : ops)
            out << op.kind + QLatin1Char('/') + op.entity;
        return out;
    }

    static NewOutage roadWorks(qint64 startsAt)
    {
        NewOutage n;
        n.kind = QStringLiteral("road");
        n.scope = QStringLiteral(" G3 京台高速合肥段 ");
        n.title = QStringLiteral("夜间施工，部分 ETC 车道暂停使用");
        n.detail = QStringLiteral("请走人工车道。");
        n.startsAt = startsAt;
        n.expectedEndAt = startsAt > 0 ? startsAt + 6 * 60 * kMinute : -1; // from "now": not known yet
        return n;
    }

    static QStringList ids(const Result<QList<OutageNotice>> &r)
    {
        QStringList out;
        if (r) {
            for (const OutageNotice &n : r.value())
                out << n.id;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void invalidInputWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<qint64>("endAfterStart"); // ms after the start
        QTest::newRow("unknown kind") << "kind" << "flood" << "停电通知" << "蜀山区" << 3'600'000LL;
        QTest::newRow("title too short") << "title" << "power" << " 停 " << "蜀山区" << 3'600'000LL;
        QTest::newRow("title too long") << "title" << "power" << QString(121, u'停') << "蜀山区" << 3'600'000LL;
        QTest::newRow("scope too short") << "scope" << "power" << "停电通知" << "区" << 3'600'000LL;
        QTest::newRow("scope too long") << "scope" << "power" << "停电通知" << QString(121, u'区') << 3'600'000LL;
        QTest::newRow("end at the start") << "expectedEndAt" << "power" << "停电通知" << "蜀山区" << 0LL;
        QTest::newRow("end before the start") << "expectedEndAt" << "power" << "停电通知" << "蜀山区" << -60'000LL;
    }

    void invalidInputWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, kind);
        QFETCH(QString, title);
        QFETCH(QString, scope);
        QFETCH(qint64, endAfterStart);
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 outbox = f.count(QStringLiteral("outbox"));
        const qint64 start = f.clock.nowMs() + 30 * kMinute;
        auto r = OutageRepository(*f.store).create({kind, scope, title, {}, start, start + endAfterStart, false}, {});
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(f.count(QStringLiteral("outage_notices")), 0);
        QCOMPARE(f.count(QStringLiteral("outbox")), outbox);
    }

    void refusedChangesWriteNothing()
    {
        StoreFixture f;
        QVERIFY(f.open());
        OutageRepository repo(*f.store);
        auto n = repo.create(roadWorks(f.clock.nowMs()), {});
        QVERIFY2(n, n ? "" : qPrintable(n.error().toString()));
        const qint64 seq = lastSeq(f);

        auto early = repo.update(n->id, {n->startsAt - kMinute, {}, {}}, {});
        QVERIFY(!early);
        QCOMPARE(early.error().field, QStringLiteral("expectedEndAt"));
        QCOMPARE(repo.update(n->id, {}, {}).error().code, QStringLiteral("nothing_to_change"));
        QCOMPARE(repo.update(n->id, {{}, {}, QStringLiteral("x")}, {}).error().field, QStringLiteral("scope"));
        QCOMPARE(repo.addUpdate(n->id, QStringLiteral("  "), {}).error().field, QStringLiteral("text"));
        QCOMPARE(repo.end(n->id, QStringLiteral(""), {}).error().field, QStringLiteral("text"));
        QCOMPARE(repo.addUpdate(QStringLiteral("nope"), QStringLiteral("抢修中"), {}).error().code, QStringLiteral("not_found"));
        QCOMPARE(opsSince(f, seq).size(), 0);
        QCOMPARE(f.count(QStringLiteral("outage_updates")), 0);

        // An ended notice takes no more changes.
        QVERIFY(repo.end(n->id, QStringLiteral("已恢复通行"), {}));
        const qint64 ended = lastSeq(f);
        QCOMPARE(repo.addUpdate(n->id, QStringLiteral("补充说明"), {}).error().code, QStringLiteral("already_ended"));
        QCOMPARE(repo.end(n->id, QStringLiteral("再次结束"), {}).error().code, QStringLiteral("already_ended"));
        QCOMPARE(repo.update(n->id, {{}, QStringLiteral("x"), {}}, {}).error().code, QStringLiteral("already_ended"));
        QCOMPARE(opsSince(f, ended).size(), 0);
    }

    void eachChangeWritesExactlyItsOps()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString staff = addSupervisor(f);
        QVERIFY(!staff.isEmpty());
        OutageRepository repo(*f.store);

        qint64 seq = lastSeq(f);
        auto n = repo.create(roadWorks(f.clock.nowMs()), staff);
        QVERIFY2(n, n ? "" : qPrintable(n.error().toString()));
        QCOMPARE(kinds(opsSince(f, seq)), QStringList{QStringLiteral("outage.create/outage_notice")});
        QCOMPARE(n->scope, QStringLiteral("G3 京台高速合肥段"));
        QCOMPARE(n->outletId, QString());

        seq = lastSeq(f);
        const qint64 later = n->startsAt + 8 * 60 * kMinute;
        auto edited = repo.update(n->id, {later, {}, QStringLiteral("G3 合肥段全线")}, staff);
        QVERIFY2(edited, edited ? "" : qPrintable(edited.error().toString()));
        QCOMPARE(kinds(opsSince(f, seq)), QStringList{QStringLiteral("outage.update/outage_notice")});
        QCOMPARE(edited->expectedEndAt, later);
        QCOMPARE(edited->scope, QStringLiteral("G3 合肥段全线"));
        QCOMPARE(edited->detail, QStringLiteral("请走人工车道。"));

        seq = lastSeq(f);
        f.clock.advanceMs(20 * kMinute);
        auto noted = repo.addUpdate(n->id, QStringLiteral(" 北向车道已恢复 "), staff);
        QVERIFY2(noted, noted ? "" : qPrintable(noted.error().toString()));
        QCOMPARE(kinds(opsSince(f, seq)), QStringList{QStringLiteral("outage.note/outage_update")});
        QCOMPARE(noted->latestText, QStringLiteral("北向车道已恢复"));
        QCOMPARE(noted->latestAt, f.clock.nowMs());
        QCOMPARE(noted->updates.size(), 1);
        QCOMPARE(noted->updates.at(0).staffId, staff);
        QCOMPARE(noted->state, QStringLiteral("active"));
    }

    void endWritesStateAndNoteInOneTransaction()
    {
        StoreFixture f;
        QVERIFY(f.open());
        OutageRepository repo(*f.store);
        auto n = repo.create(roadWorks(f.clock.nowMs()), {});
        QVERIFY(n);
        QCOMPARE(ids(repo.list(OutageRepository::Listing::InForce)), QStringList{n->id});
        f.clock.advanceMs(90 * kMinute);
        const qint64 seq = lastSeq(f);

        auto ended = repo.end(n->id, QStringLiteral("施工结束，全部车道恢复"), {});
        QVERIFY2(ended, ended ? "" : qPrintable(ended.error().toString()));
        const QList<Op> ops = opsSince(f, seq);
        QCOMPARE(kinds(ops), (QStringList{QStringLiteral("outage.update/outage_notice"), QStringLiteral("outage.note/outage_update")}));
        QVERIFY(!ops.at(0).tx.isEmpty());
        QCOMPARE(ops.at(1).tx, ops.at(0).tx);
        QCOMPARE(ended->state, QStringLiteral("ended"));
        QCOMPARE(ended->latestText, QStringLiteral("施工结束，全部车道恢复"));
        // It leaves "in force" and is listed as ended recently, for a week.
        QCOMPARE(ids(repo.list(OutageRepository::Listing::InForce)), QStringList());
        QCOMPARE(ids(repo.list(OutageRepository::Listing::EndedRecently)), QStringList{n->id});
        f.clock.advanceMs(OutageRepository::kRecentDays * 24 * 60 * kMinute + kMinute);
        QCOMPARE(ids(repo.list(OutageRepository::Listing::EndedRecently)), QStringList());
    }

    void plannedOrActiveByTheClock()
    {
        StoreFixture f;
        QVERIFY(f.open());
        OutageRepository repo(*f.store);
        const qint64 now = f.clock.nowMs();
        auto planned = repo.create(roadWorks(now + 60 * kMinute), {});
        QVERIFY(planned);
        QCOMPARE(planned->state, QStringLiteral("planned"));
        auto active = repo.create(roadWorks(now - 10 * kMinute), {});
        QVERIFY(active);
        QCOMPARE(active->state, QStringLiteral("active"));
        auto unset = repo.create(roadWorks(0), {});
        QVERIFY(unset);
        QCOMPARE(unset->state, QStringLiteral("active"));
        QCOMPARE(unset->startsAt, now);
        QCOMPARE(unset->expectedEndAt, -1);

        QCOMPARE(ids(repo.list(OutageRepository::Listing::Planned)), QStringList{planned->id});
        QCOMPARE(ids(repo.list(OutageRepository::Listing::InForce)), (QStringList{unset->id, active->id}));
        // Once its start has passed, a planned notice is in force.
        f.clock.advanceMs(61 * kMinute);
        QCOMPARE(ids(repo.list(OutageRepository::Listing::Planned)), QStringList());
        QCOMPARE(ids(repo.list(OutageRepository::Listing::InForce)), (QStringList{planned->id, unset->id, active->id}));
    }

    void outletOnlyNoticesStayAtTheirOutlet()
    {
        StoreFixture f;
        QVERIFY(f.open());
        OutageRepository repo(*f.store);
        NewOutage local = roadWorks(0);
        local.kind = QStringLiteral("system");
        local.outletOnly = true;
        auto n = repo.create(local, {});
        QVERIFY(n);
        QCOMPARE(n->outletId, f.outletId);
        QCOMPARE(ids(repo.list(OutageRepository::Listing::InForce)), QStringList{n->id});
    }
};

QTEST_GUILESS_MAIN(TestOutageRepository)
#include "tst_outagerepository.moc"
