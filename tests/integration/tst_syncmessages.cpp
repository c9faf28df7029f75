// The sync messages both peers speak: every one survives encode → decode unchanged (text with
// quotes, backslashes, control characters, Chinese and emoji included), and every malformed or
// out-of-range value is refused with the path of the field at fault.

#include "syncmessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fd;
using namespace fd::protocol;
using namespace Qt::StringLiterals;

namespace {

// Text a clerk may really type, and what JSON must escape. (Other control characters are
// refused as input, so no stored row holds one; their escaping is checked on its own below.)
const QString kAwkward = u"王建军 \"引号\" back\\slash\ttab\nline 😀"_s;

SyncOp ticketUpdate()
{
    SyncOp op;
    op.opId = u"01a20000-0000-7000-8000-000000000001"_s;
    op.tx = u"01a20000-0000-7000-8000-000000000002"_s;
    op.kind = u"ticket.update"_s;
    op.entity = u"ticket"_s;
    op.entityId = u"01a20000-0000-7000-8000-000000000003"_s;
    op.insert = false;
    op.fields = {{u"address"_s, u"合肥市蜀山区"_s}, {u"urgency"_s, 1}, {u"due_at"_s, QJsonValue()}};
    op.hlc = u"001767225600000-0000-dev"_s;
    op.baseHlc = u"001767225500000-0000-dev"_s;
    op.staffId = u"staff-1"_s;
    op.createdAt = 1'767'225'600'000;
    return op;
}

QByteArray pushWith(const QJsonObject &op)
{
    return QJsonDocument(QJsonObject{{u"ops"_s, QJsonArray{op}}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSyncMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushRoundTrip()
    {
        PushRequest req;
        req.ops = {ticketUpdate()};
        auto back = PushRequest::decode(req.encode());
        QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
        QCOMPARE(back->ops.size(), 1);
        const SyncOp &op = back->ops.first();
        QCOMPARE(op.opId, req.ops.first().opId);
        QCOMPARE(op.tx, req.ops.first().tx);
        QCOMPARE(op.insert, false);
        QCOMPARE(op.fields, req.ops.first().fields);
        QCOMPARE(op.baseHlc, req.ops.first().baseHlc);
        QCOMPARE(op.createdAt, req.ops.first().createdAt);
    }

    void opWithoutTxIsItsOwnTransaction()
    {
        QJsonObject o = ticketUpdate().toJson();
        o.remove(u"tx"_s);
        auto r = PushRequest::decode(pushWith(o));
        QVERIFY(r);
        QCOMPARE(r->ops.first().tx, r->ops.first().opId);
    }

    void badOpsAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown entity") << u"entity"_s << QJsonValue(u"spaceship"_s) << u"unknown_entity"_s << u"ops[0].entity"_s;
        QTest::newRow("bad mode") << u"mode"_s << QJsonValue(u"upsert"_s) << u"out_of_range"_s << u"ops[0].mode"_s;
        QTest::newRow("numeric op id") << u"op_id"_s << QJsonValue(7) << u"wrong_type"_s << u"ops[0].op_id"_s;
        QTest::newRow("unknown field") << u"fields"_s << QJsonValue(QJsonObject{{u"colour"_s, u"red"_s}}) << u"unknown_field"_s
                                       << u"ops[0].fields.colour"_s;
        QTest::newRow("text for a number") << u"fields"_s << QJsonValue(QJsonObject{{u"urgency"_s, u"high"_s}})
                                           << u"wrong_type"_s << u"ops[0].fields.urgency"_s;
        QTest::newRow("fraction") << u"fields"_s << QJsonValue(QJsonObject{{u"urgency"_s, 1.5}}) << u"wrong_type"_s
                                  << u"ops[0].fields.urgency"_s;
        QTest::newRow("beyond 2^53") << u"fields"_s << QJsonValue(QJsonObject{{u"due_at"_s, 1e17}}) << u"out_of_range"_s
                                     << u"ops[0].fields.due_at"_s;
        QTest::newRow("empty update") << u"fields"_s << QJsonValue(QJsonObject{}) << u"missing_field"_s << u"ops[0].fields"_s;
        QTest::newRow("huge text") << u"fields"_s << QJsonValue(QJsonObject{{u"address"_s, QString(kMaxTextField + 1, u'x')}})
                                   << u"too_long"_s << u"ops[0].fields.address"_s;
        QTest::newRow("null required") << u"fields"_s << QJsonValue(QJsonObject{{u"title"_s, QJsonValue()}})
                                       << u"missing_field"_s << u"ops[0].fields.title"_s;
    }

    void badOpsAreRefusedWithTheirPath()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QJsonObject o = ticketUpdate().toJson();
        o.insert(key, value);
        auto r = PushRequest::decode(pushWith(o));
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().field, field);
    }

    void insertNeedsRequiredFieldsAndAppendOnlyCannotUpdate()
    {
        QJsonObject o = ticketUpdate().toJson();
        o.insert(u"mode"_s, u"insert"_s);
        auto missing = PushRequest::decode(pushWith(o));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, u"missing_field"_s);
        o = ticketUpdate().toJson();
        o.insert(u"entity"_s, u"ticket_event"_s);
        o.insert(u"fields"_s, QJsonObject{{u"note"_s, u"x"_s}});
        auto appendOnly = PushRequest::decode(pushWith(o));
        QVERIFY(!appendOnly);
        QCOMPARE(appendOnly.error().code, u"append_only"_s);
    }

    void tooManyOpsAreRefused()
    {
        QJsonArray ops;
        for (int i = 0; i <= kMaxOpsPerPush; ++i)
            ops.append(ticketUpdate().toJson());
        auto r = PushRequest::decode(QJsonDocument(QJsonObject{{u"ops"_s, ops}}).toJson(QJsonDocument::Compact));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"too_many_items"_s);
    }

    void pushResponseRoundTrip()
    {
        PushResponse res;
        OpResult applied;
        applied.opId = u"a"_s;
        applied.overridden = {{u"address"_s, QJsonValue(kAwkward), u"001767225600000-0001-other"_s, u"staff-2"_s}};
        OpResult rejected;
        rejected.opId = u"b"_s;
        rejected.status = OpResult::Status::Rejected;
        rejected.code = u"forbidden"_s;
        rejected.message = kAwkward;
        OpResult duplicate;
        duplicate.opId = u"c"_s;
        duplicate.status = OpResult::Status::Duplicate;
        res.results = {applied, rejected, duplicate};
        auto back = PushResponse::decode(res.encode());
        QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
        QCOMPARE(back->results.size(), 3);
        QCOMPARE(back->results.at(0).overridden.first().theirs.toString(), kAwkward);
        QCOMPARE(back->results.at(1).status, OpResult::Status::Rejected);
        QCOMPARE(back->results.at(1).message, kAwkward);
        QCOMPARE(back->results.at(2).status, OpResult::Status::Duplicate);
    }

    void pullPageRoundTripWithRawAndBuiltFields()
    {
        PullPage page;
        RemoteChange built;
        built.seq = 7;
        built.entity = u"ticket"_s;
        built.id = kAwkward.left(20); // ids are text to the wire format; escaping must hold for any
        built.fields = {{u"ticket_no"_s, u"T-0101-01-000001"_s}, {u"outlet_id"_s, u"o1"_s}, {u"channel"_s, u"counter"_s},
                        {u"title"_s, kAwkward}, {u"state"_s, u"reported"_s}, {u"state_at"_s, 1}, {u"reported_at"_s, 1},
                        {u"due_at"_s, QJsonValue()}};
        built.hlc = u"001767225600000-0000-dev"_s;
        built.createdAt = 1;
        built.updatedAt = 2;
        RemoteChange raw = built;
        raw.seq = 8;
        raw.fields = {};
        raw.rawFields = QJsonDocument(built.fields).toJson(QJsonDocument::Compact);
        page.changes = {built, raw};
        ConflictNotice n;
        n.seq = 8;
        n.id = u"n1"_s;
        n.entity = u"ticket"_s;
        n.entityId = built.id;
        n.field = u"title"_s;
        n.mine = QJsonValue(kAwkward);
        n.theirs = QJsonValue(u"theirs"_s);
        n.myHlc = u"h1"_s;
        n.theirHlc = u"h2"_s;
        n.at = 3;
        page.conflicts = {n};
        page.next = 8;
        page.more = true;
        page.serverTimeMs = 9;

        const QByteArray body = page.encode();
        QVERIFY(QJsonDocument::fromJson(body).isObject()); // valid JSON, written by hand
        auto back = PullPage::decode(body);
        QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
        QCOMPARE(back->changes.size(), 2);
        for (const RemoteChange &c : back->changes) {
            QCOMPARE(c.id, built.id);
            QCOMPARE(c.fields, built.fields);
            QCOMPARE(c.hlc, built.hlc);
            QCOMPARE(c.updatedAt, 2);
        }
        QCOMPARE(back->changes.at(1).seq, 8);
        QCOMPARE(back->conflicts.first().mine.toString(), kAwkward);
        QCOMPARE(back->next, 8);
        QCOMPARE(back->more, true);
        QCOMPARE(back->serverTimeMs, 9);
    }

    void controlCharactersAreEscaped()
    {
        PullPage page;
        RemoteChange c;
        c.seq = 1;
        c.entity = u"ticket"_s;
        c.id = u"a\u0001b\u001fc"_s;
        c.rawFields = "{}";
        page.changes = {c};
        const QJsonDocument doc = QJsonDocument::fromJson(page.encode());
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(u"changes"_s).toArray().at(0).toObject().value(u"id"_s).toString(), c.id);
    }

    void pullPageRefusesRowsItCannotStore()
    {
        const QByteArray unknown = R"({"changes":[{"seq":1,"entity":"spaceship","id":"x","fields":{},"hlc":"","created_at":0,"updated_at":0}],)"
                                   R"("conflicts":[],"next":1,"more":false,"server_time":0})";
        QCOMPARE(PullPage::decode(unknown).error().code, u"unknown_entity"_s);
        const QByteArray incomplete = R"({"changes":[{"seq":1,"entity":"ticket","id":"x","fields":{"title":"t"},"hlc":"","created_at":0,"updated_at":0}],)"
                                      R"("conflicts":[],"next":1,"more":false,"server_time":0})";
        QCOMPARE(PullPage::decode(incomplete).error().code, u"missing_field"_s);
        QCOMPARE(PullPage::decode("<html>502</html>").error().code, u"invalid_json"_s);
    }

    void enrollmentRoundTrip()
    {
        auto req = EnrollRequest::decode(EnrollRequest{u"ABCDE-FGH23"_s, u"柜台 1"_s}.encode());
        QVERIFY(req);
        QCOMPARE(req->code, u"ABCDE-FGH23"_s);
        QCOMPARE(EnrollRequest::decode(R"({"code":"abc"})").error().code, u"too_short"_s);
        const EnrollResponse res{u"d1"_s, QString(43, u'x'), u"o1"_s, u"0101"_s, u"02"_s, u"tablet"_s, u"i1"_s};
        auto back = EnrollResponse::decode(res.encode());
        QVERIFY(back);
        QCOMPARE(back->deviceCode, u"02"_s);
        QCOMPARE(back->mode, u"tablet"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncMessages)
#include "tst_syncmessages.moc"
