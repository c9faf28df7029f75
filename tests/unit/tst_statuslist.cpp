#include "statuslist.h"

#include <QTest>

using fd::CardListingFacts;
using fd::CardState;
using fd::Money;
using fd::ObuState;
using fd::StatusList;
using fd::StatusListReason;

namespace {

QString reasonKey(std::optional<StatusListReason> reason)
{
    return reason ? StatusList::toString(*reason) : QStringLiteral("none");
}

} // namespace

class TestStatusList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cardStates()
    {
        QCOMPARE(reasonKey(StatusList::listingReasonFor(CardState::Normal)), QStringLiteral("none"));
        QCOMPARE(reasonKey(StatusList::listingReasonFor(CardState::Lost)), QStringLiteral("lost"));
        QCOMPARE(reasonKey(StatusList::listingReasonFor(CardState::Suspended)), QStringLiteral("suspended"));
        QCOMPARE(reasonKey(StatusList::listingReasonFor(CardState::Cancelled)),
            QStringLiteral("cancelled_without_card"));
        CardListingFacts collected;
        collected.cardCollected = true;
        QCOMPARE(
            reasonKey(StatusList::listingReasonFor(CardState::Cancelled, collected)), QStringLiteral("none"));
    }

    void balanceAndVehicle()
    {
        CardListingFacts f;
        f.balance = Money::fromFen(5000);
        f.minimumBalance = Money::fromFen(1000);
        QCOMPARE(reasonKey(StatusList::listingReasonFor(CardState::Normal, f)), QStringLiteral("none"));
        f.balance = Money::fromFen(1000);
        QCOMPARE(reasonKey(StatusList::listingReasonFor(CardState::Normal, f)), QStringLiteral("none"));
        f.balance = Money::fromFen(999);
        QCOMPARE(
            reasonKey(StatusList::listingReasonFor(CardState::Normal, f)), QStringLiteral("balance_too_low"));
        f.balance = Money::fromFen(0);
        QCOMPARE(
            reasonKey(StatusList::listingReasonFor(CardState::Normal, f)), QStringLiteral("balance_too_low"));
        f.balance = Money::fromFen(-1);
        QCOMPARE(reasonKey(StatusList::listingReasonFor(CardState::Normal, f)), QStringLiteral("overdrawn"));
        f.vehicleMismatch = true;
        QCOMPARE(reasonKey(StatusList::listingReasonFor(CardState::Normal, f)),
            QStringLiteral("vehicle_mismatch"));

        // Without a configured minimum, a zero balance is not a reason.
        CardListingFacts zero;
        QCOMPARE(reasonKey(StatusList::listingReasonFor(CardState::Normal, zero)), QStringLiteral("none"));
    }

    void stateReasonsComeFirst()
    {
        CardListingFacts f;
        f.balance = Money::fromFen(-500);
        f.minimumBalance = Money::fromFen(1000);
        f.vehicleMismatch = true;
        QCOMPARE(reasonKey(StatusList::listingReasonFor(CardState::Lost, f)), QStringLiteral("lost"));
        QCOMPARE(
            reasonKey(StatusList::listingReasonFor(CardState::Suspended, f)), QStringLiteral("suspended"));
        QCOMPARE(reasonKey(StatusList::listingReasonFor(CardState::Cancelled, f)),
            QStringLiteral("cancelled_without_card"));
        f.cardCollected = true;
        QCOMPARE(reasonKey(StatusList::listingReasonFor(CardState::Cancelled, f)), QStringLiteral("none"));
    }

    void obuStates()
    {
        QCOMPARE(reasonKey(StatusList::listingReasonFor(ObuState::Inactive)), QStringLiteral("none"));
        QCOMPARE(reasonKey(StatusList::listingReasonFor(ObuState::Active)), QStringLiteral("none"));
        QCOMPARE(reasonKey(StatusList::listingReasonFor(ObuState::Tampered)), QStringLiteral("none"));
        QCOMPARE(reasonKey(StatusList::listingReasonFor(ObuState::Lost)), QStringLiteral("lost"));
        QCOMPARE(reasonKey(StatusList::listingReasonFor(ObuState::Suspended)), QStringLiteral("suspended"));
        QCOMPARE(reasonKey(StatusList::listingReasonFor(ObuState::Cancelled)), QStringLiteral("none"));
    }

    void stringKeys()
    {
        const QStringList keys = { QStringLiteral("lost"), QStringLiteral("suspended"),
            QStringLiteral("cancelled_without_card"), QStringLiteral("balance_too_low"),
            QStringLiteral("overdrawn"), QStringLiteral("vehicle_mismatch") };
        QCOMPARE(keys.size(), StatusList::kReasonCount);
        for (int r = 0; r < StatusList::kReasonCount; ++r) {
            QCOMPARE(StatusList::toString(StatusListReason(r)), keys.at(r));
            QCOMPARE(StatusList::reasonFromString(keys.at(r)), std::optional(StatusListReason(r)));
        }
        QCOMPARE(StatusList::reasonFromString(u"blacklist"), std::nullopt);
        QCOMPARE(StatusList::reasonFromString(u""), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestStatusList)
#include "tst_statuslist.moc"
