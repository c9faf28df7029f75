#include "mobilephone.h"

#include <QTest>

using fd::MobilePhone;

class TestMobilePhone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        QTest::newRow("bare") << QStringLiteral("13800138000") << QStringLiteral("13800138000");
        QTest::newRow("+86 grouped") << QStringLiteral("+86 138 0013 8000") << QStringLiteral("13800138000");
        QTest::newRow("+86 joined") << QStringLiteral("+8613800138000") << QStringLiteral("13800138000");
        QTest::newRow("86-") << QStringLiteral("86-13800138000") << QStringLiteral("13800138000");
        QTest::newRow("0086") << QStringLiteral("0086 13800138000") << QStringLiteral("13800138000");
        QTest::newRow("(+86)") << QStringLiteral("(+86) 139-1234-5678") << QStringLiteral("13912345678");
        QTest::newRow("dashes") << QStringLiteral("138-0013-8000") << QStringLiteral("13800138000");
        QTest::newRow("surrounding spaces")
            << QStringLiteral("  19912345678 ") << QStringLiteral("19912345678");
        QTest::newRow("full-width") << QStringLiteral("１５８００１３８０００")
                                    << QStringLiteral("15800138000");
        QTest::newRow("lowest prefix 13") << QStringLiteral("13000000000") << QStringLiteral("13000000000");
        QTest::newRow("highest prefix 19") << QStringLiteral("19999999999") << QStringLiteral("19999999999");
    }
    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        const auto r = MobilePhone::parse(text);
        QVERIFY2(r.ok(), qPrintable(text));
        QCOMPARE(*r, number);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("second digit 2") << QStringLiteral("12345678901");
        QTest::newRow("second digit 0") << QStringLiteral("10086000000");
        QTest::newRow("not starting with 1") << QStringLiteral("23800138000");
        QTest::newRow("10 digits") << QStringLiteral("1380013800");
        QTest::newRow("12 digits") << QStringLiteral("138001380001");
        QTest::newRow("landline") << QStringLiteral("010-12345678");
        QTest::newRow("letters") << QStringLiteral("1380013800a");
        QTest::newRow("other country") << QStringLiteral("+44 7700 900123");
        QTest::newRow("+86 with landline") << QStringLiteral("+86 10 1234 5678");
        QTest::newRow("plus inside") << QStringLiteral("138+0013800");
        QTest::newRow("86 without number") << QStringLiteral("86-");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  - ");
    }
    void parseInvalid()
    {
        QFETCH(QString, text);
        const auto r = MobilePhone::parse(text);
        QVERIFY2(!r.ok(), qPrintable(text));
        QCOMPARE(r.error().code, QStringLiteral("invalid_phone"));
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(r.error().field.isEmpty());
    }

    void masked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("bare") << QStringLiteral("13812341234") << QStringLiteral("138****1234");
        QTest::newRow("with prefix") << QStringLiteral("+86 138 0013 8000") << QStringLiteral("138****8000");
        QTest::newRow("invalid is starred completely")
            << QStringLiteral("12345678901") << QStringLiteral("***********");
        QTest::newRow("short") << QStringLiteral("1380") << QStringLiteral("****");
        QTest::newRow("empty") << QString() << QString();
    }
    void masked()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(MobilePhone::masked(text), masked);
    }
};

QTEST_GUILESS_MAIN(TestMobilePhone)
#include "tst_mobilephone.moc"
