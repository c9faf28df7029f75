#include "bulkchangewriter.h"
#include "clock.h"
#include "hybridlogicalclock.h"
#include "initcommand.h"
#include "store.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace fd;
using namespace fd::cli;
using namespace Qt::StringLiterals;

/**
 * BulkChangeWriter must write exactly what Store::write writes — the entity row and its outbox
 * op — only faster. Each test writes the same changes both ways into two stores and compares.
 */
class TestBulkChangeWriter : public QObject
{
    Q_OBJECT

private:
    struct Side
    {
        QTemporaryDir dir;
        ManualClock clock;
        std::unique_ptr<Store> store;

        bool open()
        {
            auto s = Store::open(dir.path(), clock);
            if (!s)
                return false;
            store = std::move(s).value();
            DeviceSetup setup;
            setup.outletCode = u"0101"_s;
            setup.outletName = u"合肥政务区网点"_s;
            setup.deviceCode = u"07"_s;
            return bool(InitCommand::setUp(*store, setup));
        }

        QList<QVariantList> rows(const QString &sql)
        {
            QList<QVariantList> out;
            auto r = store->db().run(sql);
            if (!r)
                return out;
            while (r.value().next()) {
                QVariantList row;
                for (int i = 0; i < r.value().record().count(); ++i)
                    row << r.value().value(i);
                out << row;
            }
            return out;
        }
    };

    /** Changes of every shape: plain, with NULLs and empty text, append-only, with a staff id. */
    static QList<Change> changes(const QString &outletId)
    {
        Change customer;
        customer.opKind = u"customer.create"_s;
        customer.entity = u"customer"_s;
        customer.entityId = u"01a20000-0000-7000-8000-000000000001"_s;
        customer.staffId = u"staff-1"_s;
        customer.fields = {{u"customer_no"_s, u"K0101070000001"_s}, {u"kind"_s, u"individual"_s}, {u"name"_s, u"张三丰"_s},
                           {u"email"_s, QString()}, {u"key_account"_s, 1}, {u"next_follow_up_at"_s, QVariant()},
                           {u"outlet_id"_s, outletId}};
        Change ticket;
        ticket.opKind = u"ticket.create"_s;
        ticket.entity = u"ticket"_s;
        ticket.entityId = u"01a20000-0000-7000-8000-000000000002"_s;
        ticket.fields = {{u"ticket_no"_s, u"T-0101-07-000001"_s}, {u"customer_id"_s, customer.entityId},
                         {u"outlet_id"_s, outletId}, {u"crew_id"_s, QVariant()}, {u"channel"_s, u"phone"_s},
                         {u"title"_s, u"OBU 无法识别"_s}, {u"urgency"_s, 1}, {u"impact"_s, 2}, {u"priority"_s, 2},
                         {u"state"_s, u"reported"_s}, {u"state_at"_s, qint64(1'767'225'600'000)},
                         {u"due_at"_s, qint64(1'767'225'720'000)}, {u"reported_at"_s, qint64(1'767'225'600'000)}};
        Change event;
        event.opKind = u"ticket.event"_s;
        event.entity = u"ticket_event"_s;
        event.entityId = u"01a20000-0000-7000-8000-000000000003"_s;
        event.staffId = u"staff-1"_s;
        event.fields = {{u"ticket_id"_s, ticket.entityId}, {u"kind"_s, u"transition"_s}, {u"event"_s, u"report"_s},
                        {u"to_state"_s, u"reported"_s}, {u"at"_s, qint64(1'767'225'600'000)}, {u"staff_id"_s, QVariant()},
                        {u"note"_s, u"客户来电 \"急\"\n第二行"_s}};
        Change card;
        card.opKind = u"card.issue"_s; // a Status-priority op
        card.entity = u"vehicle"_s;
        card.entityId = u"01a20000-0000-7000-8000-000000000004"_s;
        card.fields = {{u"customer_id"_s, customer.entityId}, {u"plate"_s, u"皖A12345"_s}, {u"plate_colour"_s, u"blue"_s}};
        return {customer, ticket, event, card};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writesWhatStoreWriteWrites()
    {
        Side viaStore;
        Side viaBulk;
        QVERIFY(viaStore.open());
        QVERIFY(viaBulk.open());
        viaStore.clock.advanceMs(5000);
        viaBulk.clock.advanceMs(5000);

        {
            // One transaction per change, as the bulk writer treats each insert.
            for (const Change &c : changes(viaStore.store->identity().outletId)) {
                Transaction tx(viaStore.store->db());
                QVERIFY(viaStore.store->write(c));
                QVERIFY(tx.commit());
            }
        }
        {
            BulkChangeWriter writer(*viaBulk.store);
            Transaction tx(viaBulk.store->db());
            for (const Change &c : changes(viaBulk.store->identity().outletId))
                QVERIFY(writer.insert(c));
            QVERIFY(writer.persistClock());
            QVERIFY(tx.commit());
            QCOMPARE(writer.rowsWritten(), 4);
        }

        // Entity rows: every column the same, bar the outlet id (each store made its own) and the HLC node.
        const QString outletA = viaStore.store->identity().outletId;
        const QString outletB = viaBulk.store->identity().outletId;
        for (const QString &table : {u"customers"_s, u"tickets"_s, u"ticket_events"_s, u"vehicles"_s}) {
            QList<QVariantList> a = viaStore.rows(u"SELECT * FROM %1"_s.arg(table));
            QList<QVariantList> b = viaBulk.rows(u"SELECT * FROM %1"_s.arg(table));
            QCOMPARE(a.size(), 1);
            QCOMPARE(b.size(), 1);
            for (qsizetype i = 0; i < a.front().size(); ++i) {
                QVariant va = a.front().at(i);
                QVariant vb = b.front().at(i);
                if (va.toString() == outletA)
                    va = u"outlet"_s;
                if (vb.toString() == outletB)
                    vb = u"outlet"_s;
                if (va.toString().startsWith(u"00176"_s)) // HLC: same time and counter, different device
                    QCOMPARE(vb.toString().left(20), va.toString().left(20));
                else
                    QCOMPARE(vb, va);
                QCOMPARE(vb.isNull(), va.isNull());
                QCOMPARE(vb.typeId(), va.typeId());
            }
        }
        // Outbox ops: the same kinds, payloads, priorities, staff, times, in the same order.
        const QString ops = u"SELECT kind, entity_kind, entity_id, payload, priority, staff_id, created_at, state,"
                            u" substr(hlc, 1, 20), length(op_id) FROM outbox WHERE entity_kind != 'outlet'"
                            u" AND entity_kind != 'device' ORDER BY seq"_s;
        QList<QVariantList> a = viaStore.rows(ops);
        QList<QVariantList> b = viaBulk.rows(ops);
        QCOMPARE(a.size(), 4);
        // Every op names the local transaction it belongs to, each its own here. The rest of the
        // payload is the same.
        const auto normalise = [](QList<QVariantList> &rows, const QString &outlet) {
            QSet<QString> txs;
            for (QVariantList &row : rows) {
                QJsonObject payload = QJsonDocument::fromJson(row[3].toString().toUtf8()).object();
                txs.insert(payload.take(u"tx"_s).toString());
                row[3] = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)).replace(outlet, u"outlet"_s);
            }
            return txs;
        };
        const QSet<QString> txA = normalise(a, outletA);
        const QSet<QString> txB = normalise(b, outletB);
        QCOMPARE(txA.size(), 4);
        QVERIFY(!txA.contains(QString()));
        QCOMPARE(txB.size(), 4);
        QVERIFY(!txB.contains(QString()));
        QCOMPARE(b, a);
        QCOMPARE(viaBulk.rows(u"SELECT value FROM local_settings WHERE key = 'hlc_last'"_s).front().front().toString().left(20),
                 viaStore.rows(u"SELECT value FROM local_settings WHERE key = 'hlc_last'"_s).front().front().toString().left(20));
    }

    void preparedElsewhereWrittenHere()
    {
        Side side;
        QVERIFY(side.open());
        BulkChangeWriter writer(*side.store);
        Change c = changes(side.store->identity().outletId).front();
        auto prepared = writer.prepare(c, 1'767'000'000'000);
        QVERIFY(prepared);
        QCOMPARE(prepared->op.at(prepared->op.size() - 2).integer, qint64(1'767'000'000'000)); // the op's created_at
        // Written outside a transaction: refused, nothing written.
        auto outside = writer.write(prepared.value());
        QVERIFY(!outside);
        QCOMPARE(outside.error().code, u"write_outside_transaction"_s);
        Transaction tx(side.store->db());
        auto rowid = writer.write(prepared.value());
        QVERIFY(rowid);
        QVERIFY(tx.commit());
        QCOMPARE(side.rows(u"SELECT local_no, created_at, updated_at FROM customers"_s).front(),
                 (QVariantList{rowid.value(), qint64(1'767'000'000'000), qint64(1'767'000'000'000)}));
    }

    void refusesWhatStoreWriteRefuses()
    {
        Side side;
        QVERIFY(side.open());
        BulkChangeWriter writer(*side.store);
        const qint64 opsBefore = side.rows(u"SELECT count(*) FROM outbox"_s).front().front().toLongLong();
        Change good = changes(side.store->identity().outletId).front();

        Change unknownEntity = good;
        unknownEntity.entity = u"spaceship"_s;
        Change unknownField = good;
        unknownField.fields.insert(u"favourite_colour"_s, u"blue"_s);
        Change missing = good;
        missing.fields.remove(u"name"_s);
        Change update = good;
        update.mode = Change::Mode::Update;
        Change noId = good;
        noId.entityId.clear();
        const QList<QPair<Change, QString>> cases = {{unknownEntity, u"unknown_entity"_s}, {unknownField, u"unknown_field"_s},
                                                     {missing, u"missing_field"_s}, {update, u"unsupported"_s},
                                                     {noId, u"missing_id"_s}};
        Transaction tx(side.store->db());
        for (const auto &[change, code] : cases) {
            auto r = writer.insert(change);
            QVERIFY(!r);
            QCOMPARE(r.error().code, code);
        }
        QVERIFY(writer.insert(good));
        auto twice = writer.insert(good);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, u"db_constraint"_s);
        // Append-only rows stay append-only: the schema's triggers still apply.
        QVERIFY(tx.commit());
        QCOMPARE(side.rows(u"SELECT count(*) FROM outbox"_s).front().front().toLongLong(), opsBefore + 1);
    }

    void rollbackLeavesNeitherRowNorOp()
    {
        Side side;
        QVERIFY(side.open());
        const qint64 opsBefore = side.rows(u"SELECT count(*) FROM outbox"_s).front().front().toLongLong();
        {
            BulkChangeWriter writer(*side.store);
            Transaction tx(side.store->db());
            QVERIFY(writer.insert(changes(side.store->identity().outletId).front()));
            // no commit
        }
        QCOMPARE(side.rows(u"SELECT count(*) FROM customers"_s).front().front().toLongLong(), 0);
        QCOMPARE(side.rows(u"SELECT count(*) FROM outbox"_s).front().front().toLongLong(), opsBefore);
    }

    void clockCarriesOnFromTheStore()
    {
        Side side;
        QVERIFY(side.open());
        auto last = side.store->setting(u"hlc_last"_s);
        QVERIFY(last);
        auto before = HlcTimestamp::parse(last.value());
        QVERIFY(before);
        BulkChangeWriter writer(*side.store);
        Transaction tx(side.store->db());
        // Written "in the past": the stamp still orders after everything before it.
        Change c = changes(side.store->identity().outletId).front();
        auto p = writer.prepare(c, 1'000'000'000'000);
        QVERIFY(p);
        auto stamp = HlcTimestamp::parse(p->hlc);
        QVERIFY(stamp);
        QVERIFY(stamp.value() > before.value());
        QCOMPARE(stamp->node, side.store->identity().deviceId);
        QVERIFY(writer.write(p.value()));
        QVERIFY(writer.persistClock());
        QVERIFY(tx.commit());
        QCOMPARE(side.store->setting(u"hlc_last"_s).value(), p->hlc);
    }
};

QTEST_GUILESS_MAIN(TestBulkChangeWriter)
#include "tst_bulkchangewriter.moc"
