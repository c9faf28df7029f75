#include "acceptwatch.h"

#include <QTest>

using fd::AcceptWatch;
using fd::Handover;
using fd::SlaPolicy;
using fd::TicketState;

Q_DECLARE_METATYPE(fd::TicketState)

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDispatchedAt = 1'767'225'600'000; // 2026-01-01T00:00Z

Handover handover(TicketState state = TicketState::Dispatched, qint64 lastAlertAt = -1, bool fromHere = true)
{
    Handover h;
    h.ticketId = QStringLiteral("t1");
    h.state = state;
    h.handedOverAtMs = kDispatchedAt;
    h.lastAlertAtMs = lastAlertAt;
    h.sentFromHere = fromHere;
    return h;
}

} // namespace

class TestAcceptWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alertOnlyOnceTheLimitHasPassed_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<bool>("alert");
        QTest::newRow("at the handover") << kDispatchedAt << false;
        QTest::newRow("3 min") << kDispatchedAt + 3 * kMinute << false;
        QTest::newRow("exactly 4 min is still in time") << kDispatchedAt + 4 * kMinute << false;
        QTest::newRow("4 min and 1 ms") << kDispatchedAt + 4 * kMinute + 1 << true;
        QTest::newRow("an hour") << kDispatchedAt + 60 * kMinute << true;
        QTest::newRow("clock behind the handover") << kDispatchedAt - kMinute << false;
    }
    void alertOnlyOnceTheLimitHasPassed()
    {
        QFETCH(qint64, now);
        QFETCH(bool, alert);
        QCOMPARE(AcceptWatch().needsAlert(handover(), now), alert);
    }

    void onlyOrdersStillWaitingForTheCrew_data()
    {
        QTest::addColumn<TicketState>("state");
        QTest::addColumn<bool>("alert");
        for (int s = 0; s < fd::TicketWorkflow::kStateCount; ++s) {
            const auto state = TicketState(s);
            QTest::newRow(qPrintable(fd::TicketWorkflow::toString(state)))
                << state << (state == TicketState::Dispatched || state == TicketState::Delivered);
        }
    }
    void onlyOrdersStillWaitingForTheCrew()
    {
        QFETCH(TicketState, state);
        QFETCH(bool, alert);
        QCOMPARE(AcceptWatch().needsAlert(handover(state), kDispatchedAt + 10 * kMinute), alert);
        QCOMPARE(AcceptWatch::isWaitingForCrew(state), alert);
    }

    void onlyTheSendersDeviceAlerts()
    {
        QVERIFY(!AcceptWatch().needsAlert(
            handover(TicketState::Delivered, -1, false), kDispatchedAt + 10 * kMinute));
    }

    void oneAlertPerHandover()
    {
        const AcceptWatch watch;
        const qint64 now = kDispatchedAt + 10 * kMinute;
        // Alerted after this dispatch: done.
        QVERIFY(!watch.needsAlert(handover(TicketState::Delivered, kDispatchedAt + 5 * kMinute), now));
        // An alert from an earlier handover (returned, then dispatched again) does not count.
        QVERIFY(watch.needsAlert(handover(TicketState::Delivered, kDispatchedAt - 20 * kMinute), now));
    }

    void unknownHandoverTimeNeverAlerts()
    {
        Handover h = handover();
        h.handedOverAtMs = -1;
        QVERIFY(!AcceptWatch().needsAlert(h, kDispatchedAt + 60 * kMinute));
    }

    void configuredLimit()
    {
        SlaPolicy sla;
        sla.acceptLimitMinutes = 10;
        const AcceptWatch watch(sla);
        QVERIFY(!watch.needsAlert(handover(), kDispatchedAt + 9 * kMinute));
        QVERIFY(watch.needsAlert(handover(), kDispatchedAt + 11 * kMinute));
    }

    void dueKeepsTheGivenOrder()
    {
        Handover a = handover();
        a.ticketId = QStringLiteral("a");
        Handover b = handover(TicketState::Accepted);
        b.ticketId = QStringLiteral("b");
        Handover c = handover(TicketState::Delivered);
        c.ticketId = QStringLiteral("c");
        const QList<Handover> due = AcceptWatch().due({ a, b, c }, kDispatchedAt + 5 * kMinute);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).ticketId, QStringLiteral("a"));
        QCOMPARE(due.at(1).ticketId, QStringLiteral("c"));
    }

    void waitedMinutes()
    {
        QCOMPARE(AcceptWatch::waitedMinutes(kDispatchedAt, kDispatchedAt + 6 * kMinute + 59'000), 6);
        QCOMPARE(AcceptWatch::waitedMinutes(kDispatchedAt, kDispatchedAt - kMinute), 0);
        QCOMPARE(AcceptWatch::waitedMinutes(-1, kDispatchedAt), 0);
    }
};

QTEST_GUILESS_MAIN(TestAcceptWatch)
#include "tst_acceptwatch.moc"
