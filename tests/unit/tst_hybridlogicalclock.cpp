#include "clock.h"
#include "hybridlogicalclock.h"

#include <QList>
#include <QTest>

#include <algorithm>

using fd::HlcTimestamp;
using fd::HybridLogicalClock;
using fd::ManualClock;

namespace {
constexpr qint64 kT0 = 1'767'225'600'000; // 2026-01-01T00:00Z
} // namespace

class TestHybridLogicalClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nowIsMonotonicWithFrozenClock()
    {
        ManualClock clock(kT0);
        HybridLogicalClock hlc(clock, QStringLiteral("dev-a"));
        HlcTimestamp previous = hlc.now();
        QCOMPARE(previous.wallMs, kT0);
        QCOMPARE(previous.counter, 0u);
        QCOMPARE(previous.node, QStringLiteral("dev-a"));
        for (int i = 0; i < 1000; ++i) {
            const HlcTimestamp ts = hlc.now();
            QVERIFY(ts > previous);
            QCOMPARE(ts.wallMs, kT0);
            QCOMPARE(ts.counter, previous.counter + 1);
            previous = ts;
        }
        QCOMPARE(hlc.last(), previous);
    }

    void counterResetsWhenClockMoves()
    {
        ManualClock clock(kT0);
        HybridLogicalClock hlc(clock, QStringLiteral("dev-a"));
        (void)hlc.now();
        (void)hlc.now();
        clock.advanceMs(1);
        const HlcTimestamp ts = hlc.now();
        QCOMPARE(ts.wallMs, kT0 + 1);
        QCOMPARE(ts.counter, 0u);
    }

    void clockGoingBackDoesNotGoBackInTime()
    {
        ManualClock clock(kT0);
        HybridLogicalClock hlc(clock, QStringLiteral("dev-a"));
        const HlcTimestamp before = hlc.now();
        clock.advanceMs(-60'000);
        const HlcTimestamp after = hlc.now();
        QVERIFY(after > before);
        QCOMPARE(after.wallMs, kT0);
    }

    void counterOverflowMovesToNextMillisecond()
    {
        // More events in one millisecond than four hex digits hold (a bulk import, demo data):
        // the text form must keep sorting like the timestamps and must still parse.
        ManualClock clock(kT0);
        HybridLogicalClock hlc(clock, QStringLiteral("dev-a"));
        HlcTimestamp previous = hlc.now();
        QString previousText = previous.toString();
        for (int i = 0; i < 0x10000 + 10; ++i) {
            const HlcTimestamp ts = hlc.now();
            const QString text = ts.toString();
            QVERIFY(ts > previous);
            QVERIFY2(text > previousText, qPrintable(previousText + QLatin1String(" !< ") + text));
            QVERIFY(ts.counter <= HlcTimestamp::kMaxCounter);
            previous = ts;
            previousText = text;
        }
        QCOMPARE(previous.wallMs, kT0 + 1);
        const auto parsed = HlcTimestamp::parse(previousText);
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, previous);
    }

    void updateWithRemoteAhead()
    {
        ManualClock clock(kT0);
        HybridLogicalClock hlc(clock, QStringLiteral("dev-a"));
        (void)hlc.now();
        const HlcTimestamp remote { kT0 + 5'000, 7, QStringLiteral("dev-b") };
        const auto r = hlc.update(remote);
        QVERIFY(r.ok());
        QCOMPARE(r->wallMs, kT0 + 5'000);
        QCOMPARE(r->counter, 8u);
        QCOMPARE(r->node, QStringLiteral("dev-a"));
        QVERIFY(*r > remote);
        // Our own clock is still behind; local events keep ordering after what we saw.
        const HlcTimestamp next = hlc.now();
        QCOMPARE(next.wallMs, kT0 + 5'000);
        QCOMPARE(next.counter, 9u);
    }

    void updateWithRemoteBehind()
    {
        ManualClock clock(kT0);
        HybridLogicalClock hlc(clock, QStringLiteral("dev-a"));
        const HlcTimestamp local = hlc.now();
        const HlcTimestamp remote { kT0 - 1'000, 50, QStringLiteral("dev-b") };
        const auto r = hlc.update(remote);
        QVERIFY(r.ok());
        QCOMPARE(r->wallMs, kT0);
        QCOMPARE(r->counter, local.counter + 1);
        QVERIFY(*r > local);
        QVERIFY(*r > remote);

        // When the wall clock has moved past both, the counter starts again.
        clock.advanceMs(10);
        const auto r2 = hlc.update(remote);
        QVERIFY(r2.ok());
        QCOMPARE(r2->wallMs, kT0 + 10);
        QCOMPARE(r2->counter, 0u);
    }

    void updateWithRemoteEqual()
    {
        ManualClock clock(kT0);
        HybridLogicalClock hlc(clock, QStringLiteral("dev-a"));
        (void)hlc.now();
        (void)hlc.now(); // counter 1
        const HlcTimestamp remoteHigher { kT0, 5, QStringLiteral("dev-b") };
        const auto r = hlc.update(remoteHigher);
        QVERIFY(r.ok());
        QCOMPARE(r->wallMs, kT0);
        QCOMPARE(r->counter, 6u);

        const HlcTimestamp remoteLower { kT0, 2, QStringLiteral("dev-b") };
        const auto r2 = hlc.update(remoteLower);
        QVERIFY(r2.ok());
        QCOMPARE(r2->counter, 7u);
        QVERIFY(*r2 > *r);
    }

    void updateWithRemoteAtCounterLimit()
    {
        ManualClock clock(kT0);
        HybridLogicalClock hlc(clock, QStringLiteral("dev-a"));
        const HlcTimestamp remote { kT0, HlcTimestamp::kMaxCounter, QStringLiteral("dev-b") };
        const auto r = hlc.update(remote);
        QVERIFY(r.ok());
        QVERIFY(*r > remote);
        QCOMPARE(r->wallMs, kT0 + 1);
        QCOMPARE(r->counter, 0u);
        QVERIFY(r->toString() > remote.toString());
    }

    void driftIsRejected()
    {
        ManualClock clock(kT0);
        const qint64 maxDrift = 60'000;
        HybridLogicalClock hlc(clock, QStringLiteral("dev-a"), maxDrift);
        const HlcTimestamp before = hlc.now();

        const auto tooFar = hlc.update({ kT0 + maxDrift + 1, 0, QStringLiteral("dev-b") });
        QVERIFY(!tooFar.ok());
        QCOMPARE(tooFar.error().code, QStringLiteral("clock_drift"));
        QVERIFY(tooFar.error().message.contains(QStringLiteral("dev-b")));
        QCOMPARE(hlc.last(), before); // a refused timestamp leaves no trace

        const auto justInside = hlc.update({ kT0 + maxDrift, 0, QStringLiteral("dev-b") });
        QVERIFY(justInside.ok());
        QCOMPARE(justInside->wallMs, kT0 + maxDrift);
    }

    void defaultDriftIsOneDay()
    {
        ManualClock clock(kT0);
        HybridLogicalClock hlc(clock, QStringLiteral("dev-a"));
        QVERIFY(
            !hlc.update({ kT0 + HybridLogicalClock::kDefaultMaxDriftMs + 1, 0, QStringLiteral("x") }).ok());
        QVERIFY(hlc.update({ kT0 + HybridLogicalClock::kDefaultMaxDriftMs, 0, QStringLiteral("x") }).ok());
    }

    void stringRoundTrip_data()
    {
        QTest::addColumn<qint64>("wallMs");
        QTest::addColumn<quint32>("counter");
        QTest::addColumn<QString>("node");
        QTest::newRow("typical") << kT0 << 0u << QStringLiteral("dev-a");
        QTest::newRow("counter") << kT0 + 1 << 0xabcu << QStringLiteral("tablet-07");
        QTest::newRow("max counter") << kT0 << HlcTimestamp::kMaxCounter << QStringLiteral("n");
        QTest::newRow("small wall") << qint64(5) << 1u << QStringLiteral("n");
        QTest::newRow("uuid node with dashes")
            << kT0 << 3u << QStringLiteral("01890a5d-ac96-774b-8cc8-8e6a1d2f0b3c");
        QTest::newRow("empty node") << kT0 << 2u << QString();
        QTest::newRow("chinese node") << kT0 << 2u << QStringLiteral("网点一");
    }
    void stringRoundTrip()
    {
        QFETCH(qint64, wallMs);
        QFETCH(quint32, counter);
        QFETCH(QString, node);
        const HlcTimestamp ts { wallMs, counter, node };
        const QString text = ts.toString();
        QCOMPARE(text.size(), 21 + node.size());
        const auto parsed = HlcTimestamp::parse(text);
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, ts);
    }

    void stringOrderIsTimestampOrder()
    {
        QList<HlcTimestamp> stamps;
        for (const qint64 wall : { qint64(5), qint64(999), kT0 - 1, kT0, kT0 + 1 }) {
            for (const quint32 counter : { 0u, 1u, 0xfu, 0x10u, 0xffu, 0x100u, HlcTimestamp::kMaxCounter }) {
                for (const char *node : { "a", "b", "dev-a", "dev-b" })
                    stamps.append({ wall, counter, QString::fromLatin1(node) });
            }
        }
        QList<HlcTimestamp> byValue = stamps;
        std::sort(byValue.begin(), byValue.end());
        QList<HlcTimestamp> byText = stamps;
        std::sort(byText.begin(), byText.end(),
            [](const HlcTimestamp &a, const HlcTimestamp &b) { return a.toString() < b.toString(); });
        QCOMPARE(byText.size(), byValue.size());
        for (qsizetype i = 0; i < byValue.size(); ++i)
            QCOMPARE(byText.at(i), byValue.at(i));
    }

    void parseRejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << QStringLiteral("not a timestamp at all");
        QTest::newRow("short") << QStringLiteral("001767225600000-0000");
        QTest::newRow("missing dash") << QStringLiteral("0017672256000000000-node");
        QTest::newRow("letters in wall") << QStringLiteral("00176722560000x-0000-node");
        QTest::newRow("not hex counter") << QStringLiteral("001767225600000-00zz-node");
        QTest::newRow("negative wall") << QStringLiteral("-00000000000001-0000-node");
    }
    void parseRejectsGarbage()
    {
        QFETCH(QString, text);
        const auto r = HlcTimestamp::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("invalid_hlc"));
    }

    void restore()
    {
        ManualClock clock(kT0);
        HybridLogicalClock hlc(clock, QStringLiteral("dev-a"));
        // A previous run had reached a point ahead of this run's wall clock.
        hlc.restore({ kT0 + 2'000, 4, QStringLiteral("dev-a") });
        QCOMPARE(hlc.last().wallMs, kT0 + 2'000);
        QCOMPARE(hlc.last().counter, 4u);
        const HlcTimestamp next = hlc.now();
        QCOMPARE(next.wallMs, kT0 + 2'000);
        QCOMPARE(next.counter, 5u);

        // An older persisted value never moves the clock back.
        hlc.restore({ kT0 - 10'000, 99, QStringLiteral("dev-a") });
        QCOMPARE(hlc.last(), next);
        hlc.restore({ kT0 + 2'000, 1, QStringLiteral("dev-a") });
        QCOMPARE(hlc.last(), next);
        QVERIFY(hlc.now() > next);
    }

    void nullTimestamp()
    {
        QVERIFY(HlcTimestamp {}.isNull());
        QVERIFY(!HlcTimestamp({ kT0, 0, QString() }).isNull());
    }
};

QTEST_GUILESS_MAIN(TestHybridLogicalClock)
#include "tst_hybridlogicalclock.moc"
