#include "outbox.h"
#include "residentid.h"
#include "statuslistrepository.h"
#include "storefixture.h"

#include <QTest>

using namespace fd;

/**
 * Loss reports and the local status list without a server: what is refused writes nothing, a
 * report is one row and one urgent op, the list's membership follows its newest entry per card,
 * and a report shows the state the server or the list gives it.
 */
class TestStatusListRepository : public QObject
{
    Q_OBJECT

private:
    static constexpr char kCard[] = "34012226010000000042";

    static QString residentId()
    {
        const QString first17 = QStringLiteral("34010219800101001");
        return first17 + ResidentId::checkChar(first17);
    }

    /** A list entry as a pulled page writes it. */
    static bool addEntry(StoreFixture &f, qint64 version, const QString &mediaNo, const QString &action, qint64 at)
    {
        auto r = f.store->db().run(QStringLiteral("INSERT INTO status_list (id, list_version, media_kind, media_no, action,"
                                                  " reason, at, created_at) VALUES (?, ?, 'card', ?, ?, 'lost', ?, ?)"),
                                   {f.store->newId(), version, mediaNo, action, at, at});
        if (!r)
            qWarning() << r.error().toString();
        return r.ok();
    }

    static NewLossReport input(const QString &card = QString::fromLatin1(kCard))
    {
        NewLossReport in;
        in.cardNo = card;
        in.holderIdNumber = residentId();
        in.holderName = QStringLiteral("  张三 ");
        in.reporterPhone = QStringLiteral("139 0551 0001");
        return in;
    }

private slots:
    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("holderId");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("staff");
        QTest::addColumn<QString>("code");
        const QString card = QString::fromLatin1(kCard);
        QTest::newRow("short card") << QStringLiteral("3401") << "counter" << residentId() << "" << "s1" << "invalid_card_no";
        QTest::newRow("letters in card") << QStringLiteral("3401222601000000004A") << "counter" << "" << "" << "s1"
                                         << "invalid_card_no";
        QTest::newRow("21 digits") << card + QLatin1Char('1') << "counter" << "" << "" << "s1" << "invalid_card_no";
        QTest::newRow("unknown channel") << card << "web" << "" << "" << "s1" << "invalid_channel";
        QTest::newRow("kiosk without ID") << card << "kiosk" << "" << "" << "" << "holder_id_required";
        QTest::newRow("no clerk, no ID") << card << "phone" << "" << "" << "" << "holder_id_required";
        QTest::newRow("phone, no ID") << card << "phone" << "" << "" << "s1" << "holder_id_required";
        QTest::newRow("bad ID checksum") << card << "counter" << QStringLiteral("340102198001010010") << "" << "s1"
                                         << "invalid_holder_id";
        QTest::newRow("bad phone") << card << "counter" << "" << "12345" << "s1" << "invalid_phone";
        QTest::newRow("full-width digits are digits, 19 of them are not a card")
            << QStringLiteral("３４０１２２２６０１００００００００４") << "counter" << "" << "" << "s1" << "invalid_card_no";
    }
    void refusalsWriteNothing()
    {
        QFETCH(QString, card);
        QFETCH(QString, channel);
        QFETCH(QString, holderId);
        QFETCH(QString, phone);
        QFETCH(QString, staff);
        QFETCH(QString, code);
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 ops = f.count(QStringLiteral("outbox"));
        NewLossReport in;
        in.cardNo = card;
        in.channel = channel;
        in.holderIdNumber = holderId;
        in.reporterPhone = phone;
        // The staff id only has to be non-empty here: nothing is written when the input is refused.
        auto r = StatusListRepository(*f.store).report(in, staff);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().field.isEmpty());
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(f.count(QStringLiteral("loss_reports")), 0);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops);
    }

    void reportIsOneRowAndOneUrgentOp()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 before = f.count(QStringLiteral("outbox"));
        NewLossReport in = input(QStringLiteral("3401 2226 0100 0000 0042"));
        in.channel = QStringLiteral("kiosk");
        auto r = StatusListRepository(*f.store).report(in, QString());
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->cardNo, QString::fromLatin1(kCard));
        QCOMPARE(r->holderName, QStringLiteral("张三"));
        QCOMPARE(r->reporterPhone, QStringLiteral("13905510001"));
        QCOMPARE(r->state, LossReport::State::Pending);
        QCOMPARE(r->reportedAt, f.clock.nowMs());
        QVERIFY(r->queued);
        QCOMPARE(f.count(QStringLiteral("loss_reports")), 1);
        QCOMPARE(f.count(QStringLiteral("outbox")), before + 1);
        QCOMPARE(f.count(QStringLiteral("outbox"), QStringLiteral("kind = 'etc.report_loss' AND priority = %1").arg(int(Outbox::Urgent))),
                 1);
        // The server's fields are not the device's to send.
        QCOMPARE(f.count(QStringLiteral("outbox"), QStringLiteral("kind = 'etc.report_loss' AND payload LIKE '%\"state\"%'")), 0);
        NewLossReport wide = input(QStringLiteral("３４０１２２２６０１００００００００４３"));
        auto w = StatusListRepository(*f.store).report(wide, QString());
        QVERIFY2(w, w ? "" : qPrintable(w.error().toString()));
        QCOMPARE(w->cardNo, QStringLiteral("34012226010000000043"));
        auto latest = StatusListRepository(*f.store).latestFor(QString::fromLatin1(kCard));
        QVERIFY(latest && latest->has_value());
        QCOMPARE(latest->value().id, r->id);
    }

    void membershipFollowsTheNewestEntry()
    {
        StoreFixture f;
        QVERIFY(f.open());
        StatusListRepository list(*f.store);
        const QString card = QString::fromLatin1(kCard);
        const QString other = QStringLiteral("34012226010000000043");
        QCOMPARE(list.info()->version, 0);
        QCOMPARE(list.info()->currentAt, 0);
        QVERIFY(!list.lookup(card)->has_value());
        QVERIFY(addEntry(f, 1, card, QStringLiteral("add"), 1000));
        QVERIFY(addEntry(f, 2, other, QStringLiteral("add"), 2000));
        QCOMPARE(list.lookup(card)->value().version, 1);
        QCOMPARE(list.info()->listed, 2);
        QVERIFY(addEntry(f, 3, card, QStringLiteral("remove"), 3000));
        QVERIFY(!list.lookup(card)->has_value());
        QCOMPARE(list.lookup(other)->value().reason, QStringLiteral("lost"));
        QCOMPARE(list.info()->version, 3);
        QCOMPARE(list.info()->listed, 1);
        QVERIFY(addEntry(f, 4, card, QStringLiteral("add"), 4000));
        QCOMPARE(list.lookup(card)->value().listedAt, 4000);
        QCOMPARE(list.info()->listed, 2);
    }

    void reportStateFromServerListAndErrors()
    {
        StoreFixture f;
        QVERIFY(f.open());
        StatusListRepository list(*f.store);
        auto r = list.report(input(), QString());
        QVERIFY(r);
        QCOMPARE(list.get(r->id)->state, LossReport::State::Pending);

        // The card on the list: frozen, with the list's version, even before the server's answer arrives.
        QVERIFY(addEntry(f, 7, QString::fromLatin1(kCard), QStringLiteral("add"), 5000));
        QCOMPARE(list.get(r->id)->state, LossReport::State::Frozen);
        QCOMPARE(list.get(r->id)->listVersion, 7);

        // Another card's report the server refused: its op is among the failed ones.
        auto refused = list.report(input(QStringLiteral("34012226010000000099")), QString());
        QVERIFY(refused);
        auto ops = f.store->outbox().pending(10, f.clock.nowMs());
        QVERIFY(ops);
        QString opId;
        for (const OutboxOp &op : ops.value()) {
            if (op.entityId == refused->id)
                opId = op.opId;
        }
        QVERIFY(!opId.isEmpty());
        QVERIFY(f.store->outbox().markFailed(opId, QStringLiteral("entity_not_found"), QStringLiteral("No card numbered …")));
        const LossReport seen = list.get(refused->id).value();
        QCOMPARE(seen.state, LossReport::State::Refused);
        QCOMPARE(seen.errorCode, QStringLiteral("entity_not_found"));

        // Discarded from the sync errors: once a full read of the server brought no answer, it
        // says it never got there.
        QVERIFY(f.store->outbox().discard(opId));
        QCOMPARE(list.get(refused->id)->state, LossReport::State::Pending);
        f.clock.advanceMs(1000);
        QVERIFY(f.store->db().run(QStringLiteral("INSERT INTO sync_cursor (scope, cursor, updated_at) VALUES (?, ?, ?)"),
                                  {QString::fromLatin1(StatusListRepository::kReadToEndScope), QString::number(f.clock.nowMs()),
                                   f.clock.nowMs()}));
        QCOMPARE(list.get(refused->id)->state, LossReport::State::Discarded);
        // A card listed for another reason does not freeze a pending report.
        auto other = list.report(input(QStringLiteral("34012226010000000077")), QString());
        QVERIFY(other);
        QVERIFY(f.store->db().run(QStringLiteral("INSERT INTO status_list (id, list_version, media_kind, media_no, action,"
                                                 " reason, at, created_at) VALUES ('x1', 9, 'card', '34012226010000000077',"
                                                 " 'add', 'balance_too_low', 1, 1)")));
        QCOMPARE(list.get(other->id)->state, LossReport::State::Pending);

        // The server's answer, as a pull writes it.
        QVERIFY(f.store->db().run(QStringLiteral("UPDATE loss_reports SET state = 'already_listed', list_version = 3,"
                                                 " identity = 'staff_checked' WHERE id = ?"),
                                  {r->id}));
        QCOMPARE(list.get(r->id)->state, LossReport::State::AlreadyListed);
        QCOMPARE(list.get(r->id)->listVersion, 3);
        auto recent = list.recent(10);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestStatusListRepository)
#include "tst_statuslistrepository.moc"
