// EtcLedger in-process with CardLoadFlow and the simulated chip: card loads (圈存) from the
// terminal to the books, interrupted writes, settling from the chip's log, refusals, and a
// seeded random run checked against the books after every step.

#include "cardload.h"
#include "clock.h"
#include "etcledger.h"
#include "loadmac.h"
#include "serverstorage.h"
#include "simulatedcard.h"
#include "syncstore.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

const EtcActor kActor{u"staff-1"_s, u"device-1"_s};

/** The server as the device reaches it, here the ledger itself. */
class LedgerService : public CardLoadService
{
public:
    explicit LedgerService(EtcLedger &ledger) : m_ledger(ledger) {}
    Result<CardLoad> authorise(const QString &requestId, const QString &cardNo, qint64 amountFen, qint64 chipCounter,
                               const QString &payment) override
    {
        return m_ledger.authoriseLoad(kActor, {requestId, cardNo, amountFen, chipCounter, payment});
    }
    Result<CardLoad> confirm(const QString &loadId, const LoadReceipt &receipt) override
    {
        return m_ledger.confirmLoad(kActor, loadId, receipt);
    }
    Result<CardLoad> resolve(const QString &loadId, const CardChip &chip) override
    {
        return m_ledger.resolveLoad(kActor, loadId, chip);
    }
    Result<std::optional<CardLoad>> openLoad(const QString &cardNo) override { return m_ledger.openLoad(cardNo); }

private:
    EtcLedger &m_ledger;
};

/**
 * Forwards to the simulator, failing writes as planned: BeforeWrite / AfterWrite interrupt the
 * chip's commit, Gone answers "no_card" without touching the chip. readFailures makes the next
 * reads answer "no_card" (the card left after an interrupted write). Counts what reached the chip.
 */
class FlakyTerminal : public CardTerminal
{
public:
    enum class Fault { BeforeWrite, AfterWrite, Gone };

    explicit FlakyTerminal(SimulatedCardTerminal &sim) : m_sim(sim) {}

    QList<Fault> plan; ///< one per coming write, front first
    int readFailures = 0;
    int readFailuresAfterWrite = 0; ///< moved to readFailures once a write was tried
    int writesTried = 0;
    QMap<QString, int> written; ///< load ref → times it reached the chip

    Result<CardChip> readCard() override
    {
        if (readFailures > 0) {
            --readFailures;
            return makeError("no_card", u"card left"_s);
        }
        return m_sim.readCard();
    }
    Result<LoadReceipt> writeLoad(const LoadWrite &write) override
    {
        ++writesTried;
        const auto before = m_sim.readCard();
        if (!plan.isEmpty()) {
            const Fault f = plan.takeFirst();
            if (f == Fault::Gone)
                return makeError("no_card", u"card left"_s);
            m_sim.interruptNextWrite(f == Fault::BeforeWrite ? SimulatedCardTerminal::Interruption::BeforeWrite
                                                             : SimulatedCardTerminal::Interruption::AfterWrite);
        }
        auto r = m_sim.writeLoad(write);
        readFailures += std::exchange(readFailuresAfterWrite, 0);
        m_sim.interruptNextWrite(SimulatedCardTerminal::Interruption::None);
        const auto after = m_sim.readCard();
        if (before && after && after->counter == before->counter + 1)
            written[write.ref] += 1;
        return r;
    }

private:
    SimulatedCardTerminal &m_sim;
};

QString errorOf(const Error &e)
{
    return e.code;
}

} // namespace

class TestEtcLedger : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ServerStorage> m_storage;
    std::unique_ptr<EtcLedger> m_ledger;
    std::unique_ptr<SimulatedCardTerminal> m_sim;
    std::unique_ptr<FlakyTerminal> m_terminal;
    std::unique_ptr<LedgerService> m_service;
    std::unique_ptr<CardLoadFlow> m_flow;
    QByteArray m_masterKey;
    QString m_account;
    const QString m_card = u"1001-0000-0001"_s;
    QString m_chipPath;

    QString chipPath(const QString &cardNo) const { return m_dir->filePath(cardNo + u".chip"_s); }

    bool addCard(const QString &accountId, const QString &cardNo)
    {
        auto issued = m_ledger->issueCard(accountId, cardNo, u"stored_value"_s, u"2025-01-01"_s, u"2035-12-31"_s);
        if (!issued) {
            qWarning() << issued.error().toString();
            return false;
        }
        auto made = SimulatedCardTerminal::personalise(chipPath(cardNo), m_masterKey,
                                                       {cardNo, u"stored_value"_s, u"2025-01-01"_s, u"2035-12-31"_s});
        if (!made)
            qWarning() << made.error().toString();
        return bool(made);
    }

    qint64 balance(const QString &accountId)
    {
        auto b = m_ledger->accountBalance(accountId);
        return b ? b.value() : -1;
    }
    CardChip chip()
    {
        auto c = m_sim->readCard();
        return c ? c.value() : CardChip{};
    }
    qint64 loadCount()
    {
        QSqlQuery q(m_storage->database());
        return q.exec(u"SELECT COUNT(*) FROM etc_loads"_s) && q.next() ? q.value(0).toLongLong() : -1;
    }
    bool requestKnown(const QString &requestId)
    {
        QSqlQuery q(m_storage->database());
        q.prepare(u"SELECT COUNT(*) FROM etc_loads WHERE request_id = ?"_s);
        q.addBindValue(requestId);
        return q.exec() && q.next() && q.value(0).toLongLong() == 1;
    }
    QString invariants()
    {
        auto r = m_ledger->checkInvariants();
        return r ? QString() : r.error().toString();
    }
    std::pair<qint64, qint64> serverChip(const QString &cardNo)
    {
        auto s = m_ledger->cardChipState(cardNo);
        return s ? s.value() : std::pair<qint64, qint64>{-1, -1};
    }
    /** A completed load of @p fen through the flow; fails the test otherwise. */
    bool loadOk(const QString &requestId, qint64 fen)
    {
        auto out = m_flow->load(requestId, fen, u"cash"_s);
        if (!out) {
            qWarning() << out.error().toString();
            return false;
        }
        return out->load.isCompleted() && !out->settledEarlier;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock = std::make_unique<ManualClock>();
        m_storage = std::make_unique<ServerStorage>(*m_clock);
        auto opened = m_storage->open(m_dir->filePath(u"server.db"_s));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        m_masterKey = LoadMac::newMasterKey();
        m_ledger = std::make_unique<EtcLedger>(*m_storage, *m_clock, m_masterKey);
        auto account = m_ledger->openAccount(u"A-0001"_s, u"cust-1"_s, u"outlet-1"_s, u"stored_value"_s);
        QVERIFY2(account, account ? "" : qPrintable(account.error().toString()));
        m_account = account.value();
        QVERIFY(addCard(m_account, m_card));
        m_chipPath = chipPath(m_card);
        m_sim = std::make_unique<SimulatedCardTerminal>(*m_clock);
        m_sim->present(m_chipPath);
        m_terminal = std::make_unique<FlakyTerminal>(*m_sim);
        m_service = std::make_unique<LedgerService>(*m_ledger);
        m_flow = std::make_unique<CardLoadFlow>(*m_terminal, *m_service);
    }

    void cleanup()
    {
        m_flow.reset();
        m_service.reset();
        m_terminal.reset();
        m_sim.reset();
        m_ledger.reset();
        m_storage.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void happyPath()
    {
        auto out = m_flow->load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY2(out, out ? "" : qPrintable(out.error().toString()));
        QVERIFY(out->load.isCompleted());
        QVERIFY(!out->settledEarlier);
        QCOMPARE(out->load.amountFen, 10'000);
        QCOMPARE(out->load.counterBefore, 0);
        QCOMPARE(out->load.counterAfter, 1);
        QCOMPARE(out->load.balanceAfterFen, 10'000);
        QCOMPARE(out->load.accountBalanceAfterFen, 10'000);
        QCOMPARE(out->chip.balanceFen, 10'000);
        QCOMPARE(balance(m_account), 10'000);
        QCOMPARE(chip().balanceFen, 10'000);
        QCOMPARE(chip().counter, 1);
        QCOMPARE(chip().log.size(), 1);
        QCOMPARE(chip().log.first().ref, out->load.id);
        QCOMPARE(serverChip(m_card), std::make_pair(qint64(10'000), qint64(1)));
        QCOMPARE(invariants(), QString());
        auto open = m_ledger->openLoad(m_card);
        QVERIFY(open);
        QVERIFY(!open->has_value());
        QCOMPARE(m_terminal->writesTried, 1);
    }

    /** Each rule of checkInvariants() catches the books it is about being changed behind its back. */
    void invariantsCatchTampering_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("says");
        QTest::newRow("account balance") << QStringList{u"UPDATE etc_accounts SET balance_fen = balance_fen + 1"_s}
                                         << u"its ledger sums to"_s;
        QTest::newRow("running balance") << QStringList{u"DROP TRIGGER etc_ledger_no_update"_s,
                                                        u"UPDATE etc_ledger SET amount_fen = 9000, balance_after_fen = 10000"_s,
                                                        u"UPDATE etc_accounts SET balance_fen = 9000"_s}
                                         << u"the entries before it sum to"_s;
        QTest::newRow("card balance") << QStringList{u"UPDATE etc_cards SET chip_balance_fen = chip_balance_fen + 1"_s}
                                      << u"its last completed load left it"_s;
        QTest::newRow("card counter") << QStringList{u"UPDATE etc_cards SET txn_counter = txn_counter + 1"_s}
                                      << u"its last completed load left it"_s;
        // Consistent account and running balance, but the load is on the ledger twice.
        QTest::newRow("load credited twice")
            << QStringList{u"INSERT INTO etc_ledger (id, account_id, card_id, kind, amount_fen, balance_after_fen, at, staff_id,"
                           " device_id, ref) SELECT 'extra', account_id, card_id, 'load', amount_fen, 20000, 0, '', '', id"
                           " FROM etc_loads"_s,
                           u"UPDATE etc_accounts SET balance_fen = 20000"_s}
            << u"is credited 2 times"_s;
    }

    void invariantsCatchTampering()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, says);
        auto out = m_flow->load(u"req-t"_s, 10'000, u"cash"_s);
        QVERIFY2(out, out ? "" : qPrintable(out.error().toString()));
        QCOMPARE(invariants(), QString());
        for (const QString &statement : sql) {
            QSqlQuery q(m_storage->database());
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        auto checked = m_ledger->checkInvariants();
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, u"ledger_mismatch"_s);
        QVERIFY2(checked.error().message.contains(says), qPrintable(checked.error().message));
    }

    /** Loads are asked for online only: one sent as a sync op is refused and moves no money. */
    void aLoadCannotBePushed()
    {
        SyncStore sync(*m_storage, *m_clock);
        protocol::SyncOp op;
        op.opId = u"op-load-1"_s;
        op.tx = op.opId;
        op.kind = u"etc.load"_s;
        op.entity = u"etc_load"_s;
        op.entityId = u"load-1"_s;
        op.fields = {{u"card_no"_s, m_card}, {u"amount_fen"_s, 10'000}};
        op.hlc = u"0000000000001-0000-admin"_s;
        op.createdAt = m_clock->nowMs();
        auto pushed = sync.push(SyncStore::adminDevice(), {op});
        sync.releaseStatements();
        QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().toString()));
        QCOMPARE(pushed->results.size(), 1);
        QCOMPARE(pushed->results.first().status, protocol::OpResult::Status::Rejected);
        QCOMPARE(pushed->results.first().code, QString::fromLatin1(protocol::errc::kUnknownOpKind));
        QVERIFY2(pushed->results.first().message.contains(u"online"_s), qPrintable(pushed->results.first().message));
        QCOMPARE(balance(m_account), 0);
        QCOMPARE(serverChip(m_card), std::make_pair(qint64(0), qint64(0)));
        QCOMPARE(invariants(), QString());
    }

    void sameRequestIdTwice()
    {
        auto first = m_flow->load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY(first && first->load.isCompleted());
        auto again = m_flow->load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
        QVERIFY(again->load.isCompleted());
        QCOMPARE(again->load.id, first->load.id);
        QCOMPARE(m_terminal->writesTried, 1);
        // Also directly, at the card's new counter.
        auto direct = m_ledger->authoriseLoad(kActor, {u"req-1"_s, m_card, 10'000, 1, u"cash"_s});
        QVERIFY(direct);
        QCOMPARE(direct->id, first->load.id);
        QVERIFY(direct->isCompleted());

        auto otherAmount = m_flow->load(u"req-1"_s, 20'000, u"cash"_s);
        QVERIFY(!otherAmount);
        QCOMPARE(errorOf(otherAmount.error()), u"request_mismatch"_s);
        QVERIFY(addCard(m_account, u"1001-0000-0002"_s));
        auto otherCard = m_ledger->authoriseLoad(kActor, {u"req-1"_s, u"1001-0000-0002"_s, 10'000, 0, u"cash"_s});
        QVERIFY(!otherCard);
        QCOMPARE(errorOf(otherCard.error()), u"request_mismatch"_s);

        QCOMPARE(loadCount(), 1);
        QCOMPARE(balance(m_account), 10'000);
        QCOMPARE(chip().balanceFen, 10'000);
        QCOMPARE(chip().counter, 1);
        QCOMPARE(serverChip(m_card), std::make_pair(qint64(10'000), qint64(1)));
        QCOMPARE(invariants(), QString());
    }

    void interruptedBeforeWrite_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("before-write") << int(FlakyTerminal::Fault::BeforeWrite);
        QTest::newRow("card-gone") << int(FlakyTerminal::Fault::Gone);
    }
    void interruptedBeforeWrite()
    {
        QFETCH(int, fault);
        for (int i = 0; i < CardLoadFlow::kWriteAttempts; ++i)
            m_terminal->plan.append(FlakyTerminal::Fault(fault));
        auto out = m_flow->load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY(!out);
        QCOMPARE(errorOf(out.error()), u"write_unfinished"_s);
        QCOMPARE(balance(m_account), 10'000);
        QCOMPARE(chip().balanceFen, 0);
        QCOMPARE(chip().counter, 0);
        auto open = m_ledger->openLoad(m_card);
        QVERIFY(open && open->has_value());
        QCOMPARE(open->value().state, u"authorised"_s);
        QCOMPARE(open->value().requestId, u"req-1"_s);
        QCOMPARE(serverChip(m_card), std::make_pair(qint64(0), qint64(0)));
        QCOMPARE(invariants(), QString());

        // The next load on the card settles the earlier one and takes no new money.
        m_terminal->plan.clear();
        auto next = m_flow->load(u"req-2"_s, 5'000, u"cash"_s);
        QVERIFY2(next, next ? "" : qPrintable(next.error().toString()));
        QVERIFY(next->settledEarlier);
        QVERIFY(next->load.isCompleted());
        QCOMPARE(next->load.requestId, u"req-1"_s);
        QCOMPARE(next->load.amountFen, 10'000);
        QCOMPARE(balance(m_account), 10'000);
        QCOMPARE(loadCount(), 1);
        QCOMPARE(chip().balanceFen, 10'000);
        QCOMPARE(chip().counter, 1);
        QCOMPARE(serverChip(m_card), std::make_pair(qint64(10'000), qint64(1)));
        QCOMPARE(invariants(), QString());

        // And now req-2 is a load of its own.
        QVERIFY(loadOk(u"req-2"_s, 5'000));
        QCOMPARE(balance(m_account), 15'000);
        QCOMPARE(chip().balanceFen, 15'000);
        QCOMPARE(chip().counter, 2);
        QCOMPARE(serverChip(m_card), std::make_pair(qint64(15'000), qint64(2)));
        QCOMPARE(invariants(), QString());
        for (auto it = m_terminal->written.cbegin(); it != m_terminal->written.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void interruptedAfterWrite()
    {
        m_terminal->plan = {FlakyTerminal::Fault::AfterWrite};
        auto out = m_flow->load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY2(out, out ? "" : qPrintable(out.error().toString()));
        QVERIFY(out->load.isCompleted());
        QVERIFY(!out->settledEarlier);
        QCOMPARE(m_terminal->writesTried, 1);
        QCOMPARE(m_terminal->written.value(out->load.id), 1);
        QCOMPARE(out->load.counterAfter, 1);
        QCOMPARE(out->load.balanceAfterFen, 10'000);
        QCOMPARE(balance(m_account), 10'000);
        QCOMPARE(chip().balanceFen, 10'000);
        QCOMPARE(chip().counter, 1);
        QCOMPARE(serverChip(m_card), std::make_pair(qint64(10'000), qint64(1)));
        QCOMPARE(invariants(), QString());
    }

    void interruptedAfterWriteCardGone()
    {
        // Written, then the card leaves before the terminal can read it back.
        m_terminal->plan = {FlakyTerminal::Fault::AfterWrite};
        m_terminal->readFailuresAfterWrite = 1;
        auto out = m_flow->load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY(!out);
        QCOMPARE(errorOf(out.error()), u"write_unfinished"_s);
        QCOMPARE(chip().balanceFen, 10'000);
        QCOMPARE(balance(m_account), 10'000);
        auto settled = m_flow->settle();
        QVERIFY2(settled, settled ? "" : qPrintable(settled.error().toString()));
        QVERIFY(settled->has_value());
        QVERIFY(settled->value().load.isCompleted());
        QCOMPARE(m_terminal->writesTried, 1);
        QCOMPARE(chip().balanceFen, 10'000);
        QCOMPARE(chip().counter, 1);
        QCOMPARE(serverChip(m_card), std::make_pair(qint64(10'000), qint64(1)));
        QCOMPARE(invariants(), QString());
    }

    void usedBetweenCreditAndWrite()
    {
        QVERIFY(loadOk(u"req-0"_s, 10'000));
        // The device dies after the credit: authorised, never written.
        auto authorised = m_ledger->authoriseLoad(kActor, {u"req-1"_s, m_card, 5'000, 1, u"qr"_s});
        QVERIFY2(authorised, authorised ? "" : qPrintable(authorised.error().toString()));
        QCOMPARE(authorised->state, u"authorised"_s);
        QCOMPARE(balance(m_account), 15'000);
        const LoadWrite oldWrite = authorised->write();
        // A lane takes a toll meanwhile.
        auto toll = m_sim->purchase(700, u"lane-7"_s);
        QVERIFY(toll);
        QCOMPARE(chip().counter, 2);

        auto settled = m_flow->settle();
        QVERIFY2(settled, settled ? "" : qPrintable(settled.error().toString()));
        QVERIFY(settled->has_value());
        const CardLoad done = settled->value().load;
        QVERIFY(done.isCompleted());
        QCOMPARE(done.id, authorised->id);
        QCOMPARE(done.counterBefore, 2);
        QVERIFY(done.mac != oldWrite.mac);
        QCOMPARE(done.counterAfter, 3);
        QCOMPARE(m_terminal->writesTried, 2);
        QCOMPARE(balance(m_account), 15'000);
        QCOMPARE(chip().balanceFen, 10'000 - 700 + 5'000);
        QCOMPARE(chip().counter, 3);

        // The first MAC can never be written now, nor the second one again.
        auto old = m_sim->writeLoad(oldWrite);
        QVERIFY(!old);
        QCOMPARE(errorOf(old.error()), u"counter_mismatch"_s);
        auto again = m_sim->writeLoad(done.write());
        QVERIFY(!again);
        QCOMPARE(errorOf(again.error()), u"counter_mismatch"_s);
        // A stale MAC at the right counter is refused too.
        LoadWrite forged = oldWrite;
        forged.counterBefore = 3;
        auto bad = m_sim->writeLoad(forged);
        QVERIFY(!bad);
        QCOMPARE(errorOf(bad.error()), u"bad_mac"_s);

        QCOMPARE(chip().balanceFen, 14'300);
        QCOMPARE(chip().counter, 3);
        QCOMPARE(serverChip(m_card), std::make_pair(qint64(14'300), qint64(3)));
        QCOMPARE(invariants(), QString());
    }

    void refusals()
    {
        QVERIFY(loadOk(u"req-0"_s, 10'000));
        const qint64 loads = loadCount();
        auto unchanged = [&]() {
            QCOMPARE(loadCount(), loads);
            QCOMPARE(balance(m_account), 10'000);
            QCOMPARE(chip().balanceFen, 10'000);
            QCOMPARE(chip().counter, 1);
            QCOMPARE(serverChip(m_card), std::make_pair(qint64(10'000), qint64(1)));
            QCOMPARE(invariants(), QString());
        };
        for (qint64 fen : {qint64(0), qint64(-100), EtcLedger::kMaxLoadFen + 1}) {
            auto r = m_flow->load(u"bad-amount-%1"_s.arg(fen), fen, u"cash"_s);
            QVERIFY(!r);
            QCOMPARE(errorOf(r.error()), u"invalid_amount"_s);
            unchanged();
        }
        {
            auto r = m_ledger->authoriseLoad(kActor, {u"bad-pay"_s, m_card, 100, 1, u"gold"_s});
            QVERIFY(!r);
            QCOMPARE(errorOf(r.error()), u"invalid_request"_s);
            unchanged();
        }
        QVERIFY(m_ledger->setCardStatus(m_card, u"lost"_s));
        {
            auto r = m_flow->load(u"lost"_s, 100, u"cash"_s);
            QVERIFY(!r);
            QCOMPARE(errorOf(r.error()), u"card_not_loadable"_s);
            unchanged();
        }
        QVERIFY(m_ledger->setCardStatus(m_card, u"normal"_s));

        const qint64 start = m_clock->nowMs();
        m_clock->setMs(QDateTime(QDate(2036, 1, 1), QTime(0, 0, 1), Qt::UTC).toMSecsSinceEpoch());
        {
            auto r = m_flow->load(u"expired"_s, 100, u"cash"_s);
            QVERIFY(!r);
            QCOMPARE(errorOf(r.error()), u"card_not_loadable"_s);
            unchanged();
        }
        m_clock->setMs(QDateTime(QDate(2035, 12, 31), QTime(23, 59, 0), Qt::UTC).toMSecsSinceEpoch());
        {
            // The last valid day still loads; undo nothing, just count it.
            auto r = m_ledger->authoriseLoad(kActor, {u"last-day"_s, m_card, 100, 1, u"cash"_s});
            QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
            QVERIFY(m_flow->settle());
            QCOMPARE(balance(m_account), 10'100);
            QCOMPARE(chip().balanceFen, 10'100);
        }
        m_clock->setMs(start);

        // Unknown card: a chip made with the key, never issued.
        const QString stranger = u"9999-0000-0001"_s;
        QVERIFY(SimulatedCardTerminal::personalise(chipPath(stranger), m_masterKey,
                                                   {stranger, u"stored_value"_s, u"2025-01-01"_s, u"2035-12-31"_s}));
        m_sim->present(chipPath(stranger));
        {
            auto r = m_flow->load(u"stranger"_s, 100, u"cash"_s);
            QVERIFY(!r);
            QCOMPARE(errorOf(r.error()), u"not_found"_s);
        }
        m_sim->present(m_chipPath);
        QCOMPARE(loadCount(), loads + 1);
        QCOMPARE(invariants(), QString());
    }

    void forgedTacAndPending()
    {
        QVERIFY(loadOk(u"req-0"_s, 10'000));
        auto authorised = m_ledger->authoriseLoad(kActor, {u"req-1"_s, m_card, 5'000, 1, u"cash"_s});
        QVERIFY(authorised);
        QCOMPARE(balance(m_account), 15'000);

        const QString forged = QString(64, u'0');
        auto bad = m_ledger->confirmLoad(kActor, authorised->id, {2, 15'000, forged});
        QVERIFY(!bad);
        QCOMPARE(errorOf(bad.error()), u"bad_tac"_s);
        // A real TAC for another balance or counter is no better.
        const QByteArray key = LoadMac::cardKey(m_masterKey, m_card);
        auto wrongBalance = m_ledger->confirmLoad(kActor, authorised->id,
                                                  {2, 99'000, LoadMac::tac(key, m_card, 5'000, 2, 15'000)});
        QVERIFY(!wrongBalance);
        QCOMPARE(errorOf(wrongBalance.error()), u"bad_tac"_s);
        auto wrongCounter = m_ledger->confirmLoad(kActor, authorised->id,
                                                  {3, 15'000, LoadMac::tac(key, m_card, 5'000, 3, 15'000)});
        QVERIFY(!wrongCounter);
        QCOMPARE(errorOf(wrongCounter.error()), u"bad_tac"_s);
        auto unknown = m_ledger->confirmLoad(kActor, u"no-such-load"_s, {2, 15'000, forged});
        QVERIFY(!unknown);
        QCOMPARE(errorOf(unknown.error()), u"not_found"_s);
        auto still = m_ledger->load(authorised->id);
        QVERIFY(still);
        QCOMPARE(still->state, u"authorised"_s);

        auto pending = m_ledger->authoriseLoad(kActor, {u"req-2"_s, m_card, 1'000, 1, u"cash"_s});
        QVERIFY(!pending);
        QCOMPARE(errorOf(pending.error()), u"load_pending"_s);
        QCOMPARE(loadCount(), 2);
        QCOMPARE(balance(m_account), 15'000);
        QCOMPARE(chip().balanceFen, 10'000);
        QCOMPARE(chip().counter, 1);
        QCOMPARE(serverChip(m_card), std::make_pair(qint64(10'000), qint64(1)));
        QCOMPARE(invariants(), QString());

        // Resolving with another card is refused.
        CardChip other = chip();
        other.cardNo = u"1001-0000-0999"_s;
        other.counter = 5;
        auto changed = m_ledger->resolveLoad(kActor, authorised->id, other);
        QVERIFY(!changed);
        QCOMPARE(errorOf(changed.error()), u"card_changed"_s);

        // The genuine write then confirms, and confirming again answers the same.
        auto settled = m_flow->settle();
        QVERIFY(settled && settled->has_value());
        QVERIFY(settled->value().load.isCompleted());
        const LoadReceipt receipt{2, 15'000, chip().log.last().tac};
        auto twice = m_ledger->confirmLoad(kActor, authorised->id, receipt);
        QVERIFY(twice && twice->isCompleted());
        auto forgedAfter = m_ledger->confirmLoad(kActor, authorised->id, {2, 15'000, forged});
        QVERIFY(forgedAfter && forgedAfter->isCompleted()); // documented: a completed load answers as it is
        QCOMPARE(balance(m_account), 15'000);
        QCOMPARE(chip().balanceFen, 15'000);
        QCOMPARE(serverChip(m_card), std::make_pair(qint64(15'000), qint64(2)));
        QCOMPARE(invariants(), QString());
    }

    void needsReview()
    {
        QVERIFY(loadOk(u"req-0"_s, 10'000));
        auto authorised = m_ledger->authoriseLoad(kActor, {u"req-1"_s, m_card, 5'000, 1, u"cash"_s});
        QVERIFY(authorised);
        for (int i = 0; i < SimulatedCardTerminal::kLogSize + 1; ++i)
            QVERIFY(m_sim->purchase(10, u"lane-%1"_s.arg(i)));
        QCOMPARE(chip().counter, 12);
        auto resolved = m_ledger->resolveLoad(kActor, authorised->id, chip());
        QVERIFY(!resolved);
        QCOMPARE(errorOf(resolved.error()), u"needs_review"_s);
        auto settled = m_flow->settle();
        QVERIFY(!settled);
        QCOMPARE(errorOf(settled.error()), u"needs_review"_s);
        auto next = m_flow->load(u"req-2"_s, 1'000, u"cash"_s);
        QVERIFY(!next);
        QCOMPARE(errorOf(next.error()), u"needs_review"_s);
        QCOMPARE(m_terminal->writesTried, 1);
        QCOMPARE(loadCount(), 2);
        QCOMPARE(balance(m_account), 15'000);
        auto still = m_ledger->load(authorised->id);
        QVERIFY(still);
        QCOMPARE(still->state, u"authorised"_s);
        QCOMPARE(chip().balanceFen, 10'000 - 110);
        QCOMPARE(serverChip(m_card), std::make_pair(qint64(10'000), qint64(1)));
        QCOMPARE(invariants(), QString());
    }

    void clockStepsBack()
    {
        // The server clock is corrected backwards between two loads (NTP step): the books are right.
        QVERIFY(loadOk(u"req-0"_s, 10'000));
        m_clock->advanceMs(-3'600'000);
        QVERIFY(loadOk(u"req-1"_s, 5'000));
        QCOMPARE(balance(m_account), 15'000);
        QCOMPARE(chip().balanceFen, 15'000);
        QCOMPARE(invariants(), QString());
    }

    void resolveOtherCardSameCounter()
    {
        auto authorised = m_ledger->authoriseLoad(kActor, {u"req-1"_s, m_card, 5'000, 0, u"cash"_s});
        QVERIFY(authorised);
        CardChip other = chip();
        other.cardNo = u"1001-0000-0999"_s; // another card, also at counter 0
        auto r = m_ledger->resolveLoad(kActor, authorised->id, other);
        QVERIFY(!r);
        QCOMPARE(errorOf(r.error()), u"card_changed"_s);
    }

    void randomRun()
    {
        const quint32 seed = qEnvironmentVariableIsSet("FD_SEED") ? quint32(qEnvironmentVariableIntValue("FD_SEED"))
                                                                    : QRandomGenerator::system()->generate();
        qInfo("tst_etcledger randomRun seed %u (rerun with FD_SEED=%u)", seed, seed);
        QRandomGenerator rng(seed);

        auto account2 = m_ledger->openAccount(u"A-0002"_s, u"cust-2"_s, u"outlet-1"_s, u"debit"_s);
        QVERIFY(account2);
        const QStringList cards = {m_card, u"1001-0000-0002"_s, u"1002-0000-0001"_s};
        QVERIFY(addCard(m_account, cards[1]));
        QVERIFY(addCard(account2.value(), cards[2]));
        const QHash<QString, QString> accountOf = {{cards[0], m_account}, {cards[1], m_account}, {cards[2], account2.value()}};

        QHash<QString, qint64> purchased;
        QList<std::pair<QString, std::pair<QString, qint64>>> requests; // id → card, amount
        int nextRequest = 0;
        int counts[8] = {};

        for (int step = 0; step < 300; ++step) {
            const QString card = cards[rng.bounded(cards.size())];
            m_sim->present(chipPath(card));
            m_terminal->plan.clear();
            m_terminal->readFailures = 0;
            m_terminal->readFailuresAfterWrite = 0;
            const int action = rng.bounded(100);
            const QByteArray where = QByteArray("seed ") + QByteArray::number(seed) + " step " + QByteArray::number(step);
            if (action < 45) {
                // A load, with a random fault plan.
                const qint64 fen = 1 + rng.bounded(200'000);
                const int faults = rng.bounded(5); // 0..4 write faults; 3+ leaves it unfinished
                for (int i = 0; i < faults; ++i)
                    m_terminal->plan.append(FlakyTerminal::Fault(rng.bounded(3)));
                if (rng.bounded(6) == 0)
                    m_terminal->readFailuresAfterWrite = 1 + rng.bounded(2);
                const QString id = u"r-%1"_s.arg(nextRequest++);
                auto r = m_flow->load(id, fen, u"cash"_s);
                ++counts[0];
                if (requestKnown(id))
                    requests.append({id, {card, fen}});
                else
                    QVERIFY2(!r || r->settledEarlier, qPrintable(where));
                if (!r) {
                    const QString code = r.error().code;
                    QVERIFY2(code == "write_unfinished"_L1 || code == "no_card"_L1, qPrintable(where + " " + r.error().toString()));
                    ++counts[1];
                }
            } else if (action < 60 && !requests.isEmpty()) {
                // A repeated request, sometimes presented on another card.
                const auto &[id, what] = requests.at(rng.bounded(requests.size()));
                const qint64 before = loadCount();
                const qint64 acc = balance(accountOf.value(card));
                auto r = m_flow->load(id, what.second, u"cash"_s);
                ++counts[2];
                QCOMPARE(loadCount(), before);
                if (r && !r->settledEarlier) {
                    QCOMPARE(r->load.requestId, id);
                    QCOMPARE(r->load.cardNo, card);
                }
                if (!r) {
                    const QString code = r.error().code;
                    QVERIFY2(code == "write_unfinished"_L1 || code == "request_mismatch"_L1 || code == "no_card"_L1
                                 || code == "counter_mismatch"_L1,
                             qPrintable(where + " " + r.error().toString()));
                    if (code == "request_mismatch"_L1)
                        QVERIFY2(what.first != card, qPrintable(where));
                }
                QCOMPARE(balance(accountOf.value(card)), acc);
            } else if (action < 85) {
                // A toll, unless the card's open load would fall off the chip's log.
                const CardChip now = chip();
                auto open = m_ledger->openLoad(card);
                QVERIFY(open);
                if (open->has_value() && now.counter - open->value().counterBefore >= SimulatedCardTerminal::kLogSize - 2)
                    continue;
                if (now.balanceFen <= 0)
                    continue;
                const qint64 fen = 1 + rng.bounded(now.balanceFen);
                auto t = m_sim->purchase(fen, u"lane"_s);
                QVERIFY2(t, qPrintable(where));
                purchased[card] += fen;
                ++counts[3];
            } else {
                if (rng.bounded(4) == 0)
                    m_terminal->plan.append(FlakyTerminal::Fault(rng.bounded(3)));
                auto r = m_flow->settle();
                ++counts[4];
                if (!r)
                    QVERIFY2(r.error().code == "write_unfinished"_L1, qPrintable(where + " " + r.error().toString()));
            }
            QVERIFY2(m_ledger->checkInvariants(), qPrintable(where + " " + invariants()));
            for (auto it = m_terminal->written.cbegin(); it != m_terminal->written.cend(); ++it)
                QVERIFY2(it.value() == 1, qPrintable(where + " load written twice: " + it.key().toUtf8()));
        }

        // Present every card once more, faultless, to settle what is open.
        m_terminal->plan.clear();
        m_terminal->readFailures = 0;
        m_terminal->readFailuresAfterWrite = 0;
        for (const QString &card : cards) {
            m_sim->present(chipPath(card));
            auto r = m_flow->settle();
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            auto open = m_ledger->openLoad(card);
            QVERIFY(open && !open->has_value());
        }

        QHash<QString, qint64> completedFen, allFenByAccount;
        QHash<QString, qint64> lastCounter;
        QSqlQuery q(m_storage->database());
        QVERIFY(q.exec(u"SELECT l.id, c.card_no, l.account_id, l.amount_fen, l.state FROM etc_loads l"
                       " JOIN etc_cards c ON c.id = l.card_id"_s));
        int loads = 0;
        while (q.next()) {
            ++loads;
            const QString id = q.value(0).toString();
            const QString card = q.value(1).toString();
            QCOMPARE(q.value(2).toString(), accountOf.value(card));
            allFenByAccount[q.value(2).toString()] += q.value(3).toLongLong();
            QCOMPARE(q.value(4).toString(), u"completed"_s);
            completedFen[card] += q.value(3).toLongLong();
            QVERIFY2(m_terminal->written.value(id) == 1, qPrintable(u"load %1 reached the chip %2 times"_s.arg(id).arg(m_terminal->written.value(id))));
        }
        QCOMPARE(m_terminal->written.size(), loads);
        for (const QString &card : cards) {
            m_sim->present(chipPath(card));
            QCOMPARE(chip().balanceFen, completedFen.value(card) - purchased.value(card));
        }
        QCOMPARE(balance(m_account), allFenByAccount.value(m_account));
        QCOMPARE(balance(account2.value()), allFenByAccount.value(account2.value()));
        QCOMPARE(invariants(), QString());
        qInfo("loads %d (failed %d), repeats %d, tolls %d, settles %d, loads on books %d", counts[0], counts[1], counts[2],
              counts[3], counts[4], loads);
    }
};

QTEST_GUILESS_MAIN(TestEtcLedger)
#include "tst_etcledger.moc"
