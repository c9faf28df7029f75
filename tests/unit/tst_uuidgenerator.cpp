#include "clock.h"
#include "uuidgenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using fd::ManualClock;
using fd::UuidGenerator;

class TestUuidGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format()
    {
        ManualClock clock;
        UuidGenerator gen(clock);
        const QRegularExpression re(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        for (int i = 0; i < 200; ++i) {
            const QString id = gen.next();
            QCOMPARE(id.size(), 36);
            QVERIFY2(re.match(id).hasMatch(), qPrintable(id));
            QCOMPARE(id.at(14), QLatin1Char('7')); // version 7
            QVERIFY2(QStringLiteral("89ab").contains(id.at(19)), qPrintable(id)); // RFC 9562 variant 10xx
            QVERIFY(UuidGenerator::isValid(id));
        }
    }

    void rejectsOtherIds()
    {
        QVERIFY(!UuidGenerator::isValid(QString()));
        QVERIFY(!UuidGenerator::isValid(QStringLiteral("not-a-uuid")));
        QVERIFY(!UuidGenerator::isValid(QStringLiteral("123e4567-e89b-42d3-a456-426614174000"))); // version 4
        QVERIFY(
            !UuidGenerator::isValid(QStringLiteral("01890a5d-ac96-774b-7cc8-8e6a1d2f0b3c"))); // wrong variant
        QCOMPARE(
            UuidGenerator::timestampOf(QStringLiteral("123e4567-e89b-42d3-a456-426614174000")), qint64(-1));
        QCOMPARE(UuidGenerator::timestampOf(QStringLiteral("garbage")), qint64(-1));
    }

    void strictlyIncreasingWhileClockStandsStill()
    {
        ManualClock clock;
        UuidGenerator gen(clock);
        QString previous = gen.next();
        QSet<QString> seen { previous };
        for (int i = 0; i < 10'000; ++i) {
            const QString id = gen.next();
            QVERIFY2(id > previous, qPrintable(previous + QLatin1String(" !< ") + id));
            QVERIFY(UuidGenerator::isValid(id));
            seen.insert(id);
            previous = id;
        }
        QCOMPARE(seen.size(), 10'001);
        // 10,000 ids do not fit into the 12-bit sequence of one millisecond, so the generator
        // borrows a few following milliseconds, but never more than it needs.
        const qint64 lastMs = UuidGenerator::timestampOf(previous);
        QVERIFY(lastMs > clock.nowMs());
        QVERIFY(lastMs <= clock.nowMs() + 10'001 / 0xC00 + 1);
    }

    void strictlyIncreasingWhenClockGoesBack()
    {
        ManualClock clock;
        UuidGenerator gen(clock);
        QString previous = gen.next();
        for (int i = 0; i < 10'000; ++i) {
            if (i % 100 == 0)
                clock.advanceMs(i % 200 == 0 ? -5'000 : 3); // NTP step back, then creep forward
            const QString id = gen.next();
            QVERIFY2(id > previous, qPrintable(previous + QLatin1String(" !< ") + id));
            previous = id;
        }
    }

    void followsTheClockForward()
    {
        ManualClock clock;
        UuidGenerator gen(clock);
        const QString a = gen.next();
        clock.advanceMs(1);
        const QString b = gen.next();
        QCOMPARE(UuidGenerator::timestampOf(b), UuidGenerator::timestampOf(a) + 1);
        QVERIFY(b > a);
    }

    void timestampRoundTrip_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("2026-01-01") << qint64(1'767'225'600'000);
        QTest::newRow("midnight minus one") << qint64(1'767'311'999'999);
        QTest::newRow("largest 48-bit") << qint64(0xFFFFFFFFFFFFLL);
    }
    void timestampRoundTrip()
    {
        QFETCH(qint64, ms);
        ManualClock clock(ms);
        UuidGenerator gen(clock);
        const QString id = gen.next();
        QVERIFY(UuidGenerator::isValid(id));
        QCOMPARE(UuidGenerator::timestampOf(id), ms);
    }

    void textOrderIsTimeOrder()
    {
        ManualClock clock;
        UuidGenerator early(clock);
        const QString a = early.next();
        clock.advanceMs(24LL * 3600 * 1000);
        UuidGenerator other(clock); // a different device: no shared sequence, only time orders
        const QString b = other.next();
        QVERIFY(a < b);
        QVERIFY(UuidGenerator::timestampOf(a) < UuidGenerator::timestampOf(b));
    }
};

QTEST_GUILESS_MAIN(TestUuidGenerator)
#include "tst_uuidgenerator.moc"
