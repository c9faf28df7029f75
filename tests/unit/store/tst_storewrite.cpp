#include "hybridlogicalclock.h"
#include "storefixture.h"
#include "ticketrepository.h"

#include <QJsonObject>
#include <QTest>

using namespace fd;

/** Store::write: one transaction holds the entity row and its outbox op, or neither. */
class TestStoreWrite : public QObject
{
    Q_OBJECT

private:
    static Change customerChange(Store &s, const QString &name)
    {
        Change c;
        c.opKind = QStringLiteral("customer.create");
        c.entity = QStringLiteral("customer");
        c.entityId = s.newId();
        c.staffId = QStringLiteral("staff-1");
        c.fields = {{QStringLiteral("customer_no"), QStringLiteral("K-") + c.entityId.right(8)},
                    {QStringLiteral("kind"), QStringLiteral("individual")},
                    {QStringLiteral("name"), name}};
        return c;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writeNeedsATransaction()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 ops = f.count(QStringLiteral("outbox"));
        auto r = f.store->write(customerChange(*f.store, QStringLiteral("李四")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("write_outside_transaction"));
        QCOMPARE(f.count(QStringLiteral("customers")), 0);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops);
    }

    void insertWritesRowAndOp()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 ops = f.count(QStringLiteral("outbox"));
        Change c = customerChange(*f.store, QStringLiteral("李四"));
        Transaction tx(f.store->db());
        QVERIFY(f.store->write(c));
        QVERIFY(tx.commit());
        QCOMPARE(f.count(QStringLiteral("customers"), QStringLiteral("id = '%1'").arg(c.entityId)), 1);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 1);
        auto pending = f.store->outbox().pending(100, f.clock.nowMs());
        QVERIFY(pending);
        const OutboxOp &op = pending.value().last();
        QCOMPARE(op.kind, QStringLiteral("customer.create"));
        QCOMPARE(op.entityId, c.entityId);
        QCOMPARE(op.staffId, QStringLiteral("staff-1"));
        QCOMPARE(op.payload.value(QStringLiteral("mode")).toString(), QStringLiteral("insert"));
        QCOMPARE(op.payload.value(QStringLiteral("fields")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("李四"));
        QVERIFY(UuidGenerator::isValid(op.opId));
        QVERIFY(HlcTimestamp::parse(op.hlc));
        QCOMPARE(HlcTimestamp::parse(op.hlc).value().node, f.store->identity().deviceId);
    }

    // The outbox insert fails after the entity row was written (as a full disk would make it):
    // the transaction must leave neither row.
    void failureInOutboxLeavesNeitherRow()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.store->db().run(QStringLiteral(
            "CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox WHEN NEW.kind = 'customer.create'"
            " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        const qint64 ops = f.count(QStringLiteral("outbox"));
        Change c = customerChange(*f.store, QStringLiteral("王五"));
        {
            Transaction tx(f.store->db());
            auto r = f.store->write(c);
            QVERIFY(!r);
            QVERIFY(r.error().message.contains(QLatin1String("injected failure")));
            // The caller gives up: no commit.
        }
        QCOMPARE(f.count(QStringLiteral("customers")), 0);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops);
    }

    // A ticket is two rows (ticket + first timeline event) and two ops; failing the second op
    // halfway through must undo the first row and op as well.
    void failureHalfwayThroughARepositoryCallLeavesNothing()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.store->db().run(QStringLiteral(
            "CREATE TEMP TRIGGER fail_event_op BEFORE INSERT ON outbox WHEN NEW.kind = 'ticket.event'"
            " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        const qint64 ops = f.count(QStringLiteral("outbox"));
        TicketRepository tickets(*f.store);
        NewTicket t;
        t.title = QStringLiteral("OBU 无法识别");
        auto r = tickets.create(t, {});
        QVERIFY(!r);
        QCOMPARE(f.count(QStringLiteral("tickets")), 0);
        QCOMPARE(f.count(QStringLiteral("ticket_events")), 0);
        QCOMPARE(f.count(QStringLiteral("ticket_search")), 0);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops);
        // The ticket number counter was not used up either.
        QCOMPARE(f.store->setting(QStringLiteral("seq:ticket"), QStringLiteral("none")).value(), QStringLiteral("none"));

        QVERIFY(f.store->db().run(QStringLiteral("DROP TRIGGER temp.fail_event_op")));
        auto ok = tickets.create(t, {});
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().toString()));
        QCOMPARE(ok->ticketNo, QStringLiteral("T-0101-07-000001"));
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 2);
    }

    void rejectsUnknownEntitiesFieldsAndEditsOfAppendOnlyRows()
    {
        StoreFixture f;
        QVERIFY(f.open());
        Transaction tx(f.store->db());
        Change c = customerChange(*f.store, QStringLiteral("赵六"));
        c.fields.insert(QStringLiteral("name; DROP TABLE customers"), 1);
        QCOMPARE(f.store->write(c).error().code, QStringLiteral("unknown_field"));
        c = customerChange(*f.store, QStringLiteral("赵六"));
        c.entity = QStringLiteral("spaceship");
        QCOMPARE(f.store->write(c).error().code, QStringLiteral("unknown_entity"));
        c = customerChange(*f.store, QStringLiteral("赵六"));
        c.fields.remove(QStringLiteral("name"));
        auto missing = f.store->write(c);
        QCOMPARE(missing.error().code, QStringLiteral("missing_field"));
        QCOMPARE(missing.error().field, QStringLiteral("name"));
        Change ev;
        ev.mode = Change::Mode::Update;
        ev.opKind = QStringLiteral("x");
        ev.entity = QStringLiteral("ticket_event");
        ev.entityId = QStringLiteral("any");
        ev.fields = {{QStringLiteral("note"), QStringLiteral("edited")}};
        QCOMPARE(f.store->write(ev).error().code, QStringLiteral("append_only"));
        Change upd = customerChange(*f.store, QStringLiteral("赵六"));
        upd.mode = Change::Mode::Update;
        upd.fields = {{QStringLiteral("name"), QStringLiteral("赵七")}};
        QCOMPARE(f.store->write(upd).error().code, QStringLiteral("not_found"));
    }

    void outboxOrdersByPriorityThenAge()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.store->db().run(QStringLiteral("DELETE FROM outbox")));
        QCOMPARE(Outbox::priorityFor(QStringLiteral("etc.report_loss")), int(Outbox::Urgent));
        QCOMPARE(Outbox::priorityFor(QStringLiteral("card.suspend")), int(Outbox::Status));
        QCOMPARE(Outbox::priorityFor(QStringLiteral("ticket.create")), int(Outbox::Normal));
        QCOMPARE(Outbox::priorityFor(QStringLiteral("attachment.upload")), int(Outbox::Bulk));
        const auto auditOp = [&](const char *kind) {
            Change c;
            c.opKind = QString::fromLatin1(kind);
            c.entity = QStringLiteral("audit_entry");
            c.entityId = f.store->newId();
            c.fields = {{QStringLiteral("at"), 1}, {QStringLiteral("action"), c.opKind}};
            return c;
        };
        // One local transaction each: the queue orders transactions.
        for (const char *kind : {"attachment.upload", "ticket.create", "etc.report_loss", "ticket.accept", "card.suspend"}) {
            Transaction tx(f.store->db());
            QVERIFY(f.store->write(auditOp(kind)));
            QVERIFY(tx.commit());
        }
        // Ops of one transaction share its id and its most urgent priority, so no batch splits them.
        {
            Transaction tx(f.store->db());
            for (const char *kind : {"ticket.create", "card.suspend"})
                QVERIFY(f.store->write(auditOp(kind)));
            QVERIFY(tx.commit());
            auto group = f.store->db().run(QStringLiteral("SELECT count(DISTINCT tx_id), min(priority), max(priority) FROM outbox"
                                                          " WHERE seq > (SELECT max(seq) - 2 FROM outbox)"));
            QVERIFY(group);
            QSqlQuery g = std::move(group).value();
            QVERIFY(g.next());
            QCOMPARE(g.value(0).toInt(), 1);
            QCOMPARE(g.value(1).toInt(), int(Outbox::Status));
            QCOMPARE(g.value(2).toInt(), int(Outbox::Status));
            QVERIFY(f.store->db().run(QStringLiteral("DELETE FROM outbox WHERE seq > (SELECT max(seq) - 2 FROM outbox)")));
        }
        auto ops = f.store->outbox().pending(10, f.clock.nowMs());
        QVERIFY(ops);
        QStringList kinds;
        for (const OutboxOp &op : ops.value())
            kinds << op.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("etc.report_loss"), QStringLiteral("card.suspend"), QStringLiteral("ticket.create"),
                                     QStringLiteral("ticket.accept"), QStringLiteral("attachment.upload")}));

        // Retry later hides an op until its time; failed ones leave the queue; done ones too.
        QVERIFY(f.store->outbox().retryLater(kinds.isEmpty() ? QString() : ops.value().at(0).opId, f.clock.nowMs() + 60000,
                                             QStringLiteral("network"), QStringLiteral("offline")));
        QVERIFY(f.store->outbox().markFailed(ops.value().at(1).opId, QStringLiteral("rejected"), QStringLiteral("no")));
        QVERIFY(f.store->outbox().markDone(ops.value().at(2).opId));
        auto now = f.store->outbox().pending(10, f.clock.nowMs());
        QCOMPARE(now.value().size(), 2);
        QCOMPARE(f.store->outbox().pendingCount().value(), 3);
        QCOMPARE(f.store->outbox().failedCount().value(), 1);
        f.clock.advanceMs(61000);
        auto later = f.store->outbox().pending(10, f.clock.nowMs());
        QCOMPARE(later.value().size(), 3);
        QCOMPARE(later.value().front().kind, QStringLiteral("etc.report_loss"));
        QCOMPARE(later.value().front().attempts, 1);
    }

    void clockAndCountersSurviveRestart()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QString lastHlc;
        {
            Transaction tx(f.store->db());
            QVERIFY(f.store->nextSequence(QStringLiteral("x")).value() == 1);
            QVERIFY(f.store->nextSequence(QStringLiteral("x")).value() == 2);
            QVERIFY(f.store->write(customerChange(*f.store, QStringLiteral("钱八"))));
            QVERIFY(tx.commit());
            auto ops = f.store->outbox().pending(100, f.clock.nowMs());
            lastHlc = ops.value().last().hlc;
        }
        f.close();
        f.clock.advanceMs(-3600 * 1000); // the device clock jumped back an hour
        QVERIFY(f.open());
        Transaction tx(f.store->db());
        QCOMPARE(f.store->nextSequence(QStringLiteral("x")).value(), 3);
        QVERIFY(f.store->write(customerChange(*f.store, QStringLiteral("孙九"))));
        QVERIFY(tx.commit());
        auto ops = f.store->outbox().pending(100, f.clock.nowMs());
        const QString newHlc = ops.value().last().hlc;
        QVERIFY2(HlcTimestamp::parse(newHlc).value() > HlcTimestamp::parse(lastHlc).value(), qPrintable(newHlc + " vs " + lastHlc));
    }
};

QTEST_GUILESS_MAIN(TestStoreWrite)
#include "tst_storewrite.moc"
