#include "creditcode.h"

#include <QTest>

using fd::CreditCode;

class TestCreditCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkChar_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("expected");
        QTest::newRow("published example") << QStringLiteral("91350100M000100Y4") << QChar(u'3');
        QTest::newRow("huawei") << QStringLiteral("91440300192203821") << QChar(u'6');
        QTest::newRow("tencent") << QStringLiteral("91440300708461136") << QChar(u'T');
        QTest::newRow("alibaba") << QStringLiteral("91330100799655058") << QChar(u'B');
        QTest::newRow("xiaomi") << QStringLiteral("91110108551385082") << QChar(u'Q');
        QTest::newRow("institution") << QStringLiteral("12100000400000624") << QChar(u'D');
        QTest::newRow("check value zero") << QStringLiteral("00000000000000000") << QChar(u'0');
        QTest::newRow("16 characters") << QStringLiteral("9135010M000100Y4") << QChar();
        QTest::newRow("forbidden letter") << QStringLiteral("91350100M0001O0Y4") << QChar();
        QTest::newRow("lower case") << QStringLiteral("91350100m000100y4") << QChar();
    }
    void checkChar()
    {
        QFETCH(QString, first17);
        QFETCH(QChar, expected);
        QCOMPARE(CreditCode::checkChar(first17), expected);
    }

    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("published example")
            << QStringLiteral("91350100M000100Y43") << QStringLiteral("91350100M000100Y43");
        QTest::newRow("huawei") << QStringLiteral("914403001922038216")
                                << QStringLiteral("914403001922038216");
        QTest::newRow("tencent") << QStringLiteral("91440300708461136T")
                                 << QStringLiteral("91440300708461136T");
        QTest::newRow("alibaba") << QStringLiteral("91330100799655058B")
                                 << QStringLiteral("91330100799655058B");
        QTest::newRow("xiaomi") << QStringLiteral("91110108551385082Q")
                                << QStringLiteral("91110108551385082Q");
        QTest::newRow("lower case") << QStringLiteral("91350100m000100y43")
                                    << QStringLiteral("91350100M000100Y43");
        QTest::newRow("spaces") << QStringLiteral(" 9135 0100 M000 100Y 43 ")
                                << QStringLiteral("91350100M000100Y43");
        QTest::newRow("full-width") << QStringLiteral("９１３５０１００Ｍ０００１００Ｙ４３")
                                    << QStringLiteral("91350100M000100Y43");
        // "…289F" is quoted as an example in places, but its check character works out to U.
        QTest::newRow("corrected example")
            << QStringLiteral("91110000600037289U") << QStringLiteral("91110000600037289U");
    }
    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto r = CreditCode::parse(text);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->code, code);
        QCOMPARE(r->registrationAuthority, code.at(0));
        QCOMPARE(r->organisationType, code.at(1));
        QCOMPARE(r->regionCode, code.mid(2, 6));
        QCOMPARE(r->organisationCode, code.mid(8, 9));
    }

    void parts()
    {
        const auto r = CreditCode::parse(QStringLiteral("91350100M000100Y43"));
        QVERIFY(r.ok());
        QCOMPARE(r->registrationAuthority, QChar(u'9'));
        QCOMPARE(r->organisationType, QChar(u'1'));
        QCOMPARE(r->regionCode, QStringLiteral("350100"));
        QCOMPARE(r->organisationCode, QStringLiteral("M000100Y4"));
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong check char")
            << QStringLiteral("91350100M000100Y44") << QStringLiteral("check character");
        QTest::newRow("quoted example with F")
            << QStringLiteral("91110000600037289F") << QStringLiteral("check character");
        QTest::newRow("letter I") << QStringLiteral("91350100M0001I0Y43") << QStringLiteral("\"I\"");
        QTest::newRow("letter O") << QStringLiteral("91350100M0001O0Y43") << QStringLiteral("\"O\"");
        QTest::newRow("letter Z") << QStringLiteral("91350100Z000100Y43") << QStringLiteral("\"Z\"");
        QTest::newRow("letter S") << QStringLiteral("91350100S000100Y43") << QStringLiteral("\"S\"");
        QTest::newRow("letter V") << QStringLiteral("91350100V000100Y43") << QStringLiteral("\"V\"");
        QTest::newRow("lower-case o is still O")
            << QStringLiteral("91350100M0001o0Y43") << QStringLiteral("\"O\"");
        QTest::newRow("punctuation") << QStringLiteral("91350100M000-00Y43") << QStringLiteral("\"-\"");
        QTest::newRow("letter in region code")
            << QStringLiteral("9135A100M000100Y43") << QStringLiteral("region code");
        QTest::newRow("17 characters")
            << QStringLiteral("91350100M000100Y4") << QStringLiteral("18 characters");
        QTest::newRow("19 characters")
            << QStringLiteral("91350100M000100Y433") << QStringLiteral("18 characters");
        QTest::newRow("old 9-character organisation code")
            << QStringLiteral("M000100Y4") << QStringLiteral("18 characters");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter");
    }
    void parseInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto r = CreditCode::parse(text);
        QVERIFY2(!r.ok(), qPrintable(text));
        QCOMPARE(r.error().code, QStringLiteral("invalid_credit_code"));
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
        QVERIFY(r.error().field.isEmpty());
    }

    void regionCodeCheckedBeforeChecksum()
    {
        // A letter in the region code with a check character that fits it: only the region rule can catch it.
        const QString first17 = QStringLiteral("9135A100M000100Y4");
        const QString code = first17 + CreditCode::checkChar(first17);
        const auto r = CreditCode::parse(code);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("region code")));
    }

    void everySingleTypoIsCaught()
    {
        const QString good = QStringLiteral("91350100M000100Y43");
        for (qsizetype pos = 0; pos < good.size(); ++pos) {
            for (const QChar c : CreditCode::kAlphabet) {
                if (c == good.at(pos))
                    continue;
                QString typo = good;
                typo[pos] = c;
                QVERIFY2(!CreditCode::parse(typo).ok(), qPrintable(typo));
            }
        }
    }

    void generatedCodesParse()
    {
        // What a demo-data generator does: any prefix from the alphabet plus checkChar().
        int count = 0;
        for (int i = 0; i < 31 * 31; i += 7) {
            const QChar a = CreditCode::kAlphabet.at(i % 31);
            const QChar b = CreditCode::kAlphabet.at(i / 31);
            const QString first17 = QStringLiteral("91%1MA%2%3%4X")
                                        .arg(QStringLiteral("%1").arg(110000 + i, 6, 10, QLatin1Char('0')))
                                        .arg(a)
                                        .arg(b)
                                        .arg(QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')));
            QCOMPARE(first17.size(), 17);
            const QString code = first17 + CreditCode::checkChar(first17);
            QVERIFY2(CreditCode::parse(code).ok(), qPrintable(code));
            ++count;
        }
        QCOMPARE(count, 138);
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
