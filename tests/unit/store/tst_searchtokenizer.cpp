#include "searchtokenizer.h"

#include <QTest>

using namespace fd;

class TestSearchTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("chinese name") << QStringLiteral("张三丰") << QStringList{QStringLiteral("张"), QStringLiteral("三"), QStringLiteral("丰")};
        QTest::newRow("plate") << QStringLiteral("皖A·12345") << QStringList{QStringLiteral("皖"), QStringLiteral("a"), QStringLiteral("12345")};
        QTest::newRow("mixed") << QStringLiteral("OBU无法识别")
                               << QStringList{QStringLiteral("obu"), QStringLiteral("无"), QStringLiteral("法"), QStringLiteral("识"), QStringLiteral("别")};
        QTest::newRow("full-width digits") << QStringLiteral("１３８００１３８０００") << QStringList{QStringLiteral("13800138000")};
        QTest::newRow("ticket number") << QStringLiteral("T-0101-07-000123")
                                       << QStringList{QStringLiteral("t"), QStringLiteral("0101"), QStringLiteral("07"), QStringLiteral("000123")};
        QTest::newRow("punctuation only") << QStringLiteral("，。！?*\"") << QStringList{};
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(SearchTokenizer::tokens(text), expected);
    }

    void documentHasReversedNumbers()
    {
        const auto d = SearchTokenizer::document({QStringLiteral("张三"), QStringLiteral("13800138000"), QStringLiteral("11010519491231002X")});
        QVERIFY(d.doc.startsWith(QStringLiteral("张 三 zzsep 13800138000 zzsep")));
        QVERIFY(d.rev.contains(QStringLiteral("00083100831")));
        QVERIFY(d.rev.contains(QStringLiteral("x20013219491501011")));
        QVERIFY(!d.rev.contains(QStringLiteral("张")));
    }

    void matchExpressions_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name fragment") << QStringLiteral("三丰") << QStringLiteral("doc : \"三 丰\"*");
        QTest::newRow("phone tail") << QStringLiteral("8000") << QStringLiteral("(doc : \"8000\"* OR rev : \"0008\"*)");
        QTest::newRow("spaced phone") << QStringLiteral("138 0013 8000")
                                      << QStringLiteral("(doc : \"13800138000\"* OR rev : \"00083100831\"*)");
        QTest::newRow("two terms") << QStringLiteral("张 合肥")
                                   << QStringLiteral("doc : \"张\"* AND doc : \"合 肥\"*");
        QTest::newRow("short ascii") << QStringLiteral("A1") << QStringLiteral("doc : \"a1\"*");
        QTest::newRow("fts syntax is just text") << QStringLiteral("\"NEAR( * AND") << QStringLiteral("(doc : \"near\"* OR rev : \"raen\"*) AND (doc : \"and\"* OR rev : \"dna\"*)");
        QTest::newRow("nothing") << QStringLiteral("  ，  ") << QString();
    }

    void matchExpressions()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(SearchTokenizer::matchExpression(query), expected);
    }
};

QTEST_GUILESS_MAIN(TestSearchTokenizer)
#include "tst_searchtokenizer.moc"
