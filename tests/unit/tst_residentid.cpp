#include "residentid.h"

#include <QTest>

using fd::Gender;
using fd::ResidentId;

Q_DECLARE_METATYPE(fd::Gender)

namespace {

const QDate kToday(2026, 1, 1);

/** A complete number from 17 digits, with the right check character. */
QString withCheck(const QString &first17)
{
    return first17 + ResidentId::checkChar(first17);
}

} // namespace

class TestResidentId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkChar_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("expected");
        // The GB 11643 example number, and others worked out by hand from the weights.
        QTest::newRow("GB 11643 example") << QStringLiteral("11010519491231002") << QChar(u'X');
        QTest::newRow("shenzhen") << QStringLiteral("44030519900101123") << QChar(u'X');
        QTest::newRow("leap day") << QStringLiteral("31011520000229002") << QChar(u'1');
        QTest::newRow("urumqi") << QStringLiteral("65010220231231001") << QChar(u'1');
        QTest::newRow("hong kong permit") << QStringLiteral("81000019800101001") << QChar(u'4');
        QTest::newRow("chengdu") << QStringLiteral("51010819851015047") << QChar(u'5');
        QTest::newRow("16 digits") << QStringLiteral("1101051949123100") << QChar();
        QTest::newRow("18 digits") << QStringLiteral("110105194912310021") << QChar();
        QTest::newRow("letter") << QStringLiteral("1101051949123100A") << QChar();
        QTest::newRow("empty") << QString() << QChar();
    }
    void checkChar()
    {
        QFETCH(QString, first17);
        QFETCH(QChar, expected);
        QCOMPARE(ResidentId::checkChar(first17), expected);
    }

    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<Gender>("gender");
        QTest::addColumn<QString>("province");
        QTest::newRow("GB 11643 example")
            << QStringLiteral("11010519491231002X") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << Gender::Female << QStringLiteral("11");
        QTest::newRow("lower-case x")
            << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << Gender::Female << QStringLiteral("11");
        QTest::newRow("grouped with spaces")
            << QStringLiteral(" 110105 19491231 002X ") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << Gender::Female << QStringLiteral("11");
        QTest::newRow("full-width") << QStringLiteral("１１０１０５１９４９１２３１００２ｘ")
                                    << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31)
                                    << Gender::Female << QStringLiteral("11");
        QTest::newRow("male") << QStringLiteral("44030519900101123X") << QStringLiteral("44030519900101123X")
                              << QDate(1990, 1, 1) << Gender::Male << QStringLiteral("44");
        QTest::newRow("leap day") << QStringLiteral("310115200002290021")
                                  << QStringLiteral("310115200002290021") << QDate(2000, 2, 29)
                                  << Gender::Female << QStringLiteral("31");
        QTest::newRow("young") << QStringLiteral("650102202312310011") << QStringLiteral("650102202312310011")
                               << QDate(2023, 12, 31) << Gender::Male << QStringLiteral("65");
        QTest::newRow("hong kong residence permit")
            << QStringLiteral("810000198001010014") << QStringLiteral("810000198001010014")
            << QDate(1980, 1, 1) << Gender::Male << QStringLiteral("81");
        QTest::newRow("born 1900") << QStringLiteral("370202190012315550")
                                   << QStringLiteral("370202190012315550") << QDate(1900, 12, 31)
                                   << Gender::Male << QStringLiteral("37");
        QTest::newRow("born today") << withCheck(QStringLiteral("53010220260101002"))
                                    << withCheck(QStringLiteral("53010220260101002")) << kToday
                                    << Gender::Female << QStringLiteral("53");
    }
    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        QFETCH(QDate, birth);
        QFETCH(Gender, gender);
        QFETCH(QString, province);
        const auto r = ResidentId::parse(text, kToday);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->number, number);
        QCOMPARE(r->birthDate, birth);
        QCOMPARE(r->gender, gender);
        QCOMPARE(r->provinceCode, province);
        QCOMPARE(r->masked(), number.left(6) + QStringLiteral("********") + number.right(4));
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason"); // a word the message must contain
        QTest::newRow("wrong check digit")
            << QStringLiteral("110105194912310021") << QStringLiteral("check character");
        QTest::newRow("digit where the X belongs")
            << QStringLiteral("440305199001011230") << QStringLiteral("check character");
        QTest::newRow("30 February") << withCheck(QStringLiteral("11010519990230001"))
                                     << QStringLiteral("not a real date");
        QTest::newRow("month 13") << withCheck(QStringLiteral("11010519991301001"))
                                  << QStringLiteral("not a real date");
        QTest::newRow("29 February 1900")
            << withCheck(QStringLiteral("11010519000229001")) << QStringLiteral("not a real date");
        QTest::newRow("born tomorrow")
            << withCheck(QStringLiteral("11010520260102001")) << QStringLiteral("future");
        QTest::newRow("born 1899") << withCheck(QStringLiteral("11010518991231001"))
                                   << QStringLiteral("1900");
        QTest::newRow("province 99") << withCheck(QStringLiteral("99010519491231002"))
                                     << QStringLiteral("region code");
        QTest::newRow("province 00") << withCheck(QStringLiteral("00010519491231002"))
                                     << QStringLiteral("region code");
        QTest::newRow("province 16") << withCheck(QStringLiteral("16010519491231002"))
                                     << QStringLiteral("region code");
        QTest::newRow("province 84") << withCheck(QStringLiteral("84010519491231002"))
                                     << QStringLiteral("region code");
        QTest::newRow("17 digits") << QStringLiteral("11010519491231002") << QStringLiteral("18 characters");
        QTest::newRow("19 characters")
            << QStringLiteral("11010519491231002X1") << QStringLiteral("18 characters");
        QTest::newRow("old 15-digit number")
            << QStringLiteral("110105491231002") << QStringLiteral("18 characters");
        QTest::newRow("letter inside") << QStringLiteral("1101051949A231002X") << QStringLiteral("17 digits");
        QTest::newRow("X inside") << QStringLiteral("1101051949123100X2") << QStringLiteral("17 digits");
        QTest::newRow("letter at end") << QStringLiteral("11010519491231002A") << QStringLiteral("17 digits");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("Enter");
    }
    void parseInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto r = ResidentId::parse(text, kToday);
        QVERIFY2(!r.ok(), qPrintable(text));
        QCOMPARE(r.error().code, QStringLiteral("invalid_resident_id"));
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
        QVERIFY(r.error().field.isEmpty());
    }

    void futureCheckCanBeSkipped()
    {
        const QString tomorrow = withCheck(QStringLiteral("11010520260102001"));
        QVERIFY(!ResidentId::parse(tomorrow, kToday).ok());
        QVERIFY(ResidentId::parse(tomorrow, QDate()).ok());
        QVERIFY(ResidentId::parse(tomorrow, kToday.addDays(1)).ok());
    }

    void everySingleDigitTypoIsCaught()
    {
        // MOD 11-2 catches every single substitution and every swap of neighbours; whichever
        // rule reports it, a mistyped number must never pass.
        const QString good = QStringLiteral("11010519491231002X");
        QVERIFY(ResidentId::parse(good, kToday).ok());
        const QString symbols = QStringLiteral("0123456789X");
        for (qsizetype pos = 0; pos < good.size(); ++pos) {
            for (const QChar c : symbols) {
                if (c == good.at(pos) || (pos < 17 && c == QLatin1Char('X')))
                    continue;
                QString typo = good;
                typo[pos] = c;
                QVERIFY2(!ResidentId::parse(typo, kToday).ok(), qPrintable(typo));
            }
        }
        for (qsizetype pos = 0; pos + 1 < good.size(); ++pos) {
            if (good.at(pos) == good.at(pos + 1))
                continue;
            QString swapped = good;
            std::swap(swapped[pos], swapped[pos + 1]);
            QVERIFY2(!ResidentId::parse(swapped, kToday).ok(), qPrintable(swapped));
        }
    }

    void generatedNumbersParse()
    {
        // What a demo-data generator does: any region, date and sequence plus checkChar().
        const QStringList regions
            = { QStringLiteral("110105"), QStringLiteral("320102"), QStringLiteral("440305"),
                  QStringLiteral("540102"), QStringLiteral("710000"), QStringLiteral("830000") };
        int count = 0;
        for (const QString &region : regions) {
            for (int seq = 0; seq < 1000; seq += 37) {
                const QDate birth = QDate(1950, 1, 1).addDays(seq * 20);
                const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd"))
                    + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
                const QString number = withCheck(first17);
                const auto r = ResidentId::parse(number, kToday);
                QVERIFY2(r.ok(), qPrintable(number));
                QCOMPARE(r->birthDate, birth);
                QCOMPARE(r->gender, seq % 2 == 1 ? Gender::Male : Gender::Female);
                ++count;
            }
        }
        QCOMPARE(count, 6 * 28);
    }

    void provinceCodes()
    {
        int valid = 0;
        for (int code = 0; code < 100; ++code) {
            if (ResidentId::isProvinceCode(QStringLiteral("%1").arg(code, 2, 10, QLatin1Char('0'))))
                ++valid;
        }
        // 5 + 3 + 7 + 6 + 5 + 5 mainland codes, plus 71, 81, 82, 83.
        QCOMPARE(valid, 35);
        QVERIFY(ResidentId::isProvinceCode(u"46"));
        QVERIFY(!ResidentId::isProvinceCode(u"47"));
        QVERIFY(!ResidentId::isProvinceCode(u"1"));
        QVERIFY(!ResidentId::isProvinceCode(u"1a"));
    }

    void masked()
    {
        QCOMPARE(ResidentId::masked(u"11010519491231002X"), QStringLiteral("110105********002X"));
        QCOMPARE(ResidentId::masked(u"11010519491231002x"), QStringLiteral("110105********002X"));
        QCOMPARE(ResidentId::masked(u"110105 19491231 002X"), QStringLiteral("110105********002X"));
        // Malformed input is not shown in part either.
        QCOMPARE(ResidentId::masked(u"1101051949"), QStringLiteral("**********"));
        QCOMPARE(ResidentId::masked(u""), QString());
    }
};

QTEST_GUILESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
