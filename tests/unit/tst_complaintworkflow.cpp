#include "complaintdeadlinepolicy.h"
#include "complaintworkflow.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace fd;

Q_DECLARE_METATYPE(fd::ComplaintState)
Q_DECLARE_METATYPE(fd::ComplaintEvent)
Q_DECLARE_METATYPE(fd::ComplaintLevel)
Q_DECLARE_METATYPE(fd::ComplaintVerdict)

namespace {

using S = ComplaintState;
using E = ComplaintEvent;
using L = ComplaintLevel;
using V = ComplaintVerdict;
using W = ComplaintWorkflow;

struct Legal
{
    S from;
    E event;
    S to;
};

// The legal moves between states, written out independently of the implementation. Escalation
// is also limited by the level (not from an appeal); the verdict follows the rules in expected().
const QList<Legal> kLegal = {
    { S::Registered, E::Dispatch, S::Dispatched },
    { S::Registered, E::Escalate, S::Registered },
    { S::Dispatched, E::Dispatch, S::Dispatched }, // transfer to another department
    { S::Dispatched, E::Start, S::Handling },
    { S::Dispatched, E::Escalate, S::Dispatched },
    { S::Handling, E::Reply, S::Replied },
    { S::Handling, E::Escalate, S::Handling },
    { S::Replied, E::Satisfied, S::Closed },
    { S::Replied, E::Unsatisfied, S::Reopened },
    { S::Replied, E::Escalate, S::Reopened },
    { S::Closed, E::Archive, S::Archived },
    { S::Closed, E::Escalate, S::Reopened },
    { S::Reopened, E::Dispatch, S::Dispatched },
    { S::Reopened, E::Escalate, S::Reopened },
};

const QStringList kStateKeys = { QStringLiteral("registered"), QStringLiteral("dispatched"),
    QStringLiteral("handling"), QStringLiteral("replied"), QStringLiteral("closed"),
    QStringLiteral("reopened"), QStringLiteral("archived") };
const QStringList kEventKeys = { QStringLiteral("dispatch"), QStringLiteral("start"), QStringLiteral("reply"),
    QStringLiteral("satisfied"), QStringLiteral("unsatisfied"), QStringLiteral("escalate"),
    QStringLiteral("archive") };
const QStringList kLevelKeys
    = { QStringLiteral("complaint"), QStringLiteral("escalated"), QStringLiteral("appeal") };
const QStringList kVerdictKeys = { QString(), QStringLiteral("satisfied"), QStringLiteral("unsatisfied") };

std::optional<ComplaintStatus> expected(const ComplaintStatus &from, E event)
{
    for (const Legal &l : kLegal) {
        if (l.from != from.state || l.event != event)
            continue;
        ComplaintStatus to = from;
        to.state = l.to;
        if (event == E::Escalate) {
            if (from.level == L::Appeal)
                return std::nullopt;
            to.level = from.level == L::Complaint ? L::Escalated : L::Appeal;
            if (from.state == S::Replied || from.state == S::Closed)
                to.verdict = V::Unsatisfied;
        }
        if (event == E::Reply)
            to.verdict = V::None;
        if (event == E::Satisfied)
            to.verdict = V::Satisfied;
        if (event == E::Unsatisfied)
            to.verdict = V::Unsatisfied;
        return to;
    }
    return std::nullopt;
}

constexpr qint64 kHour = 60 * 60 * 1000;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestComplaintWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTransition_data()
    {
        QTest::addColumn<ComplaintState>("state");
        QTest::addColumn<ComplaintLevel>("level");
        QTest::addColumn<ComplaintVerdict>("verdict");
        QTest::addColumn<ComplaintEvent>("event");
        int rows = 0;
        for (int s = 0; s < W::kStateCount; ++s)
            for (int l = 0; l < W::kLevelCount; ++l)
                for (int v = 0; v < 3; ++v)
                    for (int e = 0; e < W::kEventCount; ++e) {
                        const QByteArray name
                            = QStringLiteral("%1/%2/%3/%4")
                                  .arg(kStateKeys.at(s), kLevelKeys.at(l),
                                      v == 0 ? QStringLiteral("none") : kVerdictKeys.at(v), kEventKeys.at(e))
                                  .toLatin1();
                        QTest::newRow(name.constData()) << S(s) << L(l) << V(v) << E(e);
                        ++rows;
                    }
        QCOMPARE(rows, 7 * 3 * 3 * 7);
    }
    void everyTransition()
    {
        QFETCH(ComplaintState, state);
        QFETCH(ComplaintLevel, level);
        QFETCH(ComplaintVerdict, verdict);
        QFETCH(ComplaintEvent, event);
        const ComplaintStatus from { state, level, verdict };
        const auto want = expected(from, event);
        const auto r = W::apply(from, event);
        QCOMPARE(r.ok(), want.has_value());
        if (want) {
            QCOMPARE(W::toString(r->state), W::toString(want->state));
            QCOMPARE(W::toString(r->level), W::toString(want->level));
            QCOMPARE(W::toString(r->verdict), W::toString(want->verdict));
        } else {
            QCOMPARE(r.error().code, QStringLiteral("illegal_transition"));
            QVERIFY(r.error().message.startsWith(QStringLiteral("A complaint that is "))
                || r.error().message.startsWith(QStringLiteral("An appeal ")));
            QVERIFY(r.error().message.endsWith(QLatin1Char('.')));
        }
        QCOMPARE(W::allowedEvents(from).contains(event), want.has_value());
    }

    void legalCount()
    {
        int legal = 0;
        for (int s = 0; s < W::kStateCount; ++s)
            for (int l = 0; l < W::kLevelCount; ++l)
                legal += int(W::allowedEvents({ S(s), L(l), V::None }).size());
        // 8 moves that are not escalations at each of 3 levels, 6 escalations from 2 levels.
        QCOMPARE(legal, 8 * 3 + 6 * 2);
    }

    void messages()
    {
        QCOMPARE(W::apply({ S::Closed }, E::Reply).error().message,
            QStringLiteral("A complaint that is closed cannot be answered."));
        QCOMPARE(W::apply({ S::Registered }, E::Archive).error().message,
            QStringLiteral("A complaint that is registered cannot be archived."));
        QCOMPARE(W::apply({ S::Handling }, E::Satisfied).error().message,
            QStringLiteral("A complaint that is being handled cannot be closed as satisfied."));
        QCOMPARE(W::apply({ S::Archived }, E::Escalate).error().message,
            QStringLiteral("A complaint that is archived cannot be escalated."));
        QCOMPARE(W::apply({ S::Handling, L::Appeal }, E::Escalate).error().message,
            QStringLiteral("An appeal is the highest level; it cannot be escalated further."));
        // Every state and every event has its own words.
        QSet<QString> messages;
        int illegal = 0;
        for (int s = 0; s < W::kStateCount; ++s)
            for (int e = 0; e < W::kEventCount; ++e) {
                const auto r = W::apply({ S(s) }, E(e));
                if (!r.ok()) {
                    messages.insert(r.error().message);
                    ++illegal;
                }
            }
        QCOMPARE(illegal, 7 * 7 - int(kLegal.size()));
        QCOMPARE(messages.size(), illegal);
    }

    void openTerminalAndDeadline()
    {
        for (int s = 0; s < W::kStateCount; ++s) {
            const S state = S(s);
            QCOMPARE(W::isTerminal(state), state == S::Archived);
            QCOMPARE(W::isOpen(state), state != S::Closed && state != S::Archived);
            QCOMPARE(W::deadlineRuns(state),
                state == S::Registered || state == S::Dispatched || state == S::Handling
                    || state == S::Reopened);
            // Only the archive is the end; a closed complaint can still be escalated or filed.
            QCOMPARE(W::allowedEvents({ state }).isEmpty(), state == S::Archived);
        }
    }

    void wholeLifeWithReopenAndEscalation()
    {
        ComplaintStatus s;
        for (const E e :
            { E::Dispatch, E::Dispatch, E::Start, E::Reply, E::Unsatisfied, E::Dispatch, E::Start, E::Reply,
                E::Escalate, E::Dispatch, E::Escalate, E::Start, E::Reply, E::Satisfied, E::Archive }) {
            const auto r = W::apply(s, e);
            QVERIFY2(r.ok(), qPrintable(W::toString(s.state) + QLatin1Char('/') + W::toString(e)));
            s = *r;
        }
        QCOMPARE(s.state, S::Archived);
        QCOMPARE(s.level, L::Appeal);
        QCOMPARE(s.verdict, V::Satisfied);
        QVERIFY(!W::apply(s, E::Escalate));
    }

    void stringKeys()
    {
        for (int s = 0; s < W::kStateCount; ++s) {
            QCOMPARE(W::toString(S(s)), kStateKeys.at(s));
            QCOMPARE(W::stateFromString(kStateKeys.at(s)), std::optional(S(s)));
        }
        for (int e = 0; e < W::kEventCount; ++e) {
            QCOMPARE(W::toString(E(e)), kEventKeys.at(e));
            QCOMPARE(W::eventFromString(kEventKeys.at(e)), std::optional(E(e)));
        }
        for (int l = 0; l < W::kLevelCount; ++l)
            QCOMPARE(W::levelFromString(W::toString(L(l))), std::optional(L(l)));
        for (int v = 0; v < 3; ++v)
            QCOMPARE(W::verdictFromString(kVerdictKeys.at(v)), std::optional(V(v)));
        // The words of the schema's CHECK constraints.
        QStringList categories, channels;
        for (int c = 0; c < W::kCategoryCount; ++c)
            categories << W::toString(ComplaintCategory(c));
        for (int c = 0; c < W::kChannelCount; ++c)
            channels << W::toString(ComplaintChannel(c));
        QCOMPARE(categories,
            (QStringList { QStringLiteral("product_quality"), QStringLiteral("service"),
                QStringLiteral("price"), QStringLiteral("false_advertising"), QStringLiteral("other") }));
        QCOMPARE(channels,
            (QStringList { QStringLiteral("counter"), QStringLiteral("kiosk"), QStringLiteral("phone"),
                QStringLiteral("online"), QStringLiteral("field") }));
        for (const QString &c : categories)
            QVERIFY(W::categoryFromString(c));
        QCOMPARE(W::stateFromString(u"Registered"), std::nullopt);
        QCOMPARE(W::stateFromString(u""), std::nullopt);
        QCOMPARE(W::eventFromString(u"dispatched"), std::nullopt);
        QCOMPARE(W::levelFromString(u""), std::nullopt);
        QCOMPARE(W::categoryFromString(u"quality"), std::nullopt);
        QCOMPARE(W::channelFromString(u"email"), std::nullopt);
        QCOMPARE(W::verdictFromString(u"maybe"), std::nullopt);
    }

    void limitsPerLevel_data()
    {
        QTest::addColumn<ComplaintLevel>("level");
        QTest::addColumn<bool>("emergency");
        QTest::addColumn<int>("hours");
        QTest::newRow("complaint") << L::Complaint << false << 48;
        QTest::newRow("escalated") << L::Escalated << false << 24;
        QTest::newRow("appeal") << L::Appeal << false << 24;
        QTest::newRow("complaint, emergency") << L::Complaint << true << 2;
        QTest::newRow("escalated, emergency") << L::Escalated << true << 2;
        QTest::newRow("appeal, emergency") << L::Appeal << true << 2;
    }
    void limitsPerLevel()
    {
        QFETCH(ComplaintLevel, level);
        QFETCH(bool, emergency);
        QFETCH(int, hours);
        const ComplaintDeadlinePolicy p;
        QVERIFY(p.isValid());
        QCOMPARE(p.limitHours(level, emergency), hours);
        QCOMPARE(p.dueAtMs(level, emergency, 1000), 1000 + hours * kHour);
    }

    void emergencyNeverLengthensAShortLimit()
    {
        ComplaintDeadlinePolicy p;
        p.appealHours = 1;
        QCOMPARE(p.limitHours(L::Appeal, true), 1);
        p.emergencyHours = 0;
        QVERIFY(!p.isValid());
    }

    void deadlinesAcrossMidnight_data()
    {
        QTest::addColumn<qint64>("received");
        QTest::addColumn<ComplaintLevel>("level");
        QTest::addColumn<bool>("emergency");
        QTest::addColumn<qint64>("due");
        QTest::newRow("emergency at 23:30")
            << utc("2026-01-01T23:30:00Z") << L::Complaint << true << utc("2026-01-02T01:30:00Z");
        QTest::newRow("complaint over a month end")
            << utc("2026-01-31T22:00:00Z") << L::Complaint << false << utc("2026-02-02T22:00:00Z");
        QTest::newRow("escalated over a year end")
            << utc("2026-12-31T23:59:59Z") << L::Escalated << false << utc("2027-01-01T23:59:59Z");
        QTest::newRow("complaint over a leap day")
            << utc("2028-02-28T12:00:00Z") << L::Complaint << false << utc("2028-03-01T12:00:00Z");
    }
    void deadlinesAcrossMidnight()
    {
        QFETCH(qint64, received);
        QFETCH(ComplaintLevel, level);
        QFETCH(bool, emergency);
        QFETCH(qint64, due);
        QCOMPARE(ComplaintDeadlinePolicy().dueAtMs(level, emergency, received), due);
    }

    void beijingMidnightIsPlainArithmetic()
    {
        // 23:00 in Beijing (UTC+8) is 15:00 UTC; two hours later it is 01:00 the next day there.
        const QTimeZone beijing(8 * 3600);
        const QDateTime at(QDate(2026, 3, 1), QTime(23, 0), beijing);
        const qint64 due = ComplaintDeadlinePolicy().dueAtMs(L::Complaint, true, at.toMSecsSinceEpoch());
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(due, beijing);
        QCOMPARE(local.date(), QDate(2026, 3, 2));
        QCOMPARE(local.time(), QTime(1, 0));
    }

    void unknownOrOverflowingStartsHaveNoDeadline()
    {
        const ComplaintDeadlinePolicy p;
        QCOMPARE(p.dueAtMs(L::Complaint, false, -1), qint64(-1));
        QCOMPARE(p.dueAtMs(L::Complaint, false, std::numeric_limits<qint64>::max() - kHour), qint64(-1));
    }

    void deadlineAfterEachStep()
    {
        const ComplaintDeadlinePolicy p;
        const qint64 received = utc("2026-01-01T08:00:00Z");
        const qint64 due = p.dueAtMs(L::Complaint, false, received); // 01-03 08:00
        const qint64 at = utc("2026-01-02T20:00:00Z");
        // 1. Dispatch and start: the clock runs from receipt.
        QCOMPARE(p.dueAfter({ S::Registered }, { S::Dispatched }, false, due, at), due);
        QCOMPARE(p.dueAfter({ S::Dispatched }, { S::Handling }, false, due, at), due);
        // 2. An answer stops it; so do closing and filing.
        QCOMPARE(p.dueAfter({ S::Handling }, { S::Replied }, false, due, at), qint64(-1));
        QCOMPARE(
            p.dueAfter({ S::Replied }, { S::Closed, L::Complaint, V::Satisfied }, false, -1, at), qint64(-1));
        QCOMPARE(p.dueAfter({ S::Closed }, { S::Archived }, false, -1, at), qint64(-1));
        // 3. Not satisfied: a fresh period from the verdict.
        QCOMPARE(p.dueAfter({ S::Replied }, { S::Reopened, L::Complaint, V::Unsatisfied }, false, -1, at),
            at + 48 * kHour);
        // 4. Escalating an open complaint keeps the earlier deadline: 12 h left beats 24 h fresh...
        QCOMPARE(p.dueAfter({ S::Handling }, { S::Handling, L::Escalated }, false, due, at), due);
        // ...and a fresh 24 h beats 46 h left.
        const qint64 early = utc("2026-01-01T10:00:00Z");
        QCOMPARE(p.dueAfter({ S::Handling }, { S::Handling, L::Escalated }, false,
                     p.dueAtMs(L::Complaint, false, early), early + kHour * 2),
            early + kHour * 26);
        // 5. Escalating a closed complaint reopens it with a fresh period at the new level.
        QCOMPARE(p.dueAfter({ S::Closed, L::Complaint, V::Satisfied },
                     { S::Reopened, L::Escalated, V::Unsatisfied }, false, -1, at),
            at + 24 * kHour);
        // 6. An emergency reopened gets the emergency limit.
        QCOMPARE(p.dueAfter({ S::Replied }, { S::Reopened }, true, -1, at), at + 2 * kHour);
    }

    void overdueOnlyPastTheDeadline()
    {
        QVERIFY(!ComplaintDeadlinePolicy::overdue(1000, 1000));
        QVERIFY(ComplaintDeadlinePolicy::overdue(1000, 1001));
        QVERIFY(!ComplaintDeadlinePolicy::overdue(-1, std::numeric_limits<qint64>::max()));
    }
};

QTEST_GUILESS_MAIN(TestComplaintWorkflow)
#include "tst_complaintworkflow.moc"
