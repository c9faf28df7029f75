#include "customerrepository.h"
#include "creditcode.h"
#include "residentid.h"
#include "storefixture.h"

#include <QTest>

using namespace fd;

class TestCustomerRepository : public QObject
{
    Q_OBJECT

private:
    static CustomerInput individual()
    {
        CustomerInput in;
        in.name = QStringLiteral("陈静");
        const QString id17 = QStringLiteral("34010419880312642");
        in.idNumber = id17 + ResidentId::checkChar(id17);
        in.phone = QStringLiteral("138-0013-8000");
        return in;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validIndividualIsSavedWithItsOp()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 ops = f.count(QStringLiteral("outbox"));
        auto c = CustomerRepository(*f.store).create(individual(), QStringLiteral("staff-1"), QDate(2026, 1, 1));
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->phone, QStringLiteral("13800138000"));
        QCOMPARE(c->customerNo, QStringLiteral("K010107000001"));
        QCOMPARE(f.count(QStringLiteral("customers"), QStringLiteral("gender = 'female' AND birthday = '1988-03-12'")), 1);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 1);
        QCOMPARE(f.count(QStringLiteral("customer_search")), 1);
        auto back = CustomerRepository(*f.store).get(c->id);
        QVERIFY(back);
        QCOMPARE(back->name, QStringLiteral("陈静"));
    }

    void invalidInputSavesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        const QString id17 = QStringLiteral("34010419880312642");
        const QChar wrong = ResidentId::checkChar(id17) == QLatin1Char('5') ? QLatin1Char('6') : QLatin1Char('5');
        QTest::newRow("bad check digit") << "idNumber" << (id17 + wrong);
        QTest::newRow("impossible birth date") << "idNumber" << "340104198802306421";
        QTest::newRow("landline as mobile") << "phone" << "0551-62345678";
        QTest::newRow("short phone") << "phone" << "1380013800";
        QTest::newRow("one-character name") << "name" << "陈";
    }

    void invalidInputSavesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        StoreFixture f;
        QVERIFY(f.open());
        CustomerInput in = individual();
        if (field == QLatin1String("idNumber"))
            in.idNumber = value;
        else if (field == QLatin1String("phone"))
            in.phone = value;
        else
            in.name = value;
        const qint64 ops = f.count(QStringLiteral("outbox"));
        auto c = CustomerRepository(*f.store).create(in, {}, QDate(2026, 1, 1));
        QVERIFY(!c);
        QCOMPARE(c.error().field, field);
        QVERIFY(!c.error().message.isEmpty());
        QCOMPARE(f.count(QStringLiteral("customers")), 0);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops);
    }

    void validateReportsEveryProblemAtOnce()
    {
        CustomerInput in;
        in.name = QStringLiteral("x");
        in.idNumber = QStringLiteral("123");
        in.phone = QStringLiteral("abc");
        in.grade = QStringLiteral("Z");
        const QList<Error> errors = in.validate(QDate(2026, 1, 1));
        QStringList fields;
        for (const Error &e : errors)
            fields << e.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("idNumber"), QStringLiteral("phone"), QStringLiteral("grade")}));
    }

    void corporateNeedsCreditCodeAndAgent()
    {
        StoreFixture f;
        QVERIFY(f.open());
        CustomerInput in;
        in.kind = QStringLiteral("corporate");
        in.name = QStringLiteral("安徽皖通物流有限公司");
        const QString code17 = QStringLiteral("91340100MA2N0A1B2");
        in.creditCode = (code17 + CreditCode::checkChar(code17)).toLower();
        in.agentName = QStringLiteral("刘洋");
        const QString id17 = QStringLiteral("34010219900215456");
        in.agentIdNumber = id17 + ResidentId::checkChar(id17);
        in.phone = QStringLiteral("18655551234");
        auto ok = CustomerRepository(*f.store).create(in, {}, QDate(2026, 1, 1));
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().toString()));
        QCOMPARE(ok->creditCode, (code17 + CreditCode::checkChar(code17)));

        in.creditCode = code17 + QLatin1Char(CreditCode::checkChar(code17) == QLatin1Char('0') ? '1' : '0');
        auto bad = CustomerRepository(*f.store).create(in, {}, QDate(2026, 1, 1));
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("creditCode"));
        QCOMPARE(f.count(QStringLiteral("customers")), 1);
    }

    void vehiclesAreValidatedAndSearchable()
    {
        StoreFixture f;
        QVERIFY(f.open());
        CustomerRepository repo(*f.store);
        auto c = repo.create(individual(), {}, QDate(2026, 1, 1));
        QVERIFY(c);
        auto mismatch = repo.addVehicle(c->id, QStringLiteral("皖AD12345"), QStringLiteral("blue"), {}, {});
        QCOMPARE(mismatch.error().code, QStringLiteral("colour_mismatch"));
        auto badPlate = repo.addVehicle(c->id, QStringLiteral("港A12345"), QStringLiteral("blue"), {}, {});
        QCOMPARE(badPlate.error().field, QStringLiteral("plate"));
        QCOMPARE(f.count(QStringLiteral("vehicles")), 0);
        QVERIFY(repo.addVehicle(c->id, QStringLiteral("皖 AD12345"), QStringLiteral("green"), QStringLiteral("340100123456"), {}));
        QCOMPARE(f.count(QStringLiteral("vehicles"), QStringLiteral("plate = '皖AD12345'")), 1);
        auto dup = repo.addVehicle(c->id, QStringLiteral("皖AD12345"), QStringLiteral("green"), {}, {});
        QCOMPARE(dup.error().code, QStringLiteral("duplicate_plate"));
    }

    void contactLogIsAppendOnly()
    {
        StoreFixture f;
        QVERIFY(f.open());
        CustomerRepository repo(*f.store);
        auto c = repo.create(individual(), {}, QDate(2026, 1, 1));
        QVERIFY(c);
        QCOMPARE(repo.logContact(c->id, QStringLiteral("phone"), QStringLiteral("  "), {}).error().field, QStringLiteral("content"));
        auto id = repo.logContact(c->id, QStringLiteral("phone"), QStringLiteral("询问 ETC 卡余额"), {});
        QVERIFY(id);
        QVERIFY(!f.store->db().run(QStringLiteral("UPDATE contact_log SET content = 'x'")));
        QCOMPARE(f.count(QStringLiteral("contact_log"), QStringLiteral("content = '询问 ETC 卡余额'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
