#pragma once

#include "cardstatemachine.h"
#include "money.h"
#include "obustatemachine.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace fd {

/** Why a card or OBU is on the status list (状态名单, formerly 黑名单). The order is stable. */
enum class StatusListReason {
    Lost,
    Suspended,
    CancelledWithoutCard,
    BalanceTooLow,
    Overdrawn,
    VehicleMismatch
};

/** What the listing rules look at besides the card state. */
struct CardListingFacts
{
    /**
     * The physical card was handed back when it was cancelled. A cancelled card still in the
     * customer's hands is listed, so that a lane refuses it; that is the safe default.
     */
    bool cardCollected = false;
    /** Current balance: the chip balance of a stored-value card, the account of a debit-account card. */
    Money balance;
    /** Below this the card is listed as "balance too low"; zero means no such rule. */
    Money minimumBalance;
    /** The card was seen on a vehicle other than the one it was issued for (plate or class). */
    bool vehicleMismatch = false;
};

/** The automatic listing rules, as pure functions. */
class StatusList
{
public:
    static constexpr int kReasonCount = 6;

    /**
     * Whether a card in @p state with @p facts belongs on the status list, and why. The first
     * matching rule wins: lost, suspended, cancelled without card, vehicle mismatch, overdrawn
     * (balance below zero), balance too low.
     */
    [[nodiscard]] static std::optional<StatusListReason> listingReasonFor(
        CardState state, const CardListingFacts &facts = {});
    /** The same for an OBU: lost and suspended units are listed. */
    [[nodiscard]] static std::optional<StatusListReason> listingReasonFor(ObuState state);

    /** Stable keys: "lost", "suspended", "cancelled_without_card", "balance_too_low", "overdrawn",
     * "vehicle_mismatch". */
    [[nodiscard]] static QString toString(StatusListReason reason);
    [[nodiscard]] static std::optional<StatusListReason> reasonFromString(QStringView key);
};

} // namespace fd
