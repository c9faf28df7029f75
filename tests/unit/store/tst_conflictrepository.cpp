// ConflictRepository: recorded once, unresolved first, "keep theirs" closes, "reapply mine"
// writes our value again as a change that syncs, and nothing is resolved twice.

#include "conflictrepository.h"
#include "storefixture.h"
#include "ticketrepository.h"

#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

class TestConflictRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordListResolve()
    {
        StoreFixture f;
        QVERIFY(f.open());
        NewTicket input;
        input.title = u"地址冲突"_s;
        input.address = u"服务器上的地址"_s;
        auto t = TicketRepository(*f.store).create(input, {});
        QVERIFY(t);
        ConflictRepository conflicts(*f.store);
        const ConflictRecord older{u"c1"_s, u"ticket"_s, t->id, u"address"_s, QJsonValue(u"我的地址"_s), QJsonValue(u"服务器上的地址"_s),
                                   u"h1"_s, u"h2"_s, u"staff-x"_s, 1000, {}};
        ConflictRecord newer = older;
        newer.id = u"c2"_s;
        newer.at = 2000;
        newer.field = u"urgency"_s;
        newer.mine = QJsonValue(1);
        newer.theirs = QJsonValue(3);
        QVERIFY(conflicts.record(older));
        QVERIFY(conflicts.record(older)); // delivered again: still one record
        QVERIFY(conflicts.record(newer));
        QCOMPARE(conflicts.unresolvedCount().value(), 2);
        auto list = conflicts.list(10);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, u"c2"_s);
        QCOMPARE(list->at(0).mine.toInteger(), 1);
        QCOMPARE(list->at(1).mine.toString(), u"我的地址"_s);

        // Keep theirs: closed, the ticket unchanged, nothing to send.
        const int pending = f.store->outbox().pendingCount().value();
        QVERIFY(conflicts.keepTheirs(u"c2"_s, {}));
        QCOMPARE(conflicts.unresolvedCount().value(), 1);
        QCOMPARE(f.store->outbox().pendingCount().value(), pending);
        QCOMPARE(conflicts.keepTheirs(u"c2"_s, {}).error().code, u"already_resolved"_s);

        // Reapply mine: our address again, as one new op; closed, and listed after the open ones.
        QVERIFY(conflicts.reapplyMine(u"c1"_s, u"staff-me"_s));
        QCOMPARE(conflicts.unresolvedCount().value(), 0);
        QCOMPARE(f.store->outbox().pendingCount().value(), pending + 1);
        auto row = f.store->db().run(u"SELECT address FROM tickets WHERE id = ?"_s, {t->id});
        QVERIFY(row);
        QSqlQuery q = std::move(row).value();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"我的地址"_s);
        auto ops = f.store->outbox().pending(100, f.clock.nowMs()).value();
        QCOMPARE(ops.last().kind, u"ticket.update"_s);
        QCOMPARE(ops.last().staffId, u"staff-me"_s);
        QCOMPARE(ops.last().payload.value(u"fields"_s).toObject().value(u"address"_s).toString(), u"我的地址"_s);
        QCOMPARE(conflicts.reapplyMine(u"c1"_s, u"staff-me"_s).error().code, u"already_resolved"_s);
        QCOMPARE(f.store->outbox().pendingCount().value(), pending + 1);
        QCOMPARE(conflicts.keepTheirs(u"nope"_s, {}).error().code, u"not_found"_s);
    }
};

QTEST_GUILESS_MAIN(TestConflictRepository)
#include "tst_conflictrepository.moc"
