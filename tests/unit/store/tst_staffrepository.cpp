#include "staffrepository.h"
#include "storefixture.h"

#include <QTest>

using namespace fd;

class TestStaffRepository : public QObject
{
    Q_OBJECT

private:
    static NewStaff crew(const QString &no, const QString &outletId)
    {
        NewStaff s;
        s.staffNo = no;
        s.name = QStringLiteral("周建国");
        s.outletId = outletId;
        s.roles = {QStringLiteral("crew")};
        s.pin = QStringLiteral("4821");
        s.pinIterations = 1000; // tests need speed, not strength; the count is stored per hash
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createAndSignIn()
    {
        StoreFixture f;
        QVERIFY(f.open());
        StaffRepository staff(*f.store);
        auto created = staff.create(crew(QStringLiteral("W001"), f.outletId));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        QCOMPARE(created->roles, QStringList{QStringLiteral("crew")});
        // The PIN itself is nowhere in the store.
        QCOMPARE(f.count(QStringLiteral("staff"), QStringLiteral("pin_hash LIKE '%4821%' OR pin_salt LIKE '%4821%'")), 0);
        QCOMPARE(f.count(QStringLiteral("outbox"), QStringLiteral("kind IN ('staff.create', 'staff.grant_role')")), 2);

        auto signedIn = staff.signIn(QStringLiteral(" W001 "), QStringLiteral("4821"));
        QVERIFY2(signedIn, signedIn ? "" : qPrintable(signedIn.error().toString()));
        QCOMPARE(signedIn->name, QStringLiteral("周建国"));
        QVERIFY(signedIn->hasRole(QStringLiteral("crew")));
        QCOMPARE(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'sign_in'")), 1);
    }

    void invalidInputIsRefused_data()
    {
        QTest::addColumn<QString>("staffNo");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("code");
        QTest::newRow("short pin") << "W1" << "123" << QStringList{QStringLiteral("crew")} << "invalid_pin";
        QTest::newRow("letters in pin") << "W1" << "12a4" << QStringList{QStringLiteral("crew")} << "invalid_pin";
        QTest::newRow("no roles") << "W1" << "1234" << QStringList{} << "invalid_roles";
        QTest::newRow("unknown role") << "W1" << "1234" << QStringList{QStringLiteral("pilot")} << "invalid_roles";
        QTest::newRow("empty number") << " " << "1234" << QStringList{QStringLiteral("crew")} << "invalid_staff_no";
    }

    void invalidInputIsRefused()
    {
        QFETCH(QString, staffNo);
        QFETCH(QString, pin);
        QFETCH(QStringList, roles);
        QFETCH(QString, code);
        StoreFixture f;
        QVERIFY(f.open());
        NewStaff s = crew(staffNo, f.outletId);
        s.pin = pin;
        s.roles = roles;
        auto r = StaffRepository(*f.store).create(s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().field.isEmpty());
        QCOMPARE(f.count(QStringLiteral("staff")), 0);
    }

    void duplicateNumberIsRefused()
    {
        StoreFixture f;
        QVERIFY(f.open());
        StaffRepository staff(*f.store);
        QVERIFY(staff.create(crew(QStringLiteral("W001"), f.outletId)));
        const qint64 ops = f.count(QStringLiteral("outbox"));
        auto again = staff.create(crew(QStringLiteral("W001"), f.outletId));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("duplicate_staff_no"));
        QCOMPARE(f.count(QStringLiteral("staff")), 1);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops);
    }

    void wrongPinsLockTheNumber()
    {
        StoreFixture f;
        QVERIFY(f.open());
        StaffRepository staff(*f.store);
        QVERIFY(staff.create(crew(QStringLiteral("W001"), f.outletId)));

        for (int i = 1; i < StaffRepository::kMaxFailedAttempts; ++i) {
            auto r = staff.signIn(QStringLiteral("W001"), QStringLiteral("0000"));
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("sign_in_failed"));
            QVERIFY2(r.error().message.contains(QString::number(StaffRepository::kMaxFailedAttempts - i)), qPrintable(r.error().message));
        }
        auto locked = staff.signIn(QStringLiteral("W001"), QStringLiteral("0000"));
        QCOMPARE(locked.error().code, QStringLiteral("locked"));
        // Locked means locked, even with the right PIN.
        QCOMPARE(staff.signIn(QStringLiteral("W001"), QStringLiteral("4821")).error().code, QStringLiteral("locked"));
        f.clock.advanceMs(StaffRepository::kLockoutMs - 1000);
        QCOMPARE(staff.signIn(QStringLiteral("W001"), QStringLiteral("4821")).error().code, QStringLiteral("locked"));
        f.clock.advanceMs(2000);
        QVERIFY(staff.signIn(QStringLiteral("W001"), QStringLiteral("4821")));
        // A success resets the count: four more failures do not lock.
        for (int i = 1; i < StaffRepository::kMaxFailedAttempts; ++i)
            QCOMPARE(staff.signIn(QStringLiteral("W001"), QStringLiteral("1111")).error().code, QStringLiteral("sign_in_failed"));
        QVERIFY(staff.signIn(QStringLiteral("W001"), QStringLiteral("4821")));
        QCOMPARE(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'sign_in_locked'")), 1);
        QCOMPARE(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'sign_in_failed'")), 8);
    }

    void unknownNumberLooksLikeAWrongPin()
    {
        StoreFixture f;
        QVERIFY(f.open());
        auto r = StaffRepository(*f.store).signIn(QStringLiteral("NOBODY"), QStringLiteral("1234"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("sign_in_failed"));
        QCOMPARE(f.count(QStringLiteral("sign_in_state")), 0);
    }

    void inactiveStaffCannotSignIn()
    {
        StoreFixture f;
        QVERIFY(f.open());
        StaffRepository staff(*f.store);
        auto s = staff.create(crew(QStringLiteral("W002"), f.outletId));
        QVERIFY(s);
        Transaction tx(f.store->db());
        Change c;
        c.mode = Change::Mode::Update;
        c.opKind = QStringLiteral("staff.deactivate");
        c.entity = QStringLiteral("staff");
        c.entityId = s->id;
        c.fields = {{QStringLiteral("active"), 0}};
        QVERIFY(f.store->write(c));
        QVERIFY(tx.commit());
        QCOMPARE(staff.signIn(QStringLiteral("W002"), QStringLiteral("4821")).error().code, QStringLiteral("inactive"));
    }
};

QTEST_GUILESS_MAIN(TestStaffRepository)
#include "tst_staffrepository.moc"
