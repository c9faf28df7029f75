// Session: staff sign-in with the mode's role check, lockout, preview; and SyncStatus's counts.
#include "datasource.h"
#include "fixture.h"
#include "session.h"
#include "store.h"
#include "syncstatus.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void crewSignsInOnTablet();
    void wrongPinKeepsSignedOutWithMessage();
    void emptyFieldsAreRefusedBeforeTheStore();
    void wrongRoleForTheMode_data();
    void wrongRoleForTheMode();
    void lockoutAfterFiveFailures();
    void modeChangeSignsOut();
    void previewNeedsAFittingRole();
    void syncStatusCountsTheOutbox();

private:
    QTemporaryDir m_dir;
    fd::ManualClock m_clock;
    std::unique_ptr<fd::Store> m_store;
    FixtureFacts m_facts;
    DataSource m_data;
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto s = fd::Store::open(m_dir.path(), m_clock);
    QVERIFY(s);
    m_store = std::move(s).value();
    auto facts = Fixture::populate(*m_store, m_clock, QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY2(facts, facts ? "" : qPrintable(facts.error().toString()));
    m_facts = facts.value();
    m_data.setStore(m_store.get());
}

void TestSession::crewSignsInOnTablet()
{
    Session session;
    session.setDataSource(&m_data);
    session.setMode(QStringLiteral("tablet"));
    QSignalSpy changed(&session, &Session::changed);
    QVERIFY(session.signIn(QStringLiteral("1001"), QStringLiteral("2468")));
    QVERIFY(session.signedIn());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session.staffName(), QStringLiteral("王建军"));
    QCOMPARE(session.staffNo(), QStringLiteral("1001"));
    QCOMPARE(session.roles(), QStringList{QStringLiteral("crew")});
    QCOMPARE(session.crewId(), m_facts.crew1Id);
    QCOMPARE(session.crewName(), QStringLiteral("政务区抢修一班"));
    QVERIFY(session.errorMessage().isEmpty());
    QVERIFY(!session.isSupervisor());
    session.signOut();
    QVERIFY(!session.signedIn());
    QVERIFY(session.crewId().isEmpty());
    QCOMPARE(changed.count(), 2);
}

void TestSession::wrongPinKeepsSignedOutWithMessage()
{
    Session session;
    session.setDataSource(&m_data);
    session.setMode(QStringLiteral("counter"));
    QVERIFY(!session.signIn(QStringLiteral("2001"), QStringLiteral("0000")));
    QVERIFY(!session.signedIn());
    QVERIFY2(session.errorMessage().contains(QLatin1String("4")), qPrintable(session.errorMessage())); // attempts left
    // Unknown staff numbers get the same message, so numbers cannot be probed.
    QVERIFY(!session.signIn(QStringLiteral("9999"), QStringLiteral("0000")));
    QCOMPARE(session.errorMessage(), QStringLiteral("Wrong staff number or PIN."));
    // The right PIN clears the error and the failure count.
    QVERIFY(session.signIn(QStringLiteral("2001"), QStringLiteral("3690")));
    QVERIFY(session.errorMessage().isEmpty());
}

void TestSession::emptyFieldsAreRefusedBeforeTheStore()
{
    Session session;
    session.setDataSource(&m_data);
    QSignalSpy dataChanged(&m_data, &DataSource::changed);
    QVERIFY(!session.signIn(QStringLiteral("  "), QStringLiteral("1234")));
    QCOMPARE(session.errorMessage(), QStringLiteral("Enter your staff number."));
    QVERIFY(!session.signIn(QStringLiteral("1001"), QString()));
    QCOMPARE(session.errorMessage(), QStringLiteral("Enter your PIN."));
    QCOMPARE(dataChanged.count(), 0);
    session.clearError();
    QVERIFY(session.errorMessage().isEmpty());
}

void TestSession::wrongRoleForTheMode_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("staffNo");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("crew on tablet") << "tablet" << "1002" << "1357" << true;
    QTest::newRow("supervisor on tablet") << "tablet" << "3001" << "8642" << true;
    QTest::newRow("counter on tablet") << "tablet" << "2001" << "3690" << false;
    QTest::newRow("finance on tablet") << "tablet" << "4001" << "5555" << false;
    QTest::newRow("counter at counter") << "counter" << "2001" << "3690" << true;
    QTest::newRow("finance at counter") << "counter" << "4001" << "5555" << true;
    QTest::newRow("supervisor at counter") << "counter" << "3001" << "8642" << true;
    QTest::newRow("crew at counter") << "counter" << "1003" << "1122" << false;
    QTest::newRow("anyone on kiosk") << "kiosk" << "2001" << "3690" << false;
}

void TestSession::wrongRoleForTheMode()
{
    QFETCH(QString, mode);
    QFETCH(QString, staffNo);
    QFETCH(QString, pin);
    QFETCH(bool, allowed);
    Session session;
    session.setDataSource(&m_data);
    session.setMode(mode);
    QCOMPARE(session.signIn(staffNo, pin), allowed);
    QCOMPARE(session.signedIn(), allowed);
    if (!allowed) {
        QVERIFY(!session.errorMessage().isEmpty());
        QVERIFY2(mode == QLatin1String("kiosk") || session.errorMessage().contains(QLatin1String("cannot use the ")), qPrintable(session.errorMessage()));
    }
}

void TestSession::lockoutAfterFiveFailures()
{
    Session session;
    session.setDataSource(&m_data);
    session.setMode(QStringLiteral("tablet"));
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(!session.signIn(QStringLiteral("1003"), QStringLiteral("9999")));
        QVERIFY2(session.errorMessage().startsWith(QLatin1String("Wrong staff number or PIN.")), qPrintable(session.errorMessage()));
    }
    QVERIFY(!session.signIn(QStringLiteral("1003"), QStringLiteral("9999")));
    QCOMPARE(session.errorMessage(), QStringLiteral("Too many wrong PINs. This staff number is locked for 15 minutes."));
    // Locked: even the right PIN is refused, with when to try again.
    QVERIFY(!session.signIn(QStringLiteral("1003"), QStringLiteral("1122")));
    QVERIFY2(session.errorMessage().startsWith(QLatin1String("Too many wrong PINs. Try again after")), qPrintable(session.errorMessage()));
    QVERIFY(!session.signedIn());
    // After the lockout the right PIN works again.
    m_clock.advanceMs(16 * 60'000);
    QVERIFY(session.signIn(QStringLiteral("1003"), QStringLiteral("1122")));
}

void TestSession::modeChangeSignsOut()
{
    Session session;
    session.setDataSource(&m_data);
    session.setMode(QStringLiteral("counter"));
    QVERIFY(session.signIn(QStringLiteral("3001"), QStringLiteral("8642")));
    QVERIFY(session.isSupervisor());
    QSignalSpy modeChanged(&session, &Session::modeChanged);
    session.setMode(QStringLiteral("kiosk"));
    QCOMPARE(modeChanged.count(), 1);
    QVERIFY(!session.signedIn());
}

void TestSession::previewNeedsAFittingRole()
{
    Session session;
    session.setDataSource(&m_data);
    session.setMode(QStringLiteral("tablet"));
    QVERIFY(!session.beginPreview(m_facts.staffIds.value(QStringLiteral("2001"))));
    QVERIFY(!session.signedIn());
    QVERIFY(!session.beginPreview(QStringLiteral("no-such-staff")));
    QVERIFY(session.beginPreview(m_facts.staffIds.value(QStringLiteral("1001"))));
    QCOMPARE(session.crewId(), m_facts.crew1Id);
    // Not reachable from QML.
    QCOMPARE(session.metaObject()->indexOfMethod("beginPreview(QString)"), -1);
}

void TestSession::syncStatusCountsTheOutbox()
{
    SyncStatus sync;
    sync.setDataSource(&m_data);
    QVERIFY(!sync.connected());
    auto pending = m_store->outbox().pendingCount();
    QVERIFY(pending);
    QVERIFY(pending.value() > 0);
    QCOMPARE(sync.pendingCount(), pending.value());
    // A sign-in attempt writes to the audit trail, and so to the outbox; the count follows.
    QSignalSpy changed(&sync, &SyncStatus::changed);
    Session session;
    session.setDataSource(&m_data);
    session.setMode(QStringLiteral("counter"));
    QVERIFY(session.signIn(QStringLiteral("2001"), QStringLiteral("3690")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(sync.pendingCount(), pending.value() + 1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
