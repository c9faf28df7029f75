#include "slapolicy.h"

#include <QDateTime>
#include <QTest>

#include <limits>

using fd::SlaPolicy;
using fd::TicketState;
using fd::TicketWorkflow;

Q_DECLARE_METATYPE(fd::TicketState)

namespace {

using S = TicketState;
constexpr qint64 kMinute = 60'000;

qint64 utcMs(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestSlaPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const SlaPolicy p;
        QVERIFY(p.isValid());
        QCOMPARE(p.sendMinutes, 2);
        QCOMPARE(p.receiveMinutes, 4);
        QCOMPARE(p.dispatchMinutes, 2);
        QCOMPARE(p.deliverMinutes, 4);
        QCOMPARE(p.acceptMinutes, 2);
        QCOMPARE(p.departMinutes, 3);
        QCOMPARE(p.arriveMinutes, 28);
        QCOMPARE(p.reportToArrivalMinutes, 45);
        QCOMPARE(p.acceptLimitMinutes, 4);
    }

    void stepLimits_data()
    {
        QTest::addColumn<TicketState>("state");
        QTest::addColumn<int>("minutes");
        QTest::newRow("A→B") << S::Reported << 2;
        QTest::newRow("B→C") << S::Sent << 4;
        QTest::newRow("C→D") << S::Received << 2;
        QTest::newRow("D→E") << S::Dispatched << 4;
        QTest::newRow("E→F") << S::Delivered << 2;
        QTest::newRow("F→G") << S::Accepted << 3;
        QTest::newRow("G→H") << S::Departed << 28;
        QTest::newRow("returned waits for dispatch") << S::Returned << 2;
        QTest::newRow("reopened waits for dispatch") << S::Reopened << 2;
        QTest::newRow("arrived") << S::Arrived << -1;
        QTest::newRow("finished") << S::Finished << -1;
        QTest::newRow("closed") << S::Closed << -1;
        QTest::newRow("cancelled") << S::Cancelled << -1;
    }
    void stepLimits()
    {
        QFETCH(TicketState, state);
        QFETCH(int, minutes);
        const SlaPolicy p;
        QCOMPARE(p.stepLimitMinutes(state), minutes);
        const qint64 entered = utcMs(2026, 3, 1, 9, 0);
        const qint64 due = p.dueAtMs(state, entered);
        if (minutes < 0) {
            QCOMPARE(due, qint64(-1));
            QVERIFY(!p.overdue(state, entered, entered + 365LL * 24 * 60 * kMinute));
        } else {
            QCOMPARE(due, entered + minutes * kMinute);
            QVERIFY(!p.overdue(state, entered, entered));
            QVERIFY(!p.overdue(state, entered, due)); // "≤ 2 minutes": exactly on time is in time
            QVERIFY(p.overdue(state, entered, due + 1));
        }
    }

    void everyStateHasADecision()
    {
        // Every state without a timer is one from which the crew has already arrived or that is over.
        const SlaPolicy p;
        for (int s = 0; s < TicketWorkflow::kStateCount; ++s) {
            const S state = S(s);
            const bool timed = p.stepLimitMinutes(state) > 0;
            const bool untimed = p.stepLimitMinutes(state) == -1;
            QVERIFY(timed != untimed);
            if (untimed)
                QVERIFY(state == S::Arrived || state == S::Finished || TicketWorkflow::isTerminal(state));
        }
    }

    void acrossMidnightUtc()
    {
        const SlaPolicy p;
        const qint64 entered = utcMs(2025, 12, 31, 23, 50);
        const qint64 due = p.dueAtMs(S::Departed, entered);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(due, Qt::UTC),
            QDateTime(QDate(2026, 1, 1), QTime(0, 18), Qt::UTC));
        QVERIFY(!p.overdue(S::Departed, entered, utcMs(2026, 1, 1, 0, 18)));
        QVERIFY(p.overdue(S::Departed, entered, utcMs(2026, 1, 1, 0, 18, 1)));

        const qint64 lastSecond = utcMs(2026, 2, 28, 23, 59, 59);
        QCOMPARE(p.dueAtMs(S::Reported, lastSecond), utcMs(2026, 3, 1, 0, 1, 59));
    }

    void arrivalDeadline()
    {
        const SlaPolicy p;
        const qint64 reported = utcMs(2026, 6, 30, 23, 40);
        const qint64 deadline = p.deadlineForArrival(reported);
        QCOMPARE(deadline, utcMs(2026, 7, 1, 0, 25));
        QCOMPARE(deadline - reported, 45 * kMinute);

        // With D→E at its upper bound the step limits add up to exactly the 45-minute promise;
        // the promise is still a limit of its own, configured separately.
        const int sum = p.sendMinutes + p.receiveMinutes + p.dispatchMinutes + p.deliverMinutes
            + p.acceptMinutes + p.departMinutes + p.arriveMinutes;
        QCOMPARE(sum, 45);

        QVERIFY(!p.arrivalOverdue(S::Departed, reported, deadline));
        QVERIFY(p.arrivalOverdue(S::Departed, reported, deadline + 1));
        QVERIFY(p.arrivalOverdue(S::Reported, reported, deadline + 1));
        QVERIFY(p.arrivalOverdue(S::Returned, reported, deadline + 1));
        // Once the crew is there, or the ticket is over, the arrival promise cannot be missed any more.
        QVERIFY(!p.arrivalOverdue(S::Arrived, reported, deadline + 1));
        QVERIFY(!p.arrivalOverdue(S::Finished, reported, deadline + 1));
        QVERIFY(!p.arrivalOverdue(S::Cancelled, reported, deadline + 1));
        QVERIFY(!p.arrivalOverdue(S::Closed, reported, deadline + 1));
    }

    void acceptEscalation()
    {
        const SlaPolicy p;
        const qint64 dispatched = utcMs(2026, 1, 1, 23, 58);
        QCOMPARE(p.acceptEscalationAtMs(dispatched), utcMs(2026, 1, 2, 0, 2));
        SlaPolicy slow;
        slow.acceptLimitMinutes = 10;
        QCOMPARE(slow.acceptEscalationAtMs(dispatched), dispatched + 10 * kMinute);
    }

    void configuredLimits()
    {
        SlaPolicy p;
        p.deliverMinutes = 2; // a crew in the centre's own building
        p.reportToArrivalMinutes = 90; // a rural outlet
        const qint64 t = utcMs(2026, 5, 1, 8, 0);
        QCOMPARE(p.dueAtMs(S::Dispatched, t), t + 2 * kMinute);
        QCOMPARE(p.deadlineForArrival(t), t + 90 * kMinute);
        QVERIFY(p.isValid());
        QVERIFY(p != SlaPolicy());

        p.arriveMinutes = 0;
        QVERIFY(!p.isValid());
        p.arriveMinutes = -5;
        QVERIFY(!p.isValid());
    }

    void unknownTimes()
    {
        const SlaPolicy p;
        QCOMPARE(p.dueAtMs(S::Reported, -1), qint64(-1));
        QCOMPARE(p.deadlineForArrival(-1), qint64(-1));
        QCOMPARE(p.acceptEscalationAtMs(-1), qint64(-1));
        QVERIFY(!p.overdue(S::Reported, -1, utcMs(2026, 1, 1, 0, 0)));
        QVERIFY(!p.arrivalOverdue(S::Reported, -1, utcMs(2026, 1, 1, 0, 0)));
        // No wrap-around at the end of the representable range.
        QCOMPARE(p.dueAtMs(S::Departed, std::numeric_limits<qint64>::max() - 1), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "tst_slapolicy.moc"
