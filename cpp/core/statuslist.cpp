#include "statuslist.h"

namespace fd {

std::optional<StatusListReason> StatusList::listingReasonFor(CardState state, const CardListingFacts &facts)
{
    switch (state) {
    case CardState::Lost:
        return StatusListReason::Lost;
    case CardState::Suspended:
        return StatusListReason::Suspended;
    case CardState::Cancelled:
        // A collected card cannot reach a lane; listing it would only grow every lane's list.
        if (facts.cardCollected)
            return std::nullopt;
        return StatusListReason::CancelledWithoutCard;
    case CardState::Normal:
        break;
    }
    if (facts.vehicleMismatch)
        return StatusListReason::VehicleMismatch;
    if (facts.balance.isNegative())
        return StatusListReason::Overdrawn;
    if (facts.balance < facts.minimumBalance)
        return StatusListReason::BalanceTooLow;
    return std::nullopt;
}

std::optional<StatusListReason> StatusList::listingReasonFor(ObuState state)
{
    switch (state) {
    case ObuState::Lost:
        return StatusListReason::Lost;
    case ObuState::Suspended:
        return StatusListReason::Suspended;
    case ObuState::Inactive:
    case ObuState::Active:
    case ObuState::Tampered:
    case ObuState::Cancelled:
        // Inactive and tampered units are refused from the flags in the unit itself. None of the
        // reasons fits a cancelled unit; its card carries the listing.
        return std::nullopt;
    }
    return std::nullopt;
}

QString StatusList::toString(StatusListReason reason)
{
    switch (reason) {
    case StatusListReason::Lost:
        return QStringLiteral("lost");
    case StatusListReason::Suspended:
        return QStringLiteral("suspended");
    case StatusListReason::CancelledWithoutCard:
        return QStringLiteral("cancelled_without_card");
    case StatusListReason::BalanceTooLow:
        return QStringLiteral("balance_too_low");
    case StatusListReason::Overdrawn:
        return QStringLiteral("overdrawn");
    case StatusListReason::VehicleMismatch:
        return QStringLiteral("vehicle_mismatch");
    }
    return {};
}

std::optional<StatusListReason> StatusList::reasonFromString(QStringView key)
{
    for (int r = 0; r < kReasonCount; ++r) {
        if (key == toString(StatusListReason(r)))
            return StatusListReason(r);
    }
    return std::nullopt;
}

} // namespace fd
