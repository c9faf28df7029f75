#include "personname.h"

#include <QTest>

using fd::PersonName;

class TestPersonName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("two characters") << QStringLiteral("陈静") << QStringLiteral("陈*");
        QTest::newRow("three characters") << QStringLiteral("王建军") << QStringLiteral("王*");
        QTest::newRow("compound surname") << QStringLiteral("欧阳明华") << QStringLiteral("欧*");
        QTest::newRow("latin") << QStringLiteral("Li Wei") << QStringLiteral("L*");
        QTest::newRow("spaces around") << QStringLiteral("  张三  ") << QStringLiteral("张*");
        QTest::newRow("one character") << QStringLiteral("陈") << QStringLiteral("陈*");
        // U+20000, outside the Basic Multilingual Plane: two UTF-16 units, one character.
        QTest::newRow("supplementary plane") << (QString::fromUcs4(U"\U00020000") + QStringLiteral("明"))
                                             << (QString::fromUcs4(U"\U00020000") + QStringLiteral("*"));
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << QString();
    }
    void masked()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(PersonName::masked(name), masked);
    }
};

QTEST_GUILESS_MAIN(TestPersonName)
#include "tst_personname.moc"
