#include "ticketworkflow.h"

#include <QHash>
#include <QSet>
#include <QTest>

using fd::TicketEvent;
using fd::TicketState;
using fd::TicketWorkflow;

Q_DECLARE_METATYPE(fd::TicketState)
Q_DECLARE_METATYPE(fd::TicketEvent)

namespace {

using S = TicketState;
using E = TicketEvent;

struct Legal
{
    S from;
    E event;
    S to;
};

// The legal transitions, written out independently of the implementation.
const QList<Legal> kLegal = {
    { S::Reported, E::Send, S::Sent },
    { S::Sent, E::Receive, S::Received },
    { S::Received, E::Dispatch, S::Dispatched },
    { S::Dispatched, E::Deliver, S::Delivered },
    { S::Delivered, E::Accept, S::Accepted },
    { S::Accepted, E::Depart, S::Departed },
    { S::Departed, E::Arrive, S::Arrived },
    { S::Arrived, E::Finish, S::Finished },
    { S::Finished, E::Close, S::Closed },
    { S::Finished, E::Reopen, S::Reopened },
    { S::Reopened, E::Dispatch, S::Dispatched },
    { S::Returned, E::Dispatch, S::Dispatched },
    { S::Dispatched, E::Return, S::Returned },
    { S::Delivered, E::Return, S::Returned },
    { S::Accepted, E::Return, S::Returned },
    { S::Reported, E::Cancel, S::Cancelled },
    { S::Sent, E::Cancel, S::Cancelled },
    { S::Received, E::Cancel, S::Cancelled },
    { S::Dispatched, E::Cancel, S::Cancelled },
    { S::Delivered, E::Cancel, S::Cancelled },
    { S::Returned, E::Cancel, S::Cancelled },
    { S::Reopened, E::Cancel, S::Cancelled },
};

const QStringList kStateKeys = { QStringLiteral("reported"), QStringLiteral("sent"),
    QStringLiteral("received"), QStringLiteral("dispatched"), QStringLiteral("delivered"),
    QStringLiteral("accepted"), QStringLiteral("departed"), QStringLiteral("arrived"),
    QStringLiteral("finished"), QStringLiteral("closed"), QStringLiteral("returned"),
    QStringLiteral("reopened"), QStringLiteral("cancelled") };
const QStringList kEventKeys = { QStringLiteral("send"), QStringLiteral("receive"),
    QStringLiteral("dispatch"), QStringLiteral("deliver"), QStringLiteral("accept"), QStringLiteral("depart"),
    QStringLiteral("arrive"), QStringLiteral("finish"), QStringLiteral("close"), QStringLiteral("reopen"),
    QStringLiteral("return"), QStringLiteral("cancel") };

} // namespace

class TestTicketWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPair_data()
    {
        QTest::addColumn<TicketState>("state");
        QTest::addColumn<TicketEvent>("event");
        QTest::addColumn<bool>("legal");
        QTest::addColumn<TicketState>("expected");
        int rows = 0;
        for (int s = 0; s < TicketWorkflow::kStateCount; ++s) {
            for (int e = 0; e < TicketWorkflow::kEventCount; ++e) {
                bool legal = false;
                S to = S::Reported;
                for (const Legal &l : kLegal) {
                    if (l.from == S(s) && l.event == E(e)) {
                        legal = true;
                        to = l.to;
                    }
                }
                const QByteArray name = (kStateKeys.at(s) + QLatin1Char('/') + kEventKeys.at(e)).toLatin1();
                QTest::newRow(name.constData()) << S(s) << E(e) << legal << to;
                ++rows;
            }
        }
        QCOMPARE(rows, 13 * 12);
    }
    void everyPair()
    {
        QFETCH(TicketState, state);
        QFETCH(TicketEvent, event);
        QFETCH(bool, legal);
        QFETCH(TicketState, expected);
        const auto r = TicketWorkflow::apply(state, event);
        QCOMPARE(r.ok(), legal);
        if (legal) {
            QCOMPARE(TicketWorkflow::toString(*r), TicketWorkflow::toString(expected));
        } else {
            QCOMPARE(r.error().code, QStringLiteral("illegal_transition"));
            QVERIFY(r.error().message.startsWith(QStringLiteral("A ticket that is ")));
            QVERIFY(r.error().message.endsWith(QLatin1Char('.')));
            QVERIFY(r.error().field.isEmpty());
        }
        QCOMPARE(TicketWorkflow::allowedEvents(state).contains(event), legal);
    }

    void legalCount()
    {
        int legal = 0;
        for (int s = 0; s < TicketWorkflow::kStateCount; ++s)
            legal += int(TicketWorkflow::allowedEvents(S(s)).size());
        QCOMPARE(legal, int(kLegal.size()));
        QCOMPARE(legal, 22);
    }

    void messages()
    {
        QCOMPARE(TicketWorkflow::apply(S::Finished, E::Accept).error().message,
            QStringLiteral("A ticket that is finished cannot be accepted."));
        QCOMPARE(TicketWorkflow::apply(S::Closed, E::Reopen).error().message,
            QStringLiteral("A ticket that is closed cannot be reopened."));
        QCOMPARE(TicketWorkflow::apply(S::Departed, E::Return).error().message,
            QStringLiteral("A ticket that is under way cannot be returned."));
        QCOMPARE(TicketWorkflow::apply(S::Reported, E::Arrive).error().message,
            QStringLiteral("A ticket that is reported cannot be marked as arrived."));
        // Every state and every event has its own words.
        QSet<QString> messages;
        for (int s = 0; s < TicketWorkflow::kStateCount; ++s) {
            for (int e = 0; e < TicketWorkflow::kEventCount; ++e) {
                const auto r = TicketWorkflow::apply(S(s), E(e));
                if (!r.ok())
                    messages.insert(r.error().message);
            }
        }
        QCOMPARE(messages.size(), 13 * 12 - 22);
    }

    void terminalAndOpen()
    {
        for (int s = 0; s < TicketWorkflow::kStateCount; ++s) {
            const S state = S(s);
            const bool terminal = state == S::Closed || state == S::Cancelled;
            QCOMPARE(TicketWorkflow::isTerminal(state), terminal);
            QCOMPARE(TicketWorkflow::isOpen(state), !terminal);
            // Terminal means nothing can happen; everything else has a way on.
            QCOMPARE(TicketWorkflow::allowedEvents(state).isEmpty(), terminal);
        }
    }

    void timePoints()
    {
        const QString letters = QStringLiteral("ABCDEFGH");
        const QList<S> points = { S::Reported, S::Sent, S::Received, S::Dispatched, S::Delivered, S::Accepted,
            S::Departed, S::Arrived };
        for (qsizetype i = 0; i < points.size(); ++i)
            QCOMPARE(TicketWorkflow::timePoint(points.at(i)), letters.at(i));
        for (const S s : { S::Finished, S::Closed, S::Returned, S::Reopened, S::Cancelled })
            QVERIFY(TicketWorkflow::timePoint(s).isNull());
    }

    void happyPathAndRedispatch()
    {
        S s = S::Reported;
        for (const E e : { E::Send, E::Receive, E::Dispatch, E::Deliver, E::Return, E::Dispatch, E::Deliver,
                 E::Accept, E::Depart, E::Arrive, E::Finish, E::Reopen, E::Dispatch, E::Deliver, E::Accept,
                 E::Depart, E::Arrive, E::Finish, E::Close }) {
            const auto r = TicketWorkflow::apply(s, e);
            QVERIFY2(r.ok(),
                qPrintable(TicketWorkflow::toString(s) + QLatin1Char('/') + TicketWorkflow::toString(e)));
            s = *r;
        }
        QCOMPARE(TicketWorkflow::toString(s), QStringLiteral("closed"));
    }

    void stringKeys()
    {
        QSet<QString> seen;
        for (int s = 0; s < TicketWorkflow::kStateCount; ++s) {
            const QString key = TicketWorkflow::toString(S(s));
            QCOMPARE(key, kStateKeys.at(s));
            QCOMPARE(TicketWorkflow::stateFromString(key), std::optional(S(s)));
            seen.insert(key);
        }
        for (int e = 0; e < TicketWorkflow::kEventCount; ++e) {
            const QString key = TicketWorkflow::toString(E(e));
            QCOMPARE(key, kEventKeys.at(e));
            QCOMPARE(TicketWorkflow::eventFromString(key), std::optional(E(e)));
        }
        QCOMPARE(seen.size(), 13);
        QCOMPARE(TicketWorkflow::stateFromString(u"Reported"), std::nullopt);
        QCOMPARE(TicketWorkflow::stateFromString(u""), std::nullopt);
        QCOMPARE(TicketWorkflow::stateFromString(u"send"), std::nullopt);
        QCOMPARE(TicketWorkflow::eventFromString(u"sent"), std::nullopt);
        QCOMPARE(TicketWorkflow::eventFromString(u"accept "), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestTicketWorkflow)
#include "tst_ticketworkflow.moc"
