#include "obustatemachine.h"

#include <QTest>

using fd::ObuEvent;
using fd::ObuState;
using fd::ObuStateMachine;

Q_DECLARE_METATYPE(fd::ObuState)
Q_DECLARE_METATYPE(fd::ObuEvent)

namespace {

using S = ObuState;
using E = ObuEvent;

struct Legal
{
    S from;
    E event;
    S to;
};

// The legal transitions, written out independently of the implementation.
const QList<Legal> kLegal = {
    { S::Inactive, E::Activate, S::Active },
    { S::Tampered, E::Activate, S::Active },
    { S::Active, E::Tamper, S::Tampered },
    { S::Active, E::ReportLoss, S::Lost },
    { S::Inactive, E::ReportLoss, S::Lost },
    { S::Tampered, E::ReportLoss, S::Lost },
    { S::Suspended, E::ReportLoss, S::Lost },
    { S::Lost, E::CancelLossReport, S::Active },
    { S::Active, E::Suspend, S::Suspended },
    { S::Suspended, E::Resume, S::Active },
    { S::Inactive, E::Cancel, S::Cancelled },
    { S::Active, E::Cancel, S::Cancelled },
    { S::Tampered, E::Cancel, S::Cancelled },
    { S::Lost, E::Cancel, S::Cancelled },
    { S::Suspended, E::Cancel, S::Cancelled },
};

const QStringList kStateKeys
    = { QStringLiteral("inactive"), QStringLiteral("active"), QStringLiteral("tampered"),
          QStringLiteral("lost"), QStringLiteral("suspended"), QStringLiteral("cancelled") };
const QStringList kEventKeys = { QStringLiteral("activate"), QStringLiteral("tamper"),
    QStringLiteral("report_loss"), QStringLiteral("cancel_loss_report"), QStringLiteral("suspend"),
    QStringLiteral("resume"), QStringLiteral("cancel") };

} // namespace

class TestObuStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPair_data()
    {
        QTest::addColumn<ObuState>("state");
        QTest::addColumn<ObuEvent>("event");
        QTest::addColumn<bool>("legal");
        QTest::addColumn<ObuState>("expected");
        int rows = 0;
        for (int s = 0; s < ObuStateMachine::kStateCount; ++s) {
            for (int e = 0; e < ObuStateMachine::kEventCount; ++e) {
                bool legal = false;
                S to = S::Inactive;
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
        QCOMPARE(rows, 6 * 7);
    }
    void everyPair()
    {
        QFETCH(ObuState, state);
        QFETCH(ObuEvent, event);
        QFETCH(bool, legal);
        QFETCH(ObuState, expected);
        const auto r = ObuStateMachine::apply(state, event);
        QCOMPARE(r.ok(), legal);
        if (legal) {
            QCOMPARE(ObuStateMachine::toString(*r), ObuStateMachine::toString(expected));
        } else {
            QCOMPARE(r.error().code, QStringLiteral("illegal_transition"));
            QVERIFY(r.error().message.startsWith(QStringLiteral("An OBU that is ")));
            QVERIFY(r.error().field.isEmpty());
        }
        QCOMPARE(ObuStateMachine::allowedEvents(state).contains(event), legal);
    }

    void messages()
    {
        QCOMPARE(ObuStateMachine::apply(S::Active, E::Activate).error().message,
            QStringLiteral("An OBU that is active cannot be activated."));
        QCOMPARE(ObuStateMachine::apply(S::Tampered, E::Suspend).error().message,
            QStringLiteral("An OBU that is removed from the windscreen cannot be suspended."));
        QCOMPARE(ObuStateMachine::apply(S::Inactive, E::CancelLossReport).error().message,
            QStringLiteral("An OBU that is not activated has no loss report to cancel."));
    }

    void removedUnitMustBeReactivated()
    {
        auto s = ObuStateMachine::apply(S::Inactive, E::Activate);
        QVERIFY(s.ok());
        s = ObuStateMachine::apply(*s, E::Tamper);
        QVERIFY(s.ok());
        QCOMPARE(ObuStateMachine::toString(*s), QStringLiteral("tampered"));
        QVERIFY(!ObuStateMachine::apply(*s, E::Resume).ok());
        s = ObuStateMachine::apply(*s, E::Activate);
        QVERIFY(s.ok());
        QCOMPARE(ObuStateMachine::toString(*s), QStringLiteral("active"));
    }

    void terminal()
    {
        for (int s = 0; s < ObuStateMachine::kStateCount; ++s) {
            const bool terminal = S(s) == S::Cancelled;
            QCOMPARE(ObuStateMachine::isTerminal(S(s)), terminal);
            QCOMPARE(ObuStateMachine::allowedEvents(S(s)).isEmpty(), terminal);
        }
    }

    void stringKeys()
    {
        for (int s = 0; s < ObuStateMachine::kStateCount; ++s) {
            QCOMPARE(ObuStateMachine::toString(S(s)), kStateKeys.at(s));
            QCOMPARE(ObuStateMachine::stateFromString(kStateKeys.at(s)), std::optional(S(s)));
        }
        for (int e = 0; e < ObuStateMachine::kEventCount; ++e) {
            QCOMPARE(ObuStateMachine::toString(E(e)), kEventKeys.at(e));
            QCOMPARE(ObuStateMachine::eventFromString(kEventKeys.at(e)), std::optional(E(e)));
        }
        QCOMPARE(ObuStateMachine::stateFromString(u"normal"), std::nullopt);
        QCOMPARE(ObuStateMachine::eventFromString(u"load"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestObuStateMachine)
#include "tst_obustatemachine.moc"
