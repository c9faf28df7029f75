#include "money.h"

#include <QTest>

#include <limits>

using fd::Money;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("whole") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("one decimal") << QStringLiteral("12.3") << qint64(1230);
        QTest::newRow("two decimals") << QStringLiteral("12.34") << qint64(1234);
        QTest::newRow("one fen") << QStringLiteral("0.01") << qint64(1);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-5.00") << qint64(-500);
        QTest::newRow("negative fraction") << QStringLiteral("-0.05") << qint64(-5);
        QTest::newRow("yen sign and grouping") << QStringLiteral("¥1,234.50") << qint64(123450);
        QTest::newRow("full-width yen") << QStringLiteral("￥88") << qint64(8800);
        QTest::newRow("full-width comma") << QStringLiteral("1，000") << qint64(100000);
        QTest::newRow("surrounding spaces") << QStringLiteral("  7.05 ") << qint64(705);
        QTest::newRow("upper limit") << QStringLiteral("10000000000000") << qint64(1'000'000'000'000'000);
        QTest::newRow("lower limit") << QStringLiteral("-10000000000000.00")
                                     << qint64(-1'000'000'000'000'000);
    }
    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        const auto r = Money::parseYuan(text);
        QVERIFY2(r.ok(), qPrintable(text));
        QCOMPARE(r->fen(), fen);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const QString invalid = QStringLiteral("invalid_amount");
        const QString overflow = QStringLiteral("amount_overflow");
        QTest::newRow("three decimals") << QStringLiteral("12.345") << invalid;
        QTest::newRow("letters") << QStringLiteral("abc") << invalid;
        QTest::newRow("trailing letter") << QStringLiteral("12a") << invalid;
        QTest::newRow("empty") << QString() << invalid;
        QTest::newRow("blank") << QStringLiteral("   ") << invalid;
        QTest::newRow("sign only") << QStringLiteral("-") << invalid;
        QTest::newRow("yen only") << QStringLiteral("¥") << invalid;
        QTest::newRow("two dots") << QStringLiteral("1.2.3") << invalid;
        QTest::newRow("no whole part") << QStringLiteral(".5") << invalid;
        QTest::newRow("dot without decimals") << QStringLiteral("5.") << invalid;
        QTest::newRow("double minus") << QStringLiteral("--5") << invalid;
        QTest::newRow("one fen over the limit") << QStringLiteral("10000000000000.01") << overflow;
        QTest::newRow("one fen under the negative limit") << QStringLiteral("-10000000000000.01") << overflow;
        QTest::newRow("far too many digits") << QStringLiteral("99999999999999999999999") << overflow;
    }
    void parseInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto r = Money::parseYuan(text);
        QVERIFY2(!r.ok(), qPrintable(text));
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void checkedArithmetic()
    {
        QCOMPARE(Money::fromFen(kMax).plus(Money::fromFen(0))->fen(), kMax);
        QCOMPARE(
            Money::fromFen(kMax).plus(Money::fromFen(1)).error().code, QStringLiteral("amount_overflow"));
        QCOMPARE(
            Money::fromFen(kMin).plus(Money::fromFen(-1)).error().code, QStringLiteral("amount_overflow"));
        QCOMPARE(Money::fromFen(kMin).plus(Money::fromFen(kMax))->fen(), qint64(-1));

        QCOMPARE(
            Money::fromFen(kMin).minus(Money::fromFen(1)).error().code, QStringLiteral("amount_overflow"));
        QCOMPARE(
            Money::fromFen(0).minus(Money::fromFen(kMin)).error().code, QStringLiteral("amount_overflow"));
        QCOMPARE(Money::fromFen(-1).minus(Money::fromFen(kMax))->fen(), kMin);
        QCOMPARE(Money::fromFen(500).minus(Money::fromFen(750))->fen(), qint64(-250));

        QCOMPARE(Money::fromFen(kMax / 2).times(2)->fen(), kMax - 1);
        QCOMPARE(Money::fromFen(kMax / 2 + 1).times(2).error().code, QStringLiteral("amount_overflow"));
        QCOMPARE(Money::fromFen(kMin).times(-1).error().code, QStringLiteral("amount_overflow"));
        QCOMPARE(Money::fromFen(kMin).times(1)->fen(), kMin);
        QCOMPARE(Money::fromFen(kMax).times(-1)->fen(), -kMax);
        QCOMPARE(Money::fromFen(1234).times(0)->fen(), qint64(0));
    }

    void basisPoints_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<qint64>("bp");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("5% of 10 yuan") << qint64(1000) << qint64(500) << qint64(50);
        QTest::newRow("half rounds up") << qint64(10) << qint64(500) << qint64(1);
        QTest::newRow("half rounds away from zero") << qint64(-10) << qint64(500) << qint64(-1);
        QTest::newRow("below half rounds down") << qint64(9) << qint64(500) << qint64(0);
        QTest::newRow("negative below half") << qint64(-9) << qint64(500) << qint64(0);
        QTest::newRow("just over half") << qint64(3) << qint64(1667) << qint64(1);
        QTest::newRow("just under half") << qint64(3) << qint64(1666) << qint64(0);
        QTest::newRow("exact half of a fen") << qint64(1) << qint64(5000) << qint64(1);
        QTest::newRow("negative exact half") << qint64(-1) << qint64(5000) << qint64(-1);
        QTest::newRow("100%") << qint64(123457) << qint64(10000) << qint64(123457);
        QTest::newRow("discount 95%") << qint64(1999) << qint64(9500) << qint64(1899); // 1899.05
        QTest::newRow("zero") << qint64(0) << qint64(500) << qint64(0);
    }
    void basisPoints()
    {
        QFETCH(qint64, fen);
        QFETCH(qint64, bp);
        QFETCH(qint64, expected);
        const auto r = Money::fromFen(fen).basisPoints(bp);
        QVERIFY(r.ok());
        QCOMPARE(r->fen(), expected);
    }

    void basisPointsOverflow()
    {
        // Results that cannot be represented: 200 % of the largest amount, the negation of the smallest.
        QCOMPARE(Money::fromFen(kMax).basisPoints(20000).error().code, QStringLiteral("amount_overflow"));
        QCOMPARE(Money::fromFen(kMin).basisPoints(-10000).error().code, QStringLiteral("amount_overflow"));
    }

    void toYuanString_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("one fen") << qint64(5) << QStringLiteral("0.05");
        QTest::newRow("minus one fen") << qint64(-5) << QStringLiteral("-0.05");
        QTest::newRow("grouping is not added") << qint64(123450) << QStringLiteral("1234.50");
        QTest::newRow("negative yuan") << qint64(-100) << QStringLiteral("-1.00");
        QTest::newRow("int64 max") << kMax << QStringLiteral("92233720368547758.07");
        QTest::newRow("int64 min") << kMin << QStringLiteral("-92233720368547758.08");
    }
    void toYuanString()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(Money::fromFen(fen).toYuanString(), text);
    }

    void displayAndRoundTrip()
    {
        QCOMPARE(Money::fromFen(1234).display(), QStringLiteral("¥12.34"));
        for (const qint64 fen :
            { qint64(0), qint64(1), qint64(-1), qint64(99), qint64(-12345), qint64(1'000'000'000'000'000) }) {
            const auto back = Money::parseYuan(Money::fromFen(fen).toYuanString());
            QVERIFY(back.ok());
            QCOMPARE(back->fen(), fen);
            const auto fromDisplay = Money::parseYuan(Money::fromFen(fen).display());
            QVERIFY(fromDisplay.ok());
            QCOMPARE(fromDisplay->fen(), fen);
        }
    }

    void predicatesAndOrder()
    {
        QVERIFY(Money::fromFen(-1).isNegative());
        QVERIFY(Money().isZero());
        QVERIFY(Money::fromFen(1).isPositive());
        QVERIFY(Money::fromFen(1) < Money::fromFen(2));
        QCOMPARE(Money::fromFen(7), Money::fromFen(7));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
