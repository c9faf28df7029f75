// Card loads (圈存) on the device side: the simulated chip terminal (personalisation, MAC-checked
// writes, interrupted writes, purchases, the chip's log) and CardLoadFlow against a small
// in-memory authority, down to a seeded random run checked after every step.

#include "cardload.h"
#include "cardterminal.h"
#include "clock.h"
#include "loadmac.h"
#include "simulatedcard.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

using Interruption = SimulatedCardTerminal::Interruption;

const QString kCardNo = u"1001-0000-0001"_s;
const QString kOtherCardNo = u"1001-0000-0002"_s;
constexpr qint64 kLimit = SimulatedCardTerminal::kChipBalanceLimitFen;

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString describe(const Error &e)
{
    return e.toString();
}

/** Field by field, so a failure names what differs. Empty when equal. */
QString chipDifference(const CardChip &a, const CardChip &b)
{
    if (a.cardNo != b.cardNo || a.cardType != b.cardType || a.validFrom != b.validFrom || a.validTo != b.validTo)
        return u"identity differs"_s;
    if (a.balanceFen != b.balanceFen || a.counter != b.counter || a.balanceLimitFen != b.balanceLimitFen)
        return u"balance/counter differ: %1/%2 vs %3/%4"_s.arg(a.balanceFen).arg(a.counter).arg(b.balanceFen).arg(b.counter);
    if (a.log.size() != b.log.size())
        return u"log sizes differ: %1 vs %2"_s.arg(a.log.size()).arg(b.log.size());
    for (qsizetype i = 0; i < a.log.size(); ++i) {
        const ChipTransaction &x = a.log.at(i);
        const ChipTransaction &y = b.log.at(i);
        if (x.counterAfter != y.counterAfter || x.kind != y.kind || x.amountFen != y.amountFen
            || x.balanceAfterFen != y.balanceAfterFen || x.tac != y.tac || x.ref != y.ref || x.at != y.at)
            return u"log entry %1 differs"_s.arg(i);
    }
    return {};
}

/**
 * Forwards to the simulator and counts, per load ref, the writes that reached the chip.
 * interruptEveryWrite stands for a reader that loses the card on every write.
 */
class CountingTerminal final : public CardTerminal
{
public:
    explicit CountingTerminal(SimulatedCardTerminal &sim) : m_sim(sim) {}

    Interruption interruptEveryWrite = Interruption::None;
    int writesTried = 0;
    QMap<QString, int> written;

    Result<CardChip> readCard() override { return m_sim.readCard(); }
    Result<LoadReceipt> writeLoad(const LoadWrite &write) override
    {
        ++writesTried;
        if (interruptEveryWrite != Interruption::None)
            m_sim.interruptNextWrite(interruptEveryWrite);
        const auto before = m_sim.readCard();
        auto receipt = m_sim.writeLoad(write);
        const auto after = m_sim.readCard();
        if (before && after && after->counter == before->counter + 1)
            written[write.ref] += 1;
        return receipt;
    }

private:
    SimulatedCardTerminal &m_sim;
};

/**
 * The authority in memory: holds the issuer's master key, credits the account when it
 * authorises a load, keeps at most one open load per card, answers a repeated request id with
 * the load it made for it, checks the card's TAC on confirm and settles from the chip's log.
 */
class FakeLoadService final : public CardLoadService
{
public:
    explicit FakeLoadService(QByteArray masterKey) : m_masterKey(std::move(masterKey)) {}

    std::optional<Error> refusal; ///< answered to every authorise()
    std::function<void()> afterAuthorise; ///< runs once, after the next load is authorised
    int authoriseCalls = 0;
    int credits = 0; ///< times an account was credited
    qint64 creditedFen = 0;
    int reauthorisations = 0;
    QMap<QString, int> completions; ///< load id → times it went from authorised to completed
    QMap<QString, CardLoad> loads;
    QString lastId; ///< the load made last

    Result<CardLoad> authorise(const QString &requestId, const QString &cardNo, qint64 amountFen, qint64 chipCounter,
                               const QString &payment) override
    {
        ++authoriseCalls;
        if (refusal)
            return *refusal;
        if (amountFen <= 0 || requestId.isEmpty() || payment.isEmpty() || chipCounter < 0)
            return makeError("invalid_amount", u"bad request"_s);
        if (const auto it = m_byRequest.constFind(requestId); it != m_byRequest.cend()) {
            const CardLoad earlier = loads.value(*it);
            if (earlier.cardNo != cardNo || earlier.amountFen != amountFen)
                return makeError("request_mismatch", u"request id used for another load"_s);
            return earlier;
        }
        if (const auto open = openLoadOf(cardNo))
            return makeError("load_pending", u"load %1 is still open"_s.arg(open->id));
        CardLoad load;
        load.id = u"load-%1"_s.arg(++m_lastId);
        load.requestId = requestId;
        load.cardNo = cardNo;
        load.accountId = u"acct-1"_s;
        load.amountFen = amountFen;
        load.counterBefore = chipCounter;
        load.mac = LoadMac::loadMac(key(cardNo), cardNo, amountFen, chipCounter);
        load.state = u"authorised"_s;
        ++credits;
        creditedFen += amountFen;
        load.accountBalanceAfterFen = creditedFen;
        loads.insert(load.id, load);
        lastId = load.id;
        m_byRequest.insert(requestId, load.id);
        if (auto hook = std::exchange(afterAuthorise, nullptr))
            hook();
        return load;
    }

    Result<CardLoad> confirm(const QString &loadId, const LoadReceipt &receipt) override
    {
        auto it = loads.find(loadId);
        if (it == loads.end())
            return makeError("not_found", loadId);
        if (!it->isCompleted()) {
            const bool good = receipt.counterAfter == it->counterBefore + 1
                              && LoadMac::equal(receipt.tac, LoadMac::tac(key(it->cardNo), it->cardNo, it->amountFen,
                                                                          receipt.counterAfter, receipt.balanceAfterFen));
            if (!good)
                return makeError("bad_tac", loadId);
            complete(*it, receipt.counterAfter, receipt.balanceAfterFen);
        }
        return *it;
    }

    Result<CardLoad> resolve(const QString &loadId, const CardChip &chip) override
    {
        auto it = loads.find(loadId);
        if (it == loads.end())
            return makeError("not_found", loadId);
        if (it->isCompleted())
            return *it;
        if (chip.cardNo != it->cardNo)
            return makeError("card_changed", loadId);
        for (const ChipTransaction &t : chip.log) {
            if (t.kind == "load"_L1 && t.ref == loadId && t.amountFen == it->amountFen
                && LoadMac::equal(t.tac, LoadMac::tac(key(it->cardNo), it->cardNo, it->amountFen, t.counterAfter,
                                                      t.balanceAfterFen))) {
                complete(*it, t.counterAfter, t.balanceAfterFen);
                return *it;
            }
        }
        if (chip.counter == it->counterBefore)
            return *it;
        if (chip.counter < it->counterBefore)
            return makeError("needs_review", loadId);
        // The card was used for something else: the same load (money already credited) at the
        // card's counter.
        it->counterBefore = chip.counter;
        it->mac = LoadMac::loadMac(key(it->cardNo), it->cardNo, it->amountFen, chip.counter);
        ++reauthorisations;
        return *it;
    }

    Result<std::optional<CardLoad>> openLoad(const QString &cardNo) override { return openLoadOf(cardNo); }

    [[nodiscard]] std::optional<CardLoad> openLoadOf(const QString &cardNo) const
    {
        for (const CardLoad &l : loads) {
            if (l.cardNo == cardNo && !l.isCompleted())
                return l;
        }
        return std::nullopt;
    }
    [[nodiscard]] int openCount() const
    {
        int n = 0;
        for (const CardLoad &l : loads)
            n += l.isCompleted() ? 0 : 1;
        return n;
    }
    [[nodiscard]] qint64 completedFen() const
    {
        qint64 sum = 0;
        for (const CardLoad &l : loads)
            sum += l.isCompleted() ? l.amountFen : 0;
        return sum;
    }

private:
    QByteArray key(const QString &cardNo) const { return LoadMac::cardKey(m_masterKey, cardNo); }
    void complete(CardLoad &load, qint64 counterAfter, qint64 balanceAfterFen)
    {
        load.state = u"completed"_s;
        load.counterAfter = counterAfter;
        load.balanceAfterFen = balanceAfterFen;
        completions[load.id] += 1;
    }

    QByteArray m_masterKey;
    QHash<QString, QString> m_byRequest;
    int m_lastId = 0;
};

/** One counter: the reader with the card on it, the authority and the flow between them. */
struct Counter
{
    Counter(const Clock &clock, const QByteArray &masterKey, const QString &chipPath)
        : sim(clock), terminal(sim), service(masterKey), flow(terminal, service)
    {
        sim.present(chipPath);
    }
    SimulatedCardTerminal sim;
    CountingTerminal terminal;
    FakeLoadService service;
    CardLoadFlow flow;
};

} // namespace

class TestCardLoad : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Counter> m_counter;
    QByteArray m_masterKey;
    QString m_path;

    QString chipPath(const QString &name) const { return m_dir->filePath(name + u".chip"_s); }

    [[nodiscard]] LoadWrite write(qint64 amountFen, qint64 counterBefore, const QString &ref,
                                  const QString &cardNo = kCardNo) const
    {
        return {cardNo, amountFen, counterBefore,
                LoadMac::loadMac(LoadMac::cardKey(m_masterKey, cardNo), cardNo, amountFen, counterBefore), ref};
    }

    /** The card as a fresh reader sees it (the flow's reader may have had the card pulled). */
    [[nodiscard]] Result<CardChip> chipOnDisk() const
    {
        SimulatedCardTerminal reader(*m_clock);
        reader.present(m_path);
        return reader.readCard();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock = std::make_unique<ManualClock>();
        m_masterKey = LoadMac::newMasterKey();
        QCOMPARE(m_masterKey.size(), 32);
        m_path = chipPath(kCardNo);
        auto made = SimulatedCardTerminal::personalise(
            m_path, m_masterKey, {kCardNo, u"stored_value"_s, u"2025-01-01"_s, u"2035-12-31"_s});
        QVERIFY2(made, made ? "" : qPrintable(describe(made.error())));
        m_counter = std::make_unique<Counter>(*m_clock, m_masterKey, m_path);
    }

    void cleanup()
    {
        m_counter.reset();
        m_clock.reset();
        m_dir.reset();
    }

    // --- SimulatedCardTerminal ---------------------------------------------------------------

    void personaliseWritesEmptyCard()
    {
        QVERIFY(QFile::exists(m_path));
        const QByteArray before = fileBytes(m_path);
        QVERIFY(!before.isEmpty());

        auto again = SimulatedCardTerminal::personalise(m_path, m_masterKey, {kCardNo, u"debit"_s, {}, {}});
        QVERIFY(!again);
        QCOMPARE(again.error().code, u"card_exists"_s);
        QCOMPARE(fileBytes(m_path), before);

        const QString shortKeyPath = chipPath(u"short-key"_s);
        auto shortKey = SimulatedCardTerminal::personalise(shortKeyPath, QByteArray(8, 'k'), {kOtherCardNo, {}, {}, {}});
        QVERIFY(!shortKey);
        QCOMPARE(shortKey.error().code, u"invalid_card"_s);
        QVERIFY(!QFile::exists(shortKeyPath));

        auto chip = m_counter->sim.readCard();
        QVERIFY2(chip, chip ? "" : qPrintable(describe(chip.error())));
        QCOMPARE(chip->cardNo, kCardNo);
        QCOMPARE(chip->cardType, u"stored_value"_s);
        QCOMPARE(chip->validFrom, u"2025-01-01"_s);
        QCOMPARE(chip->validTo, u"2035-12-31"_s);
        QCOMPARE(chip->balanceFen, 0);
        QCOMPARE(chip->counter, 0);
        QCOMPARE(chip->balanceLimitFen, kLimit);
        QVERIFY(chip->log.isEmpty());
        // The card key is on the chip, never the master key.
        QVERIFY(!before.contains(m_masterKey.toHex()));
        QVERIFY(before.contains(LoadMac::cardKey(m_masterKey, kCardNo).toHex()));
    }

    void noCardAndUnreadableCard()
    {
        SimulatedCardTerminal reader(*m_clock);
        QCOMPARE(reader.presentedPath(), QString());
        auto nothing = reader.readCard();
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code, u"no_card"_s);
        auto noWrite = reader.writeLoad(write(100, 0, u"load-x"_s));
        QVERIFY(!noWrite);
        QCOMPARE(noWrite.error().code, u"no_card"_s);
        auto noPurchase = reader.purchase(100, u"toll"_s);
        QVERIFY(!noPurchase);
        QCOMPARE(noPurchase.error().code, u"no_card"_s);

        reader.present(chipPath(u"never-made"_s));
        auto missing = reader.readCard();
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, u"no_card"_s);

        // Presented, then taken away again.
        reader.present(m_path);
        QVERIFY(reader.readCard());
        reader.remove();
        QCOMPARE(reader.presentedPath(), QString());
        auto removed = reader.writeLoad(write(100, 0, u"load-x"_s));
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, u"no_card"_s);
        QCOMPARE(chipOnDisk()->counter, 0);

        const QString garbage = chipPath(u"garbage"_s);
        const QByteArray junk = QByteArray::fromHex("00ff13") + "not a chip" + QByteArray::fromHex("7f");
        QVERIFY(writeFile(garbage, junk));
        reader.present(garbage);
        auto unreadable = reader.readCard();
        QVERIFY(!unreadable);
        QCOMPARE(unreadable.error().code, u"card_unreadable"_s);
        auto unreadableWrite = reader.writeLoad(write(100, 0, u"load-x"_s));
        QVERIFY(!unreadableWrite);
        QCOMPARE(unreadableWrite.error().code, u"card_unreadable"_s);
        QCOMPARE(fileBytes(garbage), junk);

        const QString otherFormat = chipPath(u"other-format"_s);
        QVERIFY(writeFile(otherFormat, R"({"format": 2, "card_no": "1001-0000-0009"})"));
        reader.present(otherFormat);
        auto wrongFormat = reader.readCard();
        QVERIFY(!wrongFormat);
        QCOMPARE(wrongFormat.error().code, u"card_unreadable"_s);
    }

    void goodWriteRaisesBalanceAndPersists()
    {
        SimulatedCardTerminal &sim = m_counter->sim;
        const QByteArray key = LoadMac::cardKey(m_masterKey, kCardNo);
        m_clock->setMs(1'767'300'000'000);

        auto first = sim.writeLoad(write(5'000, 0, u"load-A"_s));
        QVERIFY2(first, first ? "" : qPrintable(describe(first.error())));
        QCOMPARE(first->counterAfter, 1);
        QCOMPARE(first->balanceAfterFen, 5'000);
        QCOMPARE(first->tac, LoadMac::tac(key, kCardNo, 5'000, 1, 5'000));
        QCOMPARE(first->tac.size(), 64);

        m_clock->advanceMs(60'000);
        auto second = sim.writeLoad(write(2'500, 1, u"load-B"_s));
        QVERIFY2(second, second ? "" : qPrintable(describe(second.error())));
        QCOMPARE(second->counterAfter, 2);
        QCOMPARE(second->balanceAfterFen, 7'500);
        QCOMPARE(second->tac, LoadMac::tac(key, kCardNo, 2'500, 2, 7'500));
        QVERIFY(second->tac != first->tac);

        auto chip = sim.readCard();
        QVERIFY(chip);
        QCOMPARE(chip->balanceFen, 7'500);
        QCOMPARE(chip->counter, 2);
        QCOMPARE(chip->log.size(), 2);
        const ChipTransaction &a = chip->log.at(0);
        QCOMPARE(a.kind, u"load"_s);
        QCOMPARE(a.ref, u"load-A"_s);
        QCOMPARE(a.counterAfter, 1);
        QCOMPARE(a.amountFen, 5'000);
        QCOMPARE(a.balanceAfterFen, 5'000);
        QCOMPARE(a.tac, first->tac);
        QCOMPARE(a.at, 1'767'300'000'000);
        const ChipTransaction &b = chip->log.at(1);
        QCOMPARE(b.ref, u"load-B"_s);
        QCOMPARE(b.counterAfter, 2);
        QCOMPARE(b.tac, second->tac);
        QCOMPARE(b.at, 1'767'300'060'000);

        // Another reader, the same card: the write is on the chip, not in the terminal.
        SimulatedCardTerminal otherReader(*m_clock);
        otherReader.present(m_path);
        auto reread = otherReader.readCard();
        QVERIFY(reread);
        QCOMPARE(chipDifference(reread.value(), chip.value()), QString());
    }

    void refusedWriteLeavesCardUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("other card") << u"other_card"_s << u"card_changed"_s;
        QTest::newRow("counter behind") << u"counter_behind"_s << u"counter_mismatch"_s;
        QTest::newRow("counter ahead") << u"counter_ahead"_s << u"counter_mismatch"_s;
        QTest::newRow("other master key") << u"other_master_key"_s << u"bad_mac"_s;
        QTest::newRow("other amount") << u"other_amount"_s << u"bad_mac"_s;
        QTest::newRow("garbled mac") << u"garbled_mac"_s << u"bad_mac"_s;
        QTest::newRow("over the chip limit") << u"over_limit"_s << u"balance_limit"_s;
    }
    void refusedWriteLeavesCardUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        SimulatedCardTerminal &sim = m_counter->sim;
        auto loaded = sim.writeLoad(write(1'000, 0, u"load-A"_s));
        QVERIFY(loaded);

        LoadWrite w = write(500, 1, u"load-B"_s);
        if (kind == "other_card"_L1) {
            w = write(500, 1, u"load-B"_s, kOtherCardNo);
        } else if (kind == "counter_behind"_L1) {
            w = write(500, 0, u"load-B"_s);
        } else if (kind == "counter_ahead"_L1) {
            w = write(500, 2, u"load-B"_s);
        } else if (kind == "other_master_key"_L1) {
            const QByteArray otherMaster = LoadMac::newMasterKey();
            w.mac = LoadMac::loadMac(LoadMac::cardKey(otherMaster, kCardNo), kCardNo, 500, 1);
        } else if (kind == "other_amount"_L1) {
            w.amountFen = 50'000; // the MAC is for 500
        } else if (kind == "garbled_mac"_L1) {
            w.mac[0] = w.mac.at(0) == u'0' ? u'1' : u'0';
        } else if (kind == "over_limit"_L1) {
            w = write(kLimit - 1'000 + 1, 1, u"load-B"_s);
        } else {
            QFAIL("unknown row");
        }
        const QByteArray before = fileBytes(m_path);
        auto refused = sim.writeLoad(w);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, code);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(fileBytes(m_path), before);
        auto chip = chipOnDisk();
        QVERIFY(chip);
        QCOMPARE(chip->counter, 1);
        QCOMPARE(chip->balanceFen, 1'000);
    }

    void writeFillsChipToItsLimit()
    {
        SimulatedCardTerminal &sim = m_counter->sim;
        auto most = sim.writeLoad(write(kLimit - 1, 0, u"load-A"_s));
        QVERIFY2(most, most ? "" : qPrintable(describe(most.error())));
        const QByteArray before = fileBytes(m_path);
        auto over = sim.writeLoad(write(2, 1, u"load-B"_s));
        QVERIFY(!over);
        QCOMPARE(over.error().code, u"balance_limit"_s);
        QCOMPARE(fileBytes(m_path), before);
        auto exact = sim.writeLoad(write(1, 1, u"load-C"_s));
        QVERIFY2(exact, exact ? "" : qPrintable(describe(exact.error())));
        QCOMPARE(exact->balanceAfterFen, kLimit);
        QCOMPARE(chipOnDisk()->balanceFen, kLimit);
    }

    void interruptedBeforeWriteWritesNothing()
    {
        SimulatedCardTerminal &sim = m_counter->sim;
        const QByteArray before = fileBytes(m_path);
        sim.interruptNextWrite(Interruption::BeforeWrite);
        const LoadWrite w = write(3'000, 0, u"load-A"_s);
        auto interrupted = sim.writeLoad(w);
        QVERIFY(!interrupted);
        QCOMPARE(interrupted.error().code, u"write_interrupted"_s);
        QCOMPARE(fileBytes(m_path), before);
        QCOMPARE(chipOnDisk()->counter, 0);

        // One write only: the same authorisation goes through next time.
        auto retried = sim.writeLoad(w);
        QVERIFY2(retried, retried ? "" : qPrintable(describe(retried.error())));
        QCOMPARE(retried->counterAfter, 1);
        QCOMPARE(chipOnDisk()->balanceFen, 3'000);
    }

    void interruptedAfterWriteIsOnTheCard()
    {
        SimulatedCardTerminal &sim = m_counter->sim;
        const QByteArray key = LoadMac::cardKey(m_masterKey, kCardNo);
        sim.interruptNextWrite(Interruption::AfterWrite);
        auto interrupted = sim.writeLoad(write(3'000, 0, u"load-A"_s));
        QVERIFY(!interrupted);
        QCOMPARE(interrupted.error().code, u"write_interrupted"_s);
        auto chip = chipOnDisk();
        QVERIFY(chip);
        QCOMPARE(chip->counter, 1);
        QCOMPARE(chip->balanceFen, 3'000);
        QCOMPARE(chip->log.size(), 1);
        QCOMPARE(chip->log.last().ref, u"load-A"_s);
        QCOMPARE(chip->log.last().kind, u"load"_s);
        QCOMPARE(chip->log.last().tac, LoadMac::tac(key, kCardNo, 3'000, 1, 3'000));

        // Written once: the same authorisation is now stale, and the next write is not interrupted.
        auto stale = sim.writeLoad(write(3'000, 0, u"load-A"_s));
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, u"counter_mismatch"_s);
        auto next = sim.writeLoad(write(1'000, 1, u"load-B"_s));
        QVERIFY2(next, next ? "" : qPrintable(describe(next.error())));
        QCOMPARE(next->counterAfter, 2);
        QCOMPARE(next->balanceAfterFen, 4'000);
    }

    void purchaseLowersBalance()
    {
        SimulatedCardTerminal &sim = m_counter->sim;
        QVERIFY(sim.writeLoad(write(5'000, 0, u"load-A"_s)));
        m_clock->advanceMs(1'000);
        auto toll = sim.purchase(1'200, u"toll-1"_s);
        QVERIFY2(toll, toll ? "" : qPrintable(describe(toll.error())));
        QCOMPARE(toll->kind, u"purchase"_s);
        QCOMPARE(toll->counterAfter, 2);
        QCOMPARE(toll->amountFen, 1'200);
        QCOMPARE(toll->balanceAfterFen, 3'800);
        QCOMPARE(toll->ref, u"toll-1"_s);
        QVERIFY(toll->tac.isEmpty());
        QCOMPARE(toll->at, m_clock->nowMs());
        auto chip = chipOnDisk();
        QVERIFY(chip);
        QCOMPARE(chip->balanceFen, 3'800);
        QCOMPARE(chip->counter, 2);
        QCOMPARE(chip->log.size(), 2);
        QCOMPARE(chip->log.last().kind, u"purchase"_s);
        QCOMPARE(chip->log.last().ref, u"toll-1"_s);
        QVERIFY(chip->log.last().tac.isEmpty());

        const QByteArray before = fileBytes(m_path);
        auto tooMuch = sim.purchase(3'801, u"toll-2"_s);
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.error().code, u"insufficient_balance"_s);
        QCOMPARE(fileBytes(m_path), before);

        auto all = sim.purchase(3'800, u"toll-3"_s);
        QVERIFY(all);
        QCOMPARE(chipOnDisk()->balanceFen, 0);
        QCOMPARE(chipOnDisk()->counter, 3);
    }

    void logKeepsLastTransactions()
    {
        SimulatedCardTerminal &sim = m_counter->sim;
        const int total = SimulatedCardTerminal::kLogSize + 3;
        for (int n = 1; n <= total; ++n) {
            m_clock->advanceMs(1'000);
            if (n % 3 == 0)
                QVERIFY(sim.purchase(10, u"toll-%1"_s.arg(n)));
            else
                QVERIFY(sim.writeLoad(write(100, n - 1, u"load-%1"_s.arg(n))));
        }
        auto chip = chipOnDisk();
        QVERIFY(chip);
        QCOMPARE(chip->counter, total);
        QCOMPARE(chip->log.size(), SimulatedCardTerminal::kLogSize);
        for (int i = 0; i < chip->log.size(); ++i) {
            const int n = total - SimulatedCardTerminal::kLogSize + 1 + i;
            const ChipTransaction &t = chip->log.at(i);
            QCOMPARE(t.counterAfter, n);
            QCOMPARE(t.kind, n % 3 == 0 ? u"purchase"_s : u"load"_s);
            QCOMPARE(t.ref, (n % 3 == 0 ? u"toll-%1"_s : u"load-%1"_s).arg(n));
        }
        QCOMPARE(chip->log.last().counterAfter, chip->counter);
        QCOMPARE(chip->log.last().balanceAfterFen, chip->balanceFen);
    }

    // --- CardLoadFlow ------------------------------------------------------------------------

    void flowHappyPath()
    {
        Counter &c = *m_counter;
        auto out = c.flow.load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY2(out, out ? "" : qPrintable(describe(out.error())));
        QVERIFY(out->load.isCompleted());
        QVERIFY(!out->settledEarlier);
        QCOMPARE(out->load.requestId, u"req-1"_s);
        QCOMPARE(out->load.amountFen, 10'000);
        QCOMPARE(out->load.counterBefore, 0);
        QCOMPARE(out->load.counterAfter, 1);
        QCOMPARE(out->load.balanceAfterFen, 10'000);
        QCOMPARE(out->chip.balanceFen, 10'000);
        QCOMPARE(out->chip.counter, 1);
        QCOMPARE(c.service.credits, 1);
        QCOMPARE(c.service.completions.value(out->load.id), 1);
        QCOMPARE(c.terminal.writesTried, 1);
        QCOMPARE(c.terminal.written.value(out->load.id), 1);
        auto chip = chipOnDisk();
        QVERIFY(chip);
        QCOMPARE(chip->balanceFen, 10'000);
        QCOMPARE(chip->log.last().ref, out->load.id);
        QCOMPARE(c.service.openCount(), 0);
    }

    void flowSameRequestIdTwice()
    {
        Counter &c = *m_counter;
        auto first = c.flow.load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY(first && first->load.isCompleted());
        const QByteArray after = fileBytes(m_path);
        auto again = c.flow.load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY2(again, again ? "" : qPrintable(describe(again.error())));
        QVERIFY(again->load.isCompleted());
        QVERIFY(!again->settledEarlier);
        QCOMPARE(again->load.id, first->load.id);
        QCOMPARE(again->chip.balanceFen, 10'000);
        QCOMPARE(c.service.credits, 1);
        QCOMPARE(c.terminal.writesTried, 1);
        QCOMPARE(fileBytes(m_path), after);
        QCOMPARE(chipOnDisk()->balanceFen, 10'000);
    }

    void flowRetriesAfterInterruptionBeforeWrite()
    {
        Counter &c = *m_counter;
        c.sim.interruptNextWrite(Interruption::BeforeWrite);
        auto out = c.flow.load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY2(out, out ? "" : qPrintable(describe(out.error())));
        QVERIFY(out->load.isCompleted());
        QVERIFY(!out->settledEarlier);
        QCOMPARE(c.terminal.writesTried, 2);
        QCOMPARE(c.terminal.written.value(out->load.id), 1);
        QCOMPARE(c.service.credits, 1);
        QCOMPARE(c.service.completions.value(out->load.id), 1);
        QCOMPARE(chipOnDisk()->balanceFen, 10'000);
        QCOMPARE(chipOnDisk()->counter, 1);
    }

    void flowFindsInterruptedWriteInTheLog()
    {
        Counter &c = *m_counter;
        c.sim.interruptNextWrite(Interruption::AfterWrite);
        auto out = c.flow.load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY2(out, out ? "" : qPrintable(describe(out.error())));
        QVERIFY(out->load.isCompleted());
        QCOMPARE(out->load.counterAfter, 1);
        QCOMPARE(out->load.balanceAfterFen, 10'000);
        QCOMPARE(c.terminal.writesTried, 1);
        QCOMPARE(c.terminal.written.value(out->load.id), 1);
        QCOMPARE(c.service.credits, 1);
        QCOMPARE(c.service.completions.value(out->load.id), 1);
        QCOMPARE(chipOnDisk()->balanceFen, 10'000);
        QCOMPARE(chipOnDisk()->counter, 1);
    }

    void flowGivesUpAfterEveryWriteInterrupted()
    {
        Counter &c = *m_counter;
        c.terminal.interruptEveryWrite = Interruption::BeforeWrite;
        const QByteArray before = fileBytes(m_path);
        auto out = c.flow.load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY(!out);
        QCOMPARE(out.error().code, u"write_unfinished"_s);
        QCOMPARE(c.terminal.writesTried, CardLoadFlow::kWriteAttempts);
        QCOMPARE(c.service.credits, 1);
        const auto open = c.service.openLoadOf(kCardNo);
        QVERIFY(open);
        QVERIFY2(out.error().message.contains(open->id), qPrintable(out.error().message));
        QCOMPARE(fileBytes(m_path), before);

        c.terminal.interruptEveryWrite = Interruption::None;
        auto settled = c.flow.settle();
        QVERIFY2(settled, settled ? "" : qPrintable(describe(settled.error())));
        QVERIFY(settled->has_value());
        QCOMPARE(settled->value().load.id, open->id);
        QVERIFY(settled->value().settledEarlier);
        QCOMPARE(chipOnDisk()->balanceFen, 10'000);
        QCOMPARE(c.service.credits, 1);
        QCOMPARE(c.terminal.written.value(open->id), 1);
    }

    void flowCardRemovedAfterAuthorisation()
    {
        Counter &c = *m_counter;
        c.service.afterAuthorise = [&c] { c.sim.remove(); };
        auto out = c.flow.load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY(!out);
        QCOMPARE(out.error().code, u"write_unfinished"_s);
        const auto open = c.service.openLoadOf(kCardNo);
        QVERIFY(open);
        QVERIFY2(out.error().message.contains(open->id), qPrintable(out.error().message));
        QCOMPARE(c.service.credits, 1);
        QCOMPARE(chipOnDisk()->balanceFen, 0);
        QCOMPARE(chipOnDisk()->counter, 0);

        // Nothing to settle without the card.
        auto withoutCard = c.flow.settle();
        QVERIFY(!withoutCard);
        QCOMPARE(withoutCard.error().code, u"no_card"_s);

        c.sim.present(m_path);
        auto settled = c.flow.settle();
        QVERIFY2(settled, settled ? "" : qPrintable(describe(settled.error())));
        QVERIFY(settled->has_value());
        QVERIFY(settled->value().settledEarlier);
        QCOMPARE(settled->value().load.id, open->id);
        QVERIFY(settled->value().load.isCompleted());
        QCOMPARE(settled->value().chip.balanceFen, 10'000);
        QCOMPARE(chipOnDisk()->balanceFen, 10'000);
        QCOMPARE(c.service.completions.value(open->id), 1);
        QCOMPARE(c.terminal.written.value(open->id), 1);

        auto nothingLeft = c.flow.settle();
        QVERIFY(nothingLeft);
        QVERIFY(!nothingLeft->has_value());

        auto next = c.flow.load(u"req-2"_s, 2'000, u"cash"_s);
        QVERIFY2(next, next ? "" : qPrintable(describe(next.error())));
        QVERIFY(!next->settledEarlier);
        QCOMPARE(next->load.requestId, u"req-2"_s);
        QVERIFY(next->load.id != open->id);
        QCOMPARE(next->load.amountFen, 2'000);
        QCOMPARE(c.service.credits, 2);
        QCOMPARE(c.service.creditedFen, 12'000);
        QCOMPARE(chipOnDisk()->balanceFen, 12'000);
        QCOMPARE(c.terminal.written.value(open->id), 1);
        QCOMPARE(c.terminal.written.value(next->load.id), 1);
    }

    void flowSettlesEarlierLoadInsteadOfNewOne()
    {
        Counter &c = *m_counter;
        c.service.afterAuthorise = [&c] { c.sim.remove(); };
        auto unfinished = c.flow.load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY(!unfinished);
        QCOMPARE(unfinished.error().code, u"write_unfinished"_s);
        const auto open = c.service.openLoadOf(kCardNo);
        QVERIFY(open);

        c.sim.present(m_path);
        auto out = c.flow.load(u"req-2"_s, 7'000, u"cash"_s);
        QVERIFY2(out, out ? "" : qPrintable(describe(out.error())));
        QVERIFY(out->settledEarlier);
        QCOMPARE(out->load.id, open->id);
        QCOMPARE(out->load.requestId, u"req-1"_s);
        QCOMPARE(out->load.amountFen, 10'000);
        QVERIFY(out->load.isCompleted());
        QCOMPARE(c.service.authoriseCalls, 1);
        QCOMPARE(c.service.credits, 1);
        QCOMPARE(c.service.creditedFen, 10'000);
        QCOMPARE(c.service.loads.size(), 1);
        QCOMPARE(chipOnDisk()->balanceFen, 10'000);
        QCOMPARE(c.service.openCount(), 0);
    }

    void flowReauthorisesWhenCardMovedOn()
    {
        Counter &c = *m_counter;
        QVERIFY(c.flow.load(u"req-1"_s, 1'000, u"cash"_s));
        // The card pays a toll between the authorisation and the write.
        bool tollPaid = false;
        c.service.afterAuthorise = [&c, &tollPaid] { tollPaid = bool(c.sim.purchase(300, u"toll-1"_s)); };
        auto out = c.flow.load(u"req-2"_s, 500, u"cash"_s);
        QVERIFY2(out, out ? "" : qPrintable(describe(out.error())));
        QVERIFY(tollPaid);
        QVERIFY(out->load.isCompleted());
        QVERIFY(!out->settledEarlier);
        QCOMPARE(out->load.counterBefore, 2);
        QCOMPARE(out->load.counterAfter, 3);
        QCOMPARE(out->load.balanceAfterFen, 1'200);
        QCOMPARE(c.service.reauthorisations, 1);
        QCOMPARE(c.service.credits, 2);
        QCOMPARE(c.terminal.written.value(out->load.id), 1);
        QCOMPARE(chipOnDisk()->balanceFen, 1'200);
        QCOMPARE(chipOnDisk()->counter, 3);
    }

    void flowRefusesLoadOverChipLimit()
    {
        Counter &c = *m_counter;
        // The chip is filled directly, to 100 fen below what it can hold.
        QVERIFY(c.sim.writeLoad(write(kLimit - 100, 0, u"load-direct"_s)));
        const QByteArray before = fileBytes(m_path);
        auto over = c.flow.load(u"req-1"_s, 101, u"cash"_s);
        QVERIFY(!over);
        QCOMPARE(over.error().code, u"balance_limit"_s);
        QCOMPARE(c.service.authoriseCalls, 0);
        QCOMPARE(c.service.credits, 0);
        QCOMPARE(c.terminal.writesTried, 0);
        QCOMPARE(fileBytes(m_path), before);

        auto exact = c.flow.load(u"req-2"_s, 100, u"cash"_s);
        QVERIFY2(exact, exact ? "" : qPrintable(describe(exact.error())));
        QCOMPARE(exact->chip.balanceFen, kLimit);
        QCOMPARE(c.service.credits, 1);
    }

    void flowReturnsServiceRefusal()
    {
        Counter &c = *m_counter;
        c.service.refusal = makeError("card_not_loadable", u"Card 1001-0000-0001 is lost and cannot be loaded."_s);
        const QByteArray before = fileBytes(m_path);
        auto out = c.flow.load(u"req-1"_s, 10'000, u"cash"_s);
        QVERIFY(!out);
        QCOMPARE(out.error().code, u"card_not_loadable"_s);
        QCOMPARE(out.error().message, c.service.refusal->message);
        QCOMPARE(c.service.authoriseCalls, 1);
        QCOMPARE(c.service.credits, 0);
        QCOMPARE(c.terminal.writesTried, 0);
        QCOMPARE(fileBytes(m_path), before);
        QVERIFY(!c.service.openLoadOf(kCardNo));
    }

    void flowRandomRun_data()
    {
        QTest::addColumn<quint32>("seed");
        bool fromEnv = false;
        const quint32 envSeed = qEnvironmentVariable("FD_SEED").toUInt(&fromEnv);
        if (fromEnv) {
            QTest::newRow(qPrintable(u"FD_SEED=%1"_s.arg(envSeed))) << envSeed;
            return;
        }
        for (const quint32 seed : {1u, 20260101u, 7777u})
            QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
    }

    void flowRandomRun()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Counter &c = *m_counter;
        qint64 purchasedFen = 0;
        QMap<QString, qint64> requests; // request id → amount
        int unfinishedSeen = 0, settledSeen = 0, interruptedAfterSeen = 0, purchasesSeen = 0;

        // Empty when the card, the authority and the writes agree.
        auto invariants = [&]() -> QString {
            auto chip = chipOnDisk();
            if (!chip)
                return u"chip unreadable: "_s + describe(chip.error());
            if (chip->balanceFen != c.service.completedFen() - purchasedFen)
                return u"chip holds %1, completed loads %2 minus purchases %3"_s.arg(chip->balanceFen)
                    .arg(c.service.completedFen())
                    .arg(purchasedFen);
            const auto open = c.service.openLoadOf(kCardNo);
            if (c.service.openCount() > 1)
                return u"%1 open loads"_s.arg(c.service.openCount());
            if (c.service.creditedFen != c.service.completedFen() + (open ? open->amountFen : 0))
                return u"credited %1 != completed %2 + open"_s.arg(c.service.creditedFen).arg(c.service.completedFen());
            if (c.service.credits != c.service.loads.size())
                return u"credited %1 times for %2 loads"_s.arg(c.service.credits).arg(c.service.loads.size());
            for (auto it = c.terminal.written.cbegin(); it != c.terminal.written.cend(); ++it) {
                if (it.value() != 1)
                    return u"load %1 reached the card %2 times"_s.arg(it.key()).arg(it.value());
            }
            for (const CardLoad &l : std::as_const(c.service.loads)) {
                const int completions = c.service.completions.value(l.id);
                const int written = c.terminal.written.value(l.id);
                if (completions != (l.isCompleted() ? 1 : 0))
                    return u"load %1 completed %2 times"_s.arg(l.id).arg(completions);
                if (written != completions)
                    return u"load %1 written %2 times, completed %3 times"_s.arg(l.id).arg(written).arg(completions);
            }
            return {};
        };

        for (int step = 0; step < 200; ++step) {
            const QString where = u"seed %1 step %2: "_s.arg(seed).arg(step);
            m_clock->advanceMs(rng.bounded(1, 120'000));
            const int action = int(rng.bounded(100));
            const auto openBefore = c.service.openLoadOf(kCardNo);
            const int creditsBefore = c.service.credits;
            const bool presented = !c.sim.presentedPath().isEmpty();

            if (action < 8) {
                c.sim.present(m_path);
            } else if (action < 13) {
                c.sim.remove();
            } else if (action < 60) {
                QString requestId;
                bool repeat = !requests.isEmpty() && rng.bounded(100) < 15;
                if (repeat)
                    requestId = requests.keys().at(int(rng.bounded(int(requests.size()))));
                else
                    requestId = u"req-%1"_s.arg(step);
                const qint64 amountFen = repeat ? requests.value(requestId) : rng.bounded(1, 50'001);
                const int fault = int(rng.bounded(4));
                if (fault == 1)
                    c.sim.interruptNextWrite(Interruption::BeforeWrite);
                else if (fault == 2)
                    c.sim.interruptNextWrite(Interruption::AfterWrite);
                else if (fault == 3)
                    c.service.afterAuthorise = [&c] { c.sim.remove(); };
                const int writesBefore = c.terminal.writesTried;
                auto out = c.flow.load(requestId, amountFen, u"cash"_s);
                c.service.afterAuthorise = nullptr;

                if (!presented) {
                    QVERIFY2(!out && out.error().code == "no_card"_L1,
                             qPrintable(where + u"load without a card: "_s + (out ? u"loaded"_s : describe(out.error()))));
                    QVERIFY2(c.service.credits == creditsBefore, qPrintable(where + u"credited without a card"_s));
                } else if (openBefore) {
                    QVERIFY2(out, qPrintable(where + u"settling: "_s + (out ? QString() : describe(out.error()))));
                    QVERIFY2(out->settledEarlier && out->load.id == openBefore->id,
                             qPrintable(where + u"expected %1 settled, got %2"_s.arg(openBefore->id, out->load.id)));
                    QVERIFY2(c.service.credits == creditsBefore, qPrintable(where + u"new money taken while settling"_s));
                    ++settledSeen;
                } else if (repeat) {
                    QVERIFY2(out, qPrintable(where + u"repeat: "_s + (out ? QString() : describe(out.error()))));
                    QVERIFY2(!out->settledEarlier && out->load.requestId == requestId && out->load.isCompleted(),
                             qPrintable(where + u"repeat of %1 gave %2"_s.arg(requestId, out->load.requestId)));
                    QVERIFY2(c.service.credits == creditsBefore, qPrintable(where + u"repeat credited again"_s));
                    QVERIFY2(c.terminal.writesTried == writesBefore, qPrintable(where + u"repeat wrote the card"_s));
                } else {
                    QVERIFY2(c.service.credits == creditsBefore + 1, qPrintable(where + u"new load not credited once"_s));
                    requests.insert(requestId, amountFen);
                    const CardLoad made = c.service.loads.value(c.service.lastId);
                    if (fault == 3) {
                        QVERIFY2(!out && out.error().code == "write_unfinished"_L1,
                                 qPrintable(where + u"pulled card: "_s + (out ? u"loaded"_s : describe(out.error()))));
                        QVERIFY2(out.error().message.contains(made.id), qPrintable(where + out.error().message));
                        ++unfinishedSeen;
                    } else {
                        QVERIFY2(out, qPrintable(where + u"load: "_s + (out ? QString() : describe(out.error()))));
                        QVERIFY2(!out->settledEarlier && out->load.isCompleted() && out->load.id == made.id
                                     && out->load.amountFen == amountFen,
                                 qPrintable(where + u"load outcome wrong"_s));
                        QVERIFY2(out->chip.balanceFen == chipOnDisk()->balanceFen,
                                 qPrintable(where + u"outcome shows another chip balance"_s));
                        interruptedAfterSeen += fault == 2 ? 1 : 0;
                    }
                }
            } else if (action < 82) {
                auto chip = chipOnDisk();
                QVERIFY(chip);
                const qint64 amountFen = rng.bounded(1, 30'001);
                auto toll = c.sim.purchase(amountFen, u"toll-%1"_s.arg(step));
                if (!presented) {
                    QVERIFY2(!toll && toll.error().code == "no_card"_L1, qPrintable(where + u"purchase without card"_s));
                } else if (amountFen > chip->balanceFen) {
                    QVERIFY2(!toll && toll.error().code == "insufficient_balance"_L1,
                             qPrintable(where + u"overdrawn purchase"_s));
                } else {
                    QVERIFY2(toll, qPrintable(where + u"purchase: "_s + (toll ? QString() : describe(toll.error()))));
                    purchasedFen += amountFen;
                    ++purchasesSeen;
                }
            } else {
                auto settled = c.flow.settle();
                if (!presented) {
                    QVERIFY2(!settled && settled.error().code == "no_card"_L1, qPrintable(where + u"settle without card"_s));
                } else {
                    QVERIFY2(settled, qPrintable(where + u"settle: "_s + (settled ? QString() : describe(settled.error()))));
                    QVERIFY2(settled->has_value() == bool(openBefore), qPrintable(where + u"settle found the wrong thing"_s));
                    if (openBefore) {
                        QVERIFY2(settled->value().settledEarlier && settled->value().load.id == openBefore->id
                                     && settled->value().load.isCompleted(),
                                 qPrintable(where + u"settled the wrong load"_s));
                        ++settledSeen;
                    }
                }
                QVERIFY2(c.service.credits == creditsBefore, qPrintable(where + u"settle credited"_s));
            }
            const QString broken = invariants();
            QVERIFY2(broken.isEmpty(), qPrintable(where + broken));
        }

        // The card comes back once more: everything that was paid for is on it, once.
        c.sim.interruptNextWrite(Interruption::None);
        c.sim.present(m_path);
        auto last = c.flow.settle();
        QVERIFY2(last, qPrintable(u"seed %1 final settle: "_s.arg(seed) + (last ? QString() : describe(last.error()))));
        const QString broken = invariants();
        QVERIFY2(broken.isEmpty(), qPrintable(u"seed %1 final: "_s.arg(seed) + broken));
        QVERIFY2(c.service.openCount() == 0, qPrintable(u"seed %1: a load is still open"_s.arg(seed)));
        for (const CardLoad &l : std::as_const(c.service.loads)) {
            QVERIFY2(l.isCompleted() && c.service.completions.value(l.id) == 1 && c.terminal.written.value(l.id) == 1,
                     qPrintable(u"seed %1: load %2 not completed exactly once"_s.arg(seed).arg(l.id)));
        }
        auto chip = chipOnDisk();
        QVERIFY(chip);
        QVERIFY2(chip->balanceFen == c.service.creditedFen - purchasedFen,
                 qPrintable(u"seed %1: chip %2, credited %3, purchased %4"_s.arg(seed)
                                .arg(chip->balanceFen)
                                .arg(c.service.creditedFen)
                                .arg(purchasedFen)));
        // The run went through the cases it is meant to mix.
        QVERIFY2(unfinishedSeen > 0 && settledSeen > 0 && interruptedAfterSeen > 0 && purchasesSeen > 0,
                 qPrintable(u"seed %1: unfinished %2, settled %3, after-write %4, purchases %5"_s.arg(seed)
                                .arg(unfinishedSeen)
                                .arg(settledSeen)
                                .arg(interruptedAfterSeen)
                                .arg(purchasesSeen)));
    }
};

QTEST_GUILESS_MAIN(TestCardLoad)
#include "tst_cardload.moc"
