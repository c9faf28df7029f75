#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace fd {

/** State of an ETC user card (用户卡). The enumerator order is stable. */
enum class CardState {
    Normal,
    Lost, ///< an effective loss report (挂失) is on it
    Suspended,
    Cancelled, ///< 注销; terminal
};

enum class CardEvent {
    ReportLoss, ///< 挂失
    CancelLossReport, ///< 解挂: the card was found
    Suspend,
    Resume,
    Replace, ///< 换卡/补卡, applied to the OLD card; the caller moves the balance to the new one
    Cancel, ///< 注销
    Load, ///< 充值/圈存; leaves the state as it is
};

/** What the rules need to know besides the state. */
struct CardEventContext
{
    /** The customer handed the physical card over at the counter. */
    bool cardPresented = false;
};

/**
 * The ETC card life cycle as pure functions, the same on the device (to grey out actions) and
 * on the server (the authority).
 */
class CardStateMachine
{
public:
    static constexpr int kStateCount = 4;
    static constexpr int kEventCount = 7;

    /**
     * The state @p event leads to. Errors: "illegal_transition" ("A lost card cannot be
     * loaded."), or "card_required" when replacing or cancelling a card that is not reported
     * lost and was not presented.
     */
    static Result<CardState> apply(CardState state, CardEvent event, CardEventContext context = {});
    /** The events apply() accepts in @p state with @p context, in enumerator order. */
    [[nodiscard]] static QList<CardEvent> allowedEvents(CardState state, CardEventContext context = {});
    [[nodiscard]] static bool isTerminal(CardState state);

    /** Stable keys: "normal", "lost", "suspended", "cancelled". */
    [[nodiscard]] static QString toString(CardState state);
    /** Stable keys: "report_loss", "cancel_loss_report", "suspend", "resume", "replace", "cancel", "load". */
    [[nodiscard]] static QString toString(CardEvent event);
    [[nodiscard]] static std::optional<CardState> stateFromString(QStringView key);
    [[nodiscard]] static std::optional<CardEvent> eventFromString(QStringView key);
};

} // namespace fd
