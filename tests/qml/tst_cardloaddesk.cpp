// CardLoadDesk, the counter's card load screen, against the real server: the cards on the
// simulated reader, amounts refused before anything is asked, a load onto the card, the server
// down and back (one load, not two), an earlier load that never reached the card (settled first,
// no new load), a write that fails, a role that may not load, a card on the device's status list
// (refused on sight, nothing asked, no money moved), and the books balancing at the end.

#include "cardloaddesk.h"
#include "datasource.h"
#include "etcclient.h"
#include "simulatedcard.h"
#include "syncfixture.h"
#include "syncstatus.h"
#include "uuidgenerator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

/** A card issued on its own account: its chip file lies on the device's reader. */
struct IssuedCard
{
    QString accountId;
    QString cardNo; ///< also the card's name on the reader
};

} // namespace

class TestCardLoadDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncFixture m_fixture{m_dir.path()};
    std::unique_ptr<TestDevice> m_device;
    DataSource m_data;
    SyncStatus m_status;
    SystemClock m_clock;
    int m_accounts = 0;

    QString readerFolder() const { return QDir(m_device->store->dataDir()).filePath(u"card-reader"_s); }

    static QString idFrom(const QString &out)
    {
        const auto m = QRegularExpression(u"^id: (\\S+)$"_s, QRegularExpression::MultilineOption).match(out);
        return m.hasMatch() ? m.captured(1) : QString();
    }

    /** Opens an account and issues card @p cardNo on it, its chip written to @p chipPath. */
    IssuedCard issue(const QString &cardNo, const QString &chipPath = {})
    {
        const QString account = idFrom(m_fixture.cli({u"server"_s, u"etc"_s, u"account"_s, u"add"_s, u"--db"_s,
                                                      m_fixture.databasePath(), u"--outlet-code"_s, u"0101"_s,
                                                      u"--customer"_s, u"c%1"_s.arg(++m_accounts), u"--account-no"_s,
                                                      u"0101-test-%1"_s.arg(m_accounts)}));
        if (account.isEmpty())
            return {};
        const QString chip = chipPath.isEmpty() ? QDir(readerFolder()).filePath(cardNo + u".json"_s) : chipPath;
        const QString card = idFrom(m_fixture.cli({u"server"_s, u"etc"_s, u"card"_s, u"issue"_s, u"--db"_s,
                                                   m_fixture.databasePath(), u"--account"_s, account, u"--card-no"_s, cardNo,
                                                   u"--chip"_s, chip}));
        if (card.isEmpty())
            return {};
        return {account, cardNo};
    }

    /** One value read from the server's file over a read-only connection of our own. */
    QVariant serverValue(const QString &sql, const QVariantList &binds) const
    {
        const QString name = u"tst_cardloaddesk_server"_s;
        QVariant out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_fixture.databasePath());
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant &b : binds)
                    q.addBindValue(b);
                if (q.exec() && q.next())
                    out = q.value(0);
                else
                    qWarning().noquote() << "server query failed:" << sql << q.lastError().text();
            } else {
                qWarning().noquote() << "cannot open" << m_fixture.databasePath() << db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    qint64 accountBalance(const IssuedCard &card) const
    {
        return serverValue(u"SELECT balance_fen FROM etc_accounts WHERE id = ?"_s, {card.accountId}).toLongLong();
    }

    qint64 serverChipBalance(const IssuedCard &card) const
    {
        return serverValue(u"SELECT chip_balance_fen FROM etc_cards WHERE card_no = ?"_s, {card.cardNo}).toLongLong();
    }

    /** The card's loads on the server, in @p state ("" for any) and of @p amountFen (-1 for any). */
    int loadCount(const IssuedCard &card, const QString &state = {}, qint64 amountFen = -1) const
    {
        QString sql = u"SELECT count(*) FROM etc_loads l JOIN etc_cards c ON c.id = l.card_id WHERE c.card_no = ?"_s;
        QVariantList binds{card.cardNo};
        if (!state.isEmpty()) {
            sql += u" AND l.state = ?"_s;
            binds << state;
        }
        if (amountFen >= 0) {
            sql += u" AND l.amount_fen = ?"_s;
            binds << amountFen;
        }
        return serverValue(sql, binds).toInt();
    }

    int ledgerEntries(const IssuedCard &card) const
    {
        return serverValue(u"SELECT count(*) FROM etc_ledger WHERE account_id = ?"_s, {card.accountId}).toInt();
    }

    bool ledgerOk() const
    {
        const QString out = m_fixture.cli({u"server"_s, u"etc"_s, u"check"_s, u"--db"_s, m_fixture.databasePath()});
        if (!out.contains(u"ledger: ok"_s)) {
            qWarning().noquote() << "etc check:" << out;
            return false;
        }
        return true;
    }

    /** A desk at the counter, signed in as @p staffId, with the card @p name on the reader. */
    std::unique_ptr<CardLoadDesk> deskWith(const QString &name, const QString &staffId)
    {
        auto desk = std::make_unique<CardLoadDesk>();
        desk->setSource(&m_data);
        desk->setSync(&m_status);
        desk->setStaffId(staffId);
        desk->refreshCards();
        desk->present(name);
        return desk;
    }

    static qint64 fenOf(const CardLoadDesk &desk, const char *key = "balanceFen")
    {
        return qint64(desk.card().value(QString::fromLatin1(key)).toDouble());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixture.setUp());
        m_device = m_fixture.enroll(u"counter"_s, u"counter"_s);
        QVERIFY(m_device);
        QVERIFY(SyncFixture::sync(*m_device)); // the staff arrive
        m_data.setStore(m_device->store.get());
        m_status.setDataSource(&m_data);
        m_status.setEngine(m_device->engine.get());
        QVERIFY(QDir().mkpath(readerFolder()));
    }

    void cleanupTestCase()
    {
        QVERIFY(ledgerOk());
        m_fixture.kill();
    }

    void withoutTheServer()
    {
        const IssuedCard card = issue(u"34012226010000000001"_s);
        QVERIFY(!card.accountId.isEmpty());

        // 1. No sync at all: the card is read, but a load cannot be asked for.
        CardLoadDesk desk;
        desk.setSource(&m_data);
        desk.setStaffId(m_fixture.counterStaff);
        QVERIFY(!desk.available());
        QVERIFY(desk.cards().contains(card.cardNo));
        desk.present(card.cardNo);
        QCOMPARE(desk.card().value(u"cardNo"_s).toString(), card.cardNo);
        desk.load(u"100"_s, u"cash"_s);
        QCOMPARE(desk.status(), u"failed"_s);
        QVERIFY(!desk.message().isEmpty());
        QVERIFY(desk.amountError().isEmpty());
        QVERIFY(!desk.busy());
        QVERIFY(desk.result().isEmpty());

        // 2. A sync bar without an engine (the device is not enrolled): the same.
        SyncStatus bare;
        bare.setDataSource(&m_data);
        QSignalSpy syncChanged(&desk, &CardLoadDesk::syncChanged);
        desk.setSync(&bare);
        QCOMPARE(syncChanged.size(), 1);
        QVERIFY(!desk.available());
        desk.load(u"100"_s, u"cash"_s);
        QCOMPARE(desk.status(), u"failed"_s);
        QVERIFY(!desk.message().isEmpty());
        QVERIFY(!desk.busy());

        // 3. Nothing reached the server, nothing is on the card.
        QCOMPARE(loadCount(card), 0);
        QCOMPARE(accountBalance(card), 0);
        QCOMPARE(fenOf(desk), 0);
        QCOMPARE(fenOf(desk, "counter"), 0);

        // 4. The enrolled engine: loads can be asked for.
        desk.setSync(&m_status);
        QVERIFY(desk.available());
    }

    void listsAndReadsTheCards()
    {
        // Issued out of order: the reader lists them by name.
        const IssuedCard c3 = issue(u"34012226010000000003"_s);
        const IssuedCard c2 = issue(u"34012226010000000002"_s);
        QVERIFY(!c3.accountId.isEmpty() && !c2.accountId.isEmpty());
        CardLoadDesk desk;
        QSignalSpy cardsChanged(&desk, &CardLoadDesk::cardsChanged);
        desk.setSource(&m_data);
        desk.setSync(&m_status);
        QCOMPARE(desk.readerFolder(), readerFolder());
        QCOMPARE(desk.cards(), (QStringList{u"34012226010000000001"_s, c2.cardNo, c3.cardNo}));
        QCOMPARE(cardsChanged.size(), 1);
        desk.refreshCards();
        QCOMPARE(cardsChanged.size(), 1); // nothing put on or taken off

        // 1. A card put on the reader is read: number, type, validity, an empty balance.
        QSignalSpy stateChanged(&desk, &CardLoadDesk::stateChanged);
        desk.present(c2.cardNo);
        QVERIFY(stateChanged.size() >= 1);
        QCOMPARE(desk.presented(), c2.cardNo);
        QVariantMap card = desk.card();
        QCOMPARE(card.value(u"cardNo"_s).toString(), c2.cardNo);
        QCOMPARE(card.value(u"type"_s).toString(), u"stored_value"_s);
        QCOMPARE(card.value(u"validFrom"_s).toString(), QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(card.value(u"validTo"_s).toString() > card.value(u"validFrom"_s).toString());
        QCOMPARE(card.value(u"balanceFen"_s).toDouble(), 0.0);
        QCOMPARE(card.value(u"counter"_s).toDouble(), 0.0);
        QCOMPARE(card.value(u"balance"_s).toString(), u"¥0.00"_s);
        QVERIFY(desk.status().isEmpty());
        QVERIFY(desk.message().isEmpty());

        // 2. A name that is not on the reader: no card.
        desk.present(u"nonsense"_s);
        QVERIFY(desk.card().isEmpty());
        QVERIFY(desk.presented().isEmpty());
        QVERIFY(desk.status().isEmpty());

        // 3. A chip file that is not one: listed, but it cannot be read, and the desk says so.
        const QString garbage = QDir(readerFolder()).filePath(u"zz-damaged.json"_s);
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("this is no chip {") > 0);
        }
        desk.refreshCards();
        QCOMPARE(cardsChanged.size(), 2);
        QCOMPARE(desk.cards().last(), u"zz-damaged"_s);
        desk.present(u"zz-damaged"_s);
        QCOMPARE(desk.status(), u"failed"_s);
        QVERIFY(!desk.message().isEmpty());
        QVERIFY(desk.card().isEmpty());

        // 4. Taken off the reader again: the list follows, and a good card reads as before.
        QVERIFY(QFile::remove(garbage));
        desk.refreshCards();
        QCOMPARE(cardsChanged.size(), 3);
        QVERIFY(!desk.cards().contains(u"zz-damaged"_s));
        desk.present(c3.cardNo);
        QVERIFY(desk.status().isEmpty());
        QVERIFY(desk.message().isEmpty());
        QCOMPARE(desk.card().value(u"cardNo"_s).toString(), c3.cardNo);
    }

    void refusesBadAmounts()
    {
        const IssuedCard card = issue(u"34012226010000000004"_s);
        QVERIFY(!card.accountId.isEmpty());
        auto desk = deskWith(card.cardNo, m_fixture.counterStaff);
        QVERIFY(desk->available());
        QVERIFY(!desk->card().isEmpty());

        // 1. Amounts that are none, or not more than zero: said at the field, nothing asked.
        for (const QString &amount : {u""_s, u"abc"_s, u"0"_s, u"-5"_s, u"1.234"_s, u"0.00"_s}) {
            desk->load(amount, u"cash"_s);
            QVERIFY2(!desk->amountError().isEmpty(), qPrintable(amount));
            QVERIFY2(desk->status().isEmpty(), qPrintable(amount));
            QVERIFY2(desk->result().isEmpty(), qPrintable(amount));
            QVERIFY(!desk->busy());
        }
        QCOMPARE(loadCount(card), 0);
        QCOMPARE(accountBalance(card), 0);

        // 2. More than one load may carry: the server refuses it, in the desk's words.
        desk->load(u"5000.01"_s, u"cash"_s);
        QVERIFY(desk->amountError().isEmpty());
        QCOMPARE(desk->status(), u"failed"_s);
        QCOMPARE(desk->message(), CardLoadDesk::describe(makeError("invalid_amount", QString())));
        QCOMPARE(loadCount(card), 0);
        QCOMPARE(accountBalance(card), 0);
        QCOMPARE(ledgerEntries(card), 0);
        QCOMPARE(fenOf(*desk), 0);
        QVERIFY(ledgerOk());
    }

    void loadsOntoTheCard()
    {
        const IssuedCard card = issue(u"34012226010000000005"_s);
        QVERIFY(!card.accountId.isEmpty());
        auto desk = deskWith(card.cardNo, m_fixture.counterStaff);

        // 1. A typing slip first, then the amount: the slip is forgotten.
        desk->load(u"2OO"_s, u"cash"_s);
        QVERIFY(!desk->amountError().isEmpty());
        desk->load(u"200"_s, u"cash"_s);
        QVERIFY(desk->amountError().isEmpty());
        QCOMPARE(desk->status(), u"loaded"_s);
        QVERIFY(!desk->message().isEmpty());
        QVERIFY(!desk->busy());
        QVariantMap result = desk->result();
        const QString firstLoad = result.value(u"loadId"_s).toString();
        QVERIFY(!firstLoad.isEmpty());
        QCOMPARE(result.value(u"amount"_s).toString(), u"¥200.00"_s);
        QCOMPARE(result.value(u"cardBalance"_s).toString(), u"¥200.00"_s);
        QCOMPARE(result.value(u"accountBalance"_s).toString(), u"¥200.00"_s);
        // The card as the desk read it again after the write, and as the chip file holds it.
        QCOMPARE(fenOf(*desk), 20000);
        QCOMPARE(fenOf(*desk, "counter"), 1);
        QCOMPARE(desk->card().value(u"balance"_s).toString(), u"¥200.00"_s);
        SimulatedCardTerminal reader(m_clock);
        reader.present(QDir(readerFolder()).filePath(card.cardNo + u".json"_s));
        QCOMPARE(reader.readCard().value().balanceFen, 20000);
        // The server: credited once, completed, what it knows of the chip matches.
        QCOMPARE(accountBalance(card), 20000);
        QCOMPARE(serverChipBalance(card), 20000);
        QCOMPARE(loadCount(card), 1);
        QCOMPARE(loadCount(card, u"completed"_s, 20000), 1);
        QCOMPARE(serverValue(u"SELECT staff_id FROM etc_loads WHERE id = ?"_s, {firstLoad}).toString(), m_fixture.counterStaff);

        // 2. Another amount paid another way: a new load.
        desk->load(u"50.50"_s, u"qr"_s);
        QCOMPARE(desk->status(), u"loaded"_s);
        result = desk->result();
        const QString secondLoad = result.value(u"loadId"_s).toString();
        QVERIFY(!secondLoad.isEmpty());
        QVERIFY(secondLoad != firstLoad);
        QCOMPARE(result.value(u"amount"_s).toString(), u"¥50.50"_s);
        QCOMPARE(result.value(u"cardBalance"_s).toString(), u"¥250.50"_s);
        QCOMPARE(fenOf(*desk), 25050);
        QCOMPARE(fenOf(*desk, "counter"), 2);
        QCOMPARE(accountBalance(card), 25050);
        QCOMPARE(loadCount(card, u"completed"_s), 2);
        QCOMPARE(serverValue(u"SELECT payment FROM etc_loads WHERE id = ?"_s, {secondLoad}).toString(), u"qr"_s);

        // 3. The same amount paid the same way once more: a load on the card is done with, so
        //    the next payment is a new load, not the last one answered again.
        desk->load(u"50.50"_s, u"qr"_s);
        QCOMPARE(desk->status(), u"loaded"_s);
        QVERIFY(desk->result().value(u"loadId"_s).toString() != secondLoad);
        QCOMPARE(fenOf(*desk), 30100);
        QCOMPARE(accountBalance(card), 30100);
        QCOMPARE(serverChipBalance(card), 30100);
        QCOMPARE(loadCount(card, u"completed"_s), 3);
        QCOMPARE(ledgerEntries(card), 3);
        QVERIFY(ledgerOk());
    }

    void serverDownThenBack()
    {
        const IssuedCard card = issue(u"34012226010000000006"_s);
        QVERIFY(!card.accountId.isEmpty());
        auto desk = deskWith(card.cardNo, m_fixture.counterStaff);
        QCOMPARE(desk->card().value(u"cardNo"_s).toString(), card.cardNo);

        // 1. The server is down: the load fails, saying so; the card is as it was.
        m_fixture.kill();
        desk->load(u"30"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"failed"_s);
        QVERIFY(!desk->message().isEmpty());
        QVERIFY(!desk->busy());
        QVERIFY(desk->result().isEmpty());
        QCOMPARE(desk->card().value(u"cardNo"_s).toString(), card.cardNo);
        QCOMPARE(fenOf(*desk), 0);
        QCOMPARE(fenOf(*desk, "counter"), 0);

        // 2. Back on the same address: trying again loads it, once.
        QVERIFY(m_fixture.start(m_fixture.port()));
        desk->load(u"30"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"loaded"_s);
        QCOMPARE(desk->result().value(u"amount"_s).toString(), u"¥30.00"_s);
        QCOMPARE(fenOf(*desk), 3000);
        QCOMPARE(loadCount(card), 1);
        QCOMPARE(loadCount(card, u"completed"_s, 3000), 1);
        QCOMPARE(accountBalance(card), 3000);
        QCOMPARE(serverChipBalance(card), 3000);
        QVERIFY(ledgerOk());
    }

    void settlesAnEarlierLoadFirst()
    {
        const IssuedCard card = issue(u"34012226010000000007"_s);
        QVERIFY(!card.accountId.isEmpty());
        const QString chipPath = QDir(readerFolder()).filePath(card.cardNo + u".json"_s);

        // 1. Another terminal took ¥10.00 for this card and never wrote it (the device died).
        SimulatedCardTerminal reader(m_clock);
        reader.present(chipPath);
        auto chip = reader.readCard();
        QVERIFY(chip);
        EtcClient other(m_fixture.network(), m_device->engine->server(), m_device->engine->token(), m_fixture.counterStaff);
        auto earlier = other.authorise(UuidGenerator(m_clock).next(), card.cardNo, 1000, chip->counter, u"cash"_s);
        QVERIFY2(earlier, qPrintable(earlier ? QString() : earlier.error().toString()));
        QCOMPARE(earlier->state, u"authorised"_s);
        QCOMPARE(accountBalance(card), 1000);
        QCOMPARE(reader.readCard().value().balanceFen, 0);

        // 2. The customer asks for ¥80.00: the ¥10.00 is written first and no new load is made.
        auto desk = deskWith(card.cardNo, m_fixture.counterStaff);
        desk->load(u"80"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"settled"_s);
        QVERIFY(!desk->message().isEmpty());
        QCOMPARE(desk->result().value(u"loadId"_s).toString(), earlier->id);
        QCOMPARE(desk->result().value(u"amount"_s).toString(), u"¥10.00"_s);
        QCOMPARE(desk->result().value(u"cardBalance"_s).toString(), u"¥10.00"_s);
        QCOMPARE(fenOf(*desk), 1000);
        QCOMPARE(accountBalance(card), 1000);
        QCOMPARE(serverChipBalance(card), 1000);
        QCOMPARE(loadCount(card), 1);
        QCOMPARE(loadCount(card, u"completed"_s, 1000), 1);
        QCOMPARE(loadCount(card, {}, 8000), 0);

        // 3. The customer still wants the ¥80.00: now it is loaded.
        desk->load(u"80"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"loaded"_s);
        QCOMPARE(desk->result().value(u"amount"_s).toString(), u"¥80.00"_s);
        QVERIFY(desk->result().value(u"loadId"_s).toString() != earlier->id);
        QCOMPARE(fenOf(*desk), 9000);
        QCOMPARE(fenOf(*desk, "counter"), 2);
        QCOMPARE(accountBalance(card), 9000);
        QCOMPARE(loadCount(card, u"completed"_s), 2);
        QCOMPARE(loadCount(card, u"completed"_s, 8000), 1);
        QVERIFY(ledgerOk());
    }

    void writeThatFailsIsFinishedOnce()
    {
        // The chip lies outside the reader folder under a name that leaves no room for the
        // reader's temporary copy: the card reads, but every write to it fails.
        const QString chips = m_fixture.path(u"chips"_s);
        QVERIFY(QDir().mkpath(chips));
        const QString cardNo = u"34012226010000000008"_s;
        const QString writable = QDir(chips).filePath(cardNo + u".json"_s);
        const IssuedCard card = issue(cardNo, writable);
        QVERIFY(!card.accountId.isEmpty());
        const QString unwritable = QDir(chips).filePath(QString(248, u'c') + u".json"_s);
        QVERIFY(QFile::rename(writable, unwritable));
        const QString onReader = QDir(readerFolder()).filePath(cardNo + u".json"_s);
        QVERIFY(QFile::link(unwritable, onReader));

        // 1. The server credits the account, the card is not written: unfinished, said so.
        auto desk = deskWith(cardNo, m_fixture.counterStaff);
        QCOMPARE(desk->card().value(u"cardNo"_s).toString(), cardNo);
        desk->load(u"30"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"unfinished"_s);
        QVERIFY(!desk->message().isEmpty());
        QVERIFY(desk->result().isEmpty());
        QCOMPARE(fenOf(*desk), 0);
        QCOMPARE(accountBalance(card), 3000);
        QCOMPARE(serverChipBalance(card), 0);
        QCOMPARE(loadCount(card), 1);
        QCOMPARE(loadCount(card, u"authorised"_s, 3000), 1);

        // 2. Trying again while the card still cannot be written: still one load, still open.
        desk->load(u"30"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"unfinished"_s);
        QCOMPARE(loadCount(card), 1);
        QCOMPARE(accountBalance(card), 3000);
        // Finishing it from the settle button while the card still cannot be written: the same.
        desk->settle();
        QCOMPARE(desk->status(), u"unfinished"_s);
        QVERIFY(!desk->message().isEmpty());
        QCOMPARE(loadCount(card), 1);
        QCOMPARE(accountBalance(card), 3000);

        // 3. The card can be written again: trying again puts that ¥30.00 on it, once — it is
        //    this payment, so the desk says it is loaded.
        QVERIFY(QFile::remove(onReader));
        QVERIFY(QFile::rename(unwritable, writable));
        QVERIFY(QFile::link(writable, onReader));
        desk->load(u"30"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"loaded"_s);
        QCOMPARE(desk->result().value(u"amount"_s).toString(), u"¥30.00"_s);
        QCOMPARE(fenOf(*desk), 3000);
        QCOMPARE(accountBalance(card), 3000);
        QCOMPARE(serverChipBalance(card), 3000);
        QCOMPARE(loadCount(card), 1);
        QCOMPARE(loadCount(card, u"completed"_s, 3000), 1);
        QVERIFY(ledgerOk());

        // 4. That payment is on the card, so the customer's next ¥30.00 is a new load.
        desk->load(u"30"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"loaded"_s);
        QCOMPARE(loadCount(card, u"completed"_s, 3000), 2);
        QCOMPARE(accountBalance(card), 6000);
        QCOMPARE(fenOf(*desk), 6000);
    }

    void refusesARoleWithoutCardLoads()
    {
        const IssuedCard card = issue(u"34012226010000000009"_s);
        QVERIFY(!card.accountId.isEmpty());
        const QString refusal = CardLoadDesk::describe(makeError("forbidden", QString()));
        QVERIFY(!refusal.isEmpty());

        // 1. A crew member, 2. a finance clerk: neither may load a card.
        for (const QString &staff : {m_fixture.crewStaff, m_fixture.plainStaff}) {
            auto desk = deskWith(card.cardNo, staff);
            QVERIFY(desk->available());
            desk->load(u"10"_s, u"cash"_s);
            QCOMPARE(desk->status(), u"failed"_s);
            QCOMPARE(desk->message(), refusal);
            QVERIFY(desk->result().isEmpty());
            QCOMPARE(fenOf(*desk), 0);
        }
        QCOMPARE(loadCount(card), 0);
        QCOMPARE(accountBalance(card), 0);

        // 3. The counter clerk at the same desk may.
        auto desk = deskWith(card.cardNo, m_fixture.crewStaff);
        desk->load(u"10"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"failed"_s);
        desk->setStaffId(m_fixture.counterStaff);
        desk->load(u"10"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"loaded"_s);
        QCOMPARE(loadCount(card, u"completed"_s, 1000), 1);
        QCOMPARE(accountBalance(card), 1000);
        QVERIFY(ledgerOk());
    }

    void refusesACardOnTheStatusList()
    {
        const IssuedCard card = issue(u"34012226010000000011"_s);
        QVERIFY(!card.accountId.isEmpty());
        // The device's copy of the list, as a pull leaves it: the card was reported lost.
        const qint64 listedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
        auto entry = [&](qint64 version, const QString &action) {
            return m_device->store->db().run(u"INSERT INTO status_list (id, list_version, media_kind, media_no, action, reason, at, created_at)"
                                             " VALUES (?, ?, 'card', ?, ?, 'lost', ?, ?)"_s,
                                             {UuidGenerator(m_clock).next(), version, card.cardNo, action, listedAt, listedAt});
        };
        QVERIFY(entry(900, u"add"_s));
        const QString refusal = u"This card is on the status list (lost) since %1; it cannot be loaded."_s.arg(
            QDateTime::fromMSecsSinceEpoch(listedAt).toString(u"yyyy-MM-dd HH:mm"_s));

        // 1. Said as soon as the card is read, before the customer pays; the card is still shown.
        auto desk = deskWith(card.cardNo, m_fixture.counterStaff);
        QVERIFY(desk->available());
        QCOMPARE(desk->card().value(u"cardNo"_s).toString(), card.cardNo);
        QCOMPARE(desk->status(), u"failed"_s);
        QCOMPARE(desk->message(), refusal);

        // 2. Asked anyway: refused at once, nothing asked of the server, no money moved.
        desk->load(u"100"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"failed"_s);
        QCOMPARE(desk->message(), refusal);
        QVERIFY(desk->result().isEmpty());
        QVERIFY(!desk->busy());
        // 3. Nor is an earlier load finished onto it.
        desk->settle();
        QCOMPARE(desk->status(), u"failed"_s);
        QCOMPARE(desk->message(), refusal);
        QCOMPARE(loadCount(card), 0);
        QCOMPARE(accountBalance(card), 0);
        QCOMPARE(ledgerEntries(card), 0);
        QCOMPARE(fenOf(*desk), 0);
        QCOMPARE(fenOf(*desk, "counter"), 0);

        // 4. A newer list version takes it off again (the card was found): it loads as any other.
        QVERIFY(entry(901, u"remove"_s));
        desk->present(card.cardNo);
        QVERIFY(desk->status().isEmpty());
        desk->load(u"100"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"loaded"_s);
        QCOMPARE(fenOf(*desk), 10000);
        QCOMPARE(loadCount(card, u"completed"_s, 10000), 1);
        QCOMPARE(accountBalance(card), 10000);
        QVERIFY(ledgerOk());
    }

    void resetForgetsTheCustomer()
    {
        const IssuedCard card = issue(u"34012226010000000010"_s);
        QVERIFY(!card.accountId.isEmpty());
        auto desk = deskWith(card.cardNo, m_fixture.counterStaff);
        desk->load(u"12.34"_s, u"bank_card"_s);
        QCOMPARE(desk->status(), u"loaded"_s);
        QVERIFY(!desk->message().isEmpty());
        QVERIFY(!desk->result().isEmpty());
        QVERIFY(!desk->card().isEmpty());
        desk->load(u"x"_s, u"cash"_s);
        QVERIFY(!desk->amountError().isEmpty());

        QSignalSpy stateChanged(desk.get(), &CardLoadDesk::stateChanged);
        desk->reset();
        QCOMPARE(stateChanged.size(), 1);
        QVERIFY(desk->presented().isEmpty());
        QVERIFY(desk->card().isEmpty());
        QVERIFY(desk->status().isEmpty());
        QVERIFY(desk->message().isEmpty());
        QVERIFY(desk->amountError().isEmpty());
        QVERIFY(desk->result().isEmpty());
        QVERIFY(!desk->busy());
        QVERIFY(desk->cards().contains(card.cardNo)); // the reader still holds its cards

        // Nothing presented any more: a load has no card to go on, and nothing is asked.
        desk->load(u"5"_s, u"cash"_s);
        QCOMPARE(desk->status(), u"failed"_s);
        QVERIFY(!desk->message().isEmpty());
        QCOMPARE(loadCount(card), 1);
        QCOMPARE(accountBalance(card), 1234);
    }
};

QTEST_GUILESS_MAIN(TestCardLoadDesk)
#include "tst_cardloaddesk.moc"
