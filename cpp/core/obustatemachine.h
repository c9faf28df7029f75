#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace fd {

/** State of an on-board unit (OBU, 车载单元). The enumerator order is stable. */
enum class ObuState {
    Inactive, ///< issued, not yet activated after installation
    Active,
    Tampered, ///< removed from the windscreen; must be re-activated at an outlet
    Lost,
    Suspended,
    Cancelled, ///< terminal
};

enum class ObuEvent { Activate, Tamper, ReportLoss, CancelLossReport, Suspend, Resume, Cancel };

/** The OBU life cycle as pure functions. */
class ObuStateMachine
{
public:
    static constexpr int kStateCount = 6;
    static constexpr int kEventCount = 7;

    /** The state @p event leads to, or an Error with the code "illegal_transition". */
    static Result<ObuState> apply(ObuState state, ObuEvent event);
    /** The events apply() accepts in @p state, in enumerator order. */
    [[nodiscard]] static QList<ObuEvent> allowedEvents(ObuState state);
    [[nodiscard]] static bool isTerminal(ObuState state);

    /** Stable keys: "inactive", "active", "tampered", "lost", "suspended", "cancelled". */
    [[nodiscard]] static QString toString(ObuState state);
    /** Stable keys: "activate", "tamper", "report_loss", "cancel_loss_report", "suspend", "resume", "cancel".
     */
    [[nodiscard]] static QString toString(ObuEvent event);
    [[nodiscard]] static std::optional<ObuState> stateFromString(QStringView key);
    [[nodiscard]] static std::optional<ObuEvent> eventFromString(QStringView key);
};

} // namespace fd
