#include "vehicleplate.h"

#include <QTest>

using fd::PlateColour;
using fd::PlateInfo;
using fd::PlateKind;
using fd::VehiclePlate;

Q_DECLARE_METATYPE(fd::PlateKind)

class TestVehiclePlate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plate");
        QTest::addColumn<PlateKind>("kind");
        QTest::addColumn<QString>("province");
        QTest::newRow("ordinary") << QStringLiteral("京A12345") << QStringLiteral("京A12345")
                                  << PlateKind::Ordinary << QStringLiteral("京");
        QTest::newRow("ordinary with letters") << QStringLiteral("粤BD3X7Z") << QStringLiteral("粤BD3X7Z")
                                               << PlateKind::Ordinary << QStringLiteral("粤");
        QTest::newRow("middle dot") << QStringLiteral("京A·12345") << QStringLiteral("京A12345")
                                    << PlateKind::Ordinary << QStringLiteral("京");
        QTest::newRow("katakana dot") << QStringLiteral("京A・12345") << QStringLiteral("京A12345")
                                      << PlateKind::Ordinary << QStringLiteral("京");
        QTest::newRow("spaces and lower case")
            << QStringLiteral("  川 a 1234b ") << QStringLiteral("川A1234B") << PlateKind::Ordinary
            << QStringLiteral("川");
        QTest::newRow("hyphen") << QStringLiteral("琼A-12345") << QStringLiteral("琼A12345")
                                << PlateKind::Ordinary << QStringLiteral("琼");
        QTest::newRow("full-width letters") << QStringLiteral("浙Ａ１２３４５") << QStringLiteral("浙A12345")
                                            << PlateKind::Ordinary << QStringLiteral("浙");
        QTest::newRow("new energy small D") << QStringLiteral("沪AD12345") << QStringLiteral("沪AD12345")
                                            << PlateKind::NewEnergySmall << QStringLiteral("沪");
        QTest::newRow("new energy small F letter")
            << QStringLiteral("苏EFK1234") << QStringLiteral("苏EFK1234") << PlateKind::NewEnergySmall
            << QStringLiteral("苏");
        QTest::newRow("new energy small 2022 letter A")
            << QStringLiteral("京AA12345") << QStringLiteral("京AA12345") << PlateKind::NewEnergySmall
            << QStringLiteral("京");
        QTest::newRow("new energy small 2022 letter K")
            << QStringLiteral("粤BK00001") << QStringLiteral("粤BK00001") << PlateKind::NewEnergySmall
            << QStringLiteral("粤");
        QTest::newRow("new energy small with dot")
            << QStringLiteral("沪A·D12345") << QStringLiteral("沪AD12345") << PlateKind::NewEnergySmall
            << QStringLiteral("沪");
        QTest::newRow("new energy large D") << QStringLiteral("粤B12345D") << QStringLiteral("粤B12345D")
                                            << PlateKind::NewEnergyLarge << QStringLiteral("粤");
        QTest::newRow("new energy large F") << QStringLiteral("鲁Q00001F") << QStringLiteral("鲁Q00001F")
                                            << PlateKind::NewEnergyLarge << QStringLiteral("鲁");
    }
    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, plate);
        QFETCH(PlateKind, kind);
        QFETCH(QString, province);
        const auto r = VehiclePlate::parse(text);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->plate, plate);
        QCOMPARE(VehiclePlate::toString(r->kind), VehiclePlate::toString(kind));
        QCOMPARE(r->province, province);
    }

    void everyProvince()
    {
        QCOMPARE(VehiclePlate::kProvinces.size(), 31);
        for (const QChar p : VehiclePlate::kProvinces) {
            const auto r = VehiclePlate::parse(QString(p) + QStringLiteral("B12345"));
            QVERIFY(r.ok());
            QCOMPARE(r->province, QString(p));
        }
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("hong kong is not a province prefix")
            << QStringLiteral("港A12345") << QStringLiteral("province");
        QTest::newRow("no province") << QStringLiteral("A123456") << QStringLiteral("province");
        QTest::newRow("taiwan") << QStringLiteral("台A12345") << QStringLiteral("province");
        QTest::newRow("digit as authority")
            << QStringLiteral("京112345") << QStringLiteral("second character");
        QTest::newRow("chinese as authority")
            << QStringLiteral("京京12345") << QStringLiteral("second character");
        QTest::newRow("province only") << QStringLiteral("京") << QStringLiteral("second character");
        QTest::newRow("letter I") << QStringLiteral("京A1234I") << QStringLiteral("I and O");
        QTest::newRow("letter O") << QStringLiteral("京AO1234") << QStringLiteral("I and O");
        QTest::newRow("trailing character") << QStringLiteral("粤Z1234港") << QStringLiteral("I and O");
        QTest::newRow("too short") << QStringLiteral("京A1234") << QStringLiteral("7 characters");
        QTest::newRow("too long") << QStringLiteral("京A1234567") << QStringLiteral("7 characters");
        QTest::newRow("new energy small, 5th not digit")
            << QStringLiteral("沪AD1234X") << QStringLiteral("new-energy");
        QTest::newRow("new energy small, letter I")
            << QStringLiteral("沪ADI2345") << QStringLiteral("new-energy");
        QTest::newRow("new energy small, L is no energy letter")
            << QStringLiteral("沪AL12345") << QStringLiteral("new-energy");
        QTest::newRow("new energy large, ends in E")
            << QStringLiteral("粤B12345E") << QStringLiteral("new-energy");
        QTest::newRow("new energy large, letter inside")
            << QStringLiteral("粤B1234AD") << QStringLiteral("new-energy");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter");
        QTest::newRow("dots only") << QStringLiteral(" · ") << QStringLiteral("Enter");
    }
    void parseInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto r = VehiclePlate::parse(text);
        QVERIFY2(!r.ok(), qPrintable(text));
        QCOMPARE(r.error().code, QStringLiteral("invalid_plate"));
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
        QVERIFY(r.error().field.isEmpty());
    }

    void colours_data()
    {
        QTest::addColumn<QString>("plate");
        QTest::addColumn<QString>("allowed"); // comma-separated colour keys
        QTest::newRow("ordinary") << QStringLiteral("京A12345") << QStringLiteral("blue,yellow,white,black");
        QTest::newRow("new energy small") << QStringLiteral("沪AD12345") << QStringLiteral("green");
        QTest::newRow("new energy large") << QStringLiteral("粤B12345D") << QStringLiteral("yellow_green");
    }
    void colours()
    {
        QFETCH(QString, plate);
        QFETCH(QString, allowed);
        const auto info = VehiclePlate::parse(plate);
        QVERIFY(info.ok());
        const QStringList allowedKeys = allowed.split(QLatin1Char(','));
        const QList<PlateColour> all = { PlateColour::Blue, PlateColour::Yellow, PlateColour::Green,
            PlateColour::YellowGreen, PlateColour::White, PlateColour::Black };
        for (const PlateColour c : all) {
            const QString key = VehiclePlate::toString(c);
            QCOMPARE(VehiclePlate::colourMatches(*info, c), allowedKeys.contains(key));
        }
    }

    void stringKeys()
    {
        QCOMPARE(VehiclePlate::toString(PlateKind::Ordinary), QStringLiteral("ordinary"));
        QCOMPARE(VehiclePlate::toString(PlateKind::NewEnergySmall), QStringLiteral("new_energy_small"));
        QCOMPARE(VehiclePlate::toString(PlateKind::NewEnergyLarge), QStringLiteral("new_energy_large"));
        for (const PlateKind k :
            { PlateKind::Ordinary, PlateKind::NewEnergySmall, PlateKind::NewEnergyLarge })
            QCOMPARE(VehiclePlate::kindFromString(VehiclePlate::toString(k)), std::optional(k));
        QCOMPARE(VehiclePlate::kindFromString(u"Ordinary"), std::nullopt);

        const QStringList keys = { QStringLiteral("blue"), QStringLiteral("yellow"), QStringLiteral("green"),
            QStringLiteral("yellow_green"), QStringLiteral("white"), QStringLiteral("black") };
        for (const QString &key : keys) {
            const auto c = VehiclePlate::colourFromString(key);
            QVERIFY2(c.has_value(), qPrintable(key));
            QCOMPARE(VehiclePlate::toString(*c), key);
        }
        QCOMPARE(VehiclePlate::colourFromString(u"red"), std::nullopt);
        QCOMPARE(VehiclePlate::colourFromString(u""), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestVehiclePlate)
#include "tst_vehicleplate.moc"
