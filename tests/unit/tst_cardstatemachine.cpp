#include "cardstatemachine.h"

#include <QTest>

using fd::CardEvent;
using fd::CardEventContext;
using fd::CardState;
using fd::CardStateMachine;

Q_DECLARE_METATYPE(fd::CardState)
Q_DECLARE_METATYPE(fd::CardEvent)

namespace {

using S = CardState;
using E = CardEvent;

struct Expect
{
    S from;
    E event;
    QString withoutCard; // target state key, or an error code
    QString withCard;
};

QString outcome(const fd::Result<CardState> &r)
{
    return r.ok() ? CardStateMachine::toString(*r) : r.error().code;
}

const QString kIllegal = QStringLiteral("illegal_transition");
const QString kCardRequired = QStringLiteral("card_required");
const QString kNormal = QStringLiteral("normal");
const QString kLost = QStringLiteral("lost");
const QString kSuspended = QStringLiteral("suspended");
const QString kCancelled = QStringLiteral("cancelled");

// The whole table, written out independently of the implementation: 4 states × 7 events, each
// with the card presented and without.
QList<Expect> table()
{
    return {
        { S::Normal, E::ReportLoss, kLost, kLost },
        { S::Normal, E::CancelLossReport, kIllegal, kIllegal },
        { S::Normal, E::Suspend, kSuspended, kSuspended },
        { S::Normal, E::Resume, kIllegal, kIllegal },
        { S::Normal, E::Replace, kCardRequired, kCancelled },
        { S::Normal, E::Cancel, kCardRequired, kCancelled },
        { S::Normal, E::Load, kNormal, kNormal },

        { S::Lost, E::ReportLoss, kIllegal, kIllegal },
        { S::Lost, E::CancelLossReport, kNormal, kNormal },
        { S::Lost, E::Suspend, kIllegal, kIllegal },
        { S::Lost, E::Resume, kIllegal, kIllegal },
        { S::Lost, E::Replace, kCancelled, kCancelled },
        { S::Lost, E::Cancel, kCancelled, kCancelled },
        { S::Lost, E::Load, kIllegal, kIllegal },

        { S::Suspended, E::ReportLoss, kLost, kLost },
        { S::Suspended, E::CancelLossReport, kIllegal, kIllegal },
        { S::Suspended, E::Suspend, kIllegal, kIllegal },
        { S::Suspended, E::Resume, kNormal, kNormal },
        { S::Suspended, E::Replace, kIllegal, kIllegal },
        { S::Suspended, E::Cancel, kCardRequired, kCancelled },
        { S::Suspended, E::Load, kIllegal, kIllegal },

        { S::Cancelled, E::ReportLoss, kIllegal, kIllegal },
        { S::Cancelled, E::CancelLossReport, kIllegal, kIllegal },
        { S::Cancelled, E::Suspend, kIllegal, kIllegal },
        { S::Cancelled, E::Resume, kIllegal, kIllegal },
        { S::Cancelled, E::Replace, kIllegal, kIllegal },
        { S::Cancelled, E::Cancel, kIllegal, kIllegal },
        { S::Cancelled, E::Load, kIllegal, kIllegal },
    };
}

} // namespace

class TestCardStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPair_data()
    {
        QTest::addColumn<CardState>("state");
        QTest::addColumn<CardEvent>("event");
        QTest::addColumn<QString>("withoutCard");
        QTest::addColumn<QString>("withCard");
        const QList<Expect> rows = table();
        QCOMPARE(rows.size(), CardStateMachine::kStateCount * CardStateMachine::kEventCount);
        for (int s = 0; s < CardStateMachine::kStateCount; ++s) {
            for (int e = 0; e < CardStateMachine::kEventCount; ++e) {
                const auto it = std::find_if(rows.cbegin(), rows.cend(),
                    [&](const Expect &x) { return x.from == S(s) && x.event == E(e); });
                QVERIFY(it != rows.cend());
                const QByteArray name
                    = (CardStateMachine::toString(S(s)) + QLatin1Char('/') + CardStateMachine::toString(E(e)))
                          .toLatin1();
                QTest::newRow(name.constData()) << S(s) << E(e) << it->withoutCard << it->withCard;
            }
        }
    }
    void everyPair()
    {
        QFETCH(CardState, state);
        QFETCH(CardEvent, event);
        QFETCH(QString, withoutCard);
        QFETCH(QString, withCard);

        const auto without = CardStateMachine::apply(state, event, CardEventContext { false });
        QCOMPARE(outcome(without), withoutCard);
        const auto with = CardStateMachine::apply(state, event, CardEventContext { true });
        QCOMPARE(outcome(with), withCard);
        // The default context is "no card".
        QCOMPARE(outcome(CardStateMachine::apply(state, event)), withoutCard);

        for (const auto *r : { &without, &with }) {
            if (!r->ok()) {
                QVERIFY(!r->error().message.isEmpty());
                QVERIFY(r->error().field.isEmpty());
            }
        }
        QCOMPARE(CardStateMachine::allowedEvents(state, { false }).contains(event), without.ok());
        QCOMPARE(CardStateMachine::allowedEvents(state, { true }).contains(event), with.ok());
    }

    void messages()
    {
        QCOMPARE(CardStateMachine::apply(S::Lost, E::Load).error().message,
            QStringLiteral("A lost card cannot be loaded."));
        QCOMPARE(CardStateMachine::apply(S::Normal, E::Cancel).error().message,
            QStringLiteral("Cancelling a card needs the card, or an effective loss report."));
        QCOMPARE(CardStateMachine::apply(S::Suspended, E::Cancel).error().message,
            QStringLiteral("Cancelling a card needs the card, or an effective loss report."));
        QCOMPARE(CardStateMachine::apply(S::Normal, E::Replace).error().message,
            QStringLiteral("Replacing a card needs the old card, or an effective loss report."));
        QCOMPARE(CardStateMachine::apply(S::Normal, E::CancelLossReport).error().message,
            QStringLiteral("A normal card has no loss report to cancel."));
        QCOMPARE(CardStateMachine::apply(S::Cancelled, E::ReportLoss).error().message,
            QStringLiteral("A cancelled card cannot be reported lost."));
        QCOMPARE(CardStateMachine::apply(S::Suspended, E::Load).error().message,
            QStringLiteral("A suspended card cannot be loaded."));
    }

    void lossThenReissue()
    {
        // 挂失 then 补卡 without the card: the old card ends cancelled; before the loss report
        // the same replacement needs the card.
        QCOMPARE(CardStateMachine::apply(S::Normal, E::Replace).error().code, kCardRequired);
        const auto lost = CardStateMachine::apply(S::Normal, E::ReportLoss);
        QVERIFY(lost.ok());
        const auto old = CardStateMachine::apply(*lost, E::Replace);
        QVERIFY(old.ok());
        QVERIFY(CardStateMachine::isTerminal(*old));
        QVERIFY(CardStateMachine::allowedEvents(*old, { true }).isEmpty());
    }

    void terminal()
    {
        for (int s = 0; s < CardStateMachine::kStateCount; ++s) {
            const bool terminal = S(s) == S::Cancelled;
            QCOMPARE(CardStateMachine::isTerminal(S(s)), terminal);
            QCOMPARE(CardStateMachine::allowedEvents(S(s), { true }).isEmpty(), terminal);
        }
    }

    void stringKeys()
    {
        const QStringList states = { kNormal, kLost, kSuspended, kCancelled };
        const QStringList events = { QStringLiteral("report_loss"), QStringLiteral("cancel_loss_report"),
            QStringLiteral("suspend"), QStringLiteral("resume"), QStringLiteral("replace"),
            QStringLiteral("cancel"), QStringLiteral("load") };
        for (int s = 0; s < CardStateMachine::kStateCount; ++s) {
            QCOMPARE(CardStateMachine::toString(S(s)), states.at(s));
            QCOMPARE(CardStateMachine::stateFromString(states.at(s)), std::optional(S(s)));
        }
        for (int e = 0; e < CardStateMachine::kEventCount; ++e) {
            QCOMPARE(CardStateMachine::toString(E(e)), events.at(e));
            QCOMPARE(CardStateMachine::eventFromString(events.at(e)), std::optional(E(e)));
        }
        QCOMPARE(CardStateMachine::stateFromString(u"blacklisted"), std::nullopt);
        QCOMPARE(CardStateMachine::eventFromString(u"reportLoss"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCardStateMachine)
#include "tst_cardstatemachine.moc"
